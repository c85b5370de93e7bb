import Foundation
import GRDB
import TangleCore

/// Account profiles as dense columns aligned with a `Frame`'s account indices; see `accountProfiles`.
public struct AccountProfileColumns: Sendable, Equatable {
    public var handles: [String] = []
    public var displayNames: [String] = []
    /// UTC ms or `Int64.min`; from the account id's snowflake bits when the stored time is a date.
    public var createdAt: [Int64] = []
    public var followers: [Int64] = []
    public var following: [Int64] = []
    public var postCounts: [Int64] = []
    /// 1, 0, or -1 when unknown.
    public var verified: [Int8] = []
    public var languages: [String] = []
    public var locations: [String] = []
    public var descriptionEmpty: [Bool] = []
    public var profileURLEmpty: [Bool] = []
}

/// Each post's client and language as codes aligned with a `Frame`'s posts (`UInt32.max` none).
public struct PostClientColumns: Sendable, Equatable {
    public var clients: [UInt32] = []
    public var clientNames: [String] = []
    public var languages: [UInt32] = []
    public var languageNames: [String] = []
}

extension CaseFile {
    /// The profile of every account of `frame`, in its dense account order. Unknown numbers are
    /// `Int64.min`, unknown strings empty. A creation time that is a bare date (the IO archive's) is
    /// refined to the millisecond from the account id when that is a snowflake of the same day.
    ///
    /// - Complexity: O(accounts).
    public func accountProfiles(_ frame: Frame) throws -> AccountProfileColumns {
        try database.read { db in
            var denseOf: [Int64: Int] = [:]
            denseOf.reserveCapacity(frame.accountCount)
            for (dense, rowID) in frame.accountRowIDs.enumerated() { denseOf[rowID] = dense }
            let count = frame.accountCount
            var columns = AccountProfileColumns(
                handles: Array(repeating: "", count: count), displayNames: Array(repeating: "", count: count),
                createdAt: Array(repeating: .min, count: count), followers: Array(repeating: .min, count: count),
                following: Array(repeating: .min, count: count), postCounts: Array(repeating: .min, count: count),
                verified: Array(repeating: -1, count: count), languages: Array(repeating: "", count: count),
                locations: Array(repeating: "", count: count), descriptionEmpty: Array(repeating: false, count: count),
                profileURLEmpty: Array(repeating: false, count: count))
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
    public func postClients(_ frame: Frame) throws -> PostClientColumns {
        try database.read { db in
            var columns = PostClientColumns()
            columns.clients.reserveCapacity(frame.postCount)
            columns.languages.reserveCapacity(frame.postCount)
            var clientCodes: [UInt64: UInt32] = [:]
            var languageCodes: [UInt64: UInt32] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT client, language FROM post ORDER BY time, id")
            while let row = try rows.next() {
                columns.clients.append(try Self.code(row, 0, &clientCodes, &columns.clientNames))
                columns.languages.append(try Self.code(row, 1, &languageCodes, &columns.languageNames))
            }
            precondition(columns.clients.count == frame.postCount, "the frame must be loaded from this case file")
            return columns
        }
    }

    /// The code of a text column's value, interned by a 64-bit hash of its bytes; `UInt32.max` if empty.
    private static func code(
        _ row: Row, _ column: Int, _ codes: inout [UInt64: UInt32], _ names: inout [String]
    ) throws -> UInt32 {
        try row.withUnsafeData(atIndex: column) { data -> UInt32 in
            guard let data, !data.isEmpty else { return Frame.none }
            return data.withUnsafeBytes { raw in
                let bytes = raw.assumingMemoryBound(to: UInt8.self)
                let hash = TextHash.of(bytes)
                if let known = codes[hash] { return known }
                let code = UInt32(names.count)
                codes[hash] = code
                names.append(String(decoding: bytes, as: UTF8.self))
                return code
            }
        }
    }
}
