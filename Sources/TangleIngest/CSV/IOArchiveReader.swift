import TangleCore

/// Reads the tweets CSV of a Twitter/X Information Operations archive (the platform's releases of
/// state-backed accounts it suspended): 31 columns, one tweet per row with its author's profile.
///
/// `tweet_time` has minute resolution. Where the tweet id is a snowflake, the exact time is derived
/// from it, but only when it agrees with `tweet_time` (within -60 s and +120 s); otherwise the
/// given time is kept, so a hashed or reused id can never move a post.
///
/// `hashtags` and `urls` are stringified Python lists. `user_mentions` is not used: the releases
/// document it as a list of user *ids* (hashed for small accounts), while a post's mentions are
/// handles, so mentions are read from the text, as for the other text formats.
struct IOArchiveReader: CSVRecordReader {
    /// The columns without which a row is not a post.
    static let requiredColumns = ["tweetid", "userid", "tweet_time"]

    /// How far a snowflake-derived time may fall before and after the minute `tweet_time` gives.
    static let snowflakeWindow: ClosedRange<Int64> = -60_000...120_000

    let parser: CSVParser
    private let tweetID: CSVColumn
    private let tweetTime: CSVColumn
    private let profile: IOArchiveProfile
    private let text: CSVColumn?
    private let language: CSVColumn?
    private let client: CSVColumn?
    private let replyToUser: CSVColumn?
    private let replyToTweet: CSVColumn?
    private let quotedTweet: CSVColumn?
    private let isRetweet: CSVColumn?
    private let retweetUser: CSVColumn?
    private let retweetTweet: CSVColumn?
    private let hashtags: CSVColumn?
    private let urls: CSVColumn?

    init(parser: CSVParser, header: CSVHeader) throws {
        let required = try header.require(Self.requiredColumns, for: .ioArchive, path: parser.path)
        self.parser = parser
        tweetID = required[0]
        tweetTime = required[2]
        profile = IOArchiveProfile(userID: required[1], header: header)
        text = header.column("tweet_text")
        language = header.column("tweet_language")
        client = header.column("tweet_client_name")
        replyToUser = header.column("in_reply_to_userid")
        replyToTweet = header.column("in_reply_to_tweetid")
        quotedTweet = header.column("quoted_tweet_tweetid")
        isRetweet = header.column("is_retweet")
        retweetUser = header.column("retweet_userid")
        retweetTweet = header.column("retweet_tweetid")
        hashtags = header.column("hashtags")
        urls = header.column("urls")
    }

    /// Builds the post in one initialiser call: filling a `var` field by field cost a copy of the
    /// whole record per row.
    func event() throws(RecordProblem) -> IngestEvent {
        let id = try parser.requiredText(tweetID, expected: "the tweet's id")
        let account = try profile.account(in: parser)
        let given = try parser.dateTime(tweetTime, layout: "YYYY-MM-DD HH:MM")
        let exact = parser.withField(tweetID.index) { Timestamp.snowflakeMillis($0) }
            .flatMap { Self.snowflakeWindow.contains($0 - given) ? $0 : nil }
        let text = try parser.optionalText(text) ?? ""
        var kind = PostKind.original
        var referencedPost: String?
        var referencedAccount: String?
        if try parser.flag(isRetweet) {
            kind = .repost
            referencedPost = try parser.optionalText(retweetTweet)
            referencedAccount = try parser.optionalText(retweetUser)
        } else if let quoted = try parser.optionalText(quotedTweet) {
            kind = .quote
            referencedPost = quoted
        } else if let replied = try parser.optionalText(replyToTweet) {
            kind = .reply
            referencedPost = replied
            referencedAccount = try parser.optionalText(replyToUser)
        }
        return .post(
            PostRecord(
                platformID: id, account: account, time: exact ?? given, timeSource: exact == nil ? .given : .snowflake,
                kind: kind, referencedPostID: referencedPost, referencedAccountID: referencedAccount,
                referencedHandle: kind == .repost ? RetweetPrefix.handle(in: text) : nil, text: text,
                language: try parser.optionalText(language), client: try parser.optionalText(client),
                links: try parser.pythonList(urls).map { Link(url: $0) },
                hashtags: try parser.pythonList(hashtags).map { Normalize.hashtag($0) },
                mentions: Normalize.mentions(in: text)))
    }
}
