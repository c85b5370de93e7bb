import TangleDetect

/// A graph ready to export: nodes with ids, optional labels and typed attribute columns; edges
/// between nodes (by index) with weights and typed attribute columns; and graph-level attributes
/// such as the parameters that produced it.
///
/// Columns rather than records, so that a million edges cost a few arrays, not a million
/// dictionaries. Every writer emits nodes, edges and attributes in the order held here, so the same
/// document always gives the same bytes.
public struct GraphDocument: Sendable, Equatable {
    /// A named graph-level value.
    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: AttributeValue

        public init(_ name: String, _ value: AttributeValue) {
            self.name = name
            self.value = value
        }
    }

    /// Whether edges run from source to target.
    public var directed: Bool
    /// Graph-level attributes, such as the parameters used.
    public var attributes: [Attribute]
    /// Each node's id, as the platform wrote it; unique and not empty.
    public var nodeIDs: [String]
    /// Each node's label (a handle, a display name), or nil for none at all.
    public var nodeLabels: [String]?
    /// Node attributes: one value per node in each column.
    public var nodeColumns: [AttributeColumn]
    /// Each edge's source, as an index into `nodeIDs`.
    public var edgeSources: [UInt32]
    /// Each edge's target, as an index into `nodeIDs`.
    public var edgeTargets: [UInt32]
    /// Each edge's weight.
    public var edgeWeights: [Double]
    /// Edge attributes: one value per edge in each column.
    public var edgeColumns: [AttributeColumn]

    public init(
        directed: Bool = false, attributes: [Attribute] = [], nodeIDs: [String], nodeLabels: [String]? = nil,
        nodeColumns: [AttributeColumn] = [], edgeSources: [UInt32] = [], edgeTargets: [UInt32] = [],
        edgeWeights: [Double] = [], edgeColumns: [AttributeColumn] = []
    ) {
        self.directed = directed
        self.attributes = attributes
        self.nodeIDs = nodeIDs
        self.nodeLabels = nodeLabels
        self.nodeColumns = nodeColumns
        self.edgeSources = edgeSources
        self.edgeTargets = edgeTargets
        self.edgeWeights = edgeWeights
        self.edgeColumns = edgeColumns
    }

    /// An undirected document of a weighted graph: one node per graph node, named by `nodeIDs`, and
    /// its edges once each (`source < target`, sorted), weighted.
    ///
    /// - Complexity: O(V + E)
    public init(_ graph: WeightedGraph, nodeIDs: [String], attributes: [Attribute] = []) {
        let edges = graph.edges
        self.init(
            attributes: attributes, nodeIDs: nodeIDs, edgeSources: edges.map(\.a), edgeTargets: edges.map(\.b),
            edgeWeights: edges.map(\.weight))
    }

    /// The number of edges.
    public var edgeCount: Int { edgeSources.count }

    /// Names the writers use themselves, so no column may take them.
    static let reservedNodeNames: Set<String> = ["id", "label"]
    static let reservedEdgeNames: Set<String> = ["id", "source", "target", "weight"]

    /// Checks that the document holds together: column lengths, edge ends, unique ids and names.
    ///
    /// - Complexity: O(V + E)
    func validate() throws {
        if let labels = nodeLabels, labels.count != nodeIDs.count {
            throw ExportError("\(labels.count) node labels for \(nodeIDs.count) nodes")
        }
        guard edgeTargets.count == edgeCount, edgeWeights.count == edgeCount else {
            throw ExportError(
                "edge columns differ in length: \(edgeCount) sources, \(edgeTargets.count) targets, "
                    + "\(edgeWeights.count) weights")
        }
        try Self.validate(nodeColumns, kind: "node", count: nodeIDs.count, reserved: Self.reservedNodeNames)
        try Self.validate(edgeColumns, kind: "edge", count: edgeCount, reserved: Self.reservedEdgeNames)
        try Self.validateNames(attributes.map(\.name), kind: "graph", reserved: [])
        var seen = Set<String>(minimumCapacity: nodeIDs.count)
        for (index, id) in nodeIDs.enumerated() {
            guard !id.isEmpty else { throw ExportError("node \(index) has an empty id") }
            guard seen.insert(id).inserted else { throw ExportError("node id \"\(id)\" appears twice") }
        }
        for (index, (source, target)) in zip(edgeSources, edgeTargets).enumerated()
        where Int(source) >= nodeIDs.count || Int(target) >= nodeIDs.count {
            throw ExportError("edge \(index) joins nodes \(source) and \(target), but there are \(nodeIDs.count) nodes")
        }
    }

    private static func validate(_ columns: [AttributeColumn], kind: String, count: Int, reserved: Set<String>) throws {
        for column in columns where column.count != count {
            throw ExportError("\(kind) attribute \"\(column.name)\" has \(column.count) values for \(count) \(kind)s")
        }
        try validateNames(columns.map(\.name), kind: kind, reserved: reserved)
    }

    private static func validateNames(_ names: [String], kind: String, reserved: Set<String>) throws {
        var seen = Set<String>()
        for name in names {
            guard !name.isEmpty else { throw ExportError("a \(kind) attribute has an empty name") }
            guard !reserved.contains(name) else {
                throw ExportError(
                    "\(kind) attribute \"\(name)\" takes a name the formats reserve: \(reserved.sorted())")
            }
            guard seen.insert(name).inserted else { throw ExportError("\(kind) attribute \"\(name)\" appears twice") }
        }
    }
}
