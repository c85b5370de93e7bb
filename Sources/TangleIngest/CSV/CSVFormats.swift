/// Detection and readers for the CSV family.
enum CSVFormats {
    /// The CSV formats that a header can identify, in the order they are tried. The IO archive's
    /// tweets come before its users, whose columns the tweets CSV also has.
    static let detectable: [(format: Format, columns: [String])] = [
        (.ioArchive, IOArchiveReader.requiredColumns),
        (.ioArchiveUsers, IOArchiveUsersReader.requiredColumns),
        (.fiveThirtyEight, FiveThirtyEightReader.requiredColumns),
        (.coortweetLong, CooRTweetReader.Layout.long.requiredColumns),
        (.coortweetWide, CooRTweetReader.Layout.wide.requiredColumns),
    ]

    /// The format whose columns the first row of `prefix` names. A QUT file is recognised by its
    /// 8 column names in order, or, without a header, by 8 fields whose 7th is a Unix time.
    static func detect(prefix: [UInt8], path: String) throws -> Format {
        let parser = CSVParser(bytes: prefix, path: path)
        let header = try readHeader(parser)
        if header.names.map({ $0.lowercased() }) == QUTReader.columnNames || QUTReader.firstRowIsData(parser) {
            return .qut
        }
        if let match = detectable.first(where: { header.hasAll($0.columns) }) {
            return match.format
        }
        let expected = (detectable.map(\.format) + [.qut]).map { "  - \($0.summary)" }
        throw IngestError(
            .unrecognisedFormat, file: path, line: 1,
            "no known CSV format has this header. Expected one of:\n\(expected.joined(separator: "\n"))\n"
                + "  - any other CSV with --format csv --map account=...,time=...\n"
                + "The header has \(header.listing)")
    }

    /// A reader for `format` over `source`, after checking that the header has the columns it needs.
    static func reader(format: Format, source: ByteSource, columnMap: ColumnMap?) throws -> any RecordReader {
        let parser = try CSVParser(source: source)
        let header = try readHeader(parser)
        parser.expectedFieldCount = header.names.count
        switch format {
        case .qut:
            return try QUTReader(parser: parser)
        case .ioArchive:
            return try IOArchiveReader(parser: parser, header: header)
        case .ioArchiveUsers:
            return try IOArchiveUsersReader(parser: parser, header: header)
        case .fiveThirtyEight:
            return try FiveThirtyEightReader(parser: parser, header: header)
        case .coortweetLong:
            return try CooRTweetReader(parser: parser, header: header, layout: .long)
        case .coortweetWide:
            return try CooRTweetReader(parser: parser, header: header, layout: .wide)
        case .csv:
            guard let columnMap else {
                throw IngestError(
                    .badColumnMap, file: source.path,
                    "a generic CSV needs a column map, e.g. --map account=user_id,time=created_at,text=body")
            }
            return try GenericCSVReader(parser: parser, header: header, map: columnMap)
        case .twitterJSON, .telegram, .jsonl:
            throw IngestError(.unrecognisedFormat, file: source.path, "\(format.rawValue) is not a CSV format")
        }
    }

    /// Reads the first row, which names the columns (or, for QUT, may be the first record).
    private static func readHeader(_ parser: CSVParser) throws -> CSVHeader {
        switch try parser.next() {
        case nil:
            throw IngestError(.emptyFile, file: parser.path, line: 1, "the file is empty; expected a header row")
        case .rejected(let rejection):
            throw IngestError(
                .unrecognisedFormat, file: parser.path, line: rejection.line,
                "cannot read the header row: \(rejection.reason)")
        case .record:
            return CSVHeader(parser: parser)
        }
    }
}
