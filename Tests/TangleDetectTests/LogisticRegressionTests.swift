import Foundation
import Testing
@testable import TangleDetect

@Suite struct LogisticRegressionTests {
    /// Labels drawn from a known logistic model: the fit recovers its coefficients.
    @Test func theFitRecoversAKnownModel() {
        var rng = SeededRandom(seed: 3)
        let n = 20_000
        var features: [[Double]] = [[], []]
        var labels: [Bool] = []
        for _ in 0..<n {
            let (a, b) = (rng.nextUnit(), rng.nextUnit())
            features[0].append(a)
            features[1].append(b)
            let p = 1 / (1 + exp(-(-2 + 4 * a - 3 * b)))
            labels.append(rng.nextUnit() < p)
        }
        let model = LogisticRegression.fit(features: features, labels: labels, l2: 0)
        #expect(abs(model.bias - -2) < 0.15)
        #expect(abs(model.weights[0] - 4) < 0.25)
        #expect(abs(model.weights[1] - -3) < 0.25)
    }

    @Test func perfectSeparationStaysFinite() {
        let features = [[0, 0, 0, 1, 1, 1.0]]
        let labels = [false, false, false, true, true, true]
        let model = LogisticRegression.fit(features: features, labels: labels)
        #expect(model.weights[0].isFinite && model.weights[0] > 5)
        #expect(model.probability(features, row: 4) > 0.95, "the penalty bounds the weight, not the order")
        #expect(model.probability(features, row: 0) < 0.05)
    }

    @Test func choleskySolvesASmallSystem() throws {
        // [[4, 2], [2, 3]] x = [2, 5] → x = [-0.5, 2]
        let x = try #require(LogisticRegression.solve([4, 2, 2, 3], [2, 5], 2))
        #expect(abs(x[0] - -0.5) < 1e-12 && abs(x[1] - 2) < 1e-12)
        #expect(LogisticRegression.solve([1, 1, 1, 1], [1, 1], 2) == nil)
    }

    @Test func aucAndTheBestThresholdOnHandScores() {
        let scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4]
        let labels = [true, true, false, true, false, false]
        // Positive ranks 6, 5, 3 of 6: (14 - 6) / 9.
        #expect(abs(CrossValidation.auc(scores: scores, labels: labels) - 8.0 / 9) < 1e-12)
        let summary = CrossValidation.summary(scores: scores, labels: labels, folds: 1)
        // Top 2: P 1, R 2/3, F1 0.8; top 4: P 3/4, R 1, F1 6/7 — the best.
        #expect(summary.threshold == 0.6)
        #expect(abs(summary.f1 - 6.0 / 7) < 1e-12)
    }

    @Test func crossValidationSeparatesAnInformativeFeature() {
        var rng = SeededRandom(seed: 8)
        var features: [[Double]] = [[], []]
        var labels: [Bool] = []
        for row in 0..<2_000 {
            let positive = row % 10 == 0
            features[0].append(positive ? 0.6 + 0.4 * rng.nextUnit() : 0.5 * rng.nextUnit())
            features[1].append(rng.nextUnit())
            labels.append(positive)
        }
        let figures = CrossValidation.run(features: features, labels: labels, folds: 5)
        #expect(figures.auc > 0.99)
        #expect(figures.f1 > 0.95)
        #expect(CrossValidation.run(features: features, labels: labels, folds: 5) == figures)
    }
}
