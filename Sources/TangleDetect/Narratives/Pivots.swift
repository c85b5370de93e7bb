import Foundation

/// What counts as a pivot in a network's narrative mix.
public struct PivotParameters: Sendable, Equatable {
    /// The fewest days on each side of a change point.
    public var minimumSegmentDays = 3
    /// The significance level of one test (before any correction the caller applies across networks).
    public var alpha = 0.01
    /// Day permutations drawn for each test; the smallest attainable p-value is 1 / (permutations + 1).
    public var permutations = 999
    /// The least total-variation distance between the mixes before and after: a significant but
    /// tiny drift is not a pivot an analyst would call one.
    public var minimumShift = 0.2
    /// Narratives with a smaller share of all the posts are pooled into one: a small theme that
    /// lives a few days moves a mix of many narratives without being a change of messaging.
    public var minimumNarrativeShare = 0.05
    /// Seed of the permutations.
    public var seed: UInt64 = 1

    public init() {}

    public var recorded: [String: String] {
        [
            "min_segment_days": "\(minimumSegmentDays)", "alpha": "\(alpha)", "permutations": "\(permutations)",
            "min_shift": "\(minimumShift)", "min_narrative_share": "\(minimumNarrativeShare)",
            "seed": "\(seed)",
        ]
    }
}

/// A change point in a narrative mix.
public struct Pivot: Sendable, Equatable {
    /// The index of the first day of the new segment.
    public var day: Int
    /// The segment around the change point that was tested: days `segment.lowerBound..<day` and `day..<segment.upperBound`.
    public var segment: Range<Int>
    /// Each narrative's share of the posts before and after.
    public var before: [Double]
    public var after: [Double]
    public var postsBefore: Int
    public var postsAfter: Int
    /// Half the L1 distance between the two mixes (minor narratives pooled), in [0, 1].
    public var totalVariation: Double
    /// The likelihood-ratio statistic G = 2 (ℓ(before) + ℓ(after) − ℓ(both)) of two multinomials against one.
    public var statistic: Double
    /// The permutation p-value of the largest G over all admissible split days.
    public var pValue: Double
}

/// Change points in a daily narrative mix by binary segmentation.
///
/// In a segment of days, every split leaving at least `minimumSegmentDays` on each side is scored by
/// the multinomial likelihood-ratio statistic G of "one mix before, another after" against "one mix
/// throughout". The best split is tested by permutation: the days of the segment are shuffled (each
/// day keeping its own counts) and the best G recomputed, `permutations` times. Comparing the observed
/// maximum with the permuted maxima accounts for having tried every split day, and shuffling whole
/// days keeps what a χ² table would not: posts of one day are not independent (one story brings a
/// hundred reposts), so day-to-day noise is far larger than multinomial noise. A split is a pivot when
/// its p-value is at most `alpha` and the mixes differ by at least `minimumShift` in total variation;
/// each side is then searched again.
///
/// Deterministic: the permutations come from a seeded generator, and ties go to the earliest day.
public enum Pivots {
    /// The pivots of a mix given as `counts[day][narrative]`, in day order.
    ///
    /// - Complexity: O(permutations · D · K) per test for D days and K narratives, and at most one
    ///   test per pivot found plus one per segment that has none.
    public static func detect(counts: [[Int]], parameters: PivotParameters = PivotParameters()) -> [Pivot] {
        guard let fullWidth = counts.first?.count else { return [] }
        let totals = (0..<fullWidth).map { k in counts.reduce(0) { $0 + $1[k] } }
        let all = totals.reduce(0, +)
        let major = (0..<fullWidth).filter { totals[$0] > 0 && Double(totals[$0]) >= parameters.minimumNarrativeShare * Double(all) }
        let pooled = major.count < totals.filter { $0 > 0 }.count
        guard major.count + (pooled ? 1 : 0) > 1 else { return [] }
        let compact = counts.map { day in
            major.map { day[$0] } + (pooled ? [day.reduce(0, +) - major.reduce(0) { $0 + day[$1] }] : [])
        }
        var random = SeededRandom(seed: parameters.seed)
        var pivots: [Pivot] = []
        var segments = [0..<counts.count]
        while let segment = segments.popLast() {
            guard
                var pivot = test(compact, segment: segment, width: compact[0].count, parameters: parameters, random: &random)
            else { continue }
            segments.append(pivot.day..<segment.upperBound)
            segments.append(segment.lowerBound..<pivot.day)
            // Reported per narrative, pooled ones included.
            let before = total(counts, Array(segment.lowerBound..<pivot.day)[...], width: fullWidth)
            let after = total(counts, Array(pivot.day..<segment.upperBound)[...], width: fullWidth)
            pivot.before = before.map { Double($0) / Double(max(1, pivot.postsBefore)) }
            pivot.after = after.map { Double($0) / Double(max(1, pivot.postsAfter)) }
            pivots.append(pivot)
        }
        return pivots.sorted { $0.day < $1.day }
    }

