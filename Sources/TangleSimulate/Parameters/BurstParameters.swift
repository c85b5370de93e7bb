/// Breaking-news bursts: thousands of organic accounts posting the same hashtag or link within
/// minutes, the main source of false positives in real data.
public struct BurstParameters: Codable, Sendable, Equatable {
    public var enabled = true
    public var count = 3
    public var accounts = 2_000
    public var minutes = 15
    /// Of a burst's posts, the share that reposts the first post rather than posting the key anew.
    public var repostShare = 0.4

    public init() {}
}

extension BurstParameters: ParameterGroup {
    mutating func overlay(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try rejectUnknownKeys(decoder, CodingKeys.self)
        try c.overlay(&enabled, .enabled)
        try c.overlay(&count, .count)
        try c.overlay(&accounts, .accounts)
        try c.overlay(&minutes, .minutes)
        try c.overlay(&repostShare, .repostShare)
    }
}
