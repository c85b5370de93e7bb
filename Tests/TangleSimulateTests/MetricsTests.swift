import Foundation
import Testing

@testable import TangleSimulate

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `|a − b| ≤ tolerance`.
func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    a.map { abs($0 - b) <= tolerance } ?? false
}

@Suite struct RateTests {
    @Test func valueAndNotApplicable() {
        #expect(Rate(3, of: 4).value == 0.75)
        #expect(Rate(0, of: 5).value == 0)
        #expect(Rate(0, of: 0).value == nil)
    }

    @Test func encodesValueBesideCountsAndNullWhenNotApplicable() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(
            String(decoding: try encoder.encode(Rate(1, of: 4)), as: UTF8.self)
                == #"{"denominator":4,"numerator":1,"value":0.25}"#)
        #expect(
            String(decoding: try encoder.encode(Rate(0, of: 0)), as: UTF8.self)
                == #"{"denominator":0,"numerator":0,"value":null}"#)
        let decoded = try JSONDecoder().decode(Rate.self, from: Data(#"{"numerator":2,"denominator":3}"#.utf8))
        #expect(decoded == Rate(2, of: 3))
    }
}

@Suite struct ClassificationTests {
    @Test func perfect() {
        let scores = BinaryClassification(flagged: Set(["a", "b"]), actual: Set(["a", "b"]))
        #expect(scores.precision == Rate(2, of: 2))
        #expect(scores.recall == Rate(2, of: 2))
        #expect(scores.f1 == Rate(4, of: 4))
    }

    @Test func partial() {
        let scores = BinaryClassification(flagged: Set(["a", "b", "x"]), actual: Set(["a", "b", "c", "d"]))
        #expect(scores.truePositives == 2)
        #expect(scores.precision == Rate(2, of: 3))
        #expect(scores.recall == Rate(2, of: 4))
        #expect(scores.f1 == Rate(4, of: 7))
        // The count form equals the harmonic mean of precision and recall.
        #expect(close(scores.f1.value, 2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), 1e-15))
    }

    @Test func nothingFlaggedGivesNoPrecisionAndZeroRecallAndF1() {
        let scores = BinaryClassification(flagged: Set<String>(), actual: Set(["a"]))
        #expect(scores.precision.value == nil)
        #expect(scores.recall == Rate(0, of: 1))
        #expect(scores.f1 == Rate(0, of: 1))
    }

    @Test func nothingTrueGivesNoRecall() {
        let scores = BinaryClassification(flagged: Set(["x"]), actual: Set<String>())
        #expect(scores.precision == Rate(0, of: 1))
        #expect(scores.recall.value == nil)
        #expect(scores.f1 == Rate(0, of: 1))
    }

    @Test func bothEmptyIsNotApplicable() {
        let scores = BinaryClassification(flagged: Set<String>(), actual: Set<String>())
        #expect(scores.precision.value == nil)
        #expect(scores.recall.value == nil)
        #expect(scores.f1.value == nil)
    }

    @Test func allWrong() {
        let scores = BinaryClassification(flagged: Set(["x", "y"]), actual: Set(["a", "b", "c"]))
        #expect(scores.precision == Rate(0, of: 2))
        #expect(scores.recall == Rate(0, of: 3))
        #expect(scores.f1 == Rate(0, of: 5))
    }
}

@Suite struct PurityTests {
    /// Manning, Raghavan & Schütze, Introduction to Information Retrieval, figure 16.4: purity 12/17.
    @Test func textbookExample() {
        let clusters = [
            Array("xxxxxo"),
            Array("xoooo") + ["d"],
            Array("xx") + Array("ddd"),
        ]
        #expect(Clustering.purity(clusters) == Rate(12, of: 17))
    }

    @Test func pureAndEmpty() {
        #expect(Clustering.purity([[1, 1], [2]]) == Rate(3, of: 3))
        #expect(Clustering.purity([[Int]]()).value == nil)
        #expect(Clustering.purity([[Int](), [1]]) == Rate(1, of: 1))
    }
}

@Suite struct AdjustedMutualInformationTests {
    /// Figure 16.4 of Manning et al. again; reference values from scikit-learn 1.9.1.
    static let manningTruth = Array("xxxxxo") + Array("xoooo") + ["d"] + Array("xx") + Array("ddd")
    static let manningClusters = [Int](repeating: 1, count: 6) + [Int](repeating: 2, count: 6) + [3, 3, 3, 3, 3]

    @Test func identicalLabelingsScoreOne() {
        #expect(close(Clustering.adjustedMutualInformation([0, 0, 1, 1, 2], [5, 5, 7, 7, 9]), 1, 1e-12))
        #expect(close(Clustering.adjustedMutualInformation(Self.manningTruth, Self.manningTruth), 1, 1e-12))
        // All singletons on both sides: MI equals its expectation; scikit-learn's epsilon rule gives 1.
        #expect(close(Clustering.adjustedMutualInformation(Array(0..<7), Array(0..<7)), 1, 1e-12))
    }

    @Test func scikitLearnConventions() {
        #expect(Clustering.adjustedMutualInformation([Int](), [Int]()) == 1)
        #expect(Clustering.adjustedMutualInformation([3], [4]) == 1)
        #expect(Clustering.adjustedMutualInformation([0, 0, 0], [1, 1, 1]) == 1)
        #expect(Clustering.adjustedMutualInformation([0, 0, 0, 0], [0, 1, 2, 3]) == 0)
        #expect(Clustering.adjustedMutualInformation([0, 1, 2, 3], [7, 7, 7, 7]) == 0)
    }

    /// Hand-computed: for [0,0,1,1] vs [0,1,0,1], MI = 0, H = log 2 on both sides and
    /// E[MI] = 4 · P(n_ij = 2) · (2/4) log(4·2/(2·2)) = 4 · (1/6) · (1/2) log 2 = log(2)/3,
    /// so AMI = (0 − log2/3) / (log2 − log2/3) = −1/2.
    @Test func handComputedSmallCase() {
        #expect(close(Clustering.expectedMutualInformation(rowSums: [2, 2], columnSums: [2, 2], total: 4), log(2) / 3, 1e-15))
        #expect(close(Clustering.adjustedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1]), -0.5, 1e-12))
    }

    @Test func independentLabelingsScoreAboutZero() {
        let items = 0..<160
        let ami = Clustering.adjustedMutualInformation(items.map { $0 % 4 }, items.map { ($0 / 4) % 4 })
        #expect(abs(ami) < 0.05)
        #expect(close(ami, -0.021300112664140537))  // scikit-learn
    }

    @Test func matchesScikitLearnOnTextbookExample() {
        let table = Contingency(Self.manningTruth, Self.manningClusters)
        #expect(close(Clustering.mutualInformation(table), 0.3919366205725909, 1e-12))
        #expect(
            close(
                Clustering.expectedMutualInformation(
                    rowSums: table.rowSums, columnSums: table.columnSums, total: table.total),
                0.15168370745579918, 1e-12))
        #expect(close(Clustering.adjustedMutualInformation(Self.manningTruth, Self.manningClusters), 0.26018122538925115))
    }

    /// `numpy.random.default_rng(7)`: 60 items, 4 classes against 5 clusters, independent draws.
    @Test func matchesScikitLearnOnRandomLabelings() {
        let truth = [
            3, 2, 2, 3, 2, 3, 3, 0, 0, 1, 1, 3, 3, 0, 1, 3, 0, 3, 0, 1, 3, 1, 1, 1, 2, 1, 3, 1, 1, 2, 2, 2, 2, 3, 3, 3,
            2, 2, 1, 3, 1, 0, 3, 0, 3, 2, 0, 0, 1, 0, 0, 2, 3, 1, 3, 3, 3, 2, 1, 2,
        ]
        let predicted = [
            1, 2, 1, 1, 4, 0, 0, 0, 4, 3, 4, 1, 3, 1, 2, 0, 3, 4, 3, 0, 2, 1, 4, 4, 0, 2, 4, 4, 3, 3, 0, 3, 2, 0, 1, 2,
            3, 2, 3, 4, 3, 1, 3, 2, 0, 0, 3, 1, 2, 1, 1, 0, 1, 4, 2, 1, 2, 4, 1, 2,
        ]
        #expect(close(Clustering.adjustedMutualInformation(truth, predicted), 0.0007795772962688246))

        let correlatedTruth = [
            1, 1, 1, 1, 1, 2, 2, 0, 1, 1, 1, 0, 0, 1, 2, 0, 1, 2, 2, 0, 0, 2, 0, 0, 1, 2, 0, 1, 1, 0, 2, 2, 1, 2, 1, 2,
            2, 1, 0, 0,
        ]
        let correlatedPrediction = [
            1, 0, 1, 1, 1, 2, 2, 0, 1, 1, 1, 0, 0, 1, 2, 1, 1, 2, 2, 0, 0, 2, 0, 0, 2, 2, 0, 1, 1, 0, 0, 1, 1, 2, 1, 1,
            2, 1, 0, 2,
        ]
        #expect(close(Clustering.adjustedMutualInformation(correlatedTruth, correlatedPrediction), 0.4405881854588055))
    }

    /// Many singletons, as the evaluation's convention produces: exercises the grouping of equal sizes.
    @Test func matchesScikitLearnWithManySingletons() {
        let truth = (0..<100).map { $0 / 50 } + (0..<200).map { 100 + $0 }
        let predicted = (0..<100).map { ($0 * 7) % 3 } + (0..<200).map { $0 % 2 == 0 ? 3 : 1000 + $0 }
        #expect(close(Clustering.adjustedMutualInformation(truth, predicted), 0.2851075904806369))

        let units = (0..<100).map { $0 / 10 } + (0..<200).map { 100 + $0 }
        let networks = (0..<100).map { $0 % 10 != 9 ? $0 / 10 : 50 } + (0..<200).map { $0 % 2 == 0 ? 3 : 1000 + $0 }
        #expect(close(Clustering.adjustedMutualInformation(units, networks), 0.3426309255676408))
    }

    /// Relabelling either side, reordering the items, or swapping the sides leaves AMI unchanged; it is
    /// finite and at most 1; and the grouped expectation equals the textbook double sum over all pairs.
    @Test(arguments: 1...200 as ClosedRange<UInt64>)
    func invariances(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let count = Int.random(in: 1...80, using: &random)
        let classes = Int.random(in: 1...8, using: &random)
        let clusters = Int.random(in: 1...count, using: &random)
        let truth = (0..<count).map { _ in Int.random(in: 0..<classes, using: &random) }
        let predicted = (0..<count).map { _ in Int.random(in: 0..<clusters, using: &random) }
        let ami = Clustering.adjustedMutualInformation(truth, predicted)
        #expect(ami.isFinite && ami <= 1 + 1e-12)

        let renaming = (0..<clusters).shuffled(using: &random)
        #expect(close(Clustering.adjustedMutualInformation(truth, predicted.map { "c\(renaming[$0])" }), ami, 1e-12))
        let order = (0..<count).shuffled(using: &random)
        #expect(close(Clustering.adjustedMutualInformation(order.map { truth[$0] }, order.map { predicted[$0] }), ami, 1e-12))
        #expect(close(Clustering.adjustedMutualInformation(predicted, truth), ami, 1e-12))
        #expect(close(Clustering.adjustedMutualInformation(truth, truth), 1, 1e-9))

        let table = Contingency(truth, predicted)
        #expect(
            close(
                Clustering.expectedMutualInformation(
                    rowSums: table.rowSums, columnSums: table.columnSums, total: table.total),
                Self.expectedMutualInformationPairByPair(table), 1e-12))
    }

