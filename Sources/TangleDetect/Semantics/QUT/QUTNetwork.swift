/// A network type of the QUT coordination-network-toolkit (`compute_networks DB compute TYPE`), named
/// as the toolkit names it.
///
/// In every type, account u1 has an edge to u2 weighted by the number of distinct messages of u1 that
/// some message of u2 matches within the time window (inclusive); a message matches itself, so the
/// toolkit's networks hold self-loops. What matches:
public enum QUTNetwork: String, CaseIterable, Sendable {
    /// Reposts of the same message id (`repost_id`). Reposts only.
    case coRetweet = "co_retweet"
    /// Messages sharing a URL exactly as written (no normalisation). Reposts excluded, as the toolkit's
    /// preprocessing stores no URL of a repost.
    case coLink = "co_link"
    /// Messages with the same co-tweet form (see `QUTTextProcessor`). Reposts excluded.
    case coTweet = "co_tweet"
    /// Replies to the same message id (`reply_id`). Reposts excluded.
    case coReply = "co_reply"
    /// Messages whose token sets have a Jaccard similarity of at least the threshold. Reposts excluded.
    case coSimilarTweet = "co_similar_tweet"

    /// The input columns the network reads.
    public var columns: QUTInput.Columns {
        switch self {
        case .coRetweet: .repostKeys
        case .coLink: .urls
        case .coTweet: .coTweetText
        case .coReply: .replyKeys
        case .coSimilarTweet: .tokens
        }
    }
}
