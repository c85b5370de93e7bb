import TangleCore

/// An account's posts per UTC day as bars of a small chart, laid out here because templates cannot
/// compute coordinates.
struct DailyPosts: Sendable, Equatable {
    struct Bar: Sendable, Equatable {
        var day: String
        var count: Int
        var x: Double
        var y: Double
        var width: Double
        var height: Double
    }

    static let width = 720.0
    static let height = 120.0

    var bars: [Bar]
    var first: String
    var last: String
    var busiest: Int
    var chartWidth = Self.width
    var chartHeight = Self.height

    /// From the account's post times (Frame milliseconds, any order); one bar per day from first to last.
    init(times: [Int64]) {
        let day: Int64 = 86_400_000
        guard let low = times.min(), let high = times.max() else {
            bars = []
            first = ""
            last = ""
            busiest = 0
            return
        }
        let firstDay = low >= 0 ? low / day : (low - day + 1) / day
        let lastDay = high >= 0 ? high / day : (high - day + 1) / day
        // A span of years would make bars thinner than a pixel: count in weeks past ~2 years of days.
        let binDays = max(1, (lastDay - firstDay + 1 + 719) / 720)
        let bins = Int((lastDay - firstDay) / binDays) + 1
        var counts = [Int](repeating: 0, count: bins)
        for time in times {
            let d = time >= 0 ? time / day : (time - day + 1) / day
            counts[Int((d - firstDay) / binDays)] += 1
        }
        let busiest = counts.max() ?? 0
        self.busiest = busiest
        let slot = Self.width / Double(bins)
        bars = counts.enumerated().map { i, count in
            let h = busiest == 0 ? 0 : (Self.height - 4) * Double(count) / Double(busiest)
            return Bar(
                day: String(Timestamp.iso8601((firstDay + Int64(i) * binDays) * day).prefix(10)), count: count,
                x: Double(i) * slot, y: Self.height - h, width: max(slot - 1, 0.5), height: h)
        }
        first = String(Timestamp.iso8601(firstDay * day).prefix(10))
        last = String(Timestamp.iso8601(lastDay * day).prefix(10))
    }
}
