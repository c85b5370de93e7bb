import TangleCore

/// Reads the CSV of the QUT Digital Observatory's coordination-network-toolkit: 8 positional columns
/// `message_id, user_id, username, repost_id, reply_id, message, timestamp, urls`.
///
/// The toolkit's `preprocess` skips the first row unread, whatever it holds, as a header. Here the
/// first row is a header unless its 7th field is a Unix time, so files written for the toolkit and
/// headerless files both read whole. `urls` is space-separated; some files (the toolkit's own
/// `examples/sample_data.csv`) hold a Python list there instead, which is read as one.
struct QUTReader: CSVRecordReader {
    /// The columns in their positions.
    static let columnNames = [
        "message_id", "user_id", "username", "repost_id", "reply_id", "message", "timestamp", "urls",
    ]
    private static let columns = columnNames.enumerated().map { CSVColumn(index: $0.offset, name: $0.element) }

    let parser: CSVParser

    /// A reader over `parser`, whose current record is the file's first row.
    init(parser: CSVParser) throws {
        guard parser.fieldCount == Self.columnNames.count else {
            throw IngestError(
                .missingColumns, file: parser.path, line: 1,
                "\(Format.qut.summary) needs 8 columns; the first row has \(parser.fieldCount)")
        }
        self.parser = parser
        parser.expectedFieldCount = Self.columnNames.count
        if Self.firstRowIsData(parser) { parser.replay() }
    }

    /// True when the current record's 7th field is a Unix time: the file has no header row.
    static func firstRowIsData(_ parser: CSVParser) -> Bool {
        parser.fieldCount == columnNames.count && parser.withField(6) { Timestamp.parseUnix($0) != nil }
    }

    /// Builds the post in one initialiser call: filling a `var` field by field cost a copy of the
    /// whole record per row.
    func event() throws(RecordProblem) -> IngestEvent {
        let id = try parser.requiredText(Self.columns[0], expected: "the message's id")
        let account = AccountRecord(
            platform: "twitter",
            platformID: try parser.requiredText(Self.columns[1], expected: "the account's id"),
            handle: try parser.optionalText(Self.columns[2]))
        let time = try parser.unixSeconds(Self.columns[6])
        let text = try parser.text(Self.columns[5])
        let repost = try parser.optionalText(Self.columns[3])
        let reply = repost == nil ? try parser.optionalText(Self.columns[4]) : nil
        let entities = Normalize.hashtagsAndMentions(in: text)
        return .post(
            PostRecord(
                platformID: id, account: account, time: time,
                kind: repost != nil ? .repost : reply != nil ? .reply : .original, referencedPostID: repost ?? reply,
                text: text, links: try urls().map { Link(url: $0) }, hashtags: entities.hashtags,
                mentions: entities.mentions))
    }

    private func urls() throws(RecordProblem) -> [String] {
        let column = Self.columns[7]
        if parser.withField(column.index, { $0.first == UInt8(ascii: "[") }) {
            return try parser.pythonList(column)
        }
        return try parser.values(column, separatedBy: { $0 == UInt8(ascii: " ") })
    }
}
