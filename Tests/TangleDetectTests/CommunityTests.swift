import Foundation
import Testing
@testable import TangleDetect

@Suite struct CommunityTests {
    // MARK: components

    @Test func componentsAreNumberedByTheirSmallestNode() {
        let graph = Self.graph(10, [(7, 3), (0, 7), (2, 1), (9, 8), (5, 6), (8, 5)])
        #expect(Communities.components(graph) == [0, 1, 1, 0, 2, 3, 3, 0, 3, 3])
        #expect(Communities.components(WeightedGraph(nodeCount: 3, edges: [])) == [0, 1, 2])
        #expect(Communities.components(WeightedGraph(nodeCount: 0, edges: [])).isEmpty)
    }

    // MARK: modularity

    @Test func modularityOfTwoTrianglesJoinedByAnEdge() {
        let graph = Self.twoTriangles
        // m = 7; each side: 3 edges inside, strengths 2 + 2 + 3 = 7. Q = 2 (3/7 − (7/14)²) = 5/14.
        #expect(abs(Communities.modularity(graph, labels: [0, 0, 0, 1, 1, 1]) - 5.0 / 14) < 1e-12)
        // At resolution 2: 2 (3/7 − 2 (1/2)²) = −1/7.
        #expect(abs(Communities.modularity(graph, labels: [0, 0, 0, 1, 1, 1], resolution: 2) + 1.0 / 7) < 1e-12)
        // One community: 1 − 1 = 0.
        #expect(abs(Communities.modularity(graph, labels: [5, 5, 5, 5, 5, 5])) < 1e-12)
    }

    @Test func modularityOfAWeightedPathWithAnyLabelNumbers() {
        let graph = WeightedGraph(
            nodeCount: 3, edges: [WeightedEdge(a: 0, b: 1, weight: 2), WeightedEdge(a: 1, b: 2, weight: 1)])
        // m = 3; {0, 1}: 2 inside, strengths 2 + 3; {2}: strength 1. Q = 2/3 − (5/6)² − (1/6)² = −1/18.
        #expect(abs(Communities.modularity(graph, labels: [0, 0, 1]) + 1.0 / 18) < 1e-12)
        #expect(abs(Communities.modularity(graph, labels: [7, 7, 4_000_000_000]) + 1.0 / 18) < 1e-12)
        #expect(Communities.modularity(WeightedGraph(nodeCount: 2, edges: []), labels: [0, 1]) == 0)
    }

    // MARK: Leiden on planted partitions

    @Test func twoTrianglesSplitAtTheBridge() {
        #expect(Communities.leiden(Self.twoTriangles, seed: 1) == [0, 0, 0, 1, 1, 1])
    }

