import Foundation
import GRDB
import TangleCore
import TangleIngest

/// How to ingest a file.
public struct IngestOptions: Sendable {
    /// The format, or nil to detect it from the header or first record.
    public var format: Format?
    /// Where a generic CSV or JSONL keeps each field.
    public var columnMap: ColumnMap?
    /// Stop at the first rejected row with an error, instead of counting and writing it out.
    public var strict = false
    /// Read a file again even though an ingest with the same SHA-256 completed.
    public var force = false
    /// Rows per transaction: large enough to amortise the commit, small enough that a killed
    /// process loses little and progress stays live.
    public var batchSize = 25_000
    /// How many accounts the writer remembers before it starts afresh (tests make it small).
    var accountCacheLimit = CaseWriter.defaultAccountCacheLimit

    public init(format: Format? = nil, columnMap: ColumnMap? = nil, strict: Bool = false, force: Bool = false) {
        self.format = format
        self.columnMap = columnMap
        self.strict = strict
        self.force = force
    }
}

/// What one ingest did, as the summary line and `--json` report it.
public struct IngestSummary: Sendable, Codable, Equatable {
    public var path: String
    public var format: String
    public var sha256: String
    public var size: Int
    /// True when an earlier ingest of the same bytes completed and nothing was read.
    public var alreadyIngested = false
    public var rowsRead = 0
    public var postsStored = 0
    /// Posts seen before whose new rows added links, hashtags or media to the stored post.
    public var postsMerged = 0
    /// Posts seen before (in this file or an earlier one) that added nothing.
    public var postsDuplicate = 0
    public var accountsStored = 0
    public var rejected = 0
    public var rejectsByReason: [String: Int] = [:]
    /// Stored posts whose time was derived from a snowflake id.
    public var snowflakeTimes = 0
    /// True when the ingest stopped because it was asked to (Ctrl-C); a re-run completes it.
    public var interrupted = false
    public var durationMs = 0
}

/// How far an ingest has come, for a progress line.
public struct IngestProgress: Sendable {
    public var bytesRead: Int
    public var totalBytes: Int
    public var rowsRead: Int
}

extension CaseFile {
    /// The file rejected rows are written to, beside the case file.
    public var rejectsPath: String { path + ".rejects.csv" }

