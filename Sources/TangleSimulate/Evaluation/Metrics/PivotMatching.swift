import TangleCore

/// Matches each true narrative pivot to the detected pivot nearest to it in time.
///
/// Any detected pivot may match any true pivot (its `network` is not consulted), so in a world with
/// several operations two true pivots can share one detected pivot.
enum PivotMatching {
    /// One entry per operation with a pivot, in the truth's order.
    ///
    /// Detected dates that are not calendar dates are ignored; a true pivot whose date is not one is
    /// reported as missing.
    ///
    /// - Complexity: O(T·D) for T true and D detected pivots.
    static func match(_ operations: [Truth.Operation], detected: [DetectedFindings.Pivot]) -> EvaluationReport.Pivots {
        let candidates = detected.compactMap { pivot in day(pivot.date).map { (date: pivot.date, day: $0) } }
        let matches = operations.compactMap { operation -> EvaluationReport.PivotMatch? in
            guard let pivot = operation.pivot else { return nil }
            guard let trueDay = day(pivot.date), let nearest = nearest(to: trueDay, among: candidates) else {
                return EvaluationReport.PivotMatch(
                    operation: operation.id, date: pivot.date, detectedDate: nil, errorDays: nil)
            }
            return EvaluationReport.PivotMatch(
                operation: operation.id, date: pivot.date, detectedDate: nearest.date,
                errorDays: Int((nearest.day - trueDay).magnitude))
        }
        return EvaluationReport.Pivots(detected: detected.count, matches: matches)
    }

    /// The candidate closest to `day`; of two equally close, the earlier; of two on the same day, the first.
    ///
    /// - Complexity: O(D).
    static func nearest(to day: Int64, among candidates: [(date: String, day: Int64)]) -> (date: String, day: Int64)? {
        var best: (date: String, day: Int64)?
        for candidate in candidates {
            guard let current = best else {
                best = candidate
                continue
            }
            let error = (candidate.day - day).magnitude
            let bestError = (current.day - day).magnitude
            if error < bestError || (error == bestError && candidate.day < current.day) { best = candidate }
        }
        return best
    }

    /// Days since 1970-01-01 (UTC) of a date such as `2016-10-01` (a time of day, if any, is dropped).
    ///
    /// - Complexity: O(n) in the length of the text.
    static func day(_ date: String) -> Int64? {
        guard let millis = Timestamp.parseDateTime(date) else { return nil }
        return Clock.days(millis)
    }
}
