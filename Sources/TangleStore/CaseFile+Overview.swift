import Foundation
import GRDB
import TangleCore

/// What a case's overview page shows, from indexed aggregates only: no scan of post texts or lists.
public struct CaseCounts: Sendable, Codable, Equatable {
    public var posts: Int
    public var accounts: Int
    /// Posts per kind name (`original`, `repost`, ...), by name.
    public var postsByKind: [CaseSummary.Count]
    /// The first and last post times, ISO 8601 UTC.
    public var firstPost: String?
    public var lastPost: String?
}

/// A detector's latest run with how many findings of each kind it saved.
public struct RunOverview: Sendable, Codable, Equatable {
    public var id: Int64
    public var detector: String
    public var parameters: [String: String]
    public var inputs: [String]
    /// Findings per kind, by kind.
    public var findings: [CaseSummary.Count]
}

extension CaseFile {
    /// Post and account counts and the time span. O(posts) in SQLite's count and min/max, no decoding.
    public func counts() throws -> CaseCounts {
        try database.read { db in
            let byKind = try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM post GROUP BY kind ORDER BY kind")
                .map { row -> CaseSummary.Count in
                    CaseSummary.Count(name: PostKind(rawValue: UInt8(clamping: row["kind"] as Int)).map(\.name) ?? "unknown", count: row["n"])
                }
            let span = try Row.fetchOne(db, sql: "SELECT min(time) AS first, max(time) AS last FROM post")
            return CaseCounts(
                posts: byKind.reduce(0) { $0 + $1.count }, accounts: try Int.fetchOne(db, sql: "SELECT count(*) FROM account") ?? 0,
                postsByKind: byKind, firstPost: (span?["first"] as Int64?).map(Timestamp.iso8601),
                lastPost: (span?["last"] as Int64?).map(Timestamp.iso8601))
        }
    }

    /// The files ingested, in ingest order.
    public func ingestedFiles() throws -> [CaseSummary.Source] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM ingest ORDER BY id").map { row in
                CaseSummary.Source(
                    path: row["path"], format: row["format"], size: row["size"], sha256: row["sha256"],
                    status: row["status"], rowsRead: row["rows_read"], postsStored: row["posts_stored"],
                    postsMerged: row["posts_merged"], postsDuplicate: row["posts_duplicate"],
                    accountsStored: row["accounts_stored"], rejected: row["rejected"], rejectsByReason: [:], error: row["error"])
            }
        }
    }

    /// The latest complete run of every detector, by detector name.
    public func latestRuns() throws -> [RunOverview] {
        try database.read { db in
            let runs = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, detector, parameters, inputs FROM run
                    WHERE id IN (SELECT max(id) FROM run WHERE status = 'complete' GROUP BY detector) ORDER BY detector
                    """)
            return try runs.map { row in
                let id: Int64 = row["id"]
                let kinds = try Row.fetchAll(
                    db, sql: "SELECT kind, count(*) AS n FROM finding WHERE run = ? GROUP BY kind ORDER BY kind", arguments: [id]
                ).map { CaseSummary.Count(name: $0["kind"], count: $0["n"]) }
                return RunOverview(
                    id: id, detector: row["detector"],
                    parameters: (try? JSONDecoder().decode([String: String].self, from: Data((row["parameters"] as String).utf8))) ?? [:],
                    inputs: (try? JSONDecoder().decode([String].self, from: Data((row["inputs"] as String).utf8))) ?? [],
                    findings: kinds)
            }
        }
    }

    /// The row ids and times of one account's posts, oldest first.
    ///
    /// - Complexity: one pass over the post table (it has no index on `account`); no text is read.
    public func postTimes(ofAccount rowID: Int64) throws -> (rowIDs: [Int64], times: [Int64]) {
        try database.read { db in
            var rowIDs: [Int64] = []
            var times: [Int64] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT id, time FROM post WHERE account = ? ORDER BY time, id", arguments: [rowID])
            while let row = try rows.next() {
                rowIDs.append(row[0])
                times.append(row[1])
            }
            return (rowIDs, times)
        }
    }

    /// The row id of the account with this platform id or handle (case-insensitive), or nil.
    public func accountRowID(_ key: String) throws -> Int64? {
        try database.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM account WHERE platform_id = ? ORDER BY id LIMIT 1", arguments: [key])
                ?? Int64.fetchOne(db, sql: "SELECT id FROM account WHERE lower(handle) = lower(?) ORDER BY id LIMIT 1", arguments: [key])
        }
    }
}
