/// What makes an account's activity concentrated, when two fingerprints are alike, and when a
/// group's schedule counts as a working week.
public struct ShiftGroupParameters: Sendable, Equatable, Codable {
    /// Accounts with fewer posts get no fingerprint.
    public var minimumPosts = 30
    /// The shift window: this many consecutive hours at the same time on `shiftDays` consecutive days.
    public var shiftHours = 10
    public var shiftDays = 5
    /// The least share of an account's posts inside its best shift window for it to count as
    /// concentrated. Spread evenly over the week an account puts 50/168 = 0.30 of its posts there;
    /// an ordinary user with waking-hours activity and weekends about 0.4; an office worker over 0.9.
    public var minimumConcentration = 0.7
    /// The least cosine similarity of two concentrated accounts' fingerprints (each smoothed over
    /// neighbouring hours, so that shifts a few minutes apart still match) for them to be joined. Two
    /// nine-hour shifts an hour apart share 8/9 of their hours, three hours apart 6/9: at 0.75 the first
    /// are joined and the second kept apart, so that offices in neighbouring time zones are not merged.
    public var minimumSimilarity = 0.75
    /// Two accounts are only compared when their best shift windows start at most this many hours apart.
    public var startToleranceHours = 2
    /// Smaller groups are dropped.
    public var minimumGroupSize = 5
    /// Leiden resolution on the similarity graph and its seed. Below 1, so that one office's accounts,
    /// whose similarity graph is dense but uneven, stay one group rather than being split into parts of
    /// equal schedule; offices a few hours apart are joined by few edges and still come out apart.
    public var resolution = 0.5
    public var seed: UInt64 = 1
    /// A group's schedule is a working week when, at its best office offset, at most this share of
    /// its posts fall on the weekend (a seven-day user puts 2/7 = 0.29 there) ...
    public var maximumWeekendShare = 0.15
    /// ... at most this share between 00:00 and 06:00 local ...
    public var maximumNightShare = 0.05
    /// ... at least this share in office hours on weekdays ...
    public var minimumOfficeShare = 0.6
    /// ... and the work template explains its posts better than the diurnal one by at least this
    /// many nats per post.
    public var minimumWorkOverDiurnal = 0.1

    public init() {}
}
