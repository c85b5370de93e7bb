import TangleCore

/// Post volumes per group of accounts (a network, or the whole case) × time bin × narrative.
public struct Timeline: Sendable, Equatable {
    /// The start of the first bin, UTC milliseconds, on a bin boundary.
    public var start: Int64
    /// The bin width: a day or an hour, in milliseconds.
    public var binMillis: Int64
    public var binCount: Int
    public var groupCount: Int
    public var narrativeCount: Int
    /// `counts[(group · binCount + bin) · narrativeCount + narrative]`.
    public var counts: [Int]

    public static let day: Int64 = 86_400_000
    public static let hour: Int64 = 3_600_000

    /// The posts of `narrative` by `group` in `bin`.
    public func count(group: Int, bin: Int, narrative: Int) -> Int {
        counts[(group * binCount + bin) * narrativeCount + narrative]
    }

    /// One group's mix as `[bin][narrative]`, what `Pivots.detect` reads.
    public func series(group: Int) -> [[Int]] {
        (0..<binCount).map { bin in
            let base = (group * binCount + bin) * narrativeCount
            return Array(counts[base..<(base + narrativeCount)])
        }
    }

    /// All of one group's posts of `narrative`.
    public func total(group: Int, narrative: Int) -> Int {
        (0..<binCount).reduce(0) { $0 + count(group: group, bin: $1, narrative: narrative) }
    }

    /// The volumes of `narrativePosts` (each narrative's Frame post indices) by the accounts of each
    /// group (`groupOfAccount`, `Frame.none` for accounts in none), binned by `binMillis` from the
    /// bin holding the Frame's first post to the one holding its last. A post in two narratives
    /// counts in both.
    ///
    /// - Complexity: O(posts carried by narratives + groups · bins · narratives).
    public static func of(
        _ frame: Frame, narrativePosts: [[UInt32]], groupOfAccount: [UInt32], groupCount: Int, binMillis: Int64
    ) -> Timeline {
        precondition(binMillis > 0, "a bin must be at least a millisecond")
        let first = frame.times.first ?? 0
        let last = frame.times.last ?? 0
        let start = floorDivision(first, binMillis) * binMillis
        let binCount = frame.postCount == 0 ? 0 : Int(floorDivision(last, binMillis) - start / binMillis) + 1
        let width = narrativePosts.count
        var counts = [Int](repeating: 0, count: groupCount * binCount * width)
        for (narrative, posts) in narrativePosts.enumerated() {
            for post in posts {
                let group = groupOfAccount[Int(frame.accounts[Int(post)])]
                guard group != Frame.none else { continue }
                let bin = Int((frame.times[Int(post)] - start) / binMillis)
                counts[(Int(group) * binCount + bin) * width + narrative] += 1
            }
        }
        return Timeline(
            start: start, binMillis: binMillis, binCount: binCount, groupCount: groupCount, narrativeCount: width,
            counts: counts)
    }

    /// `YYYY-MM-DD` (daily bins) or `YYYY-MM-DDTHH` (hourly) of bin `bin`, UTC.
    public func label(bin: Int) -> String {
        let time = start + Int64(bin) * binMillis
        let date = Self.date(time)
        guard binMillis < Self.day else { return date }
        let hour = Self.floorDivision(time, Self.hour) - Self.floorDivision(time, Self.day) * 24
        return date + "T" + (hour < 10 ? "0" : "") + String(hour)
    }

    /// `YYYY-MM-DD`, UTC.
    public static func date(_ time: Int64) -> String {
        let (year, month, day) = Timestamp.civil(fromDays: floorDivision(time, Self.day))
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    static func floorDivision(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