    /// E[MI] summed over every (row, column) pair, as scikit-learn does, without grouping equal sizes.
    static func expectedMutualInformationPairByPair(_ table: Contingency) -> Double {
        guard table.rowSums.count > 1, table.columnSums.count > 1 else { return 0 }
        let n = table.total
        func logFactorial(_ k: Int) -> Double { lgamma(Double(k) + 1) }
        var sum = 0.0
        for a in table.rowSums {
            for b in table.columnSums where max(1, a + b - n) <= min(a, b) {
                for nij in max(1, a + b - n)...min(a, b) {
                    let logProbability =
                        logFactorial(a) + logFactorial(b) + logFactorial(n - a) + logFactorial(n - b) - logFactorial(n)
                        - logFactorial(nij) - logFactorial(a - nij) - logFactorial(b - nij) - logFactorial(n - a - b + nij)
                    sum += Double(nij) / Double(n) * log(Double(n * nij) / Double(a * b)) * exp(logProbability)
                }
            }
        }
        return sum
    }

    @Test func contingencyIsOrderedByFirstAppearance() {
        let table = Contingency(["b", "a", "b", "c"], [1, 1, 2, 2])
        #expect(table.rowSums == [2, 1, 1])
        #expect(table.columnSums == [2, 2])
        #expect(table.cells.map { [$0.row, $0.column, $0.count] } == [[0, 0, 1], [0, 1, 1], [1, 0, 1], [2, 1, 1]])
        #expect(table.total == 4)
    }

