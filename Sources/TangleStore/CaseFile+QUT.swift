import GRDB
import GRDBSQLite
import TangleCore

/// One post of a case as the QUT coordination-network-toolkit's `preprocess` would have stored it,
/// lent to a callback: the buffers are valid during the call only.
public struct QUTMessageFields {
    /// The author, as an index into the account platform ids `forEachQUTMessage` returns.
    public var account: UInt32
    /// UTC milliseconds (the toolkit's `timestamp`, in seconds, times 1000).
    public var time: Int64
    /// The reposted post's id (`repost_id`); nil unless the post is a repost.
    public var repostID: UnsafeBufferPointer<UInt8>?
    /// The replied-to post's id (`reply_id`); nil unless the post is a reply.
    public var replyID: UnsafeBufferPointer<UInt8>?
    /// The text as written (`message`); empty for a repost or when not asked for.
    public var text: UnsafeBufferPointer<UInt8>
    /// The URLs as written (`urls`), separated by spaces; empty for a repost or when not asked for.
    public var urls: UnsafeBufferPointer<UInt8>
}

extension CaseFile {
    /// Streams every post as the QUT toolkit sees it, in the order the posts were first stored, and
    /// returns the account platform ids (the toolkit's `user_id`s) the posts' `account` indexes.
    ///
    /// A repost is a post of kind repost, its `repost_id` the reposted post's id (or, where the data
    /// named none, the key the Frame uses for it); a reply's `reply_id` is the replied-to post's id;
    /// quotes are plain messages, as the toolkit has no quotes. A QUT CSV ingested gives back its rows:
    /// the reader stores `repost_id` and `reply_id` as the reference, the text as written, and the raw
    /// URLs (`urls_raw`) paired with their normal forms. What the case file does not keep: a second
    /// spelling of a URL in one message (`http://a.com/x` beside `https://a.com/x`, one normal form),
    /// a `urls` field written as a Python list (read as its items; the toolkit splits it on spaces),
    /// and a repeated message id (merged into the first; the toolkit keeps the first row but adds the
    /// repeats' URLs at their own time and user).
    ///
    /// - Complexity: one pass over the post table in row-id order (no sort), plus one over accounts.
    public func forEachQUTMessage(text: Bool, urls: Bool, _ body: (QUTMessageFields) throws -> Void) throws -> [String] {
        try database.read { db in
            // One sequential pass over every page: mapping the file saves copying each page in.
            try db.execute(sql: "PRAGMA mmap_size = 17179869184")
            var accountIDs: [String] = []
            var rowIDs: [Int64] = []
            let accounts = try Row.fetchCursor(db, sql: "SELECT id, platform_id FROM account ORDER BY id")
            while let row = try accounts.next() {
                rowIDs.append(row[0])
                accountIDs.append(row[1])
            }
            // Row ids are usually 1...n; otherwise look them up.
            let isContiguous = rowIDs.enumerated().allSatisfy { $0.element == Int64($0.offset) + 1 }
            let codeOfRowID = isContiguous ? [:] : Dictionary(uniqueKeysWithValues: rowIDs.enumerated().map { ($0.element, UInt32($0.offset)) })

            let repost = PostKind.repost.rawValue
            let reply = PostKind.reply.rawValue
            let statement = try db.makeStatement(
                sql: """
                    SELECT account, time, kind, ref_post,
                        CASE WHEN kind = \(repost) AND ref_post IS NULL THEN ref_handle END,
                        CASE WHEN kind = \(repost) AND ref_post IS NULL THEN text_norm END,
                        \(text ? "CASE WHEN kind <> \(repost) THEN text END" : "NULL"),
                        \(urls ? "CASE WHEN kind <> \(repost) THEN urls_raw END" : "NULL")
                    FROM post ORDER BY id
                    """)
            let sqlite = statement.sqliteStatement
            let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            while true {
                let code = sqlite3_step(sqlite)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
                let accountRowID = sqlite3_column_int64(sqlite, 0)
                guard let account = isContiguous ? UInt32(exactly: accountRowID - 1) : codeOfRowID[accountRowID],
                    Int(account) < accountIDs.count
                else {
                    throw StoreError("\(path): a post's account \(accountRowID) is not in the account table")
                }
                let kind = UInt8(clamping: sqlite3_column_int64(sqlite, 2))
                let reference = Self.columnText(sqlite, 3)
                var fields = QUTMessageFields(
                    account: account, time: sqlite3_column_int64(sqlite, 1), repostID: nil, replyID: nil,
                    text: Self.columnText(sqlite, 6) ?? empty, urls: Self.columnText(sqlite, 7) ?? empty)
                switch kind {
                case repost where reference == nil:
                    // A repost whose data named no reposted id: the Frame's key for what it reposted.
                    let handle = Self.columnText(sqlite, 4).map { String(decoding: $0, as: UTF8.self) }
                    let textNorm = Self.columnText(sqlite, 5).map { String(decoding: $0, as: UTF8.self) } ?? ""
                    var key = Self.repostKey(handle: handle, textNorm: textNorm)
                    try key.withUTF8 { key in
                        fields.repostID = key
                        try body(fields)
                    }
                case repost:
                    fields.repostID = reference
                    try body(fields)
                case reply:
                    fields.replyID = reference
                    try body(fields)
                default:
                    try body(fields)
                }
            }
            return accountIDs
        }
    }

    /// Column `index` of the current row as UTF-8, nil when NULL; valid until the next step.
    private static func columnText(_ statement: OpaquePointer?, _ index: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let bytes = sqlite3_column_text(statement, index) else { return nil }
        return UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, index)))
    }
}
