import TangleCore
import Testing

@testable import TangleDetect

/// Pivots in daily narrative mixes drawn from known multinomials.
@Suite struct PivotTests {
    /// `days` daily count vectors: each day `volume(day)` posts, each drawn from `shares(day)`.
    static func mix(
        days: Int, seed: UInt64, volume: (Int, inout SeededRandom) -> Int, shares: (Int) -> [Double]
    ) -> [[Int]] {
        var random = SeededRandom(seed: seed)
        return (0..<days).map { day in
            let p = shares(day)
            var counts = [Int](repeating: 0, count: p.count)
            for _ in 0..<volume(day, &random) {
                var u = random.nextUnit()
                var k = 0
                while k < p.count - 1, u >= p[k] {
                    u -= p[k]
                    k += 1
                }
                counts[k] += 1
            }
            return counts
        }
    }

    @Test func aPlantedPivotIsFoundOnItsDay() {
        let counts = Self.mix(days: 30, seed: 7, volume: { _, random in 150 + random.next(below: 100) }) { day in
            day < 18 ? [0.7, 0.15, 0.15] : [0.2, 0.7, 0.1]
        }
        let pivots = Pivots.detect(counts: counts)
        #expect(pivots.map(\.day) == [18])
        let pivot = pivots[0]
        #expect(abs(pivot.before[1] - 0.15) < 0.03 && abs(pivot.after[1] - 0.7) < 0.03)
        #expect(pivot.totalVariation > 0.4)
        #expect(pivot.pValue <= 0.01)
        #expect(pivot.segment == 0..<30)
    }

    @Test func twoPivotsAreBothFound() {
        let counts = Self.mix(days: 40, seed: 3, volume: { _, _ in 200 }) { day in
            day < 12 ? [0.8, 0.2] : day < 27 ? [0.2, 0.8] : [0.75, 0.25]
        }
        #expect(Pivots.detect(counts: counts).map(\.day) == [12, 27])
    }

    /// Property: a mix that never changes gives no pivot at the chosen significance in at least 95%
    /// of worlds, whatever its narratives, shares and daily volumes; with no minimum shift too, so
    /// that the permutation test alone is held to it.
    @Test(arguments: [0.2, 0.0]) func stationaryMixesGiveNoPivot(minimumShift: Double) {
        var parameters = PivotParameters()
        parameters.permutations = 199
        parameters.minimumShift = minimumShift
        var quiet = 0
        let trials = 100
        for trial in 0..<trials {
            var setup = SeededRandom(seed: 1000 + UInt64(trial))
            let width = 2 + setup.next(below: 4)
            var weights = (0..<width).map { _ in 0.05 + setup.nextUnit() }
            let sum = weights.reduce(0, +)
            weights = weights.map { $0 / sum }
            let base = 20 + setup.next(below: 300)
            let counts = Self.mix(
                days: 20 + setup.next(below: 40), seed: setup.next(),
                volume: { _, random in base / 2 + random.next(below: base) }, shares: { _ in weights })
            parameters.seed = UInt64(trial)
            if Pivots.detect(counts: counts, parameters: parameters).isEmpty { quiet += 1 }
        }
        #expect(quiet * 100 >= 95 * trials, "\(trials - quiet) of \(trials) stationary mixes had a pivot")
    }

    @Test func theMinimumSegmentLengthIsRespected() {
        // The mix changes after day 1 and again before the last day: both too close to an edge.
        let counts = Self.mix(days: 30, seed: 11, volume: { _, _ in 300 }) { day in
            day == 0 || day == 29 ? [0.1, 0.9] : [0.9, 0.1]
        }
        for pivot in Pivots.detect(counts: counts) {
            #expect(pivot.day >= 3 && pivot.day <= 27)
        }
        // Five days cannot hold two segments of three.
        let short = Self.mix(days: 5, seed: 1, volume: { _, _ in 300 }) { day in day < 3 ? [0.9, 0.1] : [0.1, 0.9] }
        #expect(Pivots.detect(counts: short).isEmpty)
        // A change after two days of twelve is found only when two days make a segment (and, two
        // days of twelve being together at an end by chance once in 33 shuffles, at alpha 0.05).
        let early = Self.mix(days: 12, seed: 1, volume: { _, _ in 300 }) { day in day < 2 ? [0.9, 0.1] : [0.1, 0.9] }
        var parameters = PivotParameters()
        parameters.alpha = 0.05
        #expect(Pivots.detect(counts: early, parameters: parameters).allSatisfy { $0.day >= 3 && $0.day <= 9 })
        parameters.minimumSegmentDays = 2
        #expect(Pivots.detect(counts: early, parameters: parameters).map(\.day) == [2])
    }

    @Test func aSmallSignificantDriftIsNoPivot() {
        let counts = Self.mix(days: 30, seed: 5, volume: { _, _ in 5_000 }) { day in day < 15 ? [0.5, 0.5] : [0.45, 0.55] }
        #expect(Pivots.detect(counts: counts).isEmpty)
        var parameters = PivotParameters()
        parameters.minimumShift = 0.01
        #expect(Pivots.detect(counts: counts, parameters: parameters).map(\.day) == [15])
    }

    @Test func minorNarrativesArePooled() {
        // Five small narratives take turns (each a few days) while the two large ones hold steady.
        let counts = Self.mix(days: 30, seed: 9, volume: { _, _ in 400 }) { day in
            var shares = [0.5, 0.46, 0, 0, 0, 0, 0]
            shares[2 + (day / 6) % 5] = 0.04
            return shares
        }
        #expect(Pivots.detect(counts: counts).isEmpty)
    }

    @Test func timelineCountsPostsPerGroupDayAndNarrative() {
        var frame = TangleCore.Frame()
        frame.times = [0, 1_000, 86_400_000, 86_400_000 * 2 + 5]
        frame.accounts = [0, 1, 0, 2]
        frame.accountRowIDs = [1, 2, 3]
        let timeline = TangleDetect.Timeline.of(
            frame, narrativePosts: [[0, 2, 3], [1, 2]], groupOfAccount: [0, 1, TangleCore.Frame.none], groupCount: 2,
            binMillis: TangleDetect.Timeline.day)
        #expect(timeline.binCount == 3)
        #expect(timeline.series(group: 0) == [[1, 0], [1, 1], [0, 0]])
        #expect(timeline.series(group: 1) == [[0, 1], [0, 0], [0, 0]])
        #expect((0..<3).map { timeline.label(bin: $0) } == ["1970-01-01", "1970-01-02", "1970-01-03"])
    }
}
