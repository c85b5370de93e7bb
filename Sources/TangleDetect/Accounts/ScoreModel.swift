import Foundation

/// How an account's signals become one inauthenticity score in [0, 1], with its top reasons.
///
/// Without labels: a noisy-OR of weighted signals, `1 - Π (1 - w_f · x_f)`, each signal `x_f` in
/// [0, 1] acting as an independent piece of evidence of weight `w_f` (the chance that, on its own at
/// full strength, it marks an inauthentic account). A reason's contribution is its `w_f · x_f`.
/// With labels: a logistic regression fitted on the same signals.
public enum ScoreModel: Sendable {
    case weighted([String: Double])
    case fitted(LogisticRegression, threshold: Double)

    public struct Scored: Sendable {
        public var scores: [Double]
        /// Per account, its signals by contribution, largest first, those above 0.05 only.
        public var reasons: [[(feature: Int, contribution: Double)]]
    }

    /// The score of every row; `features[f][row]`, named by `names`.
    public func score(names: [String], features: [[Double]]) -> Scored {
        let rows = features.first?.count ?? 0
        var scores = [Double](repeating: 0, count: rows)
        var reasons = [[(feature: Int, contribution: Double)]](repeating: [], count: rows)
        switch self {
        case .weighted(let weights):
            let w = names.map { weights[$0] ?? Self.defaultWeight }
            for row in 0..<rows {
                var clean = 1.0
                for f in features.indices {
                    let contribution = w[f] * min(1, max(0, features[f][row]))
                    clean *= 1 - contribution
                    if contribution > 0.05 { reasons[row].append((f, contribution)) }
                }
                scores[row] = 1 - clean
            }
        case .fitted(let model, _):
            for row in 0..<rows {
                scores[row] = model.probability(features, row: row)
                for f in features.indices {
                    let contribution = model.weights[f] * features[f][row]
                    if contribution > 0.05 { reasons[row].append((f, contribution)) }
                }
            }
        }
        for row in 0..<rows { reasons[row].sort { ($0.contribution, $1.feature) > ($1.contribution, $0.feature) } }
        return Scored(scores: scores, reasons: reasons)
    }

    /// The score at or above which an account is flagged.
    public var threshold: Double {
        switch self {
        // Two independent pieces of evidence, not one: a batch of sign-ups alone also catches the
        // real people who joined in the same hour.
        case .weighted: 0.7
        case .fitted(_, let threshold): threshold
        }
    }

    /// The weight of a signal the table does not name.
    public static let defaultWeight = 0.3
}
