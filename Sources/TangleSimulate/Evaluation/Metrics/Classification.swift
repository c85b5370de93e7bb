/// Precision, recall and F1 of a set of flagged items against the set of truly positive items.
///
/// F1 is computed from the counts, `2·TP / (flagged + actual)`, which equals the harmonic mean of precision
/// and recall whenever both exist, is 0 (not 0/0) when nothing was flagged but something is true, and is
/// not applicable only when both sets are empty.
struct BinaryClassification: Equatable {
    /// Flagged items that are truly positive.
    let truePositives: Int
    let flagged: Int
    let actual: Int

    /// - Complexity: O(min(flagged, actual)) expected.
    init<Item: Hashable>(flagged: Set<Item>, actual: Set<Item>) {
        let (smaller, larger) = flagged.count <= actual.count ? (flagged, actual) : (actual, flagged)
        truePositives = smaller.reduce(0) { $0 + (larger.contains($1) ? 1 : 0) }
        self.flagged = flagged.count
        self.actual = actual.count
    }

    /// Flagged items that are truly positive, of all flagged.
    var precision: Rate { Rate(truePositives, of: flagged) }

    /// Truly positive items that were flagged, of all truly positive.
    var recall: Rate { Rate(truePositives, of: actual) }

    var f1: Rate { Rate(2 * truePositives, of: flagged + actual) }
}
