/// Opens the right reader for a file: the format given, or the one its first bytes say.
public enum Reader {
    /// How many decompressed bytes format detection looks at.
    static let detectionPrefix = 1 << 16

    /// Detects the format of `path` from its header or first record. With a column map the file is
    /// generic by definition: JSONL when it starts with `{`, CSV otherwise.
    public static func detect(path: String, generic: Bool = false) throws -> Format {
        let prefix = try ByteSource(path: path).readPrefix(limit: detectionPrefix)
        guard let first = prefix.first(where: { !isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) else {
            throw IngestError(.emptyFile, file: path, line: 1, "the file is empty; expected a header or a first record")
        }
        let isJSON = first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        if generic { return isJSON ? .jsonl : .csv }
        return try isJSON ? JSONFormats.detect(prefix: prefix, path: path) : CSVFormats.detect(prefix: prefix, path: path)
    }

    /// Opens a reader for `path`, detecting its format unless one is given.
    public static func open(path: String, format: Format? = nil, columnMap: ColumnMap? = nil) throws -> (
        Format, any RecordReader
    ) {
        try open(source: ByteSource(path: path), format: format, columnMap: columnMap)
    }

    /// Opens a reader over `source`; the caller keeps the source to follow its progress.
    public static func open(source: ByteSource, format: Format? = nil, columnMap: ColumnMap? = nil) throws -> (
        Format, any RecordReader
    ) {
        let format = try format ?? detect(path: source.path, generic: columnMap != nil)
        switch format {
        case .twitterJSON, .telegram, .jsonl:
            return (format, try JSONFormats.reader(format: format, source: source, columnMap: columnMap))
        case .ioArchive, .ioArchiveUsers, .fiveThirtyEight, .qut, .coortweetLong, .coortweetWide, .csv:
            return (format, try CSVFormats.reader(format: format, source: source, columnMap: columnMap))
        }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
}
