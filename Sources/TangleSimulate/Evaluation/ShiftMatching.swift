/// Matches detected work-schedule shift groups to the operations' troll units.
///
/// For each operation with a troll unit, the detected work-schedule group with the highest Jaccard
/// overlap with the unit's accounts (ties: the first listed) is its match; the offset error is the
/// group's inferred UTC offset minus the truth's (the most common `utcOffsetHours` among the unit's
/// accounts; ties: the lowest). Groups that are not work schedules are counted but not matched.
enum ShiftMatching {
    /// - Complexity: O(A + G·m) expected for A operation accounts and G groups of m members.
    static func match(_ operations: [Truth.Operation], detected: [DetectedFindings.ShiftGroup]) -> EvaluationReport.Shifts {
        let work = detected.filter(\.isWorkSchedule)
        let memberSets = work.map { Set($0.members) }
        let matches = operations.compactMap { operation -> EvaluationReport.ShiftMatch? in
            let trolls = operation.accounts.filter { $0.unit == "troll" }
            guard !trolls.isEmpty else { return nil }
            var offsetCounts: [Int: Int] = [:]
            for troll in trolls { if let offset = troll.utcOffsetHours { offsetCounts[offset, default: 0] += 1 } }
            let trueOffset = offsetCounts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
            let unit = Set(trolls.map(\.platformID))
            var best: (index: Int, overlap: Int, jaccard: Rate)?
            for (index, members) in memberSets.enumerated() {
                let overlap = members.intersection(unit).count
                let jaccard = Rate(overlap, of: members.count + unit.count - overlap)
                if overlap > 0, best.map({ ($0.jaccard.value ?? 0) < (jaccard.value ?? 0) }) ?? true {
                    best = (index, overlap, jaccard)
                }
            }
            let group = best.map { work[$0.index] }
            return EvaluationReport.ShiftMatch(
                operation: operation.id, unitSize: unit.count, utcOffsetHours: trueOffset, group: group?.id,
                members: group?.members.count ?? 0, overlap: best?.overlap ?? 0,
                jaccard: best?.jaccard ?? Rate(0, of: 0), detectedUTCOffsetHours: group?.utcOffsetHours,
                offsetErrorHours: group.flatMap { group in trueOffset.map { group.utcOffsetHours - $0 } })
        }
        return EvaluationReport.Shifts(detected: detected.count, workSchedules: work.count, matches: matches)
    }
}
