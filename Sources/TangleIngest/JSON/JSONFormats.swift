import TangleCore

/// Detection and readers for the JSON family: Twitter API v1.1 / v2 (arrays, JSONL, twarc2 pages and
/// flattened tweets), Telegram Desktop exports, and generic JSONL with a column map.
enum JSONFormats {
    /// The format of a JSON input, from the keys of its first records in `prefix` (which may end in
    /// the middle of a record).
    static func detect(prefix: [UInt8], path: String) throws -> Format {
        let scan = JSONPrefixScan(prefix: prefix)
        for record in scan.records {
            if let format = format(of: record, allKeys: scan.allKeys) { return format }
        }
        let found: String
        if let first = scan.records.first, !first.keys.isEmpty {
            found = "the first record's keys are " + first.keys.prefix(30).joined(separator: ", ")
        } else {
            found = "no object keys were found at the top level"
        }
        throw IngestError(
            .unrecognisedFormat, file: path, line: 1,
            "no JSON format recognised; expected \(Format.twitterJSON.summary) (keys id_str and user; or data "
                + "and includes; or author_id, referenced_tweets, edit_history_tweet_ids) or "
                + "\(Format.telegram.summary) (messages with date_unixtime, from_id); \(found). For other "
                + "JSON lines name the keys to read: --format jsonl --map account=KEY,time=KEY,text=KEY,url=KEY "
                + "(dotted paths such as user.id reach nested keys)")
    }

    /// Opens the reader for a JSON-family format.
    static func reader(format: Format, source: ByteSource, columnMap: ColumnMap?) throws -> any RecordReader {
        switch format {
        case .twitterJSON:
            return TwitterJSONReader(source: source)
        case .telegram:
            return TelegramReader(source: source)
        case .jsonl:
            guard let columnMap else {
                throw IngestError(
                    .badColumnMap, file: source.path,
                    "generic JSONL needs --map to say which keys hold what, e.g. "
                        + "--map account=user.id,time=created_at,text=body,url=link")
            }
            return GenericJSONLReader(source: source, columnMap: columnMap)
        case .ioArchive, .ioArchiveUsers, .fiveThirtyEight, .qut, .coortweetLong, .coortweetWide, .csv:
            throw IngestError(
                .unrecognisedFormat, file: source.path, "\(format.rawValue) is a CSV format, not a JSON one")
        }
    }

    /// Chat types a Telegram Desktop export writes at its top level.
    static let telegramChatTypes: Set<String> = [
        "public_channel", "private_channel", "public_supergroup", "private_supergroup", "private_group",
        "personal_chat", "bot_chat", "saved_messages",
    ]

    private static func format(of record: JSONPrefixScan.RecordKeys, allKeys: Set<String>) -> Format? {
        let keys = Set(record.keys)
        if keys.contains("messages"), allKeys.contains("date_unixtime") || allKeys.contains("from_id") {
            return .telegram
        }
        if let type = record.strings["type"], telegramChatTypes.contains(type) { return .telegram }
        let classicTime = record.strings["created_at"].map(isClassicTwitterTime) ?? false
        if keys.contains("id_str"), keys.contains("user") || classicTime { return .twitterJSON }
        if classicTime, keys.contains("text") || keys.contains("full_text") { return .twitterJSON }
        let v2TweetKeys: Set = ["author_id", "referenced_tweets", "edit_history_tweet_ids"]
        if keys.contains("data"),
            keys.contains("includes") || keys.contains("__twarc") || !allKeys.isDisjoint(with: v2TweetKeys)
                || allKeys.contains("newest_id")
        {
            return .twitterJSON
        }
        if !keys.isDisjoint(with: v2TweetKeys) { return .twitterJSON }
        if keys.contains("author"), keys.contains("__twarc") { return .twitterJSON }
        return nil
    }

    /// `Wed Oct 10 20:19:24 +0000 2018`, the v1.1 API's layout.
    private static func isClassicTwitterTime(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        return Timestamp.parseDateTime(text) != nil
    }
}
