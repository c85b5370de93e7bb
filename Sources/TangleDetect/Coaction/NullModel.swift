import TangleCore

/// The null model significance is measured against: every account keeps its posts at their times
/// (its activity and volume), but the content of posts (their keys on a signal) is shuffled among
/// the posts of fixed time blocks, reposts among reposts and other posts among other posts, so each
/// block keeps its popular items and its bursts, and each account its share of reposting. What
/// survives the shuffle is co-action that activity and popularity explain; what an edge has beyond it
/// is the link between the two accounts.
///
/// Keys move among all posts of a kind, not only among the posts that carry one: accounts whose
/// every post carries a rare key (copy-pasters) would otherwise keep trading those keys among
/// themselves.
public struct NullModel: Sendable {
    public var block: Int64
    public var seed: UInt64

    public init(block: Int64, seed: UInt64) {
        self.block = block
        self.seed = seed
    }

    /// The list with each post's keys moved to another post of its block and kind (a seeded
    /// Fisher–Yates permutation), in post order again.
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
        let repost = PostKind.repost.rawValue
        var reposts: [UInt32] = []
        var others: [UInt32] = []
        var start = 0
        while start < posts {
            let blockOf = Self.floorDiv(frame.times[start], block)
            var end = start + 1
            while end < posts, Self.floorDiv(frame.times[end], block) == blockOf { end += 1 }
            reposts.removeAll(keepingCapacity: true)
            others.removeAll(keepingCapacity: true)
            for p in start..<end {
                if frame.kinds[p] == repost { reposts.append(UInt32(p)) } else { others.append(UInt32(p)) }
            }
            for group in [reposts, others] {
                var shuffled = group
                rng.shuffle(&shuffled, in: 0..<shuffled.count)
                for (target, from) in zip(group, shuffled) { source[Int(target)] = from }
            }
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
