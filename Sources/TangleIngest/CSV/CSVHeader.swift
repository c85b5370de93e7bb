/// The column names of a header row, matched case-insensitively after trimming spaces.
struct CSVHeader {
    /// The names as written, trimmed.
    let names: [String]
    /// Lower-cased name to its first position.
    private let positions: [String: Int]

    /// The header in the parser's current record.
    init(parser: CSVParser) {
        var names: [String] = []
        for index in 0..<parser.fieldCount {
            names.append(parser.withField(index) { String(decoding: $0, as: UTF8.self) }.trimmingSpaces)
        }
        self.init(names: names)
    }

    init(names: [String]) {
        self.names = names
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() where positions[name.lowercased()] == nil {
            positions[name.lowercased()] = index
        }
        self.positions = positions
    }

    /// The column called `name`, if the header has it.
    func column(_ name: String) -> CSVColumn? {
        positions[name.lowercased()].map { CSVColumn(index: $0, name: name) }
    }

    /// True when every one of `required` is in the header.
    func hasAll(_ required: [String]) -> Bool {
        required.allSatisfy { positions[$0.lowercased()] != nil }
    }

    /// The columns called `required`, in that order, or an error naming the missing ones.
    func require(_ required: [String], for format: Format, path: String) throws -> [CSVColumn] {
        let missing = required.filter { positions[$0.lowercased()] == nil }
        guard missing.isEmpty else {
            throw IngestError(
                .missingColumns, file: path, line: 1,
                "missing column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")) "
                    + "for \(format.summary); "
                    + "the header has \(listing)")
        }
        return required.compactMap(column)
    }

    /// The header for messages: its names (long ones cut) and how many there are.
    var listing: String {
        let shown = names.prefix(40).map { $0.count > 40 ? String($0.prefix(40)) + "…" : $0 }
        let more = names.count > shown.count ? ", …" : ""
        return "\(names.count) column\(names.count == 1 ? "" : "s"): \(shown.joined(separator: ", "))\(more)"
    }
}
