// The parts of an operation's playbook, each switchable and parameterised.

/// State-affiliated outlets: an official account and a domain each, publishing the stories.
public struct OutletParameters: Codable, Sendable, Equatable {
    public var enabled = true
    public var count = 2
    /// Stories each outlet publishes a day, mostly in the office's daytime.
    public var storiesPerDay = 6.0

    public init() {}
}

/// Fake news sites: domains without an official account whose links both units push.
public struct FakeSiteParameters: Codable, Sendable, Equatable {
    public var enabled = true
    public var count = 4
    /// Stories published a day across all the sites; each is first posted by a troll or a bot.
    public var storiesPerDay = 3.0

    public init() {}
}

/// What the operation talks about, and the pivot from the first narrative to the second.
public struct NarrativeParameters: Codable, Sendable, Equatable {
    /// Neutral codewords; each is also the narrative's hashtag, the topic marker in its posts.
    public var names = NarrativeParameters.codewords(index: 0)
    public var pivot = true
    /// When the pivot happens, as a fraction of the world's days (rounded down to a UTC midnight).
    public var pivotAt = 0.6
    /// Share of the second narrative before and after the pivot (without a pivot, `shareBefore` throughout).
    public var shareBefore = 0.15
    public var shareAfter = 0.8

    public init() {}

    /// The default narratives of the operation at `index`.
    static func codewords(index: Int) -> [String] {
        let words = [
            "amber", "cobalt", "juniper", "saffron", "granite", "willow", "harbor", "meadow", "quartz", "lantern",
        ]
        return [words[(2 * index) % words.count], words[(2 * index + 1) % words.count]]
    }
}

/// The bot unit: batch-created accounts with formulaic handles that repost outlet posts within
/// seconds and post on a schedule through an automation client.
public struct BotParameters: Codable, Sendable, Equatable {
    public var enabled = true
    public var count = 60
    /// Creation batches: each batch's accounts were created minutes apart on one day.
    public var batches = 3
    /// Chance that a bot reposts a given outlet or fake-site story's first post.
    public var repostProbability = 0.7
    /// Repost lag after the story's first post: at least the minimum, log-normal around the median,
    /// at most the maximum.
    public var lagMinSeconds = 2.0
    public var lagMedianSeconds = 8.0
    public var lagMaxSeconds = 45.0
    /// Each bot posts a story's headline and link (or, without a story, its narrative) every so many hours.
    public var postEveryHours = 4.0
    /// Scheduled posts leave up to this late after their slot.
    public var scheduleJitterSeconds = 20.0
    /// Token edits made to a copied headline: 0 posts it verbatim, identical across bots.
    public var headlineEdits = 0
    /// Share of scheduled posts that are ordinary filler rather than the operation's items.
    public var fillerShare = 0.05
    /// The automation client the bots post through (`tweet_client_name`, `source`): one name shared
    /// by a unit is a signal analysts look for.
    public var client = "AutoPoster"

    public init() {}
}

/// The troll unit: personas posing as US locals, posting near-duplicate variants of shared scripts
/// on office shifts in the operation's time zone.
public struct TrollParameters: Codable, Sendable, Equatable {
    public var enabled = true
    public var count = 40
    public var batches = 2
    /// Office hours, local: posts fall in [shiftStartHour, shiftEndHour).
    public var shiftStartHour = 9
    public var shiftEndHour = 18
    /// The lunch hour, local, when activity drops to `lunchFactor`.
    public var lunchHour = 13
    public var lunchFactor = 0.25
    /// Posts per troll per working hour.
    public var postsPerHour = 1.0
    /// Chance that a troll works a given Saturday or Sunday (0: weekdays only).
    public var weekendFactor = 0.0
    /// Each troll's shift starts and ends up to this many minutes off the office hours, day by day.
    public var shiftJitterMinutes = 0
    /// Shares of a troll's posts that are script variants and reposts of outlet posts; the rest are filler.
    public var scriptShare = 0.6
    public var repostShare = 0.25
    /// Token edits (swap, replace, insert, delete) that make each copy of a script a near duplicate.
    public var variantEdits = 2
    /// Scripts without a link, on the day's narrative, handed out each office morning.
    public var scriptsPerDay = 4

    public init() {}
}

