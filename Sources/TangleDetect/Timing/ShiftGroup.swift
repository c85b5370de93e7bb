/// Accounts that keep the same concentrated hours of the week, and the office time zone those hours
/// fit.
public struct ShiftGroup: Sendable, Equatable, Codable {
    /// Dense account indexes, ascending.
    public var members: [UInt32]
    /// The group's members' fingerprints summed: posts per UTC hour of the week, Monday 00:00 first.
    public var fingerprint: [Double]
    /// The schedule fit of `fingerprint`.
    public var fit: WorkScheduleFit
    /// Share of members whose own fingerprint fits an office offset within one hour of the group's.
    public var confidence: Double
    /// True when the fit is clearly a working week rather than ordinary waking hours.
    public var isWorkSchedule: Bool

    /// The inferred UTC offset of the group's office, in hours.
    public var utcOffsetHours: Int { fit.utcOffsetHours }
}
