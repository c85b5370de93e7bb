/// Detection and readers for the CSV family. (Placeholder until the CSV readers land.)
enum CSVFormats {
    static func detect(prefix: [UInt8], path: String) throws -> Format {
        throw IngestError(.unrecognisedFormat, file: path, line: 1, "CSV formats are not implemented yet")
    }

    static func reader(format: Format, source: ByteSource, columnMap: ColumnMap?) throws -> any RecordReader {
        throw IngestError(.unrecognisedFormat, file: source.path, "CSV formats are not implemented yet")
    }
}
