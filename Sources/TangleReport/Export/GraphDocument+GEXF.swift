extension GraphDocument {
    /// GEXF 1.3 (gexf.net): attribute declarations per class (ids `0…`), typed `string`, `long` or
    /// `double`; labels and weights as the format's own `label` and `weight`; edge ids `0…`.
    ///
    /// GEXF has no graph-level attributes, so they go in the meta description as `name=value` lines.
    func writeGEXF(to output: inout ExportOutput) throws {
        output.append(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>Tangle</creator>

            """)
        if !attributes.isEmpty {
            output.append("    <description>")
            for (index, attribute) in attributes.enumerated() {
                if index > 0 { output.append("\n") }
                output.appendXMLEscaped(attribute.name, inAttribute: false)
                output.append("=")
                output.appendXML(attribute.value, inAttribute: false)
            }
            output.append("</description>\n")
        }
        output.append("  </meta>\n")
        output.append(
            directed
                ? "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
                : "  <graph defaultedgetype=\"undirected\" mode=\"static\">\n")
        output.appendGEXFDeclarations(nodeColumns, class: "node")
        output.appendGEXFDeclarations(edgeColumns, class: "edge")
        output.append("    <nodes>\n")
        for node in nodeIDs.indices {
            output.append("      <node id=\"")
            output.appendXMLEscaped(nodeIDs[node], inAttribute: true)
            if let label = nodeLabels?[node] {
                output.append("\" label=\"")
                output.appendXMLEscaped(label, inAttribute: true)
            }
            output.append("\"")
            output.appendGEXFValues(nodeColumns, at: node, closing: "node")
            try output.flushIfFull()
        }
        output.append("    </nodes>\n    <edges>\n")
        for edge in 0..<edgeCount {
            output.append("      <edge id=\"")
            output.append(edge)
            output.append("\" source=\"")
            output.appendXMLEscaped(nodeIDs[Int(edgeSources[edge])], inAttribute: true)
            output.append("\" target=\"")
            output.appendXMLEscaped(nodeIDs[Int(edgeTargets[edge])], inAttribute: true)
            output.append("\" weight=\"")
            output.append(edgeWeights[edge], nonFinite: .xmlSchema)
            output.append("\"")
            output.appendGEXFValues(edgeColumns, at: edge, closing: "edge")
            try output.flushIfFull()
        }
        output.append("    </edges>\n  </graph>\n</gexf>\n")
    }
}

extension ExportOutput {
    fileprivate mutating func appendGEXFDeclarations(_ columns: [AttributeColumn], class domain: StaticString) {
        guard !columns.isEmpty else { return }
        append("    <attributes class=\"")
        append(domain)
        append("\" mode=\"static\">\n")
        for (index, column) in columns.enumerated() {
            append("      <attribute id=\"")
            append(index)
            append("\" title=\"")
            appendXMLEscaped(column.name, inAttribute: true)
            append("\" type=\"")
            append(column.values.xmlType)
            append("\"/>\n")
        }
        append("    </attributes>\n")
    }

    /// Ends an element whose start tag is open: with `<attvalues>` when it has any value, else `/>`.
    fileprivate mutating func appendGEXFValues(
        _ columns: [AttributeColumn], at row: Int, closing element: StaticString
    ) {
        guard columns.contains(where: { $0.value(at: row) != nil }) else { return append("/>\n") }
        append(">\n        <attvalues>\n")
        for (index, column) in columns.enumerated() {
            guard let value = column.value(at: row) else { continue }
            append("          <attvalue for=\"")
            append(index)
            append("\" value=\"")
            appendXML(value, inAttribute: true)
            append("\"/>\n")
        }
        append("        </attvalues>\n      </")
        append(element)
        append(">\n")
    }
}