    /// Reads `path` into the case in batched transactions.
    ///
    /// Memory stays bounded by the batch and the per-ingest account index whatever the file size.
    /// Each batch commits on its own, with the rows it rejected, so a killed process keeps what it
    /// committed and a re-run (which skips posts already stored) completes the file. A re-run
    /// supersedes the earlier unfinished ingests of the same path: their rejects are dropped, since
    /// the re-run rejects the same rows again.
    /// - Parameters:
    ///   - shouldStop: polled between batches; when it returns true the ingest commits and stops.
    ///   - progress: called after each batch.
    public func ingest(
        path: String, options: IngestOptions = IngestOptions(),
        shouldStop: () -> Bool = { false }, progress: (IngestProgress) -> Void = { _ in }
    ) throws -> IngestSummary {
        let clock = ContinuousClock()
        let start = clock.now
        let source = try ByteSource(path: path)
        let format: Format
        let reader: any RecordReader
        do {
            (format, reader) = try Reader.open(source: source, format: options.format, columnMap: options.columnMap)
        } catch {
            // A file that cannot be read at all still leaves a trace of the attempt.
            try recordUnreadable(path: path, size: source.size, error: error)
            throw error
        }
        var summary = IngestSummary(path: path, format: format.rawValue, sha256: "", size: source.size)

        // The digest is computed while reading; a separate pass is needed only to skip a file that
        // may have been ingested before, which a file of a size never seen cannot have been.
        var knownDigest: String?
        if try completedIngest(ofSize: source.size) {
            let digest = try ByteSource.sha256(path: path).hex
            knownDigest = digest
            let done = try database.read { db in
                try Bool.fetchOne(db, sql: "SELECT 1 FROM ingest WHERE sha256 = ? AND status = 'complete'", arguments: [digest])
            }
            if done == true && !options.force {
                summary.sha256 = digest
                summary.alreadyIngested = true
                return summary
            }
        }

        let (ingestID, firstNewAccountID) = try database.write { db in
            try supersede(path: path, digest: knownDigest, db: db)
            try db.execute(
                sql: "INSERT INTO ingest (path, size, sha256, format, started_at, status) VALUES (?, ?, '', ?, ?, 'running')",
                arguments: [path, source.size, format.rawValue, Int64(Date().timeIntervalSince1970 * 1000)])
            let ingestID = db.lastInsertedRowID
            let maxAccount = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM account") ?? 0
            return (ingestID, maxAccount + 1)
        }
        var writer = CaseWriter(
            ingestID: ingestID, firstNewAccountID: firstNewAccountID, accountCacheLimit: options.accountCacheLimit)
        var failure: Error?
        var readerEnded = false
        let pipe = EventPipe(reader: reader, source: source, chunkSize: min(4096, options.batchSize))
        pipe.start()

        do {
            while !readerEnded && failure == nil {
                if shouldStop() {
                    summary.interrupted = true
                    break
                }
                var bytesRead = 0
                try database.write { db in
                    let statements = try CaseWriter.Statements(db)
                    var rows = 0
                    while rows < options.batchSize {
                        let chunk: EventPipe.Chunk?
                        do {
                            chunk = try pipe.next()
                        } catch {
                            // Keep the rows read so far: commit this batch, then report the error.
                            failure = error
                            readerEnded = true
                            return
                        }
                        guard let chunk else {
                            readerEnded = true
                            return
                        }
                        bytesRead = chunk.bytesRead
                        for event in chunk.events {
                            rows += 1
                            summary.rowsRead += 1
                            switch event {
                            case .post(let post, let lists):
                                try writer.write(post, lists, statements, in: db)
                            case .account(let account):
                                try writer.write(account, statements, in: db)
                            case .rejected(let rejection):
                                summary.rejected += 1
                                summary.rejectsByReason[Self.reasonCategory(rejection.reason), default: 0] += 1
                                try writer.write(rejection, statements, in: db)
                                if options.strict {
                                    failure = IngestError(
                                        .rejectedRow, file: path, line: rejection.line,
                                        rejection.reason + " (--strict stops at the first rejected row)")
                                    return
                                }
                            }
                        }
                    }
                    summary.accountsStored = writer.accountsStored
                    try record(summary, writer.counts, status: "running", error: nil, ingestID: ingestID, db: db)
                }
                progress(IngestProgress(bytesRead: bytesRead, totalBytes: source.size, rowsRead: summary.rowsRead))
            }
        } catch {
            // The database refused a batch (busy, disk full): stop the reader, say so in the case.
            failure = error
        }
        if readerEnded {
            summary.sha256 = try pipe.digest()
        } else {
            // Stopped early (interrupted, --strict, a database error): the reader has not seen the
            // whole file.
            pipe.cancel()
            summary.sha256 = try knownDigest ?? ByteSource.sha256(path: path).hex
        }

        let counts = writer.counts
        summary.postsStored = counts.postsStored
        summary.postsMerged = counts.postsMerged
        summary.postsDuplicate = counts.postsDuplicate
        summary.accountsStored = writer.accountsStored
        summary.snowflakeTimes = counts.snowflakeTimes
        let elapsed = clock.now - start
        summary.durationMs = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        let status = failure != nil ? "failed" : summary.interrupted ? "interrupted" : "complete"
        try database.write { db in
            try record(summary, counts, status: status, error: failure.map { "\($0)" }, ingestID: ingestID, db: db)
            try db.execute(
                sql: "UPDATE ingest SET sha256 = ?, finished_at = ?, duration_ms = ? WHERE id = ?",
                arguments: [summary.sha256, Int64(Date().timeIntervalSince1970 * 1000), summary.durationMs, ingestID])
        }
        try writeRejectsFile()
        if let failure { throw failure }
        return summary
    }

