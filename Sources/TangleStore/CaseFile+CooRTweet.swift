import GRDB
import TangleCore

/// What CooRTweet's `object_id` is, as a post column of the case file: the thing two accounts must
/// both have shared.
public enum CooRTweetObject: String, Sendable, CaseIterable {
    /// Each normalised URL (a CooRTweet table's `url_id` as written).
    case link
    /// Each registrable domain (`domain_id` as written).
    case domain
    /// Each hashtag (`hashtag_id` as written).
    case hashtag
    /// The ordered hashtags of a post with two or more, not a repost.
    case hashtagSequence
    /// Each media or perceptual hash (`phash_id` as written).
    case media
    /// The normalised text, never empty, of a post that is neither a repost nor a reply (the defaults
    /// of CooRTweet's `reshape_tweets(intent = "cotweet")`).
    case text
    /// The reposted post's id; and the reposted post itself, under its own id, when it is in the case,
    /// as CooRTweet's `reshape_tweets(intent = "retweets")` adds the originals. Their pairs are loops
    /// that `detect_groups` drops, but they count towards `min_participation`.
    case repost
    /// The quoted post's id.
    case quote
    /// The replied-to post's id.
    case reply
}

extension CaseFile {
    /// Streams CooRTweet's long table for `object`: one row `(object_id, account_id, content_id,
    /// timestamp)` per post and object, in case row-id order (the order the posts were first read),
    /// objects in a post's list order. Posts without the object give no row; a row equal to an earlier
    /// one (two platforms' posts with one id) is given once. `account_id` is the author's platform id,
    /// `content_id` the post's, and the time is in UTC milliseconds.
    ///
    /// - Complexity: one pass over the post table (two for `repost`), one set insertion per row.
    public func forEachCooRTweetRow(
        of object: CooRTweetObject,
        _ body: (_ object: String, _ account: String, _ content: String, _ timestamp: Int64) throws -> Void
    ) throws {
        try database.read { db in
            let repost = Int64(PostKind.repost.rawValue)
            let referenced: Set<String> =
                object == .repost
                ? Set(
                    try String.fetchAll(
                        db, sql: "SELECT DISTINCT ref_post FROM post WHERE kind = ? AND ref_post IS NOT NULL",
                        arguments: [repost]))
                : []
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT post.platform_id, account.platform_id, post.time, post.kind, \(object.columns)
                    FROM post JOIN account ON account.id = post.account
                    ORDER BY post.id
                    """)
            var seen = Set<SeenRow>()
            while let row = try rows.next() {
                let content: String = row[0]
                let account: String = row[1]
                let time: Int64 = row[2]
                let kind: Int64 = row[3]
                func emit(_ key: String) throws {
                    let seenRow = SeenRow(object: key, account: account, content: content, time: time)
                    guard !key.isEmpty, seen.insert(seenRow).inserted else { return }
                    try body(key, account, content, time)
                }
                switch object {
                case .link, .domain, .hashtag, .media:
                    for item in ListColumn.decode(row[4]) { try emit(String(item)) }
                case .hashtagSequence:
                    let hashtags: String = row[4]
                    if kind != repost, ListColumn.decode(hashtags).count >= 2 { try emit(hashtags) }
                case .text:
                    if kind != repost, kind != Int64(PostKind.reply.rawValue) { try emit(row[4]) }
                case .repost:
                    if kind == repost {
                        let referencedPost: String? = row[4]
                        try emit(referencedPost ?? Self.repostKey(handle: row[5], textNorm: row[6]))
                    }
                    if referenced.contains(content) { try emit(content) }
                case .quote, .reply:
                    let wanted = Int64((object == .quote ? PostKind.quote : PostKind.reply).rawValue)
                    let referencedPost: String? = row[4]
                    if kind == wanted, let referencedPost { try emit(referencedPost) }
                }
            }
        }
    }
}

extension CooRTweetObject {
    /// The post columns the object is read from, after the four every row needs.
    fileprivate var columns: String {
        switch self {
        case .link: "post.urls"
        case .domain: "post.domains"
        case .hashtag, .hashtagSequence: "post.hashtags"
        case .media: "post.media"
        case .text: "post.text_norm"
        case .repost: "post.ref_post, post.ref_handle, post.text_norm"
        case .quote, .reply: "post.ref_post"
        }
    }
}

/// A long-table row already given, to give it once.
private struct SeenRow: Hashable {
    var object: String
    var account: String
    var content: String
    var time: Int64
}
