extension GraphDocument {
    /// GraphML (graphml.graphdrawing.org): a `<key>` per attribute, typed `string`, `long` or
    /// `double`, with ids `g0…` (graph), `n0…` (node), `e0…` (edge), plus `label` and `weight`;
    /// nodes and edges with their non-empty values as `<data>`.
    func writeGraphML(to output: inout ExportOutput) throws {
        output.append(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """)
        let graphKeys = attributes.indices.map { "g\($0)" }
        let nodeKeys = nodeColumns.indices.map { "n\($0)" }
        let edgeKeys = edgeColumns.indices.map { "e\($0)" }
        for (key, attribute) in zip(graphKeys, attributes) {
            output.appendGraphMLKey(id: key, for: "graph", name: attribute.name, type: attribute.value.xmlType)
        }
        if nodeLabels != nil { output.appendGraphMLKey(id: "label", for: "node", name: "label", type: "string") }
        for (key, column) in zip(nodeKeys, nodeColumns) {
            output.appendGraphMLKey(id: key, for: "node", name: column.name, type: column.values.xmlType)
        }
        output.appendGraphMLKey(id: "weight", for: "edge", name: "weight", type: "double")
        for (key, column) in zip(edgeKeys, edgeColumns) {
            output.appendGraphMLKey(id: key, for: "edge", name: column.name, type: column.values.xmlType)
        }
        output.append(
            directed
                ? "  <graph id=\"G\" edgedefault=\"directed\">\n" : "  <graph id=\"G\" edgedefault=\"undirected\">\n")
        for (key, attribute) in zip(graphKeys, attributes) {
            output.appendGraphMLData(key: key, attribute.value, indent: "    ")
        }
        for node in nodeIDs.indices {
            output.append("    <node id=\"")
            output.appendXMLEscaped(nodeIDs[node], inAttribute: true)
            let label = nodeLabels?[node]
            if label == nil, !nodeColumns.contains(where: { $0.value(at: node) != nil }) {
                output.append("\"/>\n")
            } else {
                output.append("\">\n")
                if let label { output.appendGraphMLData(key: "label", .string(label), indent: "      ") }
                for (key, column) in zip(nodeKeys, nodeColumns) {
                    guard let value = column.value(at: node) else { continue }
                    output.appendGraphMLData(key: key, value, indent: "      ")
                }
                output.append("    </node>\n")
            }
            try output.flushIfFull()
        }
        for edge in 0..<edgeCount {
            output.append("    <edge source=\"")
            output.appendXMLEscaped(nodeIDs[Int(edgeSources[edge])], inAttribute: true)
            output.append("\" target=\"")
            output.appendXMLEscaped(nodeIDs[Int(edgeTargets[edge])], inAttribute: true)
            output.append("\">\n")
            output.appendGraphMLData(key: "weight", .double(edgeWeights[edge]), indent: "      ")
            for (key, column) in zip(edgeKeys, edgeColumns) {
                if let value = column.value(at: edge) { output.appendGraphMLData(key: key, value, indent: "      ") }
            }
            output.append("    </edge>\n")
            try output.flushIfFull()
        }
        output.append("  </graph>\n</graphml>\n")
    }
}

extension ExportOutput {
    fileprivate mutating func appendGraphMLKey(id: String, for domain: StaticString, name: String, type: StaticString) {
        append("  <key id=\"")
        append(id)
        append("\" for=\"")
        append(domain)
        append("\" attr.name=\"")
        appendXMLEscaped(name, inAttribute: true)
        append("\" attr.type=\"")
        append(type)
        append("\"/>\n")
    }

    fileprivate mutating func appendGraphMLData(key: String, _ value: AttributeValue, indent: StaticString) {
        append(indent)
        append("<data key=\"")
        append(key)
        append("\">")
        appendXML(value, inAttribute: false)
        append("</data>\n")
    }
}
