/// A discovered story: posts joined by near-duplicate text, a shared link, or a repost of one another.
public struct Story: Sendable, Equatable {
    /// Frame post indices, ascending (time order); the first is the story's first post.
    public var posts: [UInt32]
    /// Distinct accounts among the posts.
    public var accountCount: Int
    /// Near-duplicate text clusters the story joined.
    public var textClusters: Int
    /// Its most shared links, domains and hashtags (Frame codes), most posts first.
    public var links: [KeyCount]
    public var domains: [KeyCount]
    public var hashtags: [KeyCount]
    /// Its most distinctive terms, highest TF-IDF weight first.
    public var terms: [WeightedTerm]

    /// The first post's Frame index.
    public var firstPost: UInt32 { posts[0] }
}

/// A discovered theme: stories sharing distinctive terms.
public struct Theme: Sendable, Equatable {
    /// Indices into the discovery's stories, ascending.
    public var stories: [Int]
    /// Its most distinctive terms: the sum of its stories' term vectors, highest first.
    public var terms: [WeightedTerm]
    /// The first post of its first story.
    public var firstPost: UInt32
}

/// A Frame code and the number of posts carrying it.
public struct KeyCount: Sendable, Equatable {
    public var code: UInt32
    public var posts: Int
}

/// A word (by its `WordColumn` hash) or a hashtag (by its Frame code), as one sortable value.
public struct Term: Sendable, Hashable, Comparable {
    public let rawValue: UInt64

    public static func word(_ hash: UInt32) -> Term { Term(rawValue: UInt64(hash)) }
    public static func hashtag(_ code: UInt32) -> Term { Term(rawValue: 1 << 32 | UInt64(code)) }

    /// The hashtag's Frame code, or nil for a word.
    public var hashtagCode: UInt32? { rawValue >> 32 == 1 ? UInt32(truncatingIfNeeded: rawValue) : nil }
    /// The word's hash, or nil for a hashtag.
    public var wordHash: UInt32? { rawValue >> 32 == 0 ? UInt32(truncatingIfNeeded: rawValue) : nil }

    public static func < (a: Term, b: Term) -> Bool { a.rawValue < b.rawValue }
}

/// A term and its weight in a TF-IDF vector.
public struct WeightedTerm: Sendable, Equatable {
    public var term: Term
    public var weight: Double
}

/// Stories and themes found in one Frame.
public struct DiscoveredNarratives: Sendable, Equatable {
    /// In order of their first post.
    public var stories: [Story]
    /// In order of their first post.
    public var themes: [Theme]
    /// The number of near-duplicate clusters found, for the run's record.
    public var nearDuplicateClusters: Int
}
