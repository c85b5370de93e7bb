/// The three phases of a Leiden pass (Traag, Waltman and van Eck 2019), on the quality
/// `Σ_c [ w_c − resolution · W_c² / 2 ]`: `w_c` the weight inside community `c`, `W_c` its summed node
/// weight. With node weights the strengths and `resolution = γ / 2m`, that is `m` times modularity.
///
/// The moves follow the paper and igraph's implementation: moving a node `v` to community `c` gains
/// `w(v, c) − resolution · W_v · W_c`, counted without `v`.
struct Leiden {
    let resolution: Double
    /// The temperature θ of the random merges in the refinement.
    let randomness: Double
    var random: SeededRandom

    /// One pass from a starting partition of the base graph: move, refine and aggregate until every
    /// community is a single node. Returns a label per base node (not renumbered).
    mutating func pass(_ base: AggregateGraph, from start: [UInt32]) -> [UInt32] {
        var graph = base
        var communities = start
        var nodeOf = (0..<base.nodeCount).map { UInt32($0) }
        while true {
            moveNodes(graph, &communities)
            let (dense, communityCount) = Communities.renumbered(communities)
            communities = dense
            guard communityCount < graph.nodeCount else { break }
            var (parts, partCount) = refine(graph, communities, communityCount: communityCount)
            if partCount == graph.nodeCount {
                // Nothing merged: aggregate the communities themselves, as igraph does.
                parts = communities
                partCount = communityCount
            }
            var next = [UInt32](repeating: 0, count: partCount)
            for v in 0..<graph.nodeCount { next[Int(parts[v])] = communities[v] }
            for index in nodeOf.indices { nodeOf[index] = parts[Int(nodeOf[index])] }
            graph = graph.aggregated(by: parts, groupCount: partCount)
            communities = next
        }
        return nodeOf.map { communities[Int($0)] }
    }

