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
    /// Every co-action between two accounts of the same group, per group, by signal, then key, then
    /// time. `groupOf[account]` is the account's group (say, its network) or -1 for none.
    ///
    /// - Complexity: O(S · P) to filter S signals' actions over P posts, then O(A + C) on the groups'
    ///   A actions and C co-actions.
    public static func coactions(
        groupOf: [Int32], groups: Int, in frame: Frame, parameters: CoordinationParameters, nearText: [UInt32] = []
    ) -> [[Coaction]] {
        var result = [[Coaction]](repeating: [], count: groups)
        for signal in parameters.signals where signal != .nearText || nearText.count == frame.postCount {
            var list = ActionList.of(signal, in: frame, nearText: nearText)
            let keep = list.posts.indices.filter { groupOf[Int(frame.accounts[Int(list.posts[$0])])] >= 0 }
            list.keys = keep.map { list.keys[$0] }
            list.posts = keep.map { list.posts[$0] }
            let actions = KeyedActions(list, frame: frame)
            let window = parameters.window(for: signal)
            for key in 0..<actions.keyCount {
                let posts = actions[key]
                for (offset, first) in zip(posts.indices, posts) {
                    let account = frame.accounts[Int(first)]
                    let group = groupOf[Int(account)]
                    for second in posts[(offset + 1)...] {
                        let gap = frame.times[Int(second)] - frame.times[Int(first)]
                        if gap > window { break }
                        let other = frame.accounts[Int(second)]
                        guard other != account, groupOf[Int(other)] == group else { continue }
                        guard CoactionSweep.coacts(
                            gap: gap, originalWindow: signal == .repost ? parameters.originalWindow : window,
                            frame.kinds[Int(first)], frame.kinds[Int(second)])
                        else { continue }
                        result[Int(group)].append(Coaction(signal: signal, key: UInt32(key), first: first, second: second, gap: gap))
                    }
                }
            }
        }
        return result
    }

    /// Every co-action among `accounts`.
    public static func coactions(
        among accounts: [UInt32], in frame: Frame, parameters: CoordinationParameters, nearText: [UInt32] = []
    ) -> [Coaction] {
        var groupOf = [Int32](repeating: -1, count: frame.accountCount)
        for account in accounts { groupOf[Int(account)] = 0 }
        return coactions(groupOf: groupOf, groups: 1, in: frame, parameters: parameters, nearText: nearText)[0]
    }
}
