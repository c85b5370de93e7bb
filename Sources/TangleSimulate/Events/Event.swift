/// What a post says, as a recipe that the writers render into text, hashtags and links. A repost
/// carries its original's recipe, so the copy renders exactly as the original did.
struct Content: Sendable {
    enum Words: UInt8, Sendable {
        /// `wordCount` words drawn from the vocabulary by `seed`.
        case tokens
        /// Stock phrase number `seed`.
        case stockPhrase
        /// The script `seed` names (10 to 14 words), with `edits` edits drawn by `variant`.
        case script
    }

    enum Link: Sendable {
        case none
        /// Article `rank` of news domain `domain` on day `day` (days since 1970), with tracking
        /// parameters variant `tracking` (0: none).
        case article(domain: Int32, day: Int32, rank: Int16, tracking: UInt8)
        case story(Int32)
        case burst(Int32)
    }

    var words = Words.tokens
    var wordCount: UInt8 = 0
    var edits: UInt8 = 0
    var capitalized = false
    /// The narrative whose hashtag the post carries (index into `World.narratives`), or -1.
    var narrative: Int16 = -1
    /// Hashtags (indices into `World.hashtags`), or -1.
    var hashtag: Int32 = -1
    var secondHashtag: Int32 = -1
    var link = Link.none
    /// An account mentioned at the start, or -1.
    var mention: Int32 = -1
    var seed: UInt64 = 0
    var variant: UInt64 = 0
}

/// A post before it is written. Times are UTC milliseconds; ids are snowflakes of the time.
struct Event: Sendable {
    enum Kind: UInt8, Sendable {
        case original, repost, reply, quote
    }

    /// What the truth must record when this post is written.
    enum Mark: Sendable {
        case none
        case storyFirstPost(Int32)
        case uptake(Int32)
    }

    /// The reposted, replied-to or quoted post.
    struct Reference: Sendable {
        var id: Int64
        var time: Int64
        var account: Int32
        var content: Content
    }

    var id: Int64
    var time: Int64
    var account: Int32
    var kind = Kind.original
    var mark = Mark.none
    /// For a repost, the original's content.
    var content: Content
    var reference: Reference?

    /// This post as others refer to it.
    var asReference: Reference {
        Reference(id: id, time: time, account: account, content: content)
    }
}