    @Test(arguments: [UInt64(1), 2, 3, 99])
    func fourCliquesInARingAreFoundExactly(seed: UInt64) {
        var edges: [(UInt32, UInt32)] = []
        for clique in 0..<4 {
            let base = UInt32(clique * 5)
            for a in 0..<UInt32(5) { for b in (a + 1)..<5 { edges.append((base + a, base + b)) } }
            edges.append((base + 4, UInt32((clique + 1) % 4 * 5)))
        }
        let labels = Communities.leiden(Self.graph(20, edges), seed: seed)
        let cliques: [UInt32] = (0..<20).map { node in UInt32(node / 5) }
        #expect(labels == cliques)
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func aStochasticBlockModelWithStrongStructureIsRecoveredExactly(seed: UInt64) {
        let (graph, blocks) = Self.stochasticBlockModel(blocks: 8, size: 40, inside: 0.5, between: 0.01, seed: seed)
        for leidenSeed in [seed, seed &* 31 &+ 7] {
            #expect(Communities.leiden(graph, seed: leidenSeed) == blocks)
        }
    }

    @Test func resolutionZeroGivesTheComponentsAndAHighResolutionGivesMore() {
        let (graph, _) = Self.stochasticBlockModel(blocks: 4, size: 30, inside: 0.3, between: 0.02, seed: 8)
        #expect(Communities.leiden(graph, resolution: 0, seed: 1) == Communities.components(graph))
        let coarse = Set(Communities.leiden(graph, resolution: 1, seed: 1)).count
        let fine = Set(Communities.leiden(graph, resolution: 8, seed: 1)).count
        #expect(fine > coarse)
    }

    @Test func nodesWithoutEdgesStayAlone() {
        #expect(Communities.leiden(WeightedGraph(nodeCount: 4, edges: []), seed: 1) == [0, 1, 2, 3])
        #expect(Communities.leiden(WeightedGraph(nodeCount: 0, edges: []), seed: 1).isEmpty)
        let graph = Self.graph(5, [(1, 3)])
        #expect(Communities.leiden(graph, seed: 1) == [0, 1, 2, 1, 3])
    }

    // MARK: properties on random graphs

    /// Property: on random graphs of every density, with and without structure, every community is
    /// connected, labels are numbered by smallest node, and modularity is no worse than singletons'
    /// or the components'.
    @Test(arguments: 0..<60)
    func everyCommunityIsConnectedAndBeatsTheTrivialPartitions(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let graph: WeightedGraph
        if seed % 3 == 0 {
            let blocks = 2 + random.next(below: 6)
            graph = Self.stochasticBlockModel(
                blocks: blocks, size: 3 + random.next(below: 20), inside: 0.1 + 0.5 * random.nextUnit(),
                between: 0.05 * random.nextUnit(), seed: seed
            ).graph
        } else {
            let nodeCount = 2 + random.next(below: 150)
            let edgeCount = random.next(below: nodeCount * (1 + random.next(below: 6)))
            graph = WeightedGraph(
                nodeCount: nodeCount,
                edges: WeightedGraphTests.randomEdges(nodeCount: nodeCount, edgeCount: edgeCount, seed: seed))
        }
        let resolution = [1.0, 0.5, 2][Int(seed % 3)]
        let labels = Communities.leiden(graph, resolution: resolution, seed: seed)
        #expect(labels.count == graph.nodeCount)
        #expect(Communities.renumbered(labels).labels == labels)
        #expect(Communities.connectedParts(graph, within: labels) == labels)
        let quality = Communities.modularity(graph, labels: labels, resolution: resolution)
        let singletons = (0..<graph.nodeCount).map { UInt32($0) }
        #expect(quality >= Communities.modularity(graph, labels: singletons, resolution: resolution) - 1e-12)
        let components = Communities.components(graph)
        #expect(quality >= Communities.modularity(graph, labels: components, resolution: resolution) - 1e-12)
    }

    @Test func theSameSeedGivesTheSameLabels() {
        let (graph, _) = Self.stochasticBlockModel(blocks: 12, size: 25, inside: 0.2, between: 0.03, seed: 4)
        let first = Communities.leiden(graph, seed: 42)
        for _ in 0..<3 { #expect(Communities.leiden(graph, seed: 42) == first) }
        let random = WeightedGraph(
            nodeCount: 300, edges: WeightedGraphTests.randomEdges(nodeCount: 300, edgeCount: 1500, seed: 5))
        #expect(Communities.leiden(random, seed: 7) == Communities.leiden(random, seed: 7))
    }

    /// Pinned across processes, builds and machines: Swift seeds its hashing per process, so an
    /// order that leaked from a `Set` or `Dictionary` would pass the test above and fail this one.
    /// A deliberate change to the algorithm's draws changes the pin.
    @Test func theLabelsForAGivenGraphAndSeedArePinned() {
        let graph = WeightedGraph(
            nodeCount: 400, edges: WeightedGraphTests.randomEdges(nodeCount: 400, edgeCount: 1600, seed: 11))
        let labels = Communities.leiden(graph, seed: 2024)
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for label in labels { digest = (digest ^ UInt64(label)) &* 0x100_0000_01b3 }
        #expect(Set(labels).count == 14)
        #expect(labels.prefix(12) == [0, 1, 2, 3, 4, 5, 5, 4, 0, 6, 7, 7])
        #expect(digest == 0x5845_06d4_6454_6d60)
    }

    @Test func theExponentialIsCloseToTheLibraryOne() {
        for x in stride(from: -740.0, through: 0, by: 0.37) {
            let value = Leiden.exponential(x)
            #expect(abs(value - exp(x)) <= 1e-14 * exp(x) + Double.leastNonzeroMagnitude * 4)
        }
        #expect(Leiden.exponential(0) == 1)
        #expect(Leiden.exponential(-1000) == 0)
    }

    // MARK: fixtures

    static let twoTriangles = graph(6, [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)])

    static func graph(_ nodeCount: Int, _ pairs: [(UInt32, UInt32)]) -> WeightedGraph {
        WeightedGraph(nodeCount: nodeCount, edges: pairs.map { WeightedEdge(a: $0.0, b: $0.1, weight: 1) })
    }

    /// Blocks of `size` consecutive nodes; each pair joined with probability `inside` within a block
    /// and `between` across blocks. Returns the graph and each node's block.
    static func stochasticBlockModel(
        blocks: Int, size: Int, inside: Double, between: Double, seed: UInt64
    ) -> (graph: WeightedGraph, blocks: [UInt32]) {
        var random = SeededRandom(seed: seed)
        let nodeCount = blocks * size
        var edges: [WeightedEdge] = []
        for a in 0..<nodeCount {
            for b in (a + 1)..<max(a + 1, nodeCount) {
                let p = a / size == b / size ? inside : between
                if random.nextUnit() < p { edges.append(WeightedEdge(a: UInt32(a), b: UInt32(b), weight: 1)) }
            }
        }
        return (WeightedGraph(nodeCount: nodeCount, edges: edges), (0..<nodeCount).map { UInt32($0 / size) })
    }
}