    @Test func entropy() {
        #expect(Clustering.entropy([5]) == 0)
        #expect(close(Clustering.entropy([1, 1]), log(2), 1e-15))
        #expect(close(Clustering.entropy([2, 1, 1]), 1.5 * log(2), 1e-15))
    }
}

@Suite struct PivotMatchingTests {
    static func operation(_ id: String, pivot: String?) -> Truth.Operation {
        Truth.Operation(
            id: id, accounts: [], outlets: [], fakeSites: [], narratives: ["a", "b"], stories: [],
            pivot: pivot.map { Truth.Pivot(date: $0, from: "a", to: "b") }, uptakes: [])
    }

    @Test func nearestDetectedPivotAndItsError() {
        let result = PivotMatching.match(
            [Self.operation("op1", pivot: "2016-10-20")],
            detected: [.init(date: "2016-09-01"), .init(date: "2016-10-22"), .init(date: "2016-11-30")])
        #expect(result.detected == 3)
        #expect(result.matches == [.init(operation: "op1", date: "2016-10-20", detectedDate: "2016-10-22", errorDays: 2)])
    }

    @Test func tiesGoToTheEarlierAndExactIsZero() {
        let tie = PivotMatching.match(
            [Self.operation("op1", pivot: "2016-10-20")], detected: [.init(date: "2016-10-23"), .init(date: "2016-10-17")])
        #expect(tie.matches.first?.detectedDate == "2016-10-17")
        #expect(tie.matches.first?.errorDays == 3)
        let exact = PivotMatching.match([Self.operation("op1", pivot: "2016-10-20")], detected: [.init(date: "2016-10-20")])
        #expect(exact.matches.first?.errorDays == 0)
    }

