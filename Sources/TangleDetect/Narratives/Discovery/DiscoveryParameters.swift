/// What counts as a discovered story and a theme.
///
/// The defaults keep a story when at least 5 posts by at least 3 accounts carry it (a copy-paste
/// pair or a link two friends swapped is not a story), describe it by its 30 most distinctive terms,
/// and join stories into a theme when the average cosine similarity of their term vectors reaches 0.03.
public struct DiscoveryParameters: Sendable, Equatable {
    /// The fewest posts a story needs.
    public var minimumPosts = 5
    /// The fewest distinct accounts a story needs.
    public var minimumAccounts = 3
    /// What counts as a near-duplicate text (the engine's MinHash index).
    public var nearDuplicates = NearDuplicateParameters()
    /// Terms kept in each story's TF-IDF vector, its most distinctive ones.
    public var termsPerStory = 30
    /// How much a hashtag counts against a word of the same frequency: hashtags are the topic
    /// markers their authors chose, so a shared hashtag says more about a shared theme than a shared word.
    public var hashtagWeight = 2.0
    /// The least average cosine similarity between two groups of stories for them to form one theme.
    public var themeThreshold = 0.03
    /// The fewest stories a theme needs.
    public var minimumThemeStories = 2
    /// Links, domains and hashtags listed per story.
    public var topKeys = 5
    /// Terms in a story's or theme's label.
    public var labelTerms = 4

    public init() {}

    /// The parameters as saved with a run.
    public var recorded: [String: String] {
        [
            "min_posts": "\(minimumPosts)", "min_accounts": "\(minimumAccounts)",
            "near_text_threshold": "\(nearDuplicates.threshold)", "terms_per_story": "\(termsPerStory)",
            "hashtag_weight": "\(hashtagWeight)", "theme_threshold": "\(themeThreshold)",
            "min_theme_stories": "\(minimumThemeStories)",
        ]
    }
}
