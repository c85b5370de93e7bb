import TangleCore

/// The null model significance is measured against: every action stays with its account at its time,
/// so each account keeps its activity times and volume, but keys are shuffled among a signal's actions
/// within fixed time blocks, so each block keeps its popular items and its bursts. What survives the
/// shuffle is co-action that activity and popularity explain; what an edge has beyond it is the link
/// between the two accounts.
public struct NullModel: Sendable {
    public var block: Int64
    public var seed: UInt64

    public init(block: Int64, seed: UInt64) {
        self.block = block
        self.seed = seed
    }

    /// The list with keys permuted within each block (Fisher–Yates, seeded per signal).
    ///
    /// - Complexity: O(actions).
    public func shuffled(_ list: ActionList, signal: Signal, frame: Frame) -> ActionList {
        var result = list
        var rng = SplitMix(seed: seed ^ (UInt64(Signal.allCases.firstIndex(of: signal)!) &* 0x9E37_79B9_7F4A_7C15))
        var start = 0
        while start < list.count {
            let blockOf = Self.floorDiv(frame.times[Int(list.posts[start])], block)
            var end = start + 1
            while end < list.count, Self.floorDiv(frame.times[Int(list.posts[end])], block) == blockOf { end += 1 }
            var i = end - 1
            while i > start {
                let j = start + Int(rng.next() % UInt64(i - start + 1))
                result.keys.swapAt(i, j)
                i -= 1
            }
            start = end
        }
        return result
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}

/// SplitMix64: a tiny seeded generator, the same on every platform and release.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
