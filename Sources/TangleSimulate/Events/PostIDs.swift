import TangleCore

/// Hands out tweet ids that are snowflakes of the post's time, `(ms - epoch) << 22 | low`, so the
/// IO-archive reader derives exact times from them.
///
/// The low 22 bits count the posts of each simulated hour (scrambled so they look like the
/// platform's worker and sequence bits). Since every post of an hour draws from that hour's counter,
/// ids are unique while an hour holds fewer than 2^22 posts, which `Simulator` checks before it
/// starts. Posts are created out of time order (a repost is planned when its original is), so the
/// counter is per hour rather than per millisecond.
struct PostIDs {
    static let lowBits: Int64 = 22
    static let perHourLimit = 1 << 22

    private let start: Int64
    private var counters: [UInt32]

    init(start: Int64, hours: Int) {
        self.start = start
        counters = Array(repeating: 0, count: hours)
    }

    /// A fresh id for a post at `time`, which must fall inside the world.
    mutating func make(at time: Int64) -> Int64 {
        let hour = Int((time - start) / Clock.hour)
        let count = counters[hour]
        counters[hour] = count &+ 1
        // Multiplying by an odd number and adding is a bijection on 22 bits.
        let low = (UInt64(count) &* 0x2F_4A73 &+ 0x15_A3C7) & 0x3F_FFFF
        return (time - Timestamp.twitterEpoch) << Self.lowBits | Int64(low)
    }
}
