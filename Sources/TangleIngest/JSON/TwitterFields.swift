import TangleCore

/// Readings shared by Twitter API v1.1 and v2 objects: entities, the posting client, profile URLs and
/// the time of a tweet.
enum TwitterFields {
    /// Adds the links, hashtags and mentions of an `entities` object (v1.1 or v2) to `post`.
    ///
    /// A link is taken in its most expanded form: `unwound_url` (v2) or `unwound.url` (v1.1 enriched),
    /// then `expanded_url`, then the `t.co` `url`. Hashtags are `text` in v1.1 and `tag` in v2;
    /// mentions `screen_name` in v1.1 and `username` in v2.
    static func addEntities(_ document: JSONDocument, _ entities: Int?, to post: inout PostRecord) {
        guard let entities else { return }
        for url in document.elements(document.member(entities, "urls")) {
            let written =
                document.string(document.member(url, "unwound_url"))
                ?? document.string(document.member(url, "unwound", "url"))
                ?? document.string(document.member(url, "expanded_url"))
                ?? document.string(document.member(url, "url"))
            if let written { post.links.append(Link(url: written)) }
        }
        for hashtag in document.elements(document.member(entities, "hashtags")) {
            let tag =
                document.string(document.member(hashtag, "tag")) ?? document.string(document.member(hashtag, "text"))
            if let tag { post.hashtags.append(Normalize.hashtag(tag)) }
        }
        let mentions = document.member(entities, "mentions") ?? document.member(entities, "user_mentions")
        for mention in document.elements(mentions) {
            let handle =
                document.string(document.member(mention, "username"))
                ?? document.string(document.member(mention, "screen_name"))
            if let handle { post.mentions.append(Normalize.mention(handle)) }
        }
    }

    /// The client's name from a `source`: v1.1 writes an HTML anchor
    /// (`<a href="..." rel="nofollow">Twitter Web App</a>`), whose text is the name; v2 the name itself.
    /// Read from the bytes, since every tweet carries one.
    static func clientName(_ document: JSONDocument, source: Int?) -> String? {
        guard let source, document.kind(source) == .string else { return nil }
        return document.withContent(source) { bytes -> String? in
            var name = bytes[...]
            if bytes.first == UInt8(ascii: "<"), let open = bytes.firstIndex(of: UInt8(ascii: ">")) {
                let text = bytes[(open + 1)...]
                name = text[..<(text.firstIndex(of: UInt8(ascii: "<")) ?? text.endIndex)]
            }
            guard !name.isEmpty else { return nil }
            let written = String(decoding: UnsafeBufferPointer(rebasing: name), as: UTF8.self)
            return name.contains(UInt8(ascii: "&")) ? written.replacing("&amp;", with: "&") : written
        }
    }

    /// A profile's own URL in its expanded form (`entities.url.urls[0].expanded_url`), else as written
    /// (usually `t.co`).
    static func profileURL(_ document: JSONDocument, user: Int?) -> String? {
        let expanded = document.first(document.member(user, "entities", "url", "urls"))
        return document.string(document.member(expanded, "expanded_url"))
            ?? document.string(document.member(user, "url"))
    }

    /// A tweet's time from `created_at`, or, where the data lacks it (a v2 response without
    /// `tweet.fields=created_at`), from the id's snowflake bits, exact to the millisecond.
    static func time(
        _ document: JSONDocument, createdAt: Int?, id: String, layout: String
    ) throws(RecordProblem) -> (Int64, TimeSource) {
        if let createdAt {
            guard let time = document.dateTime(createdAt) else {
                throw RecordProblem(
                    "bad created_at: tweet \(id): expected a time like \(layout), found \(document.shown(createdAt))")
            }
            return (time, .given)
        }
        if let time = Timestamp.snowflakeMillis(id) { return (time, .snowflake) }
        throw RecordProblem(
            "no created_at: tweet \(id): expected created_at like \(layout), or an id that is a snowflake to take "
                + "the time from, found neither")
    }
}
