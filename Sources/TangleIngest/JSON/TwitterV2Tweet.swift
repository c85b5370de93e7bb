import TangleCore

/// A Twitter API v2 tweet as a post, with its author and referenced tweets taken from the page's
/// `includes`, or from inline objects where twarc2's `flatten` put them (`author`,
/// `in_reply_to_user`, and each of `referenced_tweets` merged with the tweet it names).
enum TwitterV2Tweet {
    static let timeLayout = "'2020-06-24T16:28:14.000Z'"

    /// A page's `includes.users` and `includes.tweets` by id.
    struct Includes {
        private(set) var users: [String: Int] = [:]
        private(set) var tweets: [String: Int] = [:]

        /// No includes: a tweet on its own (a flattened line, or a bare tweet).
        init() {}

        init(_ document: JSONDocument, page: Int) {
            let includes = document.member(page, "includes")
            for user in document.elements(document.member(includes, "users")) {
                if let id = document.text(document.member(user, "id")) { users[id] = user }
            }
            for tweet in document.elements(document.member(includes, "tweets")) {
                if let id = document.text(document.member(tweet, "id")) { tweets[id] = tweet }
            }
        }
    }

    /// Whether a record is a v2 tweet on its own (twarc2 flattened, or a bare tweet per line).
    static func matches(_ document: JSONDocument, _ record: Int) -> Bool {
        document.contains(record, "author_id") || document.contains(record, "author")
            || document.contains(record, "edit_history_tweet_ids") || document.contains(record, "referenced_tweets")
            || document.contains(record, "id") && document.contains(record, "text")
    }

    /// The post a tweet describes.
    ///
    /// Of its `referenced_tweets`, a `retweeted` one makes it a repost, else a `quoted` one a quote,
    /// else a `replied_to` one a reply. A retweet's own text is cut short, so where the retweeted
    /// tweet is at hand the text is rebuilt as `RT @username: ` and its full text, and its entities
    /// are taken. `note_tweet.text` (with its entities) is the full text of a long tweet.
    static func post(
        _ document: JSONDocument, _ tweet: Int, includes: Includes
    ) throws(RecordProblem) -> PostRecord {
        guard let id = document.text(document.member(tweet, "id")) else {
            throw RecordProblem(
                "no id: expected a v2 tweet with an id, found keys " + document.keyNames(tweet).joined(separator: ", "))
        }
        let inlineAuthor = object(document, document.member(tweet, "author"))
        guard
            let authorID = document.text(document.member(tweet, "author_id"))
                ?? document.text(document.member(inlineAuthor, "id"))
        else {
            throw RecordProblem(
                "no author_id: tweet \(id): expected author_id, found none (the request needs expansions=author_id)")
        }
        let (time, timeSource) = try TwitterFields.time(
            document, createdAt: document.member(tweet, "created_at"), id: id, layout: timeLayout)
        var post = PostRecord(
            platformID: id, account: account(document, inlineAuthor ?? includes.users[authorID], id: authorID),
            time: time, timeSource: timeSource)
        post.language = document.string(document.member(tweet, "lang"))
        post.client = TwitterFields.clientName(document, source: document.member(tweet, "source"))
        post.text = fullText(document, tweet)

        var entitiesOwner = tweet
        if let (kind, reference) = strongestReference(document, tweet) {
            let referencedID = document.text(document.member(reference, "id"))
            let isInline = document.contains(reference, "text") || document.contains(reference, "author_id")
            let referenced = isInline ? reference : referencedID.flatMap { includes.tweets[$0] }
            var referencedAuthorID = document.text(document.member(referenced, "author_id"))
            var referencedAuthor =
                object(document, document.member(referenced, "author"))
                ?? referencedAuthorID.flatMap { includes.users[$0] }
            if kind == .reply {
                referencedAuthorID = referencedAuthorID ?? document.text(document.member(tweet, "in_reply_to_user_id"))
                referencedAuthor =
                    referencedAuthor ?? object(document, document.member(tweet, "in_reply_to_user"))
                    ?? referencedAuthorID.flatMap { includes.users[$0] }
            }
            post.kind = kind
            post.referencedPostID = referencedID
            post.referencedAccountID = referencedAuthorID ?? document.text(document.member(referencedAuthor, "id"))
            post.referencedHandle = document.string(document.member(referencedAuthor, "username"))
            if kind == .repost, let referenced, let handle = post.referencedHandle,
                document.contains(referenced, "text")
            {
                post.text = "RT @\(handle): " + fullText(document, referenced)
                entitiesOwner = referenced
            }
        }
        let entities =
            document.member(entitiesOwner, "note_tweet", "entities")
            ?? document.member(entitiesOwner, "entities")
        TwitterFields.addEntities(document, entities, to: &post)
        return post
    }

    /// The reference that decides the kind: retweeted, then quoted, then replied_to.
    private static func strongestReference(_ document: JSONDocument, _ tweet: Int) -> (PostKind, Int)? {
        var best: (PostKind, Int)?
        for reference in document.elements(document.member(tweet, "referenced_tweets")) {
            let kind: PostKind
            if document.string(document.member(reference, "type"), equals: "retweeted") {
                kind = .repost
            } else if document.string(document.member(reference, "type"), equals: "quoted") {
                kind = .quote
            } else if document.string(document.member(reference, "type"), equals: "replied_to") {
                kind = .reply
            } else {
                continue
            }
            if let current = best, rank(current.0) <= rank(kind) { continue }
            best = (kind, reference)
        }
        return best
    }

    private static func rank(_ kind: PostKind) -> Int {
        switch kind {
        case .repost: 0
        case .quote: 1
        case .reply: 2
        case .original: 3
        }
    }

    /// `note_tweet.text` (the whole of a long tweet), else `text`.
    private static func fullText(_ document: JSONDocument, _ tweet: Int) -> String {
        document.string(document.member(tweet, "note_tweet", "text"))
            ?? document.string(document.member(tweet, "text")) ?? ""
    }

    private static func object(_ document: JSONDocument, _ node: Int?) -> Int? {
        guard let node, document.kind(node) == .object else { return nil }
        return node
    }

    private static func account(_ document: JSONDocument, _ user: Int?, id: String) -> AccountRecord {
        let metrics = document.member(user, "public_metrics")
        return AccountRecord(
            platform: "twitter", platformID: id,
            handle: document.string(document.member(user, "username")),
            displayName: document.string(document.member(user, "name")),
            createdAt: document.dateTime(document.member(user, "created_at")),
            followers: document.int(document.member(metrics, "followers_count")),
            following: document.int(document.member(metrics, "following_count")),
            postCount: document.int(document.member(metrics, "tweet_count")),
            verified: document.bool(document.member(user, "verified")),
            location: document.string(document.member(user, "location")),
            description: document.string(document.member(user, "description")),
            profileURL: TwitterFields.profileURL(document, user: user))
    }
}
