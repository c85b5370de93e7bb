import TangleCore

/// Reads FiveThirtyEight's IRA tweets (`IRAhandle_tweets_N.csv`, collected by Linvill and Warren
/// with Social Studio).
///
/// The release has no reference to the reposted post: `post_type` says RETWEET or QUOTE_TWEET and
/// `retweet` is 1 for both, and most reposts hold only the reposted text. Where the text keeps an
/// `RT @handle:` prefix, the handle is the reposted account. Rows without `tweet_id` get a synthetic
/// id from author, time and text, so exact repeats of a row are stored once.
///
/// Links come from `tco1_step1` ... `tco3_step1`, the first redirect of each t.co link in the text;
/// `article_url` is the address of the tweet itself and is not a link the tweet shared.
struct FiveThirtyEightReader: CSVRecordReader {
    /// The columns without which a row is not a post.
    static let requiredColumns = ["external_author_id", "author", "content", "publish_date"]

    /// The layout of `publish_date`, for messages.
    static let dateLayout = "M/D/YYYY H:MM"

    let parser: CSVParser
    private let authorID: CSVColumn
    private let author: CSVColumn
    private let content: CSVColumn
    private let publishDate: CSVColumn
    private let tweetID: CSVColumn?
    private let language: CSVColumn?
    private let following: CSVColumn?
    private let followers: CSVColumn?
    private let updates: CSVColumn?
    private let postType: CSVColumn?
    private let retweet: CSVColumn?
    private let expandedLinks: [CSVColumn]
    /// Columns kept as account labels, under their own names.
    private let labels: [CSVColumn]

    init(parser: CSVParser, header: CSVHeader) throws {
        let required = try header.require(Self.requiredColumns, for: .fiveThirtyEight, path: parser.path)
        self.parser = parser
        authorID = required[0]
        author = required[1]
        content = required[2]
        publishDate = required[3]
        tweetID = header.column("tweet_id")
        language = header.column("language")
        following = header.column("following")
        followers = header.column("followers")
        updates = header.column("updates")
        postType = header.column("post_type")
        retweet = header.column("retweet")
        expandedLinks = ["tco1_step1", "tco2_step1", "tco3_step1"].compactMap(header.column)
        labels = ["account_category", "account_type", "region", "new_june_2018"].compactMap(header.column)
    }

    func event() throws(RecordProblem) -> IngestEvent {
        let authorID = try parser.requiredText(self.authorID, expected: "the author's account id")
        let written = try parser.text(content)
        let time = try parser.dateTime(publishDate, layout: Self.dateLayout)
        let id: String
        if let given = try parser.optionalText(tweetID) {
            id = given
        } else {
            id = SyntheticID.make([authorID, try parser.text(publishDate), written])
        }
        var account = AccountRecord(
            platform: "twitter", platformID: authorID, handle: try parser.optionalText(author),
            followers: try parser.count(followers), following: try parser.count(following),
            postCount: try parser.count(updates))
        for column in labels {
            if let value = try parser.optionalText(column) { account.labels[column.name] = value }
        }
        let text = Self.unwrapped(written)
        var post = PostRecord(platformID: id, account: account, time: time, text: text)
        post.language = try parser.optionalText(language)
        post.kind = try kind()
        if post.kind == .repost { post.referencedHandle = RetweetPrefix.handle(in: text) }
        for column in expandedLinks {
            if let url = try parser.optionalText(column) { post.links.append(Link(url: url)) }
        }
        (post.hashtags, post.mentions) = Normalize.hashtagsAndMentions(in: text)
        return .post(post)
    }

    private func kind() throws(RecordProblem) -> PostKind {
        switch try parser.optionalText(postType) {
        case "RETWEET": return .repost
        case "QUOTE_TWEET": return .quote
        case nil: return try parser.flag(retweet) ? .repost : .original
        case let other?:
            throw RecordProblem("bad post_type: expected RETWEET, QUOTE_TWEET or empty, got \"\(other)\"")
        }
    }

    /// The text without the pair of literal double quotes some rows are wrapped in.
    static func unwrapped(_ text: String) -> String {
        guard text.utf8.count >= 2, text.utf8.first == UInt8(ascii: "\""), text.utf8.last == UInt8(ascii: "\"") else {
            return text
        }
        return String(text.dropFirst().dropLast())
    }
}
