/// The posts that reposts, replies and quotes draw from, as a ring: a post's chance to be drawn is
/// its share of the entries, and old entries are overwritten.
struct RepostPool {
    private var entries: [Event.Reference] = []
    private let capacity: Int
    private var next = 0

    init(capacity: Int) {
        self.capacity = capacity
        entries.reserveCapacity(capacity)
    }

    /// Entries an original starts with: one, plus one per doubling of followers above 200.
    static func copies(followers: Int32) -> Int {
        var copies = 1
        var reach = Int(followers) / 100
        while reach >= 2, copies < 16 {
            reach /= 2
            copies += 1
        }
        return copies
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

    func sample(_ rng: inout SplitMix64) -> Event.Reference? {
        entries.isEmpty ? nil : entries[rng.below(entries.count)]
    }
}
