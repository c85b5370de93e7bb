/// The input formats Tangle reads. Detected from the header or first record; `--format` overrides.
public enum Format: String, CaseIterable, Sendable, Codable {
    /// Twitter/X Information Operations archive, tweets CSV (31 columns).
    case ioArchive = "io-archive"
    /// Twitter/X Information Operations archive, users CSV.
    case ioArchiveUsers = "io-archive-users"
    /// FiveThirtyEight's IRA tweets (`IRAhandle_tweets_N.csv`).
    case fiveThirtyEight = "fivethirtyeight"
    /// The QUT coordination-network-toolkit's 8 positional columns.
    case qut
    /// CooRTweet long table: `object_id, account_id, content_id, timestamp_share`.
    case coortweetLong = "coortweet-long"
    /// CooRTweet wide table: `account_id, post_id, url_id, hashtag_id, domain_id, phash_id, timestamp`.
    case coortweetWide = "coortweet-wide"
    /// Twitter API v1.1 statuses and v2 responses: JSON arrays, JSONL, twarc2 pages.
    case twitterJSON = "twitter-json"
    /// Telegram Desktop channel export (`result.json`).
    case telegram
    /// Any CSV, with a column map.
    case csv
    /// Any JSONL, with a column map.
    case jsonl

    /// What a user reads in an error that lists the formats.
    public var summary: String {
        switch self {
        case .ioArchive: "IO archive tweets CSV (tweetid, userid, user_screen_name, tweet_text, tweet_time, ...)"
        case .ioArchiveUsers: "IO archive users CSV (userid, user_screen_name, follower_count, account_creation_date, ...)"
        case .fiveThirtyEight: "FiveThirtyEight IRA CSV (external_author_id, author, content, publish_date, ...)"
        case .qut: "QUT toolkit CSV, 8 positional columns (message_id, user_id, username, repost_id, reply_id, message, timestamp, urls)"
        case .coortweetLong: "CooRTweet long CSV (object_id, account_id, content_id, timestamp_share)"
        case .coortweetWide: "CooRTweet wide CSV (account_id, post_id, url_id, hashtag_id, domain_id, phash_id, timestamp)"
        case .twitterJSON: "Twitter API v1.1 / v2 JSON, JSONL or twarc2 pages"
        case .telegram: "Telegram Desktop export (result.json with messages)"
        case .csv: "generic CSV with --map"
        case .jsonl: "generic JSONL with --map"
        }
    }
}
