/// The graph the Leiden algorithm works on at one level: each node stands for a group of the
/// original nodes, and weighs their summed strength.
///
/// Rows hold no loops: the edges inside a group move with it, so no move's gain depends on them.
struct AggregateGraph {
    let nodeCount: Int
    let rowStarts: [Int]
    let neighbours: [UInt32]
    let weights: [Double]
    let nodeWeights: [Double]
    /// The longest row.
    let maxDegree: Int

    /// The original graph, one node per node (sharing its storage).
    init(_ graph: WeightedGraph) {
        nodeCount = graph.nodeCount
        rowStarts = graph.rowStarts
        neighbours = graph.neighbourNodes
        weights = graph.neighbourWeights
        nodeWeights = graph.strengths
        maxDegree = Self.maxDegree(rowStarts)
    }

    private init(
        nodeCount: Int, rowStarts: [Int], neighbours: [UInt32], weights: [Double], nodeWeights: [Double]
    ) {
        self.nodeCount = nodeCount
        self.rowStarts = rowStarts
        self.neighbours = neighbours
        self.weights = weights
        self.nodeWeights = nodeWeights
        maxDegree = Self.maxDegree(rowStarts)
    }

    private static func maxDegree(_ rowStarts: [Int]) -> Int {
        zip(rowStarts, rowStarts.dropFirst()).reduce(0) { max($0, $1.1 - $1.0) }
    }

    /// The graph with one node per group, groups numbered `0..<groupCount`: edges between two groups
    /// summed, edges inside a group dropped. Rows list groups in the order first met.
    ///
    /// - Complexity: O(V + E)
    func aggregated(by groups: [UInt32], groupCount: Int) -> AggregateGraph {
        let members = GroupMembers(groups, groupCount: groupCount)
        var groupRowStarts = [Int](repeating: 0, count: groupCount + 1)
        var groupNeighbours: [UInt32] = []
        var groupEdgeWeights: [Double] = []
        groupNeighbours.reserveCapacity(neighbours.count)
        groupEdgeWeights.reserveCapacity(neighbours.count)
        var groupWeights = [Double](repeating: 0, count: groupCount)
        // Zero for a group not yet in the row: every edge weighs more than zero.
        var weightTo = [Double](repeating: 0, count: groupCount)
        var rowGroups: [UInt32] = []
        var neighbourGroups = [UInt32](repeating: 0, count: maxDegree)
        for group in 0..<groupCount {
            for index in members.range(of: group) {
                let v = Int(members.nodes[index])
                groupWeights[group] += nodeWeights[v]
                let row = rowStarts[v]..<rowStarts[v + 1]
                // Gathered first, so that the independent loads overlap.
                for slot in row { neighbourGroups[slot - row.lowerBound] = groups[Int(neighbours[slot])] }
                for slot in row {
                    let other = neighbourGroups[slot - row.lowerBound]
                    guard Int(other) != group else { continue }
                    if weightTo[Int(other)] == 0 { rowGroups.append(other) }
                    weightTo[Int(other)] += weights[slot]
                }
            }
            for other in rowGroups {
                groupNeighbours.append(other)
                groupEdgeWeights.append(weightTo[Int(other)])
                weightTo[Int(other)] = 0
            }
            rowGroups.removeAll(keepingCapacity: true)
            groupRowStarts[group + 1] = groupNeighbours.count
        }
        return AggregateGraph(
            nodeCount: groupCount, rowStarts: groupRowStarts, neighbours: groupNeighbours, weights: groupEdgeWeights,
            nodeWeights: groupWeights)
    }
}

/// The nodes of each group side by side, in increasing order (a counting sort of the group labels).
struct GroupMembers {
    let starts: [Int]
    var nodes: [UInt32]

    /// - Complexity: O(V + groupCount)
    init(_ groups: [UInt32], groupCount: Int) {
        var starts = [Int](repeating: 0, count: groupCount + 1)
        for group in groups { starts[Int(group) + 1] += 1 }
        for group in 0..<groupCount { starts[group + 1] += starts[group] }
        var cursor = starts
        var nodes = [UInt32](repeating: 0, count: groups.count)
        for (v, group) in groups.enumerated() {
            nodes[cursor[Int(group)]] = UInt32(v)
            cursor[Int(group)] += 1
        }
        self.starts = starts
        self.nodes = nodes
    }

    func range(of group: Int) -> Range<Int> {
        starts[group]..<starts[group + 1]
    }
}
