extension Communities {
    /// Communities by the Leiden algorithm (Traag, Waltman and van Eck 2019), maximising modularity
    /// at the given resolution: larger resolutions give more, smaller communities.
    ///
    /// Each pass moves nodes between communities through a queue, refines every community into
    /// well-connected parts (merging at random among the merges that do not lower modularity, with
    /// `randomness` as the temperature), and aggregates the refined parts into nodes, until each
    /// community is one node. Passes repeat from the last partition until one changes nothing, or
    /// `maxPasses` have run. Every community returned is connected.
    ///
    /// The same graph and seed give the same labels on every run and machine. Nodes without edges
    /// are communities of their own.
    ///
    /// - Complexity: about O(E) per pass on sparse graphs; a few passes in practice.
    public static func leiden(
        _ graph: WeightedGraph, resolution: Double = 1, seed: UInt64, randomness: Double = 0.01, maxPasses: Int = 2
    ) -> [UInt32] {
        precondition(resolution >= 0 && resolution.isFinite, "resolution must be finite and not negative")
        precondition(randomness > 0 && randomness.isFinite, "randomness must be finite and above zero")
        precondition(maxPasses >= 1, "at least one pass")
        guard graph.totalWeight > 0 else { return (0..<graph.nodeCount).map { UInt32($0) } }
        var leiden = Leiden(
            resolution: resolution / (2 * graph.totalWeight), randomness: randomness, random: SeededRandom(seed: seed))
        let base = AggregateGraph(graph)
        var labels = (0..<graph.nodeCount).map { UInt32($0) }
        for _ in 0..<maxPasses {
            let next = renumbered(leiden.pass(base, from: labels)).labels
            if next == labels { break }
            labels = next
        }
        return connectedParts(graph, within: labels)
    }
}
