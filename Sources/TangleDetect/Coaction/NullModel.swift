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
    public let block: Int64
    /// Each kind's posts in time order (reposts, then all others), and where each block starts in
    /// that order.
    private let members: [[UInt32]]
    private let blockStarts: [[Int]]
    /// Each post's kind (0 repost, 1 other) and position among its kind's posts.
    private let kindOf: [UInt8]
    private let rank: [UInt32]

    /// - Complexity: O(posts), once per run; every shuffle then costs only its signal's actions.
    public init(block: Int64, frame: Frame) {
        self.block = block
        var members: [[UInt32]] = [[], []]
        var blockStarts: [[Int]] = [[], []]
        var lastBlock: [Int64?] = [nil, nil]
        var kindOf = [UInt8](repeating: 0, count: frame.postCount)
        var rank = [UInt32](repeating: 0, count: frame.postCount)
        for post in 0..<frame.postCount {
            let kind = frame.kinds[post] == PostKind.repost.rawValue ? 0 : 1
            let blockOf = Self.floorDiv(frame.times[post], block)
            if lastBlock[kind] != blockOf {
                blockStarts[kind].append(members[kind].count)
                lastBlock[kind] = blockOf
            }
            kindOf[post] = UInt8(kind)
            rank[post] = UInt32(members[kind].count)
            members[kind].append(UInt32(post))
        }
        for kind in 0..<2 { blockStarts[kind].append(members[kind].count) }
        self.members = members
        self.blockStarts = blockStarts
        self.kindOf = kindOf
        self.rank = rank
    }

    /// The list with each post's keys moved to another post of its block and kind, a uniformly random
    /// injection (a partial Fisher–Yates draw per block, seeded by `seed` and the signal), in post
    /// order again.
    ///
    /// - Complexity: O(A log A) for the list's A actions.
    public func shuffled(_ list: ActionList, signal: Signal, seed: UInt64) -> ActionList {
        var rng = SeededRandom(seed: seed ^ (UInt64(Signal.allCases.firstIndex(of: signal)!) &* 0x9E37_79B9_7F4A_7C15))
        // The distinct posts that carry keys, by kind, in time order; with where their actions start.
        var keyed: [[(post: UInt32, firstAction: Int, actionCount: Int)]] = [[], []]
        var index = 0
        while index < list.count {
            let post = list.posts[index]
            var end = index + 1
            while end < list.count, list.posts[end] == post { end += 1 }
            keyed[Int(kindOf[Int(post)])].append((post, index, end - index))
            index = end
        }
        var moved: [UInt64] = []
        moved.reserveCapacity(list.count)
        for kind in 0..<2 {
            let posts = keyed[kind]
            let starts = blockStarts[kind]
            var run = 0
            var block = 0
            while run < posts.count {
                // The run of keyed posts in one block.
                let firstRank = Int(rank[Int(posts[run].post)])
                while starts[block + 1] <= firstRank { block += 1 }
                var end = run + 1
                while end < posts.count, Int(rank[Int(posts[end].post)]) < starts[block + 1] { end += 1 }
                // A random ordered draw of end - run distinct positions of the block.
                let (low, size) = (starts[block], starts[block + 1] - starts[block])
                var displaced: [Int: Int] = [:]
                for (offset, source) in posts[run..<end].enumerated() {
                    let pick = offset + rng.next(below: size - offset)
                    let chosen = displaced[pick] ?? pick
                    displaced[pick] = displaced[offset] ?? offset
                    let target = UInt64(members[kind][low + chosen])
                    for action in source.firstAction..<(source.firstAction + source.actionCount) {
                        moved.append(target << 32 | UInt64(list.keys[action]))
                    }
                }
                run = end
            }
        }
        moved.sort()
        return ActionList(
            keys: moved.map { UInt32(truncatingIfNeeded: $0) }, posts: moved.map { UInt32($0 >> 32) }, keyCount: list.keyCount)
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
