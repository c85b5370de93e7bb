import Testing
@testable import TangleDetect

@Suite struct ScoreModelTests {
    @Test func theNoisyOrCombinesIndependentEvidence() {
        let names = ["batch", "handle", "unknown"]
        let features: [[Double]] = [[1, 0, 0.5], [0, 0, 1], [0, 1, 0]]
        let scored = ScoreModel.weighted(["batch": 0.6, "handle": 0.5]).score(names: names, features: features)
        // Row 0: batch alone, 0.6. Row 1: unknown (default 0.3) alone. Row 2: 1 - (1 - 0.3)(1 - 0.5).
        #expect(abs(scored.scores[0] - 0.6) < 1e-12)
        #expect(abs(scored.scores[1] - ScoreModel.defaultWeight) < 1e-12)
        #expect(abs(scored.scores[2] - 0.65) < 1e-12)
        #expect(scored.reasons[2].map(\.feature) == [1, 0], "largest contribution first")
        #expect(scored.reasons[1].map(\.feature) == [2])
    }

    @Test func scoresStayInTheUnitIntervalWhateverTheInput() {
        let features: [[Double]] = [[2, -1, 0.3], [1, 1, 1]]
        let scored = ScoreModel.weighted(["a": 1, "b": 1]).score(names: ["a", "b"], features: features)
        #expect(scored.scores.allSatisfy { (0...1).contains($0) })
        #expect(scored.scores[0] == 1)
    }
}
