/// What counts as a near-duplicate text, and the MinHash banding that finds them.
///
/// The default compares sets of single words (`shingleSize` 1) at Jaccard 0.8, as the QUT
/// coordination-network-toolkit's co-similar-tweet network does. Texts are tweet-sized, so longer
/// shingles are too strict for that threshold: one word replaced in a 12-word text leaves a word-set
/// Jaccard of 11/13 = 0.85, but a 2-word-shingle Jaccard of 9/13 = 0.69 and a 3-word one of 7/13 = 0.54.
/// Word sets ignore order, and unrelated texts of five or more words rarely share 80% of them; those
/// that do are short texts of the commonest words, which a time window and a null model weigh.
public struct NearDuplicateParameters: Sendable, Equatable {
    /// The least Jaccard similarity of two posts' shingle sets for them to be joined, in (0, 1].
    public let threshold: Double
    /// Words per shingle, 1 to 8.
    public let shingleSize: Int
    /// Posts with fewer distinct shingles than this get no cluster: a two-word text like
    /// `good morning` says nothing about coordination, and its exact copies are the `text` signal's.
    public let minimumShingles: Int

    public init(threshold: Double = 0.8, shingleSize: Int = 1, minimumShingles: Int = 5) {
        precondition(threshold > 0 && threshold <= 1, "near-duplicate threshold must be in (0, 1]")
        precondition((1...8).contains(shingleSize), "shingle size must be 1 to 8 words")
        precondition(minimumShingles >= 1, "minimum shingle count must be at least 1")
        self.threshold = threshold
        self.shingleSize = shingleSize
        self.minimumShingles = minimumShingles
    }

    /// MinHash values per LSH band: the most rows that, with `bands` = 64 / rows, still make a pair at
    /// exactly `threshold` a candidate with probability at least 0.995. More rows means fewer false
    /// candidates. At the default 0.8: 4 rows × 16 bands, and the S-curve gives a candidate
    /// probability of 0.9998 at Jaccard 0.8, 0.988 at 0.7, 0.64 at 0.5 and 0.12 at 0.3.
    public var rows: Int {
        var best = 1
        for rows in 1...8
        where Self.candidateProbability(jaccard: threshold, rows: rows, bands: Self.hashBudget / rows) >= 0.995 {
            best = rows
        }
        return best
    }

    /// LSH bands: as many as the 64-hash budget allows at `rows` per band.
    public var bands: Int { Self.hashBudget / rows }

    /// The probability that two posts whose shingle sets have Jaccard similarity `jaccard` share at
    /// least one LSH band, and so are compared exactly: 1 − (1 − jaccard^rows)^bands.
    public func candidateProbability(jaccard: Double) -> Double {
        Self.candidateProbability(jaccard: jaccard, rows: rows, bands: bands)
    }

    static let hashBudget = 64

    static func candidateProbability(jaccard: Double, rows: Int, bands: Int) -> Double {
        var bandMatch = 1.0
        for _ in 0..<rows { bandMatch *= jaccard }
        var allMiss = 1.0
        for _ in 0..<bands { allMiss *= 1 - bandMatch }
        return 1 - allMiss
    }
}
