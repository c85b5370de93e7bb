/// An undirected weighted graph on nodes `0..<nodeCount`, stored as compressed sparse rows: each
/// node's neighbours sit side by side, sorted by node, with the summed weight of every edge that
/// joins the pair.
///
/// Every edge appears in both of its nodes' rows. Built by two counting-sort passes, with no
/// allocation per edge.
public struct WeightedGraph: Sendable {
    /// The number of nodes.
    public let nodeCount: Int
    /// Row `v` is `rowStarts[v]..<rowStarts[v + 1]` in `neighbourNodes` and `neighbourWeights`.
    let rowStarts: [Int]
    let neighbourNodes: [UInt32]
    let neighbourWeights: [Double]
    let strengths: [Double]
    /// The sum of the weights of all edges, each counted once.
    public let totalWeight: Double

    /// Builds the graph from an edge list; edges joining the same pair (in either direction) are
    /// summed into one.
    ///
    /// Every edge must join two distinct nodes below `nodeCount` and weigh a finite amount above zero.
    ///
    /// - Complexity: O(V + E) for V nodes and E edges.
    public init(nodeCount: Int, edges: [WeightedEdge]) {
        self.init(nodeCount: nodeCount, edgeCount: edges.count) { edges[$0] }
    }

    /// Builds the graph from edges given as three parallel columns, as the co-action engine writes them.
    ///
    /// - Complexity: O(V + E) for V nodes and E edges.
    public init(nodeCount: Int, sources: [UInt32], targets: [UInt32], weights: [Double]) {
        precondition(sources.count == targets.count && sources.count == weights.count, "edge columns differ in length")
        self.init(nodeCount: nodeCount, edgeCount: sources.count) {
            WeightedEdge(a: sources[$0], b: targets[$0], weight: weights[$0])
        }
    }

    private init(nodeCount: Int, edgeCount: Int, edge: (Int) -> WeightedEdge) {
        precondition(nodeCount >= 0 && nodeCount <= Int(UInt32.max), "node count out of range: \(nodeCount)")
        var rowStarts = [Int](repeating: 0, count: nodeCount + 1)
        for index in 0..<edgeCount {
            let e = edge(index)
            precondition(e.a != e.b, "edge \(index) joins node \(e.a) to itself")
            precondition(Int(e.a) < nodeCount && Int(e.b) < nodeCount, "edge \(index) names a node >= \(nodeCount)")
            precondition(
                e.weight > 0 && e.weight.isFinite, "edge \(index) weighs \(e.weight), not a finite amount above zero")
            rowStarts[Int(e.a) + 1] += 1
            rowStarts[Int(e.b) + 1] += 1
        }
        for v in 0..<nodeCount { rowStarts[v + 1] += rowStarts[v] }
        let halfEdges = 2 * edgeCount

        // Pass 1 buckets each half-edge by its far end; pass 2 walks the buckets in order and moves
        // each half-edge into its near end's row, which leaves every row sorted by neighbour.
        var byFarEnd = [UInt32](repeating: 0, count: halfEdges)
        var byFarEndWeights = [Double](repeating: 0, count: halfEdges)
        var cursor = rowStarts
        for index in 0..<edgeCount {
            let e = edge(index)
            byFarEnd[cursor[Int(e.b)]] = e.a
            byFarEndWeights[cursor[Int(e.b)]] = e.weight
            cursor[Int(e.b)] += 1
            byFarEnd[cursor[Int(e.a)]] = e.b
            byFarEndWeights[cursor[Int(e.a)]] = e.weight
            cursor[Int(e.a)] += 1
        }
        var nodes = [UInt32](repeating: 0, count: halfEdges)
        var weights = [Double](repeating: 0, count: halfEdges)
        cursor.replaceSubrange(0..<nodeCount, with: rowStarts[0..<nodeCount])
        for far in 0..<nodeCount {
            for slot in rowStarts[far]..<rowStarts[far + 1] {
                let near = Int(byFarEnd[slot])
                nodes[cursor[near]] = UInt32(far)
                weights[cursor[near]] = byFarEndWeights[slot]
                cursor[near] += 1
            }
        }
        byFarEnd = []
        byFarEndWeights = []

        // Sum runs of the same neighbour in place.
        var strengths = [Double](repeating: 0, count: nodeCount)
        var written = 0
        var rowStart = 0
        for v in 0..<nodeCount {
            let rowEnd = rowStarts[v + 1]
            var strength = 0.0
            var slot = rowStart
            while slot < rowEnd {
                let neighbour = nodes[slot]
                var weight = weights[slot]
                slot += 1
                while slot < rowEnd, nodes[slot] == neighbour {
                    weight += weights[slot]
                    slot += 1
                }
                nodes[written] = neighbour
                weights[written] = weight
                written += 1
                strength += weight
            }
            strengths[v] = strength
            rowStart = rowEnd
            rowStarts[v + 1] = written
        }
        nodes.removeLast(nodes.count - written)
        weights.removeLast(weights.count - written)

        self.nodeCount = nodeCount
        self.rowStarts = rowStarts
        self.neighbourNodes = nodes
        self.neighbourWeights = weights
        self.strengths = strengths
        self.totalWeight = strengths.reduce(0, +) / 2
    }

    /// The number of distinct node pairs joined by an edge.
    ///
    /// - Complexity: O(1)
    public var edgeCount: Int { neighbourNodes.count / 2 }

    /// The number of distinct neighbours of `node`.
    ///
    /// - Complexity: O(1)
    public func degree(_ node: UInt32) -> Int {
        rowStarts[Int(node) + 1] - rowStarts[Int(node)]
    }

    /// The summed weight of the edges at `node`.
    ///
    /// - Complexity: O(1)
    public func strength(_ node: UInt32) -> Double {
        strengths[Int(node)]
    }

    /// The neighbours of `node`, in increasing order, each with the weight of the edge to it.
    ///
    /// - Complexity: O(1)
    public func neighbours(of node: UInt32) -> Neighbours {
        let row = rowStarts[Int(node)]..<rowStarts[Int(node) + 1]
        return Neighbours(nodes: neighbourNodes[row], weights: neighbourWeights[row])
    }

    /// Every edge once, as `a < b`, sorted by `(a, b)`.
    ///
    /// - Complexity: O(V + E)
    public var edges: [WeightedEdge] {
        var edges: [WeightedEdge] = []
        edges.reserveCapacity(edgeCount)
        for a in 0..<nodeCount {
            for slot in rowStarts[a]..<rowStarts[a + 1] where neighbourNodes[slot] > UInt32(a) {
                edges.append(WeightedEdge(a: UInt32(a), b: neighbourNodes[slot], weight: neighbourWeights[slot]))
            }
        }
        return edges
    }
}

extension WeightedGraph {
    /// One node's neighbours with the weights of the edges to them.
    public struct Neighbours: RandomAccessCollection, Sendable {
        let nodes: ArraySlice<UInt32>
        let weights: ArraySlice<Double>

        public var startIndex: Int { nodes.startIndex }
        public var endIndex: Int { nodes.endIndex }

        public subscript(position: Int) -> (node: UInt32, weight: Double) {
            (nodes[position], weights[position])
        }
    }
}
