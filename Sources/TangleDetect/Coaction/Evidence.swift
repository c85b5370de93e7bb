import TangleCore

/// One co-action: two posts by two accounts on the same key, `gap` milliseconds apart. `first` is
/// the earlier post (ties: the earlier in the Frame).
public struct Coaction: Sendable, Equatable {
    public var signal: Signal
    public var key: UInt32
    public var first: UInt32
    public var second: UInt32
    public var gap: Int64
}

/// The evidence behind edges: the co-actions themselves, found again by the same sweep restricted
/// to the accounts asked about, so that an analyst can cite every pair of posts.
public enum Evidence {
    /// Every co-action among `accounts` on the run's signals, by signal, then key, then time.
    ///
    /// - Complexity: O(actions) to filter, then O(A + C) on the members' A actions and C co-actions.
    public static func coactions(
        among accounts: [UInt32], in frame: Frame, parameters: CoordinationParameters, nearText: [UInt32] = []
    ) -> [Coaction] {
        var member = [Bool](repeating: false, count: frame.accountCount)
        for account in accounts { member[Int(account)] = true }
        var result: [Coaction] = []
        for signal in parameters.signals {
            var list = ActionList.of(signal, in: frame, nearText: nearText)
            let keep = list.posts.indices.filter { member[Int(frame.accounts[Int(list.posts[$0])])] }
            list.keys = keep.map { list.keys[$0] }
            list.posts = keep.map { list.posts[$0] }
            let actions = KeyedActions(list, frame: frame)
            let window = parameters.window(for: signal)
            for key in 0..<actions.keyCount {
                let posts = actions[key]
                for (offset, first) in zip(posts.indices, posts) {
                    for second in posts[(offset + 1)...] {
                        let gap = frame.times[Int(second)] - frame.times[Int(first)]
                        if gap > window { break }
                        if frame.accounts[Int(first)] == frame.accounts[Int(second)] { continue }
                        result.append(Coaction(signal: signal, key: UInt32(key), first: first, second: second, gap: gap))
                    }
                }
            }
        }
        return result
    }
}
