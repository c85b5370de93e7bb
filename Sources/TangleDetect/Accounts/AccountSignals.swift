import Foundation
import TangleCore

/// Per-account signals of automation and inauthenticity, each with the evidence in words: creation
/// batches, handle patterns, automated posting, and profile traits.
///
/// Every feature is scaled to [0, 1], 1 the most automated-looking; its definition and scaling are on
/// the function that computes it. The score that combines them is built elsewhere.
public enum AccountSignals {
    /// What the signals count as notable and how much data they need.
    public struct Parameters: Sendable, Equatable {
        /// Values at or above this get an explanation.
        public var explainAbove = 0.25
        /// Posts an account needs in the case for posting-rate, gap, repost and client features.
        public var minimumPosts = 10
        /// Accounts a creation bin needs to count as a batch.
        public var minimumBatch = 5
        /// A repost this soon after its original (in the case) is a fast repost.
        public var fastRepostSeconds = 10.0
        /// Consecutive posts of one account this close are rapid-fire.
        public var rapidGapSeconds = 2.0
        /// The "now" of profile ages (growth per day of age), UTC ms; the last post's time when nil.
        public var referenceTime: Int64?

        public init() {}
    }

    /// The feature names, in column order.
    public static let featureNames = [
        "creation-batch", "handle-digits", "handle-randomness", "handle-name-template",
        "posting-rate", "gap-regularity", "rapid-posts", "repost-share", "fast-reposts", "automation-client",
        "follow-ratio", "following-growth", "posts-per-day-of-age", "default-profile", "language-mismatch",
        "location-language",
    ]

    /// Computes every feature for every account of `frame`.
    ///
    /// `profiles` must be aligned with the frame's accounts; `clients`, when given, with its posts.
    ///
    /// - Complexity: O(posts + accounts · log accounts + total handle length).
    public static func compute(
        frame: Frame, profiles: AccountProfiles, clients: PostClients? = nil, parameters: Parameters = Parameters()
    ) -> AccountFeatures {
        precondition(profiles.count == frame.accountCount, "profiles must be aligned with the frame's accounts")
        let activity = PostingActivity(frame: frame, clients: clients, parameters: parameters)
        let now = parameters.referenceTime ?? frame.times.last ?? 0
        let columns: [FeatureColumn] = [
            creationBatch(profiles.createdAt, parameters),
            handleDigits(profiles.handles, parameters),
            handleRandomness(profiles.handles, parameters),
            handleNameTemplate(profiles.handles, profiles.displayNames, parameters),
            postingRate(activity, parameters),
            gapRegularity(activity, parameters),
            rapidPosts(activity, parameters),
            repostShare(activity, parameters),
            fastReposts(activity, parameters),
            automationClient(activity, clients, parameters),
            followRatio(profiles, parameters),
            followingGrowth(profiles, now: now, parameters),
            postsPerDayOfAge(profiles, now: now, parameters),
            defaultProfile(profiles, parameters),
            languageMismatch(activity, profiles, clients, parameters),
            locationLanguage(activity, profiles, clients, parameters),
        ]
        return AccountFeatures(
            names: featureNames, values: columns.map(\.values), explanations: columns.map(\.explanations))
    }

    /// `x` clamped to [0, 1].
    static func unit(_ x: Double) -> Double { x.isNaN ? 0 : min(1, max(0, x)) }

    /// 0 at or below `low`, 1 at or above `high`, linear in the logarithm between.
    static func logScale(_ x: Double, low: Double, high: Double) -> Double {
        x <= low ? 0 : unit(log(x / low) / log(high / low))
    }

    /// `share` as a whole percentage: `85%`.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// `x` with at most one decimal: `3`, `2.5`.
    static func short(_ x: Double) -> String {
        let tenths = (x * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? "\(Int(tenths / 10))" : "\(tenths / 10)"
    }
}

/// One feature's values and the sentences behind its notable ones.
struct FeatureColumn {
    var values: [Double]
    var explanations: [Int: String] = [:]
    let explainAbove: Double

    init(count: Int, explainAbove: Double) {
        values = Array(repeating: 0, count: count)
        self.explainAbove = explainAbove
    }

    /// Sets an account's value; `explain` runs only when the value is notable.
    mutating func set(_ account: Int, _ value: Double, _ explain: () -> String) {
        values[account] = value
        if value >= explainAbove, value > 0 { explanations[account] = explain() }
    }
}
