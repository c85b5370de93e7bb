extension CooRTweet {
    /// CooRTweet's `generate_coordinated_network(pairs, edge_weight)` as its edge table: one undirected
    /// edge per two accounts that form a pair.
    ///
    /// The post counts are of the pairs' older and newer posts, whichever account wrote them (R swaps
    /// the account columns to order them but not the post columns). `weight_threshold` marks a weight
    /// strictly above the `edgeWeight` quantile of all edge weights, computed as R's default
    /// `quantile` (type 7, linear interpolation).
    ///
    /// The edges come sorted by `from`, then `to`, in code-point order. `edgeWeight` must be in 0...1
    /// (R stops otherwise).
    ///
    /// - Complexity: O(p log p) for p pairs, plus O(contents) of scratch space.
    public static func coordinatedNetwork(
        _ pairs: [CooRTweetPair], in table: CooRTweetTable, edgeWeight: Double = defaultEdgeWeight
    ) -> [CooRTweetEdge] {
        precondition((0...1).contains(edgeWeight), "edge_weight must be between 0 and 1")
        var accountUsed = [Bool](repeating: false, count: table.accountNames.count)
        for pair in pairs {
            accountUsed[Int(pair.olderAccount)] = true
            accountUsed[Int(pair.newerAccount)] = true
        }
        let rank = codePointRanks(of: table.accountNames, used: accountUsed)
        let edgeKeys = pairs.map { pair -> UInt64 in
            let (a, b) = (UInt64(rank[Int(pair.olderAccount)]), UInt64(rank[Int(pair.newerAccount)]))
            return min(a, b) << 32 | max(a, b)
        }
        let order = pairs.indices.sorted { edgeKeys[$0] < edgeKeys[$1] }

        // Distinct posts per edge: a post is counted when its stamp is not yet this edge's.
        var olderStamp = [Int](repeating: -1, count: table.contentNames.count)
        var newerStamp = [Int](repeating: -1, count: table.contentNames.count)
        var edges: [CooRTweetEdge] = []
        var start = 0
        while start < order.count {
            let key = edgeKeys[order[start]]
            var end = start
            var totalDelta: Int64 = 0
            var olderCount = 0
            var newerCount = 0
            while end < order.count, edgeKeys[order[end]] == key {
                let pair = pairs[order[end]]
                totalDelta += pair.timeDelta
                if olderStamp[Int(pair.olderContent)] != edges.count {
                    olderStamp[Int(pair.olderContent)] = edges.count
                    olderCount += 1
                }
                if newerStamp[Int(pair.newerContent)] != edges.count {
                    newerStamp[Int(pair.newerContent)] = edges.count
                    newerCount += 1
                }
                end += 1
            }
            let first = pairs[order[start]]
            let olderFirst = rank[Int(first.olderAccount)] < rank[Int(first.newerAccount)]
            let weight = end - start
            edges.append(
                CooRTweetEdge(
                    from: olderFirst ? first.olderAccount : first.newerAccount,
                    to: olderFirst ? first.newerAccount : first.olderAccount,
                    weight: weight,
                    averageTimeDelta: Double(totalDelta) / (1000 * Double(weight)),
                    olderContentCount: olderCount, newerContentCount: newerCount,
                    symmetryScore: Double(min(olderCount, newerCount)) / Double(max(olderCount, newerCount)),
                    isAboveThreshold: false))
            start = end
        }

        let threshold = quantile(edges.map { Double($0.weight) }.sorted(), probability: edgeWeight)
        for index in edges.indices { edges[index].isAboveThreshold = Double(edges[index].weight) > threshold }
        return edges
    }

    /// R's default `quantile(x, probability)` (type 7) of ascending `sorted` values, with R's own
    /// arithmetic so that a threshold compares exactly as in R; NaN for no values.
    ///
    /// - Complexity: O(1)
    static func quantile(_ sorted: [Double], probability: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let index = 1 + Double(sorted.count - 1) * probability
        let low = index.rounded(.down)
        let high = index.rounded(.up)
        let atLow = sorted[Int(low) - 1]
        let atHigh = sorted[Int(high) - 1]
        guard index > low, atHigh != atLow else { return atLow }
        let fraction = index - low
        return (1 - fraction) * atLow + fraction * atHigh
    }
}
