import TangleCore

/// Reads any CSV whose columns a `ColumnMap` names (`--map account=user_id,time=created_at,...`).
///
/// Times may be ISO 8601 (with or without an offset; none means UTC), or a plain number of Unix
/// seconds, or of milliseconds when it is above 1e11 (a time in seconds that large is after the year
/// 5000). The url, hashtag and mention columns may hold several values separated by spaces or commas;
/// where no hashtag or mention column is mapped, they are read from the text. A row without an id
/// gets a synthetic one from account, time and text.
struct GenericCSVReader: CSVRecordReader {
    let parser: CSVParser
    private let columns: [ColumnMap.Field: CSVColumn]
    private let accountColumn: CSVColumn
    private let timeColumn: CSVColumn

    init(parser: CSVParser, header: CSVHeader, map: ColumnMap) throws {
        var columns: [ColumnMap.Field: CSVColumn] = [:]
        var missing: [String] = []
        for field in ColumnMap.Field.allCases {
            guard let name = map.columns[field] else { continue }
            if let column = header.column(name) {
                columns[field] = column
            } else {
                missing.append("\(field.rawValue)=\(name)")
            }
        }
        guard missing.isEmpty else {
            throw IngestError(
                .missingColumns, file: parser.path, line: 1,
                "the header has no column for \(missing.joined(separator: ", ")) (from --map); "
                    + "the header has \(header.listing)")
        }
        guard let account = columns[.account], let time = columns[.time] else {
            let needed = ColumnMap.required.map(\.rawValue).joined(separator: " and ")
            throw IngestError(.badColumnMap, file: parser.path, "--map must name the \(needed) columns")
        }
        self.parser = parser
        self.columns = columns
        accountColumn = account
        timeColumn = time
    }

    func event() throws(RecordProblem) -> IngestEvent {
        var account = AccountRecord(
            platform: "unknown", platformID: try parser.requiredText(accountColumn, expected: "the account's id"))
        account.handle = try parser.optionalText(columns[.handle])
        let time = try parsedTime()
        let text = try parser.optionalText(columns[.text]) ?? ""
        let id: String
        if let given = try parser.optionalText(columns[.id]) {
            id = given
        } else {
            id = SyntheticID.make([account.platformID, try parser.text(timeColumn), text])
        }
        var post = PostRecord(platformID: id, account: account, time: time, text: text)
        post.language = try parser.optionalText(columns[.language])
        post.client = try parser.optionalText(columns[.client])
        try GenericRecord.addReference(to: &post) { (field) throws(RecordProblem) in
            try parser.optionalText(columns[field])
        }
        post.links = try values(.url).map { Link(url: $0) }
        if columns[.hashtag] == nil, columns[.mention] == nil {
            (post.hashtags, post.mentions) = Normalize.hashtagsAndMentions(in: text)
        } else {
            post.hashtags =
                columns[.hashtag] == nil
                ? Normalize.hashtags(in: text) : try values(.hashtag).map { Normalize.hashtag($0) }
            post.mentions =
                columns[.mention] == nil
                ? Normalize.mentions(in: text) : try values(.mention).map { Normalize.mention($0) }
        }
        return .post(post)
    }

    /// The time column as UTC milliseconds.
    private func parsedTime() throws(RecordProblem) -> Int64 {
        let column = timeColumn
        guard !parser.isEmpty(column.index) else {
            throw RecordProblem("empty \(column.name): expected an ISO 8601 time or Unix seconds or milliseconds")
        }
        return try parser.withField(column.index) { (bytes) throws(RecordProblem) -> Int64 in
            if let time = GenericRecord.time(bytes) { return time }
            throw RecordProblem(
                "bad \(column.name): expected an ISO 8601 time (2016-10-01T19:58:07Z) or Unix seconds or "
                    + "milliseconds, got \(CSVParser.shown(bytes))")
        }
    }

    /// The values in a multi-valued column, split at spaces and commas.
    private func values(_ field: ColumnMap.Field) throws(RecordProblem) -> [String] {
        try parser.values(columns[field], separatedBy: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",") })
    }
}