    @Test func missingWhenNothingUsableWasDetected() {
        let result = PivotMatching.match(
            [Self.operation("op1", pivot: "2016-10-20"), Self.operation("op2", pivot: nil)],
            detected: [.init(date: "not a date")])
        #expect(result.detected == 1)
        #expect(result.matches == [.init(operation: "op1", date: "2016-10-20", detectedDate: nil, errorDays: nil)])
    }

    @Test func acrossYearsAndBefore1970() {
        #expect(PivotMatching.day("1970-01-01") == 0)
        #expect(PivotMatching.day("1969-12-31") == -1)
        #expect(PivotMatching.day("1969-12-31T23:00:00Z") == -1)
        #expect(PivotMatching.day("2017-01-01")! - PivotMatching.day("2016-12-31")! == 1)
        #expect(PivotMatching.day("2016-02-30x") == nil)
    }
}

@Suite struct UptakeMatchingTests {
    static let operation = Truth.Operation(
        id: "op1", accounts: [], outlets: [], fakeSites: [], narratives: [],
        stories: [
            .init(id: "s1", narrative: "a", url: "https://www.site.example/story-1?utm_source=tw", firstPostID: "1",
                firstTime: "2016-10-01T00:00:00Z"),
            .init(id: "s2", narrative: "a", url: "https://site.example/story-2", firstPostID: "2",
                firstTime: "2016-10-02T00:00:00Z"),
        ],
        pivot: nil,
        uptakes: [
            .init(storyID: "s1", accountID: "w1", postID: "10", time: "2016-10-02T01:00:00Z", lagSeconds: 90_000),
            .init(storyID: "s2", accountID: "w1", postID: "11", time: "2016-10-03T00:00:00Z", lagSeconds: 86_400),
            .init(storyID: "gone", accountID: "w2", postID: "12", time: "2016-10-03T00:00:00Z", lagSeconds: 100),
        ])

    @Test func matchesByAccountAndNormalisedURL() {
        let result = UptakeMatching.match(
            [Self.operation],
            detected: [
                .init(url: "http://site.example/story-1", accountID: "w1", lagSeconds: 90_120),
                .init(url: "http://site.example/story-1", accountID: "w1", lagSeconds: 95_000),
                .init(url: "https://site.example/story-2", accountID: "someone", lagSeconds: 86_400),
            ])
        #expect(result.found == Rate(1, of: 3))
        #expect(result.unmatchedDetected == 1)
        #expect(result.meanAbsoluteLagErrorSeconds == 120)
        #expect(result.events.map(\.lagErrorSeconds) == [120, nil, nil])
        #expect(result.events.map(\.detectedLagSeconds) == [90_120, nil, nil])
        #expect(result.events.map(\.url) == ["site.example/story-1", "site.example/story-2", nil])
    }

    @Test func earlyDetectionHasNegativeError() {
        let result = UptakeMatching.match(
            [Self.operation],
            detected: [
                .init(url: "site.example/story-1", accountID: "w1", lagSeconds: 89_000),
                .init(url: "site.example/story-2", accountID: "w1", lagSeconds: 86_400),
            ])
        #expect(result.found == Rate(2, of: 3))
        #expect(result.events.map(\.lagErrorSeconds) == [-1000, 0, nil])
        #expect(result.meanAbsoluteLagErrorSeconds == 500)
        #expect(result.unmatchedDetected == 0)
    }

    @Test func nothingTrueNothingDetected() {
        let result = UptakeMatching.match([], detected: [])
        #expect(result.found.value == nil)
        #expect(result.meanAbsoluteLagErrorSeconds == nil)
        #expect(result.events.isEmpty)
    }

    @Test func closestLag() {
        #expect(UptakeMatching.closest(to: 10, among: [4, 16, 12]) == 12)
        #expect(UptakeMatching.closest(to: 10, among: [8, 12]) == 8)
        #expect(UptakeMatching.closest(to: 10, among: []) == nil)
    }
}
