import Foundation
import TangleCore

extension AccountSignals {
    /// A run of accounts created in one time bin, and the rate around it.
    struct CreationBatch {
        var binStart: Int64
        var binLength: Int64
        var accounts: Int
        /// Accounts expected in the bin at the rate of the surrounding window.
        var expected: Double
        var window: Int64
    }

    /// `creation-batch`: how far the account's creation hour stands above the creation rate around it.
    ///
    /// Accounts are binned by creation hour, six times (bins starting on the hour, 10 past, ..., 50
    /// past), so that a batch made within 50 minutes falls whole into one bin. A bin of `c` accounts
    /// (at least `minimumBatch`) is compared with the accounts created 1 to 12 hours before or after
    /// it (the hour either side is left out, so a batch straddling bins is not its own background):
    /// with `λ` = max(those, 1) / 22 the rate per hour, `s = -log10 P(X >= c)` for X Poisson(λ).
    /// The value is the smaller of `(s - 5) / 10` (0 below one-in-10^5, chance among the ~10^5 hours
    /// of a platform's life; 1 from one-in-10^15) and `log10(c / (2λ))` (0 at twice the background,
    /// 1 from 20 times), each clamped to [0, 1]: organic sign-ups swing by a factor of two and surge
    /// around events, and a surge raises the surrounding rate with it. When nine in ten creation
    /// times fall on midnight (dates only), bins are days, the window 3 days either side, the day
    /// either side left out.
    ///
    /// - Complexity: O(accounts · log accounts).
    static func creationBatch(_ createdAt: [Int64], _ parameters: Parameters) -> FeatureColumn {
        var column = FeatureColumn(count: createdAt.count, explainAbove: parameters.explainAbove)
        let order = createdAt.indices.filter { createdAt[$0] != AccountProfiles.unknown }
            .sorted { (createdAt[$0], $0) < (createdAt[$1], $1) }
        guard !order.isEmpty else { return column }
        let times = order.map { createdAt[$0] }
        let hour: Int64 = 3_600_000
        let day = 24 * hour
        let datesOnly = times.count(where: { $0 % day == 0 }) * 10 >= times.count * 9
        let scales: [(bin: Int64, offset: Int64, halfWindow: Int64)] =
            datesOnly ? [(day, 0, 3 * day)] : (0..<6).map { (hour, Int64($0) * hour / 6, 12 * hour) }
        var surprise = [Double](repeating: 0, count: createdAt.count)
        var batchOf = [Int32](repeating: -1, count: createdAt.count)
        var batches: [CreationBatch] = []
        for scale in scales {
            var start = 0
            while start < times.count {
                let bin = floorDivide(times[start] - scale.offset, scale.bin)
                var end = start + 1
                while end < times.count, floorDivide(times[end] - scale.offset, scale.bin) == bin { end += 1 }
                defer { start = end }
                let count = end - start
                guard count >= parameters.minimumBatch else { continue }
                let binStart = bin * scale.bin + scale.offset
                let binEnd = binStart + scale.bin
                let inWindow =
                    lowerBound(times, binEnd + scale.halfWindow) - lowerBound(times, binStart - scale.halfWindow)
                let guarded = lowerBound(times, binEnd + scale.bin) - lowerBound(times, binStart - scale.bin)
                let expected = Double(max(inWindow - guarded, 1)) / Double(2 * scale.halfWindow / scale.bin - 2)
                guard Double(count) > expected else { continue }
                let s = -Poisson.log10UpperTail(atLeast: count, mean: expected)
                guard s > 0 else { continue }
                batches.append(
                    CreationBatch(
                        binStart: binStart, binLength: scale.bin, accounts: count, expected: expected,
                        window: scale.halfWindow))
                for k in start..<end where s > surprise[order[k]] {
                    surprise[order[k]] = s
                    batchOf[order[k]] = Int32(batches.count - 1)
                }
            }
        }
        for account in createdAt.indices where batchOf[account] >= 0 {
            let batch = batches[Int(batchOf[account])]
            let significance = unit((surprise[account] - 5) / 10)
            let excess = unit(log10(Double(batch.accounts) / (2 * batch.expected)))
            column.set(account, min(significance, excess)) { describe(batch) }
        }
        return column
    }

    /// "created in a batch of 60 accounts in the hour from 2016-05-03 14:10 UTC, 300x the background
    /// rate (0.2 an hour in the 12 hours either side)".
    static func describe(_ batch: CreationBatch) -> String {
        let stamp = Timestamp.iso8601(batch.binStart)
        let isDay = batch.binLength >= 86_400_000
        let rate = isDay ? "a day" : "an hour"
        let when = isDay ? "on " + stamp.prefix(10) : "in the hour from " + stamp.prefix(16).replacing("T", with: " ")
        let windowWords = isDay ? "\(batch.window / 86_400_000) days" : "\(batch.window / 3_600_000) hours"
        let ratio = Double(batch.accounts) / batch.expected
        let times = ratio >= 10 ? "\(Int(ratio.rounded()))" : short(ratio)
        return "created in a batch of \(batch.accounts) accounts \(when) UTC, \(times)x the background rate "
            + "(\(short(batch.expected)) \(rate) in the \(windowWords) either side)"
    }

    /// The first index of sorted `values` not below `value`.
    static func lowerBound(_ values: [Int64], _ value: Int64) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }
}
