extension GraphDocument {
    /// networkx's node-link JSON, one node or edge per line:
    /// `{"directed": …, "multigraph": false, "graph": {…}, "nodes": [{"id": …, "label": …, …}],
    /// "edges": [{"source": …, "target": …, "weight": …, …}]}`. Missing values are left out; NaN and
    /// the infinities are `null`. Read it with `networkx.node_link_graph(data, edges="edges")`.
    func writeJSON(to output: inout ExportOutput) throws {
        output.append(directed ? "{\n  \"directed\": true,\n" : "{\n  \"directed\": false,\n")
        output.append("  \"multigraph\": false,\n  \"graph\": {")
        for (index, attribute) in attributes.enumerated() {
            output.append(index == 0 ? "" : ", ")
            output.appendJSONMember(attribute.name, attribute.value)
        }
        output.append("},\n  \"nodes\": [")
        for node in nodeIDs.indices {
            output.append(node == 0 ? "\n    {\"id\": " : ",\n    {\"id\": ")
            output.appendJSONString(nodeIDs[node])
            if let label = nodeLabels?[node] {
                output.append(", ")
                output.appendJSONMember("label", .string(label))
            }
            output.appendJSONMembers(nodeColumns, at: node)
            try output.flushIfFull()
        }
        output.append(nodeIDs.isEmpty ? "],\n  \"edges\": [" : "\n  ],\n  \"edges\": [")
        for edge in 0..<edgeCount {
            output.append(edge == 0 ? "\n    {\"source\": " : ",\n    {\"source\": ")
            output.appendJSONString(nodeIDs[Int(edgeSources[edge])])
            output.append(", \"target\": ")
            output.appendJSONString(nodeIDs[Int(edgeTargets[edge])])
            output.append(", ")
            output.appendJSONMember("weight", .double(edgeWeights[edge]))
            output.appendJSONMembers(edgeColumns, at: edge)
            try output.flushIfFull()
        }
        output.append(edgeCount == 0 ? "]\n}\n" : "\n  ]\n}\n")
    }
}

extension ExportOutput {
    fileprivate mutating func appendJSONMember(_ name: String, _ value: AttributeValue) {
        appendJSONString(name)
        append(": ")
        switch value {
        case .string(let text): appendJSONString(text)
        case .int(let number): append(number)
        case .double(let number): append(number, nonFinite: .null)
        }
    }

    /// The columns' values at `row` as members, each after a comma, then the object's end.
    fileprivate mutating func appendJSONMembers(_ columns: [AttributeColumn], at row: Int) {
        for column in columns {
            guard let value = column.value(at: row) else { continue }
            append(", ")
            appendJSONMember(column.name, value)
        }
        append("}")
    }
}
