import TangleCore

/// The null model significance is measured against: every account keeps its posts at their times
/// (its activity and volume), but the content of posts (their keys on a signal) is shuffled among
/// all posts of fixed time blocks, so each block keeps its popular items and its bursts. What
/// survives the shuffle is co-action that activity and popularity explain; what an edge has beyond it
/// is the link between the two accounts.
///
/// Keys move among all posts, not only among the posts that carry one: accounts whose every post
/// carries a rare key (copy-pasters) would otherwise keep trading those keys among themselves.
public struct NullModel: Sendable {
    public var block: Int64
    public var seed: UInt64

    public init(block: Int64, seed: UInt64) {
        self.block = block
        self.seed = seed
    }

    /// The list with each post's keys moved to another post of its block (a seeded Fisher–Yates
    /// permutation of the block's posts), in post order again.
    ///
    /// - Complexity: O(posts + actions).
    public func shuffled(_ list: ActionList, signal: Signal, frame: Frame) -> ActionList {
        let posts = frame.postCount
        // The list's actions of each post, in CSR layout (the list is in post order).
        var first = [UInt32](repeating: 0, count: posts + 1)
        for post in list.posts { first[Int(post) + 1] += 1 }
        for p in 0..<posts { first[p + 1] += first[p] }
        // source[p]: the post whose keys post p gets.
        var source = [UInt32](unsafeUninitializedCapacity: posts) { buffer, count in
            for p in 0..<posts { buffer[p] = UInt32(p) }
            count = posts
        }
        var rng = SeededRandom(seed: seed ^ (UInt64(Signal.allCases.firstIndex(of: signal)!) &* 0x9E37_79B9_7F4A_7C15))
        var start = 0
        while start < posts {
            let blockOf = Self.floorDiv(frame.times[start], block)
            var end = start + 1
            while end < posts, Self.floorDiv(frame.times[end], block) == blockOf { end += 1 }
            rng.shuffle(&source, in: start..<end)
            start = end
        }
        var result = ActionList(keys: [], posts: [], keyCount: list.keyCount)
        result.keys.reserveCapacity(list.count)
        result.posts.reserveCapacity(list.count)
        for p in 0..<posts {
            let from = Int(source[p])
            for action in Int(first[from])..<Int(first[from + 1]) {
                result.keys.append(list.keys[action])
                result.posts.append(UInt32(p))
            }
        }
        return result
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
