import Foundation
import GRDB
import TangleCore

/// One post as `tangle trace` reads it.
public struct TracePostRow: Sendable, Equatable {
    public var rowID: Int64
    public var platform: String
    public var platformID: String
    /// The author's case-file row id.
    public var account: Int64
    public var time: Int64
    /// `PostKind` raw value.
    public var kind: UInt8
    /// The reposted, quoted or replied-to post's platform id.
    public var referencedPostID: String?
    /// Normalised URLs.
    public var urls: [String]
    /// Registrable domains of its links.
    public var domains: [String]

    public init(
        rowID: Int64, platform: String, platformID: String, account: Int64, time: Int64, kind: UInt8,
        referencedPostID: String?, urls: [String], domains: [String]
    ) {
        self.rowID = rowID
        self.platform = platform
        self.platformID = platformID
        self.account = account
        self.time = time
        self.kind = kind
        self.referencedPostID = referencedPostID
        self.urls = urls
        self.domains = domains
    }
}

/// One account as `tangle trace` reads it: its names and its reach.
public struct TraceAccountRow: Sendable, Equatable {
    public var rowID: Int64
    public var platform: String
    public var platformID: String
    public var handle: String?
    public var followers: Int64?
}

extension CaseFile {
    /// Brings the provenance indexes (`post_url`, `post_ref`; see `Schema.registerProvenance`) up to
    /// date with every post in the case, in one transaction; returns the number of posts indexed
    /// (0 when they already were). `progress` gets (posts done, posts to do) between batches.
    ///
    /// The splitting and inserting run inside SQLite (a recursive CTE splits the URL lists), a batch
    /// of rowids per statement: no row crosses into Swift.
    ///
    /// - Complexity: O(p log n) for the p posts ingested since the last update or merged into.
    @discardableResult
    public func updateProvenanceIndex(progress: (Int, Int) -> Void = { _, _ in }) throws -> Int {
        let (through, newest, stale) = try database.read { db in
            (
                try Int64.fetchOne(db, sql: "SELECT through_post FROM provenance_index WHERE id = 1") ?? 0,
                try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM post") ?? 0,
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM post_url_stale)") ?? false
            )
        }
        guard newest > through || stale else { return 0 }
        return try database.write { db in
            // Read again under the write lock: another trace may have caught up meanwhile.
            let through = try Int64.fetchOne(db, sql: "SELECT through_post FROM provenance_index WHERE id = 1") ?? 0
            let newest = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM post") ?? 0
            // Posts below the watermark whose URLs a merge changed: their rows are redone.
            let merged = try Int.fetchOne(db, sql: "SELECT count(*) FROM post_url_stale WHERE post <= ?", arguments: [through]) ?? 0
            try db.execute(
                sql: "DELETE FROM post_url WHERE post IN (SELECT post FROM post_url_stale WHERE post <= ?)", arguments: [through])
            try db.execute(
                sql: Self.insertURLsSQL(where: "id IN (SELECT post FROM post_url_stale WHERE post <= ?)"), arguments: [through])
            let total = Int(newest - through)
            let batch: Int64 = 262_144
            var low = through
            while low < newest {
                let high = min(low + batch, newest)
                try db.execute(sql: Self.insertURLsSQL(where: "id > ? AND id <= ?"), arguments: [low, high])
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO post_ref (ref, post)
                        SELECT ref_post, id FROM post WHERE id > ? AND id <= ? AND ref_post IS NOT NULL AND ref_post != ''
                        """, arguments: [low, high])
                low = high
                progress(Int(low - through), total)
            }
            try db.execute(sql: "DELETE FROM post_url_stale")
            try db.execute(
                sql: """
                    INSERT INTO provenance_index (id, through_post, updated_at) VALUES (1, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET through_post = excluded.through_post, updated_at = excluded.updated_at
                    """,
                arguments: [max(newest, through), Int64(Date().timeIntervalSince1970 * 1000)])
            return total + merged
        }
    }

    /// Splits the `urls` lists (`ListColumn`: single spaces, no empty items) of the posts matching
    /// `condition` into `post_url` rows.
    private static func insertURLsSQL(where condition: String) -> String {
        """
        WITH RECURSIVE split (post, url, rest) AS (
            SELECT id, NULL, urls || ' ' FROM post WHERE \(condition) AND urls != ''
            UNION ALL
            SELECT post, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1) FROM split WHERE rest != ''
        )
        INSERT OR IGNORE INTO post_url (url, post) SELECT url, post FROM split WHERE url IS NOT NULL AND url != ''
        """
    }

    /// The row ids of the posts linking a normalised URL, ascending; reads the provenance index, so
    /// call `updateProvenanceIndex` first.
    public func postRowIDs(linking url: String) throws -> [Int64] {
        try database.read { db in
            try Int64.fetchAll(db, sql: "SELECT post FROM post_url WHERE url = ? ORDER BY post", arguments: [url])
        }
    }

    /// The posts `seeds` plus every post that reposts, quotes or replies to one of them, transitively
    /// (on the same platform), ordered by time, ties by row id. Reads the provenance index.
    ///
    /// - Complexity: O(k log k) for the k posts returned, through the indexes.
    public func tracePosts(seeds: [Int64]) throws -> [TracePostRow] {
        try database.read { db in
            var posts = try Self.postRows(Array(Set(seeds)).sorted(), in: db)
            var included = Set(posts.map(\.rowID))
            var frontier = posts
            while !frontier.isEmpty {
                var byReference: [String: Set<String>] = [:]
                for post in frontier { byReference[post.platformID, default: []].insert(post.platform) }
                var referrers: [Int64] = []
                for chunk in Self.chunks(byReference.keys.sorted()) {
                    let rows = try Row.fetchCursor(
                        db,
                        sql: """
                            SELECT r.ref, r.post, p.platform FROM post_ref r JOIN post p ON p.id = r.post
                            WHERE r.ref IN (\(Self.placeholders(chunk.count)))
                            """, arguments: StatementArguments(chunk))
                    while let row = try rows.next() {
                        let post: Int64 = row[1]
                        guard byReference[row[0] as String]?.contains(row[2] as String) == true, included.insert(post).inserted
                        else { continue }
                        referrers.append(post)
                    }
                }
                frontier = try Self.postRows(referrers.sorted(), in: db)
                posts += frontier
            }
            return posts.sorted { ($0.time, $0.rowID) < ($1.time, $1.rowID) }
        }
    }

    /// The accounts given by row id (in that order), or every account of the case when nil, in
    /// row-id order.
    public func traceAccounts(_ rowIDs: [Int64]?) throws -> [TraceAccountRow] {
        try database.read { db in
            let sql = "SELECT id, platform, platform_id, handle, followers FROM account"
            func make(_ row: Row) -> TraceAccountRow {
                TraceAccountRow(rowID: row[0], platform: row[1], platformID: row[2], handle: row[3], followers: row[4])
            }
            guard let rowIDs else { return try Row.fetchAll(db, sql: sql + " ORDER BY id").map(make) }
            var byID: [Int64: TraceAccountRow] = [:]
            for chunk in Self.chunks(Array(Set(rowIDs)).sorted()) {
                let rows = try Row.fetchCursor(db, sql: sql + " WHERE id IN (\(Self.placeholders(chunk.count)))", arguments: StatementArguments(chunk))
                while let row = try rows.next() { byID[row[0]] = make(row) }
            }
            return try rowIDs.map { id in
                guard let account = byID[id] else { throw StoreError("account row \(id) is missing from \(path)") }
                return account
            }
        }
    }

    /// The members of the flagged networks of the latest `coordination` run: account row id →
    /// network key (the first by key when an account is in several). Empty when none ran.
    public func flaggedNetworkMembers() throws -> [Int64: String] {
        guard let run = try latestRun(detector: "coordination") else { return [:] }
        var members: [Int64: String] = [:]
        for finding in try findings(of: run, kind: "network") where finding.finding.flagged {
            for member in finding.finding.accounts where members[member.account] == nil {
                members[member.account] = finding.finding.key
            }
        }
        return members
    }

    /// The platform ids of posts given by row id, in the same order.
    public func postPlatformIDs(_ rowIDs: [Int64]) throws -> [String] {
        try database.read { db in
            var byID: [Int64: String] = [:]
            for chunk in Self.chunks(Array(Set(rowIDs)).sorted()) {
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT id, platform_id FROM post WHERE id IN (\(Self.placeholders(chunk.count)))",
                    arguments: StatementArguments(chunk))
                while let row = try rows.next() { byID[row[0]] = row[1] }
            }
            return rowIDs.map { byID[$0] ?? "?" }
        }
    }

    private static func postRows(_ rowIDs: [Int64], in db: Database) throws -> [TracePostRow] {
        var result: [TracePostRow] = []
        result.reserveCapacity(rowIDs.count)
        for chunk in chunks(rowIDs) {
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT id, platform, platform_id, account, time, kind, ref_post, urls, domains FROM post
                    WHERE id IN (\(placeholders(chunk.count)))
                    """, arguments: StatementArguments(chunk))
            while let row = try rows.next() {
                result.append(
                    TracePostRow(
                        rowID: row[0], platform: row[1], platformID: row[2], account: row[3], time: row[4],
                        kind: UInt8(clamping: row[5] as Int), referencedPostID: row[6],
                        urls: ListColumn.decode(row[7] as String).map(String.init),
                        domains: ListColumn.decode(row[8] as String).map(String.init)))
            }
        }
        return result
    }

    /// SQLite bounds the number of parameters of a statement.
    private static func chunks<T>(_ values: [T]) -> [ArraySlice<T>] {
        stride(from: 0, to: values.count, by: 500).map { values[$0..<min($0 + 500, values.count)] }
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }
}
