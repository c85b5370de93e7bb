/// What a post is relative to other posts.
public enum PostKind: UInt8, Sendable, CaseIterable, Codable {
    case original = 0
    case repost = 1
    case quote = 2
    case reply = 3

    public var name: String {
        switch self {
        case .original: "original"
        case .repost: "repost"
        case .quote: "quote"
        case .reply: "reply"
        }
    }
}

/// Where a post's time came from, so that `info` can say how exact the times are.
public enum TimeSource: UInt8, Sendable, Codable {
    /// The time as the file wrote it (its resolution is the file's: seconds or minutes).
    case given = 0
    /// Derived from a numeric snowflake id, exact to the millisecond.
    case snowflake = 1
}

/// One post as read from an input file.
public struct PostRecord: Sendable, Equatable {
    /// The post id exactly as written. Readers synthesise a stable one where the format has none.
    public var platformID: String
    /// The author, with whatever profile fields the row carries.
    public var account: AccountRecord
    /// UTC milliseconds since the Unix epoch.
    public var time: Int64
    public var timeSource: TimeSource
    public var kind: PostKind
    /// The reposted, quoted or replied-to post's id, when the data has it.
    public var referencedPostID: String?
    /// The reposted, quoted or replied-to account's platform id, when the data has it.
    public var referencedAccountID: String?
    /// The reposted, quoted or replied-to account's handle, when only that is known (`RT @handle:`).
    public var referencedHandle: String?
    /// The text as written (for reposts, the reposted text when that is all the data holds).
    public var text: String
    public var language: String?
    /// The posting client or source app, e.g. `Twitter Web Client`.
    public var client: String?
    public var links: [Link]
    /// Hashtags, normalised (see `Normalize.hashtag`).
    public var hashtags: [String]
    /// Mentioned handles, normalised (see `Normalize.mention`).
    public var mentions: [String]
    /// Media or perceptual hashes where the data has them.
    public var mediaHashes: [String]

    public init(
        platformID: String, account: AccountRecord, time: Int64, timeSource: TimeSource = .given,
        kind: PostKind = .original, referencedPostID: String? = nil, referencedAccountID: String? = nil,
        referencedHandle: String? = nil, text: String = "", language: String? = nil, client: String? = nil,
        links: [Link] = [], hashtags: [String] = [], mentions: [String] = [], mediaHashes: [String] = []
    ) {
        self.platformID = platformID
        self.account = account
        self.time = time
        self.timeSource = timeSource
        self.kind = kind
        self.referencedPostID = referencedPostID
        self.referencedAccountID = referencedAccountID
        self.referencedHandle = referencedHandle
        self.text = text
        self.language = language
        self.client = client
        self.links = links
        self.hashtags = hashtags
        self.mentions = mentions
        self.mediaHashes = mediaHashes
    }
}
