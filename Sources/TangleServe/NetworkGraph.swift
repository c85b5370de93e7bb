import TangleReport

/// A network's graph with positions from the report's deterministic force layout, for the network
/// page's picture (the report helper's `NetworkView.Graph` has no positions; this adds them).
struct NetworkGraph: Codable, Sendable, Equatable {
    struct Node: Codable, Sendable, Equatable {
        var id: String
        var label: String
        var strength: Double
        var x: Double
        var y: Double
    }

    var network: String
    var width: Double
    var height: Double
    var nodes: [Node]
    var edges: [NetworkView.Edge]
    var nodesTotal: Int
    var edgesTotal: Int

    init(_ view: NetworkView, width: Double = 1000, height: Double = 700) {
        let graph = view.graph
        var indexOf: [String: Int] = [:]
        for (i, node) in graph.nodes.enumerated() { indexOf[node.id] = i }
        let edges = graph.edges.compactMap { edge in
            indexOf[edge.source].flatMap { a in indexOf[edge.target].map { b in (a, b, edge.weight) } }
        }
        let positions = ForceLayout(width: width, height: height).positions(nodeCount: graph.nodes.count, edges: edges)
        network = view.summary.id
        self.width = width
        self.height = height
        nodes = zip(graph.nodes, positions).map { node, p in
            Node(id: node.id, label: node.label, strength: node.strength, x: (p.x * 10).rounded() / 10, y: (p.y * 10).rounded() / 10)
        }
        self.edges = graph.edges
        nodesTotal = graph.nodesTotal
        edgesTotal = graph.edgesTotal
    }
}
