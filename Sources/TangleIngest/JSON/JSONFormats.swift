/// Detection and readers for the JSON family. (Placeholder until the JSON readers land.)
enum JSONFormats {
    static func detect(prefix: [UInt8], path: String) throws -> Format {
        throw IngestError(.unrecognisedFormat, file: path, line: 1, "JSON formats are not implemented yet")
    }

    static func reader(format: Format, source: ByteSource, columnMap: ColumnMap?) throws -> any RecordReader {
        throw IngestError(.unrecognisedFormat, file: source.path, "JSON formats are not implemented yet")
    }
}
