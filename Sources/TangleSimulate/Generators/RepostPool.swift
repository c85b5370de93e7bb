/// The posts that reposts, replies and quotes draw from, as a ring: a post's chance to be drawn is
/// its share of the entries, weighted toward recent entries (attention decays), and old entries are
/// overwritten.
struct RepostPool {
    private var entries: [Event.Reference] = []
    private let capacity: Int
    private var next = 0

    init(capacity: Int) {
        self.capacity = capacity
        entries.reserveCapacity(capacity)
    }

    /// Entries an original starts with: one, plus one per 2,000 followers, up to 300, so that the
    /// few accounts with hundreds of thousands of followers start the large cascades.
    static func copies(followers: Int32) -> Int {
        1 + min(300, Int(followers) / 2_000)
    }

    mutating func add(_ reference: Event.Reference, copies: Int) {
        for _ in 0..<copies {
            if entries.count < capacity {
                entries.append(reference)
            } else {
                entries[next] = reference
                next = next + 1 == capacity ? 0 : next + 1
            }
        }
    }

    /// An entry whose age (in entries) is the pool's size times the square of a uniform draw, so
    /// half the draws fall in the newest quarter.
    func sample(_ rng: inout SplitMix64) -> Event.Reference? {
        guard !entries.isEmpty else { return nil }
        let draw = rng.unit()
        let age = Int(Double(entries.count) * draw * draw)
        let newest = entries.count < capacity ? entries.count - 1 : (next + capacity - 1) % capacity
        return entries[(newest - age + entries.count) % entries.count]
    }
}
