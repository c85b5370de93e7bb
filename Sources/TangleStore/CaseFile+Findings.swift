import Foundation
import GRDB

/// A detector's finding, as saved in the case file with the evidence behind it.
public struct Finding: Sendable, Equatable {
    /// `account`, `network`, `pivot`, `uptake`, ...: what the finding is about.
    public var kind: String
    /// Stable within its run: a network's id, an account's platform id, a URL.
    public var key: String
    public var label: String?
    public var score: Double?
    /// False for findings kept as context (e.g. an edge below threshold) but not flagged.
    public var flagged: Bool
    /// The evidence and figures, as a JSON object.
    public var details: String
    /// The accounts the finding names, by case-file row id, each with its own score.
    public var accounts: [Member]

    public struct Member: Sendable, Equatable {
        public var account: Int64
        public var score: Double?

        public init(account: Int64, score: Double? = nil) {
            self.account = account
            self.score = score
        }
    }

    public init(
        kind: String, key: String, label: String? = nil, score: Double? = nil, flagged: Bool = true,
        details: String = "{}", accounts: [Member] = []
    ) {
        self.kind = kind
        self.key = key
        self.label = label
        self.score = score
        self.flagged = flagged
        self.details = details
        self.accounts = accounts
    }
}

/// A finding read back, with its accounts' platform ids.
public struct SavedFinding: Sendable, Equatable {
    public var detector: String
    public var run: Int64
    public var finding: Finding
    /// Platform ids of `finding.accounts`, in the same order.
    public var accountPlatformIDs: [String]
}

extension CaseFile {
    /// Saves one detector run and its findings in a single transaction: a run is there whole or not
    /// at all. Records the parameters and the SHA-256 of every input ingested so far.
    @discardableResult
    public func saveRun(detector: String, parameters: [String: String], findings: [Finding]) throws -> Int64 {
        try database.write { db in try Self.insertRun(db, detector: detector, parameters: parameters, findings: findings).run }
    }

    /// Inserts a complete run and its findings inside the caller's transaction, for savers that add rows
    /// of their own to the same transaction; returns the run's id and each finding's, in order.
    static func insertRun(
        _ db: Database, detector: String, parameters: [String: String], findings: [Finding]
    ) throws -> (run: Int64, findings: [Int64]) {
        let inputs = try String.fetchAll(db, sql: "SELECT sha256 FROM ingest WHERE status = 'complete' ORDER BY id")
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        try db.execute(
            sql: """
                INSERT INTO run (detector, parameters, inputs, started_at, finished_at, status)
                VALUES (?, ?, ?, ?, ?, 'complete')
                """,
            arguments: [detector, JSONText.object(parameters), "[" + inputs.map(JSONText.string).joined(separator: ",") + "]", now, now])
        let run = db.lastInsertedRowID
        let insertFinding = try db.makeStatement(
            sql: "INSERT INTO finding (run, kind, key, label, score, flagged, details) VALUES (?, ?, ?, ?, ?, ?, ?)")
        let insertMember = try db.makeStatement(sql: "INSERT INTO finding_account (finding, account, score) VALUES (?, ?, ?)")
        var ids: [Int64] = []
        ids.reserveCapacity(findings.count)
        for finding in findings {
            try insertFinding.execute(
                arguments: [run, finding.kind, finding.key, finding.label, finding.score, finding.flagged, finding.details])
            let id = db.lastInsertedRowID
            ids.append(id)
            for member in finding.accounts { try insertMember.execute(arguments: [id, member.account, member.score]) }
        }
        return (run, ids)
    }

    /// The findings of the latest run of each detector, in a stable order (detector, kind, key).
    public func latestFindings() throws -> [SavedFinding] {
        try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.detector, r.id AS run, f.id, f.kind, f.key, f.label, f.score, f.flagged, f.details
                    FROM finding f JOIN run r ON r.id = f.run
                    WHERE r.id IN (SELECT max(id) FROM run WHERE status = 'complete' GROUP BY detector)
                    ORDER BY r.detector, f.kind, f.key
                    """)
            return try rows.map { row in
                let members = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT fa.account, fa.score, a.platform_id FROM finding_account fa
                        JOIN account a ON a.id = fa.account WHERE fa.finding = ? ORDER BY a.platform_id
                        """, arguments: [row["id"] as Int64])
                let finding = Finding(
                    kind: row["kind"], key: row["key"], label: row["label"], score: row["score"], flagged: row["flagged"],
                    details: row["details"],
                    accounts: members.map { Finding.Member(account: $0["account"], score: $0["score"]) })
                return SavedFinding(
                    detector: row["detector"], run: row["run"], finding: finding,
                    accountPlatformIDs: members.map { $0["platform_id"] })
            }
        }
    }
}

/// A saved detector run: what produced its findings.
public struct SavedRun: Sendable, Equatable {
    public var id: Int64
    public var detector: String
    public var parameters: [String: String]
    /// SHA-256 of every input ingested when it ran.
    public var inputs: [String]
    public var finishedAt: Int64?
}

extension CaseFile {
    /// The latest complete run of a detector, if any.
    public func latestRun(detector: String) throws -> SavedRun? {
        try database.read { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT id, parameters, inputs, finished_at FROM run WHERE detector = ? AND status = 'complete' ORDER BY id DESC LIMIT 1",
                arguments: [detector])
            else { return nil }
            let parameters = (try? JSONDecoder().decode([String: String].self, from: Data((row["parameters"] as String).utf8))) ?? [:]
            let inputs = (try? JSONDecoder().decode([String].self, from: Data((row["inputs"] as String).utf8))) ?? []
            return SavedRun(id: row["id"], detector: detector, parameters: parameters, inputs: inputs, finishedAt: row["finished_at"])
        }
    }

    /// One run's findings of one kind, with their members' platform ids, in key order; one query.
    public func findings(of run: SavedRun, kind: String) throws -> [SavedFinding] {
        try database.read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT f.id, f.key, f.label, f.score, f.flagged, f.details, fa.account, fa.score AS member_score, a.platform_id
                    FROM finding f LEFT JOIN finding_account fa ON fa.finding = f.id LEFT JOIN account a ON a.id = fa.account
                    WHERE f.run = ? AND f.kind = ? ORDER BY f.id, a.platform_id
                    """, arguments: [run.id, kind])
            var result: [SavedFinding] = []
            var lastID: Int64?
            while let row = try rows.next() {
                let id: Int64 = row["id"]
                if id != lastID {
                    lastID = id
                    result.append(
                        SavedFinding(
                            detector: run.detector, run: run.id,
                            finding: Finding(
                                kind: kind, key: row["key"], label: row["label"], score: row["score"], flagged: row["flagged"],
                                details: row["details"]),
                            accountPlatformIDs: []))
                }
                if let account = row["account"] as Int64? {
                    result[result.count - 1].finding.accounts.append(Finding.Member(account: account, score: row["member_score"]))
                    result[result.count - 1].accountPlatformIDs.append(row["platform_id"])
                }
            }
            return result
        }
    }
}
