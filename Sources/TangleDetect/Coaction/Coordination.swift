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
    /// The window between an original post and its reposts (the author and the accounts amplifying
    /// it), shorter than the item window: fans reposting a popular account within the hour are
    /// ordinary, a unit reposting within minutes again and again is not.
    public var originalWindow: Int64 = 600_000
    /// Jaccard threshold of `near-text`.
    public var nearTextThreshold = 0.8
    public var maxKeyAccounts = 5_000
    /// The null model's time block: post contents are shuffled among the posts of each block (see
    /// `NullModel`).
    public var nullBlock: Int64 = 3_600_000
    /// How many shuffles, at least, estimate each pair's expected shared keys on a signal. Signals
    /// with few co-actions get more (up to 64), at a bounded total cost: their expectations are tiny
    /// and only many shuffles resolve them.
    public var nullReplicates = 4
    /// The family-wise false-positive rate over every pair-and-signal test (Bonferroni): an edge is
    /// flagged when its smallest p-value is at most `alpha / tests`.
    public var alpha = 0.01
    public var seed: UInt64 = 1
    /// An edge is flagged only with at least this many distinct shared keys over all signals.
    public var minKeys = 3
    public var minNetworkSize = 3
    /// A network member is flagged with at least this many other accounts (the flagged graph's core).
    public var minPartners = 2
    public var resolution = 1.0
    /// A component of the flagged graph is split into its Leiden communities only when their
    /// modularity within the component reaches this: clearly separate groups (two units joined by a
    /// few edges score about 0.5), not the arbitrary halves of one dense unit (near 0).
    public var splitModularity = 0.3

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
    /// The shared keys the null model expects for the pair, summed over signals.
    public var expectedKeys: [Double] = []
    /// The largest of the pair's per-signal surprises.
    public var surprise: [Double] = []
    public var flagged: [Bool] = []

    public var count: Int { sources.count }

    /// Sums the signals' edges pair by pair (a k-way merge of lists already sorted by pair); the
    /// surprise of a pair is its largest over signals.
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
            var expected = 0.0
            var surprise = 0.0
            for l in lists.indices where pairKey(l) == smallest {
                let i = heads[l]
                weight += lists[l].weights[i]
                keys += lists[l].keys[i]
                if i < lists[l].surprise.count {
                    expected += lists[l].expectedKeys[i]
                    surprise = max(surprise, lists[l].surprise[i])
                }
                heads[l] += 1
            }
            sources.append(UInt32(smallest >> 32))
            targets.append(UInt32(truncatingIfNeeded: smallest))
            weights.append(weight)
            self.keys.append(keys)
            expectedKeys.append(expected)
            self.surprise.append(surprise)
        }
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
    /// The smallest surprise (`-log10 p`) that is flagged: `log10(tests / alpha)`, a test being one
    /// pair on one signal.
    public var threshold: Double
    /// The null shuffles each signal got.
    public var replicates: [Int]
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
        // One block index per block length the signals need (one, unless windows exceed the block).
        let blockLengths = Array(Set(signals.map { max(parameters.nullBlock, parameters.window(for: $0)) })).sorted()
        let nullModels = parallelMap(blockLengths.count) { NullModel(block: blockLengths[$0], frame: frame) }
        @Sendable func sweep(_ s: Int, replicate: Int) -> SignalEdges {
            let signal = signals[s]
            let window = parameters.window(for: signal)
            var list = lists[s]
            if replicate > 0 {
                let null = nullModels[blockLengths.firstIndex(of: max(parameters.nullBlock, window))!]
                list = null.shuffled(list, signal: signal, seed: parameters.seed &+ UInt64(replicate))
            }
            return CoactionSweep(
                window: window, maxKeyAccounts: parameters.maxKeyAccounts,
                originalWindow: signal == .repost ? parameters.originalWindow : nil
            ).edges(signal, KeyedActions(list, frame: frame), frame: frame)
        }
        var observed = parallelMap(signals.count) { sweep($0, replicate: 0) }
        progress("null model")
        let replicates = Self.replicates(observed.map { Int($0.coactions.reduce(0, +)) }, least: parameters.nullReplicates)
        let tasks = signals.indices.flatMap { s in (1...max(1, replicates[s])).map { (s, $0) } }
        let nullKeys = parallelMap(tasks.count) { [observed] task in
            let (s, replicate) = tasks[task]
            return observed[s].keysOfSamePairs(in: sweep(s, replicate: replicate))
        }
        progress("significance")
        for s in signals.indices {
            var sums = [UInt32](repeating: 0, count: observed[s].count)
            for (task, sparse) in zip(tasks, nullKeys) where task.0 == s {
                for (edge, keys) in zip(sparse.edges, sparse.keys) { sums[Int(edge)] += keys }
            }
            observed[s].score(nullSums: sums, replicates: max(1, replicates[s]))
        }
        var combined = CombinedEdges(observed)
        let tests = observed.reduce(0) { $0 + $1.count }
        let threshold = log10(Double(max(1, tests)) / parameters.alpha)
        combined.flagged = zip(combined.surprise, combined.keys).map { surprise, keys in
            surprise >= threshold && keys >= UInt32(parameters.minKeys)
        }
        progress("communities")
        let (networks, networkOfAccount) = communities(combined, accountCount: frame.accountCount, parameters: parameters)
        return CoordinationResult(
            parameters: parameters, signalEdges: observed, combined: combined, threshold: threshold, replicates: replicates,
            networks: networks, networkOfAccount: networkOfAccount)
    }

    /// Shuffles per signal: at least `least`; a signal with a small share of the co-actions gets more,
    /// in proportion, up to 64, so that the null sweeps of the light signals together cost at most as
    /// much as `least` sweeps of everything.
    static func replicates(_ coactions: [Int], least: Int) -> [Int] {
        let total = max(1, coactions.reduce(0, +))
        let fairShare = Double(total) / Double(max(1, coactions.count))
        return coactions.map { count in
            guard least > 0 else { return 0 }
            let boost = count > 0 ? fairShare / Double(count) : 16
            return min(64, max(least, Int(Double(least) * boost)))
        }
    }

    /// Networks: the connected components of the flagged graph's core (the accounts flagged with at
    /// least `minPartners` others, found by peeling the rest away), each split into its Leiden
    /// communities when they are clearly separate (modularity within the component at least
    /// `splitModularity`), with at least `minNetworkSize` members; ordered by size (largest first),
    /// then by their smallest member.
    ///
    /// Why a core: one account many others each co-act with once in a while (a popular account and
    /// the fans who repost it) makes a star, not a network; members of a coordinated unit are each
    /// corroborated by several partners.
    ///
    /// Why not Leiden on the whole graph: modularity always prefers to split a component that holds
    /// most of the graph's edges, even a near-clique such as one bot unit, while two units joined by a
    /// few edges score far above the bar.
    ///
    /// - Complexity: O(E log E) plus Leiden's cost on each component large enough to split.
    static func communities(
        _ combined: CombinedEdges, accountCount: Int, parameters: CoordinationParameters
    ) -> ([CoordinatedNetwork], [Int32]) {
        var flaggedEdges = combined.flagged.indices.filter { combined.flagged[$0] }
        let core = Self.core(flaggedEdges.map { (combined.sources[$0], combined.targets[$0]) }, accountCount: accountCount, minDegree: parameters.minPartners)
        flaggedEdges = flaggedEdges.filter { core[Int(combined.sources[$0])] && core[Int(combined.targets[$0])] }
        let graph = WeightedGraph(
            nodeCount: accountCount, sources: flaggedEdges.map { combined.sources[$0] },
            targets: flaggedEdges.map { combined.targets[$0] }, weights: flaggedEdges.map { combined.weights[$0] })
        let components = Communities.components(graph)
        var membersOf: [UInt32: [UInt32]] = [:]
        for account in 0..<accountCount where graph.degree(UInt32(account)) > 0 {
            membersOf[components[account], default: []].append(UInt32(account))
        }
        var groups: [[UInt32]] = []
        for members in membersOf.values where members.count >= parameters.minNetworkSize {
            groups += split(members, of: graph, parameters: parameters).filter { $0.count >= parameters.minNetworkSize }
        }
        groups.sort { ($0.count, $1[0]) > ($1.count, $0[0]) }
        var networkOfAccount = [Int32](repeating: -1, count: accountCount)
        for (n, members) in groups.enumerated() { for m in members { networkOfAccount[Int(m)] = Int32(n) } }
        var edgesOf = [[Int]](repeating: [], count: groups.count)
        for e in flaggedEdges {
            let network = networkOfAccount[Int(combined.sources[e])]
            if network >= 0, network == networkOfAccount[Int(combined.targets[e])] { edgesOf[Int(network)].append(e) }
        }
        let networks = zip(groups, edgesOf).map { CoordinatedNetwork(members: $0, edges: $1) }
        return (networks, networkOfAccount)
    }

    /// The k-core: which accounts keep at least `minDegree` edges once every account with fewer is
    /// removed, repeatedly.
    ///
    /// - Complexity: O(V + E).
    static func core(_ edges: [(UInt32, UInt32)], accountCount: Int, minDegree: Int) -> [Bool] {
        var degree = [Int](repeating: 0, count: accountCount)
        var neighbours = [[UInt32]](repeating: [], count: accountCount)
        for (a, b) in edges {
            degree[Int(a)] += 1
            degree[Int(b)] += 1
            neighbours[Int(a)].append(b)
            neighbours[Int(b)].append(a)
        }
        var kept = degree.map { $0 >= minDegree }
        var queue = (0..<accountCount).filter { !kept[$0] && degree[$0] > 0 }
        while let account = queue.popLast() {
            for neighbour in neighbours[account] where kept[Int(neighbour)] {
                degree[Int(neighbour)] -= 1
                if degree[Int(neighbour)] < minDegree {
                    kept[Int(neighbour)] = false
                    queue.append(Int(neighbour))
                }
            }
        }
        return kept
    }

    /// One component's Leiden communities when they are clearly separate, else the component whole.
    static func split(_ members: [UInt32], of graph: WeightedGraph, parameters: CoordinationParameters) -> [[UInt32]] {
        guard members.count >= 2 * parameters.minNetworkSize else { return [members] }
        var local: [UInt32: UInt32] = [:]
        for (i, m) in members.enumerated() { local[m] = UInt32(i) }
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        var weights: [Double] = []
        for m in members {
            for neighbour in graph.neighbours(of: m) where neighbour.node > m {
                sources.append(local[m]!)
                targets.append(local[neighbour.node]!)
                weights.append(neighbour.weight)
            }
        }
        let subgraph = WeightedGraph(nodeCount: members.count, sources: sources, targets: targets, weights: weights)
        let labels = Communities.leiden(subgraph, resolution: parameters.resolution, seed: parameters.seed)
        guard Communities.modularity(subgraph, labels: labels, resolution: parameters.resolution) >= parameters.splitModularity
        else { return [members] }
        var parts: [UInt32: [UInt32]] = [:]
        for (i, label) in labels.enumerated() { parts[label, default: []].append(members[i]) }
        return parts.keys.sorted().map { parts[$0]! }
    }

}
