import Foundation
import GRDB

/// One investigation: a SQLite database holding posts, accounts, the files ingested, and (later) runs
/// and findings.
///
/// The database runs in WAL mode with `synchronous = NORMAL`: a killed process loses at most the batch
/// it was writing and never leaves a corrupt file.
public struct CaseFile: Sendable {
    public let path: String
    let database: DatabaseQueue

    /// Opens the case file at `path`, creating it if `create` is true, and migrates it to the current
    /// schema. With `readOnly` (the dashboard), SQLite refuses every write and a case written by an
    /// older tangle is an error instead of being migrated.
    public init(path: String, create: Bool = true, readOnly: Bool = false) throws {
        self.path = path
        if !create || readOnly, !FileManager.default.fileExists(atPath: path) {
            throw StoreError("\(path): no such case file; create one with `tangle ingest FILE --case \(path)`")
        }
        if readOnly {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(30)
            do {
                database = try DatabaseQueue(path: path, configuration: configuration)
                guard try database.read(Schema.migrator.hasCompletedMigrations) else {
                    throw StoreError("\(path): written by an older tangle; run `tangle info --case \(path)` once to update it")
                }
            } catch let error as DatabaseError {
                throw StoreError("\(path): not a usable case file (\(error.message ?? error.description))")
            }
            return
        }
        var configuration = Configuration()
        // A second writer (two ingests into one case) waits for the first instead of failing at once.
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // 16 KiB pages: rows of a few hundred bytes split pages less often (a new case only).
            try db.execute(sql: "PRAGMA page_size = 16384")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            // 64 MiB of page cache keeps the post id index in memory while a large file streams in.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // Checkpoint every ~400 MB of WAL rather than every 4 MB: a bulk ingest copies each page
            // into the database once instead of at every checkpoint.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 25000")
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try database.writeWithoutTransaction { db in
                // WAL survives a killed writer and lets readers (info, the dashboard) run beside an ingest.
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            // Only a case that needs migrating takes the write lock, so `info` can read a case while
            // another process is ingesting into it.
            let migrator = Schema.migrator
            if try !database.read(migrator.hasCompletedMigrations) { try migrator.migrate(database) }
        } catch let error as DatabaseError {
            throw StoreError("\(path): not a usable case file (\(error.message ?? error.description))")
        }
    }
}

/// A case-file problem, in words a person can act on.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
