import Foundation
import GRDB
import GRDBSQLite

/// One narrative of a narratives run: analyst-defined, or a discovered story or theme.
///
/// Interface agreed for issue 6; the narratives helper implements storage.
public struct NarrativeRecord: Sendable, Equatable, Codable {
    /// `voter-fraud` for a defined narrative, `S12` for a story, `T3` for a theme: stable within a run.
    public var id: String
    /// `defined`, `story` or `theme`.
    public var kind: String
    /// The analyst's name, or a discovered narrative's top terms.
    public var label: String
    /// JSON: the definition, or a discovered narrative's terms, first post, volume, members.
    public var details: String

    public init(id: String, kind: String, label: String, details: String) {
        self.id = id
        self.kind = kind
        self.label = label
        self.details = details
    }
}

extension CaseFile {
    /// Saves one narratives run (`detector` is `narratives-defined` or `narratives-discovered`):
    /// its narratives as findings of their kind, and which posts (post rowids) carry each.
    ///
    /// One transaction, like `saveRun`: an interrupted save leaves no run at all. `posts` names
    /// narratives by their index in `narratives`; repeats are stored once.
    ///
    /// - Complexity: O(p log p) for p post memberships (sorted so the b-tree is filled in key order),
    ///   one prepared statement reused per row.
    @discardableResult
    public func saveNarratives(
        detector: String, parameters: [String: String], narratives: [NarrativeRecord],
        posts: [(narrative: Int, post: Int64)]
    ) throws -> Int64 {
        for pair in posts where !narratives.indices.contains(pair.narrative) {
            throw StoreError("narrative index \(pair.narrative) out of range: the run has \(narratives.count) narratives")
        }
        let sorted = posts.sorted { ($0.narrative, $0.post) < ($1.narrative, $1.post) }
        return try database.write { db in
            let saved = try Self.insertRun(
                db, detector: detector, parameters: parameters,
                findings: narratives.map {
                    Finding(kind: $0.kind, key: $0.id, label: $0.label, details: $0.details)
                })
            let findingIDs = saved.findings
            let insertPost = try db.makeStatement(sql: "INSERT OR IGNORE INTO narrative_post (finding, post) VALUES (?, ?)")
            let sqlite = insertPost.sqliteStatement
            // Bound as integers straight into SQLite: no StatementArguments per row for millions of rows.
            for pair in sorted {
                sqlite3_reset(sqlite)
                sqlite3_bind_int64(sqlite, 1, findingIDs[pair.narrative])
                sqlite3_bind_int64(sqlite, 2, pair.post)
                let code = sqlite3_step(sqlite)
                guard code == SQLITE_DONE else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
            }
            return saved.run
        }
    }

    /// The latest complete run of `detector` and its narratives, in saved order.
    public func latestNarratives(detector: String) throws -> (run: SavedRun, narratives: [NarrativeRecord])? {
        guard let run = try latestRun(detector: detector) else { return nil }
        let narratives = try database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT key, kind, label, details FROM finding WHERE run = ? ORDER BY id", arguments: [run.id]
            ).map { row in
                NarrativeRecord(id: row["key"], kind: row["kind"], label: row["label"] ?? "", details: row["details"])
            }
        }
        return (run, narratives)
    }

    /// The rowids of the posts carrying one narrative of a run, ascending.
    public func narrativePosts(run: Int64, narrative: String) throws -> [Int64] {
        try database.read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT np.post FROM narrative_post np JOIN finding f ON f.id = np.finding
                    WHERE f.run = ? AND f.key = ? ORDER BY np.post
                    """, arguments: [run, narrative])
        }
    }
}

/// One post as defined narratives read it: fields are the case file's bytes, valid only during the
/// call that receives them.
public struct NarrativePostRow {
    public var post: Int64
    public var account: Int64
    public var time: Int64
    /// `text_norm`: the text's matching form.
    public var text: UnsafeBufferPointer<UInt8>
    /// Space-separated normal forms, as in the post table.
    public var hashtags: UnsafeBufferPointer<UInt8>
    public var links: UnsafeBufferPointer<UInt8>
    public var domains: UnsafeBufferPointer<UInt8>
}

extension CaseFile {
    /// Calls `body` with every post in row-id order, its text and list columns read in place as bytes
    /// (no `String` per post). `body` may stop the scan early by returning false.
    ///
    /// - Complexity: O(posts), one pass over the post table in its storage order (no sort).
    public func forEachNarrativePost(_ body: (NarrativePostRow) throws -> Bool) throws {
        try database.read { db in
            let statement = try db.makeStatement(
                sql: "SELECT id, account, time, text_norm, hashtags, urls, domains FROM post ORDER BY id")
            let sqlite = statement.sqliteStatement
            while true {
                let code = sqlite3_step(sqlite)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
                let row = NarrativePostRow(
                    post: sqlite3_column_int64(sqlite, 0), account: sqlite3_column_int64(sqlite, 1), time: sqlite3_column_int64(sqlite, 2),
                    text: Self.columnBytes(sqlite, 3), hashtags: Self.columnBytes(sqlite, 4), links: Self.columnBytes(sqlite, 5),
                    domains: Self.columnBytes(sqlite, 6))
                guard try body(row) else { break }
            }
        }
    }

    /// The largest post row id (0 for an empty case): a progress total that costs no table scan.
    public func lastPostRowID() throws -> Int64 {
        try database.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM post") ?? 0 }
    }

    private static func columnBytes(_ statement: OpaquePointer?, _ column: Int32) -> UnsafeBufferPointer<UInt8> {
        // sqlite3_column_text before sqlite3_column_bytes, as SQLite documents, so the length is of the UTF-8 form.
        guard let text = sqlite3_column_text(statement, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column)))
    }
}
