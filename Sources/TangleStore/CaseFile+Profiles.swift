import Foundation
import GRDB
import TangleCore

extension CaseFile {
    /// The profile of every account of `frame`, in its dense account order. Unknown numbers are
    /// `Int64.min`, unknown strings empty. A creation time that is a bare date (the IO archive's) is
    /// refined to the millisecond from the account id when that is a snowflake of the same day.
    ///
    /// - Complexity: O(accounts).
    public func accountProfiles(_ frame: Frame) throws -> AccountProfiles {
        try database.read { db in
            var denseOf: [Int64: Int] = [:]
            denseOf.reserveCapacity(frame.accountCount)
            for (dense, rowID) in frame.accountRowIDs.enumerated() { denseOf[rowID] = dense }
            var columns = AccountProfiles(unknownCount: frame.accountCount)
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT id, platform_id, handle, display_name, created_at, followers, following, post_count,
                           verified, language, location, description IS NULL OR description = '',
                           profile_url IS NULL OR profile_url = ''
                    FROM account
                    """)
            while let row = try rows.next() {
                guard let dense = denseOf[row[0]] else { continue }
                columns.handles[dense] = row[2] ?? ""
                columns.displayNames[dense] = row[3] ?? ""
                columns.createdAt[dense] = Self.creationTime(stored: row[4], platformID: row[1])
                columns.followers[dense] = row[5] ?? .min
                columns.following[dense] = row[6] ?? .min
                columns.postCounts[dense] = row[7] ?? .min
                columns.verified[dense] = (row[8] as Int64?).map { $0 != 0 ? 1 : 0 } ?? -1
                columns.languages[dense] = row[9] ?? ""
                columns.locations[dense] = row[10] ?? ""
                columns.descriptionEmpty[dense] = row[11]
                columns.profileURLEmpty[dense] = row[12]
            }
            return columns
        }
    }

    /// The stored creation time, or the id's snowflake time when the stored one is that day's midnight.
    static func creationTime(stored: Int64?, platformID: String) -> Int64 {
        let day: Int64 = 86_400_000
        guard let snowflake = Timestamp.snowflakeMillis(platformID) else { return stored ?? .min }
        guard let stored else { return .min }
        return stored % day == 0 && snowflake >= stored && snowflake < stored + day ? snowflake : stored
    }

    /// Each post's client and language, aligned with `frame` (posts in the same time order).
    ///
    /// - Complexity: O(posts); one String per distinct client or language, not per post.
    public func postClients(_ frame: Frame) throws -> PostClients {
        try database.read { db in
            var clients: [UInt32] = []
            var languages: [UInt32] = []
            clients.reserveCapacity(frame.postCount)
            languages.reserveCapacity(frame.postCount)
            var clientNames = KeyColumn.Builder()
            var languageNames = KeyColumn.Builder()
            let rows = try Row.fetchCursor(db, sql: "SELECT client, language FROM post ORDER BY time, id")
            while let row = try rows.next() {
                clients.append(try Self.code(row, 0, &clientNames))
                languages.append(try Self.code(row, 1, &languageNames))
            }
            precondition(clients.count == frame.postCount, "the frame must be loaded from this case file")
            return PostClients(
                clients: clients, clientNames: clientNames.column.names, languages: languages,
                languageNames: languageNames.column.names)
        }
    }

    /// The code of a text column's value, interned by the key-column builder; `Frame.none` if empty.
    private static func code(_ row: Row, _ column: Int, _ names: inout KeyColumn.Builder) throws -> UInt32 {
        try row.withUnsafeData(atIndex: column) { data -> UInt32 in
            guard let data, !data.isEmpty else { return Frame.none }
            return data.withUnsafeBytes { names.intern($0) }
        }
    }
}
