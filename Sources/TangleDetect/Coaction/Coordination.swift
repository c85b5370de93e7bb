import Foundation
import TangleCore

/// The parameters of a coordination run; saved with its findings.
public struct CoordinationParameters: Sendable, Codable, Equatable {
    public var signals: [Signal] = Signal.allCases
    /// The largest gap between two actions on a topic (domain, hashtag, hashtag sequence) that still
    /// counts as a co-action, in milliseconds. Topics are shared widely, so only a short gap says much.
    public var window: Int64 = 60_000
    /// The window of the signals whose key is one item (a post, a link, a text, an image): sharing the
    /// same item within the hour is already rare, and operations that stagger their posts to hide
    /// stay inside it.
    public var itemWindow: Int64 = 3_600_000
    /// Jaccard threshold of `near-text`.
    public var nearTextThreshold = 0.8
    public var maxKeyAccounts = 5_000
    /// The null model's time block: keys are shuffled among the actions of each block.
    public var nullBlock: Int64 = 3_600_000
    /// How many shuffles estimate each pair's expected shared keys.
    public var nullReplicates = 4
    /// The family-wise false-positive rate over all account pairs (Bonferroni): an edge is flagged when
    /// its p-value is at most `alpha / pairs`.
    public var alpha = 0.01
    public var seed: UInt64 = 1
    /// An edge is flagged only with at least this many distinct shared keys over all signals.
    public var minKeys = 3
    public var minNetworkSize = 3
    public var resolution = 1.0

    public init() {}

    public func window(for signal: Signal) -> Int64 {
        switch signal {
        case .domain, .hashtag, .hashtagSeq: window
        case .repost, .quote, .reply, .link, .text, .nearText, .media: max(window, itemWindow)
        }
    }
}

/// The combined coordination graph: every account pair that co-acted on any signal, sorted by
/// (source, target), with its weights summed over signals and its significance.
public struct CombinedEdges: Sendable {
    public var sources: [UInt32] = []
    public var targets: [UInt32] = []
    public var weights: [Double] = []
    public var keys: [UInt32] = []
    /// The shared keys the null model expects for the pair.
    public var expectedKeys: [Double] = []
    /// `-log10 p`, where p is the chance of at least `keys` shared keys if the pair's count were
    /// Poisson with mean `expectedKeys`: how surprising the edge is.
    public var surprise: [Double] = []
    public var flagged: [Bool] = []

    public var count: Int { sources.count }

    /// Sums the signals' edges pair by pair: a k-way merge of lists already sorted by pair.
    ///
    /// - Complexity: O(E · S) for E edges over S signals.
    public init(_ lists: [SignalEdges]) {
        var heads = [Int](repeating: 0, count: lists.count)
        func pairKey(_ list: Int) -> UInt64? {
            let i = heads[list]
            return i < lists[list].count ? UInt64(lists[list].sources[i]) << 32 | UInt64(lists[list].targets[i]) : nil
        }
        while true {
            var smallest = UInt64.max
            for l in lists.indices { if let key = pairKey(l), key < smallest { smallest = key } }
            if smallest == UInt64.max { break }
            var weight = 0.0
            var keys: UInt32 = 0
            for l in lists.indices where pairKey(l) == smallest {
                weight += lists[l].weights[heads[l]]
                keys += lists[l].keys[heads[l]]
                heads[l] += 1
            }
            sources.append(UInt32(smallest >> 32))
            targets.append(UInt32(truncatingIfNeeded: smallest))
            weights.append(weight)
            self.keys.append(keys)
        }
    }
}

extension CombinedEdges {
    /// The keys another edge list holds for these edges' pairs, as (edge index, keys) for the pairs
    /// it has.
    ///
    /// - Complexity: O(E + N) for N edges in the list: both are sorted by pair.
    func keysOfSamePairs(in list: SignalEdges) -> (edges: [UInt32], keys: [UInt32]) {
        var edges: [UInt32] = []
        var keys: [UInt32] = []
        var e = 0
        for i in 0..<list.count {
            let pair = (list.sources[i], list.targets[i])
            while e < count, (sources[e], targets[e]) < pair { e += 1 }
            if e == count { break }
            if (sources[e], targets[e]) == pair {
                edges.append(UInt32(e))
                keys.append(list.keys[i])
            }
        }
        return (edges, keys)
    }
}

/// A coordinated network: a community of the graph of flagged edges.
public struct CoordinatedNetwork: Sendable {
    /// Dense account indices, ascending.
    public var members: [UInt32]
    /// Indices into the run's `combined` edges whose both ends are members and which are flagged.
    public var edges: [Int]
}

/// What a coordination run found.
public struct CoordinationResult: Sendable {
    public var parameters: CoordinationParameters
    public var signalEdges: [SignalEdges]
    public var combined: CombinedEdges
    /// The smallest surprise (`-log10 p`) that is flagged: `log10(pairs / alpha)`.
    public var threshold: Double
    public var networks: [CoordinatedNetwork]
    /// Each account's network (index into `networks`), or -1.
    public var networkOfAccount: [Int32]
}

