import Foundation
import TangleCore

/// One signal's co-action edges under Tangle's own semantics: undirected, one per account pair
/// (`sources[i] < targets[i]`, dense account indices), sorted by (source, target).
///
/// - `keys`: the distinct keys the two accounts co-acted on;
/// - `coactions`: the pairs of their posts on a shared key within the window;
/// - `medianGaps`: over the shared keys, the median of each key's closest gap, in milliseconds;
/// - `weights`: the sum over shared keys of `keyWeight(n)` for a key `n` accounts acted on.
public struct SignalEdges: Sendable, Equatable {
    public var signal: Signal
    public var sources: [UInt32] = []
    public var targets: [UInt32] = []
    public var keys: [UInt32] = []
    public var coactions: [UInt32] = []
    public var medianGaps: [Int64] = []
    public var weights: [Double] = []
    /// Keys skipped for being shared by more than `maxKeyAccounts` accounts.
    public var skippedKeys = 0
    /// The keys the null model expects the pair to share: the shuffles' mean, with one key added
    /// over all of them so that no pair is expected to share none.
    public var expectedKeys: [Double] = []
    /// `-log10 P(X >= keys)` for X Poisson with mean `expectedKeys`: how surprising the edge is.
    public var surprise: [Double] = []

    public var count: Int { sources.count }

    /// What a co-action on a key `n` accounts acted on is worth: 1 for a key no more than 3 accounts
    /// share, then `ln 3 / ln n`, so 0.48 at 10 accounts, 0.24 at 100, 0.16 at 1,000. An inverse-log
    /// discount (in the spirit of Adamic–Adar): two accounts sharing an item few others touched says
    /// much more than two of thousands retweeting the news of the day, yet many popular items shared
    /// again and again still add up.
    public static func keyWeight(accounts n: UInt32) -> Double {
        n <= 3 ? 1 : log3 / log(Double(n))
    }
    private static let log3 = log(3.0)
}

/// The sort-and-sweep at the engine's heart: per key, over its time-sorted posts, every later post
/// within the window by another account is a co-action. Accumulates straight into flat per-pair
/// arrays through `PairIndex`; nothing is allocated per pair or per co-action beyond those arrays.
public struct CoactionSweep {
    public var window: Int64
    /// Keys more accounts than this acted on are skipped: their weight is near nothing and their
    /// pairs would be most of the work (a hashtag of the day, a viral post).
    public var maxKeyAccounts: Int

    /// When set, a co-action between an original post and another post (a repost of it) counts only
    /// within this gap: the original's author and the accounts reposting it within seconds is the
    /// automation signature, while fans reposting a popular account within the hour is ordinary.
    public var originalWindow: Int64?

    /// Whether two posts `gap` apart on a key, already within the signal's window, co-act: beyond
    /// `originalWindow` only two reposts do. The sweep and the evidence both ask this.
    @inline(__always)
    static func coacts(gap: Int64, originalWindow: Int64, _ first: UInt8, _ second: UInt8) -> Bool {
        gap <= originalWindow || (first == PostKind.repost.rawValue && second == PostKind.repost.rawValue)
    }

    public init(window: Int64, maxKeyAccounts: Int = 5_000, originalWindow: Int64? = nil) {
        self.window = window
        self.maxKeyAccounts = maxKeyAccounts
        self.originalWindow = originalWindow
    }

