import Foundation

/// Logistic regression on features in columns (`features[f][row]`), fitted by Newton's method
/// (iteratively reweighted least squares) with a small L2 penalty, which keeps the fit finite when a
/// feature separates the classes perfectly. Deterministic: no random starts.
public struct LogisticRegression: Sendable, Codable, Equatable {
    public var weights: [Double]
    public var bias: Double

    public init(weights: [Double], bias: Double) {
        self.weights = weights
        self.bias = bias
    }

    public func probability(_ features: [[Double]], row: Int) -> Double {
        var z = bias
        for (f, weight) in weights.enumerated() { z += weight * features[f][row] }
        return 1 / (1 + exp(-z))
    }

    /// Fits on the rows `rows` (all when nil).
    ///
    /// - Complexity: O(iterations · (n · F² + F³)) for n rows and F features.
    public static func fit(
        features: [[Double]], labels: [Bool], rows: [Int]? = nil, l2: Double = 1e-2, iterations: Int = 25
    ) -> LogisticRegression {
        let rows = rows ?? Array(labels.indices)
        let dimension = features.count + 1  // the bias is the last coordinate
        var beta = [Double](repeating: 0, count: dimension)
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: dimension)
            var hessian = [Double](repeating: 0, count: dimension * dimension)
            var x = [Double](repeating: 1, count: dimension)
            for row in rows {
                for f in features.indices { x[f] = features[f][row] }
                var z = 0.0
                for d in 0..<dimension { z += beta[d] * x[d] }
                let p = 1 / (1 + exp(-z))
                let residual = (labels[row] ? 1 : 0) - p
                let w = max(p * (1 - p), 1e-12)
                for i in 0..<dimension {
                    gradient[i] += residual * x[i]
                    let wx = w * x[i]
                    for j in 0...i { hessian[i * dimension + j] += wx * x[j] }
                }
            }
            for i in 0..<dimension {
                for j in 0..<i { hessian[j * dimension + i] = hessian[i * dimension + j] }
                if i < dimension - 1 {  // the bias is not penalised
                    gradient[i] -= l2 * beta[i]
                    hessian[i * dimension + i] += l2
                }
            }
            guard let step = solve(hessian, gradient, dimension) else { break }
            var largest = 0.0
            for d in 0..<dimension {
                beta[d] += step[d]
                largest = max(largest, abs(step[d]))
            }
            if largest < 1e-9 { break }
        }
        return LogisticRegression(weights: Array(beta.dropLast()), bias: beta[dimension - 1])
    }

    /// Solves the symmetric positive definite system `a x = b` by Cholesky; nil when it is singular.
    static func solve(_ a: [Double], _ b: [Double], _ n: Int) -> [Double]? {
        var l = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = a[i * n + j]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    guard sum > 1e-12 else { return nil }
                    l[i * n + i] = sum.squareRoot()
                } else {
                    l[i * n + j] = sum / l[j * n + j]
                }
            }
        }
        var y = b
        for i in 0..<n {
            for k in 0..<i { y[i] -= l[i * n + k] * y[k] }
            y[i] /= l[i * n + i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for k in (i + 1)..<n { y[i] -= l[k * n + i] * y[k] }
            y[i] /= l[i * n + i]
        }
        return y
    }
}

/// Cross-validated figures of a logistic regression: each row scored by a model fitted without its fold.
public struct CrossValidation: Sendable, Codable, Equatable {
    public var folds: Int
    public var positives: Int
    public var rows: Int
    /// The threshold on the held-out probability that gives the best F1, and the figures there.
    public var threshold: Double
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// Area under the ROC curve of the held-out probabilities.
    public var auc: Double

    /// Stratified folds (positives and negatives dealt round-robin in row order, so the same data
    /// always gives the same folds).
    public static func run(features: [[Double]], labels: [Bool], folds: Int = 5) -> CrossValidation {
        var foldOf = [Int](repeating: 0, count: labels.count)
        var dealt = (positive: 0, negative: 0)
        for row in labels.indices {
            if labels[row] {
                foldOf[row] = dealt.positive % folds
                dealt.positive += 1
            } else {
                foldOf[row] = dealt.negative % folds
                dealt.negative += 1
            }
        }
        var heldOut = [Double](repeating: 0, count: labels.count)
        for fold in 0..<folds {
            let training = labels.indices.filter { foldOf[$0] != fold }
            let model = LogisticRegression.fit(features: features, labels: labels, rows: training)
            for row in labels.indices where foldOf[row] == fold { heldOut[row] = model.probability(features, row: row) }
        }
        return summary(scores: heldOut, labels: labels, folds: folds)
    }

    static func summary(scores: [Double], labels: [Bool], folds: Int) -> CrossValidation {
        let order = scores.indices.sorted { (scores[$0], $1) > (scores[$1], $0) }
        let positives = labels.filter { $0 }.count
        var best = CrossValidation(
            folds: folds, positives: positives, rows: labels.count, threshold: 1, precision: 0, recall: 0, f1: 0, auc: 0)
        var truePositives = 0
        for (rank, row) in order.enumerated() {
            if labels[row] { truePositives += 1 }
            // Only at the end of a run of equal scores: a threshold cannot split ties.
            if rank + 1 < order.count, scores[order[rank + 1]] == scores[row] { continue }
            let precision = Double(truePositives) / Double(rank + 1)
            let recall = positives > 0 ? Double(truePositives) / Double(positives) : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            if f1 > best.f1 {
                (best.threshold, best.precision, best.recall, best.f1) = (scores[row], precision, recall, f1)
            }
        }
        best.auc = auc(scores: scores, labels: labels)
        return best
    }

    /// The Mann–Whitney form: the chance a random positive outscores a random negative (ties half).
    static func auc(scores: [Double], labels: [Bool]) -> Double {
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var rankSum = 0.0
        var index = 0
        while index < order.count {
            var end = index + 1
            while end < order.count, scores[order[end]] == scores[order[index]] { end += 1 }
            let averageRank = Double(index + end + 1) / 2
            for k in index..<end where labels[order[k]] { rankSum += averageRank }
            index = end
        }
        let positives = Double(labels.filter { $0 }.count)
        let negatives = Double(labels.count) - positives
        guard positives > 0, negatives > 0 else { return 0.5 }
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives)
    }
}