/// Co-action networks: every signal's edges, their combination, their significance against the null
/// model, and the communities of the flagged graph.
public enum Coordination {
    /// - Parameter nearText: each post's near-duplicate cluster, when `near-text` is among the signals.
    /// - Parameter progress: called with the name of each stage as it starts.
    public static func run(
        _ frame: Frame, parameters: CoordinationParameters, nearText: [UInt32] = [],
        progress: (String) -> Void = { _ in }
    ) -> CoordinationResult {
        // Sweeps spread over the cores: the signals first, then every signal's null replicates, each
        // reduced at once to the keys it gives the observed pairs, so memory holds one sweep per core.
        progress("sweeping \(parameters.signals.map(\.rawValue).joined(separator: ", "))")
        // Near-text needs the clusters; without them it is left out rather than guessed.
        let signals = parameters.signals.filter { $0 != .nearText || nearText.count == frame.postCount }
        let lists = parallelMap(signals.count) { ActionList.of(signals[$0], in: frame, nearText: nearText) }
        @Sendable func sweep(_ s: Int, replicate: Int) -> SignalEdges {
            let signal = signals[s]
            let window = parameters.window(for: signal)
            var list = lists[s]
            if replicate > 0 {
                let null = NullModel(block: max(parameters.nullBlock, window), seed: parameters.seed &+ UInt64(replicate))
                list = null.shuffled(list, signal: signal, frame: frame)
            }
            return CoactionSweep(window: window, maxKeyAccounts: parameters.maxKeyAccounts)
                .edges(signal, KeyedActions(list, frame: frame), frame: frame)
        }
        let observed = parallelMap(signals.count) { sweep($0, replicate: 0) }
        progress("null model")
        var combined = CombinedEdges(observed)
        let replicates = parameters.nullReplicates
        let nullKeys = parallelMap(signals.count * replicates) { [combined] task in
            combined.keysOfSamePairs(in: sweep(task / replicates, replicate: 1 + task % replicates))
        }
        var nullSums = [UInt32](repeating: 0, count: combined.count)
        for sparse in nullKeys { for (edge, keys) in zip(sparse.edges, sparse.keys) { nullSums[Int(edge)] += keys } }
        progress("significance")
        // Add-one: a pair the shuffles never joined is still expected to share a key now and then.
        combined.expectedKeys = nullSums.map { (Double($0) + 1) / Double(max(1, replicates)) }
        combined.surprise = zip(combined.keys, combined.expectedKeys).map { keys, expected in
            -Poisson.log10UpperTail(atLeast: Int(keys), mean: expected)
        }
        let threshold = log10(Double(max(1, combined.count)) / parameters.alpha)
        combined.flagged = zip(combined.surprise, combined.keys).map { surprise, keys in
            surprise >= threshold && keys >= UInt32(parameters.minKeys)
        }
        progress("communities")
        let (networks, networkOfAccount) = communities(combined, accountCount: frame.accountCount, parameters: parameters)
        return CoordinationResult(
            parameters: parameters, signalEdges: observed, combined: combined, threshold: threshold, networks: networks, networkOfAccount: networkOfAccount)
    }

    /// Networks: communities of the flagged graph with at least `minNetworkSize` members, ordered by
    /// size (largest first), then by their smallest member.
    static func communities(
        _ combined: CombinedEdges, accountCount: Int, parameters: CoordinationParameters
    ) -> ([CoordinatedNetwork], [Int32]) {
        let flaggedEdges = combined.flagged.indices.filter { combined.flagged[$0] }
        var parent = Array(0..<accountCount)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for e in flaggedEdges {
            let (a, b) = (find(Int(combined.sources[e])), find(Int(combined.targets[e])))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        let labels = (0..<accountCount).map { find($0) }
        var membersOf: [Int: [UInt32]] = [:]
        for e in flaggedEdges {
            for account in [combined.sources[e], combined.targets[e]] { membersOf[labels[Int(account)], default: []].append(account) }
        }
        var groups = membersOf.values.map { Array(Set($0)).sorted() }.filter { $0.count >= parameters.minNetworkSize }
        groups.sort { ($0.count, $1[0]) > ($1.count, $0[0]) }
        var networkOfAccount = [Int32](repeating: -1, count: accountCount)
        for (n, members) in groups.enumerated() { for m in members { networkOfAccount[Int(m)] = Int32(n) } }
        let networks = groups.enumerated().map { n, members in
            CoordinatedNetwork(
                members: members,
                edges: flaggedEdges.filter {
                    networkOfAccount[Int(combined.sources[$0])] == Int32(n)
                        && networkOfAccount[Int(combined.targets[$0])] == Int32(n)
                })
        }
        return (networks, networkOfAccount)
    }
}
