extension GraphDocument {
    /// The edge list as peer tools write it: `source,target,weight`, then the edge columns; node ids
    /// as text, quoted as RFC 4180 wants; lines end in `\n`; a missing value is an empty field.
    func writeEdgesCSV(to output: inout ExportOutput) throws {
        output.append("source,target,weight")
        output.appendCSVHeader(edgeColumns)
        for edge in 0..<edgeCount {
            output.appendCSVField(nodeIDs[Int(edgeSources[edge])])
            output.append(",")
            output.appendCSVField(nodeIDs[Int(edgeTargets[edge])])
            output.append(",")
            output.append(edgeWeights[edge], nonFinite: .xmlSchema)
            output.appendCSVValues(edgeColumns, at: edge)
            try output.flushIfFull()
        }
    }

    /// The node table: `id,label`, then the node columns (the label empty when there are none).
    func writeNodesCSV(to output: inout ExportOutput) throws {
        output.append("id,label")
        output.appendCSVHeader(nodeColumns)
        for node in nodeIDs.indices {
            output.appendCSVField(nodeIDs[node])
            output.append(",")
            if let label = nodeLabels?[node] { output.appendCSVField(label) }
            output.appendCSVValues(nodeColumns, at: node)
            try output.flushIfFull()
        }
    }
}

extension ExportOutput {
    fileprivate mutating func appendCSVHeader(_ columns: [AttributeColumn]) {
        for column in columns {
            append(",")
            appendCSVField(column.name)
        }
        append("\n")
    }

    /// The columns' values at `row`, each after a comma, then the line's end.
    fileprivate mutating func appendCSVValues(_ columns: [AttributeColumn], at row: Int) {
        for column in columns {
            append(",")
            switch column.value(at: row) {
            case .string(let text): appendCSVField(text)
            case .int(let number): append(number)
            case .double(let number): append(number, nonFinite: .xmlSchema)
            case nil: break
            }
        }
        append("\n")
    }
}
