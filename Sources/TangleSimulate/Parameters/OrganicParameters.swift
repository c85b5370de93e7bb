/// A share of the organic population living at one UTC offset.
public struct TimeZoneShare: Codable, Sendable, Equatable {
    public var utcOffsetHours: Int
    public var share: Double

    public init(utcOffsetHours: Int, share: Double) {
        self.utcOffsetHours = utcOffsetHours
        self.share = share
    }
}

/// The organic background: who posts, when, and what.
public struct OrganicParameters: Codable, Sendable, Equatable {
    /// Mostly US (Eastern, Central, Mountain, Pacific in daylight saving time), some Europe and Australia.
    public var timeZones = [
        TimeZoneShare(utcOffsetHours: -4, share: 0.42), TimeZoneShare(utcOffsetHours: -5, share: 0.22),
        TimeZoneShare(utcOffsetHours: -6, share: 0.07), TimeZoneShare(utcOffsetHours: -7, share: 0.16),
        TimeZoneShare(utcOffsetHours: 1, share: 0.06), TimeZoneShare(utcOffsetHours: 2, share: 0.04),
        TimeZoneShare(utcOffsetHours: 10, share: 0.03),
    ]
    /// Pareto exponent of how much each account posts: the smaller, the more a few accounts dominate.
    public var activityExponent = 1.4
    public var followersMedian = 150.0
    /// Standard deviation of log followers: 1.6 gives a few accounts with hundreds of thousands.
    public var followersSpread = 1.6
    /// Shares of posts by kind; the rest are originals.
    public var repostShare = 0.33
    public var replyShare = 0.08
    public var quoteShare = 0.02
    /// Posts that are only a stock phrase ("good morning"), identical across many accounts.
    public var stockPhraseShare = 0.04
    /// Shares of originals carrying a hashtag, a link, a mention.
    public var hashtagShare = 0.25
    public var linkShare = 0.2
    public var mentionShare = 0.05
    /// Of hashtag uses, the share that goes to the day's trending hashtags.
    public var trendingShare = 0.35
    public var trendingPerDay = 5
    public var hashtags = 3_000
    public var hashtagZipfExponent = 1.0
    public var newsDomains = 300
    public var domainZipfExponent = 1.1
    /// Articles a news domain publishes a day; which one is linked follows Zipf, so popular
    /// articles are shared by many accounts, as in real data.
    public var articlesPerDomainDay = 40
    /// Pseudo-words placeholder texts are made of, used with Zipf frequencies like real words: at
    /// 0.9 the commonest takes about 6% of the words, as "the" does in English.
    public var vocabulary = 5_000
    public var wordZipfExponent = 0.9
    /// Real events around which batches of organic accounts were created, and the share of the
    /// population created in them (so that creation batches alone do not prove coordination).
    public var creationBursts = 4
    public var createdInBurstsShare = 0.12
    /// Activity on Saturdays and Sundays relative to weekdays.
    public var weekendFactor = 0.9
    /// How long a post stays in the pool that reposts, replies and quotes draw from (the pool
    /// holds this many hours of posts at the mean rate).
    public var cascadeHours = 3.0

    public init() {}
}

extension OrganicParameters: ParameterGroup {
    mutating func overlay(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try rejectUnknownKeys(decoder, CodingKeys.self)
        try c.overlay(&timeZones, .timeZones)
        try c.overlay(&activityExponent, .activityExponent)
        try c.overlay(&followersMedian, .followersMedian)
        try c.overlay(&followersSpread, .followersSpread)
        try c.overlay(&repostShare, .repostShare)
        try c.overlay(&replyShare, .replyShare)
        try c.overlay(&quoteShare, .quoteShare)
        try c.overlay(&stockPhraseShare, .stockPhraseShare)
        try c.overlay(&hashtagShare, .hashtagShare)
        try c.overlay(&linkShare, .linkShare)
        try c.overlay(&mentionShare, .mentionShare)
        try c.overlay(&trendingShare, .trendingShare)
        try c.overlay(&trendingPerDay, .trendingPerDay)
        try c.overlay(&hashtags, .hashtags)
        try c.overlay(&hashtagZipfExponent, .hashtagZipfExponent)
        try c.overlay(&newsDomains, .newsDomains)
        try c.overlay(&domainZipfExponent, .domainZipfExponent)
        try c.overlay(&articlesPerDomainDay, .articlesPerDomainDay)
        try c.overlay(&vocabulary, .vocabulary)
        try c.overlay(&wordZipfExponent, .wordZipfExponent)
        try c.overlay(&creationBursts, .creationBursts)
        try c.overlay(&createdInBurstsShare, .createdInBurstsShare)
        try c.overlay(&weekendFactor, .weekendFactor)
        try c.overlay(&cascadeHours, .cascadeHours)
    }
}
