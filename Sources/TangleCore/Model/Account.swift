/// An account as one input file describes it.
///
/// Every field but the platform and its id is optional: formats differ in what they carry, and a
/// later file may fill in what an earlier one lacked (the store merges them).
public struct AccountRecord: Sendable, Equatable {
    /// Where the account lives: `twitter`, `telegram`, `facebook`, or `unknown` for hashed-id tables.
    public var platform: String
    /// The account id exactly as the platform (or the data release) wrote it; may be a hashed string.
    public var platformID: String
    /// The handle without `@`, as written.
    public var handle: String?
    public var displayName: String?
    /// Creation time in UTC milliseconds since the Unix epoch.
    public var createdAt: Int64?
    public var followers: Int?
    public var following: Int?
    public var postCount: Int?
    public var verified: Bool?
    public var language: String?
    public var location: String?
    public var description: String?
    public var profileURL: String?
    /// Labels a data release attaches to the account, e.g. FiveThirtyEight's `account_category`.
    public var labels: [String: String]

    public init(
        platform: String, platformID: String, handle: String? = nil, displayName: String? = nil,
        createdAt: Int64? = nil, followers: Int? = nil, following: Int? = nil, postCount: Int? = nil,
        verified: Bool? = nil, language: String? = nil, location: String? = nil,
        description: String? = nil, profileURL: String? = nil, labels: [String: String] = [:]
    ) {
        self.platform = platform
        self.platformID = platformID
        self.handle = handle
        self.displayName = displayName
        self.createdAt = createdAt
        self.followers = followers
        self.following = following
        self.postCount = postCount
        self.verified = verified
        self.language = language
        self.location = location
        self.description = description
        self.profileURL = profileURL
        self.labels = labels
    }
}
