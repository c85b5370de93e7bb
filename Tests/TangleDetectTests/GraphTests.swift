import Testing
@testable import TangleDetect

@Suite struct WeightedGraphTests {
    @Test func duplicatePairsInEitherDirectionAreSummed() {
        let graph = WeightedGraph(
            nodeCount: 5,
            edges: [
                WeightedEdge(a: 0, b: 1, weight: 1), WeightedEdge(a: 3, b: 0, weight: 2),
                WeightedEdge(a: 1, b: 0, weight: 0.5), WeightedEdge(a: 1, b: 3, weight: 4),
                WeightedEdge(a: 0, b: 3, weight: 1),
            ])
        #expect(graph.nodeCount == 5)
        #expect(graph.edgeCount == 3)
        #expect(graph.totalWeight == 8.5)
        #expect(graph.neighbours(of: 0).map(\.node) == [1, 3])
        #expect(graph.neighbours(of: 0).map(\.weight) == [1.5, 3])
        #expect(graph.neighbours(of: 3).map(\.node) == [0, 1])
        #expect(graph.neighbours(of: 3).map(\.weight) == [3, 4])
        #expect(graph.degree(0) == 2 && graph.degree(1) == 2 && graph.degree(2) == 0 && graph.degree(4) == 0)
        #expect(graph.strength(1) == 5.5 && graph.strength(2) == 0)
        #expect(graph.neighbours(of: 4).isEmpty)
        #expect(
            graph.edges == [
                WeightedEdge(a: 0, b: 1, weight: 1.5), WeightedEdge(a: 0, b: 3, weight: 3),
                WeightedEdge(a: 1, b: 3, weight: 4),
            ])
    }

    @Test func emptyGraphs() {
        let none = WeightedGraph(nodeCount: 0, edges: [])
        #expect(none.nodeCount == 0 && none.edgeCount == 0 && none.totalWeight == 0)
        let isolated = WeightedGraph(nodeCount: 3, edges: [])
        #expect(isolated.edgeCount == 0 && isolated.degree(2) == 0 && isolated.edges.isEmpty)
    }

    @Test func columnsBuildTheSameGraphAsAnEdgeList() {
        let edges = Self.randomEdges(nodeCount: 50, edgeCount: 300, seed: 9)
        let fromList = WeightedGraph(nodeCount: 50, edges: edges)
        let fromColumns = WeightedGraph(
            nodeCount: 50, sources: edges.map(\.a), targets: edges.map(\.b), weights: edges.map(\.weight))
        #expect(fromList.edges == fromColumns.edges)
    }

    /// Property: on random edge lists with many repeats, every row is what a dictionary of pairs says.
    @Test(arguments: 0..<20)
    func rowsMatchADictionaryOfPairs(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let nodeCount = 1 + random.next(below: 40)
        let edges = Self.randomEdges(nodeCount: nodeCount, edgeCount: random.next(below: 200), seed: seed)
        let graph = WeightedGraph(nodeCount: nodeCount, edges: edges)
        var pairs: [Int: [UInt32: Double]] = [:]
        for edge in edges {
            pairs[Int(edge.a), default: [:]][edge.b, default: 0] += edge.weight
            pairs[Int(edge.b), default: [:]][edge.a, default: 0] += edge.weight
        }
        for v in 0..<nodeCount {
            let expected = (pairs[v] ?? [:]).sorted { $0.key < $1.key }
            let row = graph.neighbours(of: UInt32(v))
            #expect(row.map(\.node) == expected.map(\.key))
            for (got, want) in zip(row.map(\.weight), expected.map(\.value)) {
                #expect(abs(got - want) < 1e-9)
            }
            #expect(abs(graph.strength(UInt32(v)) - expected.reduce(0) { $0 + $1.value }) < 1e-9)
        }
        #expect(abs(graph.totalWeight - edges.reduce(0) { $0 + $1.weight }) < 1e-9)
        #expect(graph.edgeCount == pairs.values.reduce(0) { $0 + $1.count } / 2)
    }

    /// Random edges between distinct nodes with small integer weights; many pairs repeat.
    static func randomEdges(nodeCount: Int, edgeCount: Int, seed: UInt64) -> [WeightedEdge] {
        guard nodeCount >= 2 else { return [] }
        var random = SeededRandom(seed: seed &+ 1000)
        var edges: [WeightedEdge] = []
        while edges.count < edgeCount {
            let a = UInt32(random.next(below: nodeCount))
            let b = UInt32(random.next(below: nodeCount))
            guard a != b else { continue }
            edges.append(WeightedEdge(a: a, b: b, weight: Double(1 + random.next(below: 4))))
        }
        return edges
    }
}