    /// Marks earlier ingests of `path` that this one repeats as superseded and drops their rejects:
    /// unfinished ones (the re-run completes them), and a complete one of the same bytes (`--force`).
    private func supersede(path: String, digest: String?, db: Database) throws {
        try db.execute(
            sql: """
                UPDATE ingest SET status = 'superseded'
                WHERE path = ? AND (status IN ('running', 'interrupted', 'failed') OR (status = 'complete' AND sha256 = ?))
                """, arguments: [path, digest])
        try db.execute(sql: "DELETE FROM reject WHERE ingest IN (SELECT id FROM ingest WHERE status = 'superseded')")
    }

    private func recordUnreadable(path: String, size: Int, error: Error) throws {
        let digest = (try? ByteSource.sha256(path: path).hex) ?? ""
        try database.write { db in
            try supersede(path: path, digest: nil, db: db)
            try db.execute(
                sql: """
                    INSERT INTO ingest (path, size, sha256, format, started_at, finished_at, status, error)
                    VALUES (?, ?, ?, 'unknown', ?, ?, 'failed', ?)
                    """,
                arguments: [path, size, digest, Int64(Date().timeIntervalSince1970 * 1000), Int64(Date().timeIntervalSince1970 * 1000), "\(error)"])
        }
    }

    /// Rewrites `<case>.rejects.csv` from the rejects of the ingests that stand (written to a
    /// temporary file and renamed, so a reader never sees half of it). No rejects, no file.
    private func writeRejectsFile() throws {
        let count = try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM reject") ?? 0 }
        guard count > 0 else {
            try? FileManager.default.removeItem(atPath: rejectsPath)
            return
        }
        let temporary = rejectsPath + ".partial"
        var file = try RejectsFile(path: temporary)
        try database.read { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT i.path, r.line, r.reason, r.raw FROM reject r JOIN ingest i ON i.id = r.ingest ORDER BY r.ingest, r.line")
            while let row = try rows.next() {
                try file.append([row[0], String(row[1] as Int), row[2], row[3]])
            }
        }
        try file.close()
        guard rename(temporary, rejectsPath) == 0 else {
            throw StoreError("\(rejectsPath): cannot replace the rejects file: \(String(cString: strerror(errno)))")
        }
    }

    private func completedIngest(ofSize size: Int) throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM ingest WHERE size = ? AND status = 'complete'", arguments: [size]) ?? false
        }
    }

    private func record(
        _ summary: IngestSummary, _ counts: CaseWriter.Counts, status: String, error: String?, ingestID: Int64, db: Database
    ) throws {
        try db.execute(
            sql: """
                UPDATE ingest SET status = ?, rows_read = ?, posts_stored = ?, posts_merged = ?, posts_duplicate = ?,
                    accounts_stored = ?, rejected = ?, rejects_by_reason = ?, error = ?
                WHERE id = ?
                """,
            arguments: [
                status, summary.rowsRead, counts.postsStored, counts.postsMerged, counts.postsDuplicate,
                summary.accountsStored, summary.rejected, JSONText.object(summary.rejectsByReason), error, ingestID,
            ])
    }

    /// Reasons read "what: detail" (`bad tweet_time: expected ..., got "x"`); they are counted by what.
    /// Digit runs are folded to `N` so that a reason that names a row in its head still counts once.
    static func reasonCategory(_ reason: String) -> String {
        let head = reason.split(separator: ":", maxSplits: 1).first.map(String.init) ?? reason
        var category = ""
        var inDigits = false
        for ch in head.prefix(80) {
            if ch.isASCII && ch.isNumber {
                if !inDigits { category.append("N") }
                inDigits = true
            } else {
                category.append(ch)
                inDigits = false
            }
        }
        return category
    }
}
