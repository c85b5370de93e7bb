import TangleCore

/// A Twitter API v1.1 status (REST, streaming, or twarc 1) as a post.
enum TwitterV1Status {
    static let timeLayout = "'Wed Oct 10 20:19:24 +0000 2018'"

    /// Whether a record looks like a v1.1 status rather than a v2 object.
    static func matches(_ document: JSONDocument, _ record: Int) -> Bool {
        if document.contains(record, "id_str") { return true }
        guard let user = document.member(record, "user") else { return false }
        return document.kind(user) == .object
    }

    /// The post a status describes.
    ///
    /// A status is a repost when it holds `retweeted_status`, else a quote when it has
    /// `quoted_status_id_str`, else a reply when it has `in_reply_to_status_id_str` (a quote that is
    /// also a reply counts as a quote). A retweet's own text is cut at 140 characters, so its text is
    /// rebuilt as `RT @handle: ` and the retweeted status's full text, and its entities are the
    /// retweeted status's.
    static func post(_ document: JSONDocument, _ status: Int) throws(RecordProblem) -> PostRecord {
        guard let id = idText(document, status) else {
            throw RecordProblem(
                "no id_str: expected a v1.1 status with id_str, found keys "
                    + document.keyNames(status).joined(separator: ", "))
        }
        guard let user = document.member(status, "user"), document.kind(user) == .object else {
            throw RecordProblem(
                "no user: status \(id): expected a user object, found "
                    + document.shown(document.member(status, "user")))
        }
        guard let userID = idText(document, user) else {
            throw RecordProblem("no user.id_str: status \(id): expected user.id_str, found none")
        }
        let (time, timeSource) = try TwitterFields.time(
            document, createdAt: document.member(status, "created_at"), id: id, layout: timeLayout)
        var post = PostRecord(
            platformID: id, account: account(document, user, id: userID), time: time, timeSource: timeSource)
        post.language = document.string(document.member(status, "lang"))
        post.client = TwitterFields.clientName(document, source: document.member(status, "source"))

        var entitiesOwner = status
        if let retweeted = document.member(status, "retweeted_status"), document.kind(retweeted) == .object {
            let original = document.member(retweeted, "user")
            post.kind = .repost
            post.referencedPostID = idText(document, retweeted)
            post.referencedAccountID = idText(document, original)
            post.referencedHandle = document.string(document.member(original, "screen_name"))
            if let handle = post.referencedHandle {
                post.text = "RT @\(handle): " + fullText(document, retweeted)
            } else {
                post.text = fullText(document, status)
            }
            entitiesOwner = retweeted
        } else {
            post.text = fullText(document, status)
            let quoted = document.member(status, "quoted_status")
            if let quotedID = document.text(document.member(status, "quoted_status_id_str"))
                ?? idText(document, quoted)
            {
                let quotedUser = document.member(quoted, "user")
                post.kind = .quote
                post.referencedPostID = quotedID
                post.referencedAccountID = document.text(document.member(quotedUser, "id_str"))
                post.referencedHandle = document.string(document.member(quotedUser, "screen_name"))
            } else if let repliedID = document.text(document.member(status, "in_reply_to_status_id_str"))
                ?? document.text(document.member(status, "in_reply_to_status_id"))
            {
                post.kind = .reply
                post.referencedPostID = repliedID
                post.referencedAccountID =
                    document.text(document.member(status, "in_reply_to_user_id_str"))
                    ?? document.text(document.member(status, "in_reply_to_user_id"))
                post.referencedHandle = document.string(document.member(status, "in_reply_to_screen_name"))
            }
        }
        let entities =
            document.member(entitiesOwner, "extended_tweet", "entities")
            ?? document.member(entitiesOwner, "entities")
        TwitterFields.addEntities(document, entities, to: &post)
        return post
    }

    /// A status's or user's `id_str`, else the digits of `id` (kept as written, so no precision is lost either way).
    private static func idText(_ document: JSONDocument, _ object: Int?) -> String? {
        document.text(document.member(object, "id_str")) ?? document.text(document.member(object, "id"))
    }

    /// The untruncated text: `extended_tweet.full_text` (streaming), `full_text` (REST with
    /// `tweet_mode=extended`), else `text`.
    private static func fullText(_ document: JSONDocument, _ status: Int) -> String {
        document.string(document.member(status, "extended_tweet", "full_text"))
            ?? document.string(document.member(status, "full_text"))
            ?? document.string(document.member(status, "text")) ?? ""
    }

    private static func account(_ document: JSONDocument, _ user: Int, id: String) -> AccountRecord {
        AccountRecord(
            platform: "twitter", platformID: id,
            handle: document.string(document.member(user, "screen_name")),
            displayName: document.string(document.member(user, "name")),
            createdAt: document.dateTime(document.member(user, "created_at")),
            followers: document.int(document.member(user, "followers_count")),
            following: document.int(document.member(user, "friends_count")),
            postCount: document.int(document.member(user, "statuses_count")),
            verified: document.bool(document.member(user, "verified")),
            language: document.string(document.member(user, "lang")),
            location: document.string(document.member(user, "location")),
            description: document.string(document.member(user, "description")),
            profileURL: TwitterFields.profileURL(document, user: user))
    }
}
