import Foundation
import GRDB
import TangleCore

/// What a case holds: its sources, counts, time span and most frequent accounts, domains and hashtags.
///
/// Deterministic: ties in the top lists are broken by name, and nothing depends on when it ran.
public struct CaseSummary: Sendable, Codable, Equatable {
    public struct Source: Sendable, Codable, Equatable {
        public var path: String
        public var format: String
        public var size: Int
        public var sha256: String
        /// `complete`, `failed`, `interrupted`, `running` (a process still ingesting, or killed), or
        /// `superseded` (a later ingest of the same file replaced it; its posts stay).
        public var status: String
        public var rowsRead: Int
        public var postsStored: Int
        public var postsMerged: Int
        public var postsDuplicate: Int
        public var accountsStored: Int
        public var rejected: Int
        public var rejectsByReason: [String: Int]
        public var error: String?
    }

    public struct Count: Sendable, Codable, Equatable {
        public var name: String
        public var count: Int
    }

    public struct TopAccount: Sendable, Codable, Equatable {
        public var platform: String
        public var platformID: String
        public var handle: String?
        public var posts: Int
    }

    public var sources: [Source]
    public var posts: Int
    public var postsByKind: [Count]
    public var accounts: Int
    public var accountsWithPosts: Int
    public var platforms: [Count]
    /// The first and last post times, ISO 8601 UTC.
    public var firstPost: String?
    public var lastPost: String?
    /// Posts whose time was derived from their snowflake id (exact to the millisecond).
    public var snowflakeTimes: Int
    public var postsWithLinks: Int
    public var postsWithHashtags: Int
    public var rejected: Int
    public var topAccounts: [TopAccount]
    public var topDomains: [Count]
    public var topHashtags: [Count]
}

extension CaseFile {
    /// Summarises the case. Reads every post's domains and hashtags once: O(posts).
    public func summary(top: Int = 10) throws -> CaseSummary {
        try database.read { db in
            let sources = try Row.fetchAll(db, sql: "SELECT * FROM ingest ORDER BY id").map { row in
                CaseSummary.Source(
                    path: row["path"], format: row["format"], size: row["size"], sha256: row["sha256"],
                    status: row["status"], rowsRead: row["rows_read"], postsStored: row["posts_stored"],
                    postsMerged: row["posts_merged"], postsDuplicate: row["posts_duplicate"],
                    accountsStored: row["accounts_stored"], rejected: row["rejected"],
                    rejectsByReason: Self.decodeCounts(row["rejects_by_reason"]), error: row["error"])
            }
            let posts = try Int.fetchOne(db, sql: "SELECT count(*) FROM post") ?? 0
            let byKind = try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM post GROUP BY kind ORDER BY kind")
                .map { row -> CaseSummary.Count in
                    let kind = PostKind(rawValue: UInt8(clamping: row["kind"] as Int)).map(\.name) ?? "unknown"
                    return CaseSummary.Count(name: kind, count: row["n"])
                }
            let span = try Row.fetchOne(db, sql: "SELECT min(time) AS first, max(time) AS last FROM post")
            let first: Int64? = span?["first"]
            let last: Int64? = span?["last"]
            let platforms = try Row.fetchAll(
                db, sql: "SELECT platform, count(*) AS n FROM post GROUP BY platform ORDER BY n DESC, platform"
            ).map { CaseSummary.Count(name: $0["platform"], count: $0["n"]) }
            let topAccounts = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.platform, a.platform_id, a.handle, p.n FROM
                        (SELECT account, count(*) AS n FROM post GROUP BY account) p
                        JOIN account a ON a.id = p.account
                    ORDER BY p.n DESC, a.platform, a.platform_id LIMIT ?
                    """, arguments: [top]
            ).map {
                CaseSummary.TopAccount(platform: $0["platform"], platformID: $0["platform_id"], handle: $0["handle"], posts: $0["n"])
            }
            let (domains, _) = try Self.countItems(db, column: "domains")
            let postsWithLinks = try Int.fetchOne(db, sql: "SELECT count(*) FROM post WHERE urls != '' OR domains != ''") ?? 0
            let (hashtags, postsWithHashtags) = try Self.countItems(db, column: "hashtags")
            return CaseSummary(
                sources: sources, posts: posts, postsByKind: byKind,
                accounts: try Int.fetchOne(db, sql: "SELECT count(*) FROM account") ?? 0,
                accountsWithPosts: try Int.fetchOne(db, sql: "SELECT count(DISTINCT account) FROM post") ?? 0,
                platforms: platforms, firstPost: first.map(Timestamp.iso8601), lastPost: last.map(Timestamp.iso8601),
                snowflakeTimes: try Int.fetchOne(db, sql: "SELECT count(*) FROM post WHERE time_source = 1") ?? 0,
                postsWithLinks: postsWithLinks, postsWithHashtags: postsWithHashtags,
                rejected: sources.filter { $0.status != "superseded" }.reduce(0) { $0 + $1.rejected },
                topAccounts: topAccounts, topDomains: Self.top(domains, top), topHashtags: Self.top(hashtags, top))
        }
    }

    /// Counts the items of a list column: in how many posts each item appears, and how many posts have any.
    private static func countItems(_ db: Database, column: String) throws -> ([String: Int], Int) {
        var counts: [String: Int] = [:]
        var posts = 0
        let cursor = try String.fetchCursor(db, sql: "SELECT \(column) FROM post WHERE \(column) != ''")
        while let value = try cursor.next() {
            posts += 1
            for item in ListColumn.decode(value) { counts[String(item), default: 0] += 1 }
        }
        return (counts, posts)
    }

    private static func top(_ counts: [String: Int], _ n: Int) -> [CaseSummary.Count] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(n).map { CaseSummary.Count(name: $0.key, count: $0.value) }
    }

    private static func decodeCounts(_ json: String) -> [String: Int] {
        (try? JSONDecoder().decode([String: Int].self, from: Data(json.utf8))) ?? [:]
    }
}
