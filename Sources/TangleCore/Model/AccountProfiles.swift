/// Account profiles as dense columns aligned with a `Frame`'s account indices: entry `a` of every
/// column describes `frame.accountRowIDs[a]`. What a format does not give is `nil`-free: empty
/// strings, `AccountProfiles.unknown` for numbers.
public struct AccountProfiles: Sendable, Equatable {
    /// Handles as the platform wrote them, without `@`; empty when unknown.
    public var handles: [String]
    /// Display names; empty when unknown.
    public var displayNames: [String]
    /// Creation time, UTC milliseconds, or `unknown`.
    public var createdAt: [Int64]
    /// Follower counts, or `unknown`.
    public var followers: [Int64]
    /// Following (friends) counts, or `unknown`.
    public var following: [Int64]
    /// Lifetime post counts the profile reports, or `unknown`.
    public var postCounts: [Int64]
    /// 1 verified, 0 not, -1 unknown.
    public var verified: [Int8]
    /// The profile's language code (`en`), lower-cased; empty when unknown.
    public var languages: [String]
    /// Reported location; empty when none.
    public var locations: [String]
    /// Whether the profile has no description.
    public var descriptionEmpty: [Bool]
    /// Whether the profile has no URL.
    public var profileURLEmpty: [Bool]

    /// "Not given" in the numeric columns.
    public static let unknown = Int64.min

    public init(
        handles: [String], displayNames: [String], createdAt: [Int64], followers: [Int64], following: [Int64],
        postCounts: [Int64], verified: [Int8], languages: [String], locations: [String],
        descriptionEmpty: [Bool], profileURLEmpty: [Bool]
    ) {
        self.handles = handles
        self.displayNames = displayNames
        self.createdAt = createdAt
        self.followers = followers
        self.following = following
        self.postCounts = postCounts
        self.verified = verified
        self.languages = languages
        self.locations = locations
        self.descriptionEmpty = descriptionEmpty
        self.profileURLEmpty = profileURLEmpty
    }

    /// Profiles of `count` accounts about which nothing is known.
    public init(unknownCount count: Int) {
        self.init(
            handles: Array(repeating: "", count: count), displayNames: Array(repeating: "", count: count),
            createdAt: Array(repeating: Self.unknown, count: count),
            followers: Array(repeating: Self.unknown, count: count),
            following: Array(repeating: Self.unknown, count: count),
            postCounts: Array(repeating: Self.unknown, count: count), verified: Array(repeating: -1, count: count),
            languages: Array(repeating: "", count: count), locations: Array(repeating: "", count: count),
            descriptionEmpty: Array(repeating: false, count: count),
            profileURLEmpty: Array(repeating: false, count: count))
    }

    public var count: Int { handles.count }
}

/// Each post's client (posting app) and language as codes aligned with a `Frame`'s posts.
public struct PostClients: Sendable, Equatable {
    /// Code into `clientNames` per post, or `Frame.none`.
    public var clients: [UInt32]
    public var clientNames: [String]
    /// Code into `languageNames` (lower-cased) per post, or `Frame.none`.
    public var languages: [UInt32]
    public var languageNames: [String]

    public init(clients: [UInt32], clientNames: [String], languages: [UInt32], languageNames: [String]) {
        self.clients = clients
        self.clientNames = clientNames
        self.languages = languages
        self.languageNames = languageNames
    }
}
