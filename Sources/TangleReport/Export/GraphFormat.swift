import Foundation

/// The formats a `GraphDocument` can be written in.
public enum GraphFormat: String, CaseIterable, Sendable {
    /// GraphML, with typed `<key>` declarations (Gephi, networkx, igraph, Cytoscape).
    case graphML = "graphml"
    /// GEXF 1.3 (Gephi, networkx); graph-level attributes go in the meta description.
    case gexf
    /// networkx's node-link JSON, with the edges under `"edges"`:
    /// `networkx.node_link_graph(json.load(f), edges="edges")`.
    case json
    /// The edge list: `source,target,weight,…` (node ids, RFC 4180 quoting).
    case edgesCSV = "edges.csv"
    /// The node table: `id,label,…` (RFC 4180 quoting).
    case nodesCSV = "nodes.csv"

    /// The usual ending of a file in this format.
    public var fileExtension: String {
        switch self {
        case .graphML: "graphml"
        case .gexf: "gexf"
        case .json: "json"
        case .edgesCSV, .nodesCSV: "csv"
        }
    }
}

extension GraphDocument {
    /// Writes the document in `format` to `output`, and flushes it.
    ///
    /// Throws when the document does not hold together (see `ExportError`) or the file cannot be
    /// written. The same document always gives the same bytes.
    ///
    /// - Complexity: O(V + E) and the length of the text written.
    public func write(_ format: GraphFormat, to output: inout ExportOutput) throws {
        try validate()
        switch format {
        case .graphML: try writeGraphML(to: &output)
        case .gexf: try writeGEXF(to: &output)
        case .json: try writeJSON(to: &output)
        case .edgesCSV: try writeEdgesCSV(to: &output)
        case .nodesCSV: try writeNodesCSV(to: &output)
        }
        try output.flush()
    }

    /// The document in `format`, as bytes.
    public func encoded(_ format: GraphFormat) throws -> [UInt8] {
        var output = ExportOutput()
        try write(format, to: &output)
        return output.bytes
    }

    /// Writes the document in `format` to the file at `path`, replacing what was there.
    public func write(_ format: GraphFormat, toFile path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw ExportError("\(path): cannot create the file") }
        defer { try? handle.close() }
        var output = ExportOutput(file: handle)
        do {
            try write(format, to: &output)
        } catch let error as ExportError {
            throw ExportError("\(path): \(error.description)")
        }
    }
}

extension AttributeColumn.Values {
    /// The XML Schema type GraphML's `attr.type` and GEXF's `type` both use.
    var xmlType: StaticString {
        switch self {
        case .string: "string"
        case .int: "long"
        case .double: "double"
        }
    }
}

extension AttributeValue {
    var xmlType: StaticString {
        switch self {
        case .string: "string"
        case .int: "long"
        case .double: "double"
        }
    }
}

extension ExportOutput {
    /// A value as XML text or attribute content.
    mutating func appendXML(_ value: AttributeValue, inAttribute: Bool) {
        switch value {
        case .string(let text): appendXMLEscaped(text, inAttribute: inAttribute)
        case .int(let number): append(number)
        case .double(let number): append(number, nonFinite: .xmlSchema)
        }
    }
}