/// Uptake: a watched, high-reach account repeating a story a day or so after it first appeared.
public struct UptakeParameters: Codable, Sendable, Equatable {
    public var enabled = true
    /// Stories taken up, spread over the period.
    public var stories = 3
    public var lagHours = 24.0
    /// The lag is uniform in lagHours ± lagJitterHours.
    public var lagJitterHours = 6.0

    public init() {}
}

/// Organic accounts that engage with the operation's posts: reposting them and replying to them.
public struct SympathizerParameters: Codable, Sendable, Equatable {
    public var enabled = true
    /// Distinct organic accounts, never watched ones; all operations' sympathizers together are
    /// capped at a quarter of the organic population.
    public var count = 120
    /// Engagements a story post or troll post draws from sympathizers, on average.
    public var engagementsPerPost = 0.5
    public var replyShare = 0.3
    public var medianLagMinutes = 30.0

    public init() {}
}

extension OutletParameters: ParameterGroup {
    mutating func overlay(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try rejectUnknownKeys(decoder, CodingKeys.self)
        try c.overlay(&enabled, .enabled)
        try c.overlay(&count, .count)
        try c.overlay(&storiesPerDay, .storiesPerDay)
    }
}

extension FakeSiteParameters: ParameterGroup {
    mutating func overlay(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try rejectUnknownKeys(decoder, CodingKeys.self)
        try c.overlay(&enabled, .enabled)
        try c.overlay(&count, .count)
        try c.overlay(&storiesPerDay, .storiesPerDay)
    }
}

extension NarrativeParameters: ParameterGroup {
    mutating func overlay(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try rejectUnknownKeys(decoder, CodingKeys.self)
        try c.overlay(&names, .names)
        try c.overlay(&pivot, .pivot)
        try c.overlay(&pivotAt, .pivotAt)
        try c.overlay(&shareBefore, .shareBefore)
        try c.overlay(&shareAfter, .shareAfter)
    }
}

extension BotParameters: ParameterGroup {
    mutating func overlay(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try rejectUnknownKeys(decoder, CodingKeys.self)
        try c.overlay(&enabled, .enabled)
        try c.overlay(&count, .count)
        try c.overlay(&batches, .batches)
        try c.overlay(&repostProbability, .repostProbability)
        try c.overlay(&lagMinSeconds, .lagMinSeconds)
        try c.overlay(&lagMedianSeconds, .lagMedianSeconds)
        try c.overlay(&lagMaxSeconds, .lagMaxSeconds)
        try c.overlay(&postEveryHours, .postEveryHours)
        try c.overlay(&scheduleJitterSeconds, .scheduleJitterSeconds)
        try c.overlay(&headlineEdits, .headlineEdits)
        try c.overlay(&fillerShare, .fillerShare)
        try c.overlay(&client, .client)
    }
}

extension TrollParameters: ParameterGroup {
    mutating func overlay(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try rejectUnknownKeys(decoder, CodingKeys.self)
        try c.overlay(&enabled, .enabled)
        try c.overlay(&count, .count)
        try c.overlay(&batches, .batches)
        try c.overlay(&shiftStartHour, .shiftStartHour)
        try c.overlay(&shiftEndHour, .shiftEndHour)
        try c.overlay(&lunchHour, .lunchHour)
        try c.overlay(&lunchFactor, .lunchFactor)
        try c.overlay(&postsPerHour, .postsPerHour)
        try c.overlay(&weekendFactor, .weekendFactor)
        try c.overlay(&shiftJitterMinutes, .shiftJitterMinutes)
        try c.overlay(&scriptShare, .scriptShare)
        try c.overlay(&repostShare, .repostShare)
        try c.overlay(&variantEdits, .variantEdits)
        try c.overlay(&scriptsPerDay, .scriptsPerDay)
    }
}

extension UptakeParameters: ParameterGroup {
    mutating func overlay(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try rejectUnknownKeys(decoder, CodingKeys.self)
        try c.overlay(&enabled, .enabled)
        try c.overlay(&stories, .stories)
        try c.overlay(&lagHours, .lagHours)
        try c.overlay(&lagJitterHours, .lagJitterHours)
    }
}

extension SympathizerParameters: ParameterGroup {
    mutating func overlay(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try rejectUnknownKeys(decoder, CodingKeys.self)
        try c.overlay(&enabled, .enabled)
        try c.overlay(&count, .count)
        try c.overlay(&engagementsPerPost, .engagementsPerPost)
        try c.overlay(&replyShare, .replyShare)
        try c.overlay(&medianLagMinutes, .medianLagMinutes)
    }
}