    /// - Complexity: O(A + C) for A actions and C co-actions, plus O(E log E) to sort E edges.
    public func edges(_ signal: Signal, _ actions: KeyedActions, frame: Frame) -> SignalEdges {
        var index = PairIndex()
        var pairKeys: [UInt64] = []
        var keys: [UInt32] = []
        var coactions: [UInt32] = []
        var weights: [Double] = []
        var lastKey: [UInt32] = []
        var lastGapRecord: [UInt32] = []
        var gapPairs: [UInt32] = []
        var gaps: [Int64] = []
        var skipped = 0
        let originalWindow = self.originalWindow ?? window
        frame.times.withUnsafeBufferPointer { times in
            frame.accounts.withUnsafeBufferPointer { accounts in
                actions.posts.withUnsafeBufferPointer { posts in
                    for key in 0..<actions.keyCount {
                        let sharers = actions.accountCounts[key]
                        guard sharers >= 2 else { continue }
                        guard sharers <= maxKeyAccounts else {
                            skipped += 1
                            continue
                        }
                        let keyWeight = SignalEdges.keyWeight(accounts: sharers)
                        let end = Int(actions.offsets[key + 1])
                        var i = Int(actions.offsets[key])
                        while i < end {
                            let first = Int(posts[i])
                            let time = times[first]
                            let account = accounts[first]
                            var j = i + 1
                            while j < end {
                                let second = Int(posts[j])
                                let gap = times[second] - time
                                if gap > window { break }
                                let other = accounts[second]
                                j += 1
                                if other == account { continue }
                                guard Self.coacts(gap: gap, originalWindow: originalWindow, frame.kinds[first], frame.kinds[second])
                                else { continue }
                                let (pair, inserted) = index.index(of: PairIndex.key(account, other))
                                let p = Int(pair)
                                if inserted {
                                    pairKeys.append(PairIndex.key(account, other))
                                    keys.append(0)
                                    coactions.append(0)
                                    weights.append(0)
                                    lastKey.append(Frame.none)
                                    lastGapRecord.append(0)
                                }
                                coactions[p] += 1
                                if lastKey[p] != UInt32(key) {
                                    lastKey[p] = UInt32(key)
                                    keys[p] += 1
                                    weights[p] += keyWeight
                                    lastGapRecord[p] = UInt32(gaps.count)
                                    gapPairs.append(pair)
                                    gaps.append(gap)
                                } else {
                                    let record = Int(lastGapRecord[p])
                                    gaps[record] = min(gaps[record], gap)
                                }
                            }
                            i += 1
                        }
                    }
                }
            }
        }
        let medians = Self.medians(pairCount: pairKeys.count, pairs: gapPairs, values: gaps)
        // Sorted by pair for stable output whatever the keys' order.
        let order = pairKeys.indices.sorted { pairKeys[$0] < pairKeys[$1] }
        var result = SignalEdges(signal: signal)
        result.skippedKeys = skipped
        result.sources = order.map { UInt32(pairKeys[$0] >> 32) }
        result.targets = order.map { UInt32(truncatingIfNeeded: pairKeys[$0]) }
        result.keys = order.map { keys[$0] }
        result.coactions = order.map { coactions[$0] }
        result.weights = order.map { weights[$0] }
        result.medianGaps = order.map { medians[$0] }
        return result
    }

    /// The median of each pair's values (the lower median for an even count, so it is one of them).
    static func medians(pairCount: Int, pairs: [UInt32], values: [Int64]) -> [Int64] {
        let (offsets, grouped) = groupedByKey(values, keys: pairs, keyCount: pairCount)
        var medians = [Int64](repeating: 0, count: pairCount)
        for p in 0..<pairCount {
            let slice = grouped[offsets[p]..<offsets[p + 1]]
            if slice.count == 1 {
                medians[p] = slice.first!
            } else {
                let sorted = slice.sorted()
                medians[p] = sorted[(sorted.count - 1) / 2]
            }
        }
        return medians
    }
}

extension SignalEdges {
    /// Sets `expectedKeys` and `surprise` from the keys `replicates` null shuffles gave each edge.
    public mutating func score(nullSums: [UInt32], replicates: Int) {
        expectedKeys = nullSums.map { (Double($0) + 1) / Double(replicates) }
        surprise = zip(keys, expectedKeys).map { -Poisson.log10UpperTail(atLeast: Int($0), mean: $1) }
    }

    /// The keys another list (a null shuffle) holds for these edges' pairs, as (edge index, keys)
    /// for the pairs it has.
    ///
    /// - Complexity: O(E + N): both lists are sorted by pair.
    func keysOfSamePairs(in other: SignalEdges) -> (edges: [UInt32], keys: [UInt32]) {
        var edges: [UInt32] = []
        var keys: [UInt32] = []
        var e = 0
        for i in 0..<other.count {
            let pair = (other.sources[i], other.targets[i])
            while e < count, (sources[e], targets[e]) < pair { e += 1 }
            if e == count { break }
            if (sources[e], targets[e]) == pair {
                edges.append(UInt32(e))
                keys.append(other.keys[i])
            }
        }
        return (edges, keys)
    }

    /// The index of the edge between two accounts, if they co-acted on this signal.
    ///
    /// - Complexity: O(log E).
    public func index(_ a: UInt32, _ b: UInt32) -> Int? {
        let (source, target) = a < b ? (a, b) : (b, a)
        var (low, high) = (0, count)
        while low < high {
            let mid = (low + high) / 2
            if (sources[mid], targets[mid]) < (source, target) { low = mid + 1 } else { high = mid }
        }
        return low < count && sources[low] == source && targets[low] == target ? low : nil
    }
}
