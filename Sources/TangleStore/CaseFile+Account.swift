import GRDB
import TangleCore

/// One account's profile as the data gave it, for `tangle account` and the dashboard.
public struct AccountProfile: Sendable, Equatable, Codable {
    public var platform: String
    public var platformID: String
    public var handle: String?
    public var displayName: String?
    /// ISO 8601 UTC.
    public var createdAt: String?
    public var followers: Int64?
    public var following: Int64?
    /// The lifetime post count the profile reports (not the posts in the case).
    public var postCount: Int64?
    public var verified: Bool?
    public var language: String?
    public var location: String?
    public var description: String?
    public var profileURL: String?
}

/// A post as one account's page lists it.
public struct AccountPost: Sendable, Equatable, Codable {
    public var platformID: String
    /// ISO 8601 UTC.
    public var time: String
    public var kind: String
    public var text: String
    public var client: String?
}

extension CaseFile {
    /// The profile of the account with row id `rowID`, or nil.
    public func accountProfile(rowID: Int64) throws -> AccountProfile? {
        try fetch(
            [rowID],
            sql: """
                SELECT id, platform, platform_id, handle, display_name, created_at, followers, following, post_count,
                       verified, language, location, description, profile_url FROM account
                """
        ) { row in
            AccountProfile(
                platform: row[1], platformID: row[2], handle: row[3], displayName: row[4],
                createdAt: (row[5] as Int64?).map(Timestamp.iso8601), followers: row[6], following: row[7],
                postCount: row[8], verified: (row[9] as Int64?).map { $0 != 0 }, language: row[10], location: row[11],
                description: row[12], profileURL: row[13])
        }[0]
    }

    /// Posts by case-file row id, in the order asked.
    public func accountPosts(_ rowIDs: [Int64]) throws -> [AccountPost] {
        try fetch(rowIDs, sql: "SELECT id, platform_id, time, kind, text, client FROM post") { row in
            AccountPost(
                platformID: row[1], time: Timestamp.iso8601(row[2]),
                kind: PostKind(rawValue: UInt8(row[3] as Int64))?.name ?? "original", text: row[4], client: row[5])
        }.compactMap { $0 }
    }
}