    /// Moves single nodes to the neighbouring (or an empty) community that gains most, while any
    /// move gains; the neighbours of a node that moved are queued again.
    ///
    /// Community numbers stay below the node count.
    mutating func moveNodes(_ graph: AggregateGraph, _ communities: inout [UInt32]) {
        let n = graph.nodeCount
        var communityWeights = [Double](repeating: 0, count: n)
        var communitySizes = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            communityWeights[Int(communities[v])] += graph.nodeWeights[v]
            communitySizes[Int(communities[v])] += 1
        }
        var emptyCommunities = (0..<UInt32(n)).reversed().filter { communitySizes[Int($0)] == 0 }
        var queue = (0..<n).map { UInt32($0) }
        random.shuffle(&queue, in: 0..<n)
        var queued = [Bool](repeating: true, count: n)
        var head = 0
        var queueCount = n
        // The communities of the node's neighbours, gathered first: independent loads overlap.
        var rowCommunities = [UInt32](repeating: 0, count: graph.maxDegree)
        // Zero but while a node is visited: every edge weighs more than zero.
        var weightTo = [Double](repeating: 0, count: n)
        while queueCount > 0 {
            let v = Int(queue[head])
            head = head + 1 == n ? 0 : head + 1
            queueCount -= 1
            queued[v] = false
            let current = communities[v]
            let weight = graph.nodeWeights[v]
            communityWeights[Int(current)] -= weight
            communitySizes[Int(current)] -= 1
            if communitySizes[Int(current)] == 0 { emptyCommunities.append(current) }
            let row = graph.rowStarts[v]..<graph.rowStarts[v + 1]
            for slot in row { rowCommunities[slot - row.lowerBound] = communities[Int(graph.neighbours[slot])] }
            for slot in row { weightTo[Int(rowCommunities[slot - row.lowerBound])] += graph.weights[slot] }
            var best = current
            var bestGain = weightTo[Int(current)] - weight * communityWeights[Int(current)] * resolution
            if bestGain < 0 {
                // With `v` taken out, `n - 1` nodes leave at least one community empty; joining it gains 0.
                best = emptyCommunities[emptyCommunities.count - 1]
                bestGain = 0
            }
            // Each neighbouring community once, in the order first met.
            for community in rowCommunities[0..<row.count] where weightTo[Int(community)] != 0 {
                let gain = weightTo[Int(community)] - weight * communityWeights[Int(community)] * resolution
                if gain > bestGain {
                    best = community
                    bestGain = gain
                }
                weightTo[Int(community)] = 0
            }
            weightTo[Int(current)] = 0
            communityWeights[Int(best)] += weight
            communitySizes[Int(best)] += 1
            if best == emptyCommunities.last { emptyCommunities.removeLast() }
            guard best != current else { continue }
            communities[v] = best
            for slot in row {
                let u = Int(graph.neighbours[slot])
                if !queued[u], rowCommunities[slot - row.lowerBound] != best {
                    queued[u] = true
                    queue[(head + queueCount) % n] = UInt32(u)
                    queueCount += 1
                }
            }
        }
    }

    /// Splits each community into well-connected parts: starting from single nodes, each node still
    /// alone and well connected to its community joins, at random, a well-connected part of the same
    /// community that it does not make worse, weighted by `exp(gain / randomness)`.
    ///
    /// A set `S` is well connected to its community `C` when the weight between them is at least
    /// `resolution · W_S · (W_C − W_S)`. Parts are connected by construction. Returns dense part
    /// labels and their count.
    ///
    /// - Complexity: O(V + E)
    mutating func refine(
        _ graph: AggregateGraph, _ communities: [UInt32], communityCount: Int
    ) -> (parts: [UInt32], partCount: Int) {
        let n = graph.nodeCount
        var members = GroupMembers(communities, groupCount: communityCount)
        var communityWeights = [Double](repeating: 0, count: communityCount)
        var parts = (0..<n).map { UInt32($0) }
        var partWeights = graph.nodeWeights
        // The weight between each part and the rest of its community.
        var restWeights = [Double](repeating: 0, count: n)
        var merged = [Bool](repeating: false, count: n)
        for v in 0..<n {
            communityWeights[Int(communities[v])] += graph.nodeWeights[v]
            for slot in graph.rowStarts[v]..<graph.rowStarts[v + 1]
            where communities[Int(graph.neighbours[slot])] == communities[v] {
                restWeights[v] += graph.weights[slot]
            }
        }
        // Zero but while a node is visited: every edge weighs more than zero.
        var weightTo = [Double](repeating: 0, count: n)
        var neighbourParts = [UInt32](repeating: 0, count: graph.maxDegree)
        let elsewhere = UInt32.max
        var candidates: [UInt32] = []
        var odds: [Double] = []
        for community in 0..<communityCount {
            let range = members.range(of: community)
            random.shuffle(&members.nodes, in: range)
            let total = communityWeights[community]
            for index in range {
                let v = Int(members.nodes[index])
                let alone = parts[v]
                guard !merged[Int(alone)] else { continue }
                let weight = graph.nodeWeights[v]
                guard restWeights[Int(alone)] >= weight * (total - weight) * resolution else { continue }
                partWeights[Int(alone)] = 0
                restWeights[Int(alone)] = 0
                candidates.append(alone)
                let row = graph.rowStarts[v]..<graph.rowStarts[v + 1]
                // The parts of the neighbours in the same community, gathered first so that the loads overlap.
                for slot in row {
                    let u = Int(graph.neighbours[slot])
                    neighbourParts[slot - row.lowerBound] = communities[u] == community ? parts[u] : elsewhere
                }
                for slot in row {
                    let part = neighbourParts[slot - row.lowerBound]
                    guard part != elsewhere else { continue }
                    if weightTo[Int(part)] == 0 { candidates.append(part) }
                    weightTo[Int(part)] += graph.weights[slot]
                }
                var bestGain = 0.0
                for part in candidates {
                    let partWeight = partWeights[Int(part)]
                    let wellConnected = restWeights[Int(part)] >= partWeight * (total - partWeight) * resolution
                    let gain = wellConnected ? weightTo[Int(part)] - weight * partWeight * resolution : -.infinity
                    odds.append(gain)
                    bestGain = max(bestGain, gain)
                    weightTo[Int(part)] = 0
                }
                let chosen = candidates[chooseMerge(&odds, bestGain: bestGain)]
                candidates.removeAll(keepingCapacity: true)
                odds.removeAll(keepingCapacity: true)
                partWeights[Int(chosen)] += weight
                for slot in row {
                    let part = neighbourParts[slot - row.lowerBound]
                    guard part != elsewhere else { continue }
                    restWeights[Int(chosen)] += part == chosen ? -graph.weights[slot] : graph.weights[slot]
                }
                if chosen != alone {
                    parts[v] = chosen
                    merged[Int(chosen)] = true
                }
            }
        }
        let (dense, partCount) = Communities.renumbered(parts)
        return (dense, partCount)
    }

    /// Draws one of the merges that lose nothing (gain ≥ 0), with probability in proportion to
    /// `exp((gain − bestGain) / randomness)`; `gains` become those odds. The first candidate, staying
    /// alone, always gains 0.
    private mutating func chooseMerge(_ gains: inout [Double], bestGain: Double) -> Int {
        var total = 0.0
        for index in gains.indices {
            let gain = gains[index]
            gains[index] = gain >= 0 ? Self.exponential((gain - bestGain) / randomness) : 0
            total += gains[index]
        }
        var draw = random.nextUnit() * total
        for (index, odds) in gains.enumerated() where odds > 0 {
            if draw < odds { return index }
            draw -= odds
        }
        return gains.lastIndex { $0 > 0 } ?? 0
    }

    /// `e^x` for `x ≤ 0`, from additions, multiplications and divisions only, so that every machine
    /// draws the same merge (the platform's `exp` may differ in the last bit).
    static func exponential(_ x: Double) -> Double {
        guard x > -745 else { return 0 }
        // ln 2 split in two (as in fdlibm), so that `k · ln2High` is exact.
        let ln2High = 6.931_471_803_691_238_164_90e-01
        let ln2Low = 1.908_214_929_270_587_700_02e-10
        let k = (x / (ln2High + ln2Low)).rounded()
        let r = (x - k * ln2High) - k * ln2Low
        var term = 1.0
        var sum = 1.0
        for n in 1...14 {
            term = term * r / Double(n)
            sum += term
        }
        return Double(sign: .plus, exponent: Int(k), significand: sum)
    }
}