    static func test(
        _ counts: [[Int]], segment: Range<Int>, width: Int, parameters: PivotParameters, random: inout SeededRandom
    ) -> Pivot? {
        let minimum = parameters.minimumSegmentDays
        guard segment.count >= 2 * minimum else { return nil }
        let days = Array(segment)
        guard let best = bestSplit(counts, order: days, width: width, minimum: minimum), best.statistic > 0 else { return nil }
        let (split, statistic) = (best.split, best.statistic)
        let before = total(counts, days[..<split], width: width)
        let after = total(counts, days[split...], width: width)
        let postsBefore = before.reduce(0, +)
        let postsAfter = after.reduce(0, +)
        guard postsBefore > 0, postsAfter > 0 else { return nil }
        let shareBefore = before.map { Double($0) / Double(postsBefore) }
        let shareAfter = after.map { Double($0) / Double(postsAfter) }
        let distance = zip(shareBefore, shareAfter).reduce(0) { $0 + abs($1.0 - $1.1) } / 2
        guard distance >= parameters.minimumShift else { return nil }
        var order = days.map { UInt32($0) }
        var atLeast = 0
        for _ in 0..<parameters.permutations {
            random.shuffle(&order, in: 0..<order.count)
            let permuted = bestSplit(counts, order: order.map { Int($0) }, width: width, minimum: minimum)?.statistic ?? 0
            if permuted >= statistic { atLeast += 1 }
        }
        let pValue = Double(atLeast + 1) / Double(parameters.permutations + 1)
        guard pValue <= parameters.alpha else { return nil }
        return Pivot(
            day: days[split], segment: segment, before: shareBefore, after: shareAfter, postsBefore: postsBefore,
            postsAfter: postsAfter, totalVariation: distance, statistic: statistic, pValue: pValue)
    }

    /// The split position in `order` (the index of the first day after it) with the largest G, and G.
    static func bestSplit(_ counts: [[Int]], order: [Int], width: Int, minimum: Int) -> (split: Int, statistic: Double)? {
        guard order.count >= 2 * minimum else { return nil }
        let whole = total(counts, order[...], width: width)
        let wholeLikelihood = logLikelihood(whole)
        var left = [Int](repeating: 0, count: width)
        var right = whole
        var best: (split: Int, statistic: Double)?
        for position in 0..<(order.count - minimum) {
            let day = counts[order[position]]
            for k in 0..<width {
                left[k] += day[k]
                right[k] -= day[k]
            }
            let split = position + 1
            guard split >= minimum else { continue }
            let statistic = 2 * (logLikelihood(left) + logLikelihood(right) - wholeLikelihood)
            if let current = best, statistic <= current.statistic + 1e-9 { continue }
            best = (split, statistic)
        }
        return best
    }

    /// The maximised multinomial log-likelihood Σ n_k ln(n_k / N).
    static func logLikelihood(_ counts: [Int]) -> Double {
        let total = counts.reduce(0, +)
        guard total > 0 else { return 0 }
        let n = Double(total)
        var sum = 0.0
        for count in counts where count > 0 { sum += Double(count) * log(Double(count) / n) }
        return sum
    }

    static func total(_ counts: [[Int]], _ days: ArraySlice<Int>, width: Int) -> [Int] {
        var sum = [Int](repeating: 0, count: width)
        for day in days { for k in 0..<width { sum[k] += counts[day][k] } }
        return sum
    }
}
