/// Scores what the detectors flagged in a case against the truth of the world it was simulated from.
///
/// - **Accounts**: the flagged set is `flaggedAccounts` together with every network member (the
///   findings promise the former holds the latter; the union keeps a reader that fills only networks
///   honest). Positives are the accounts of every operation, outlets' official accounts included.
/// - **Networks**: each network's best-matching true unit, purity, and AMI (`Clustering`). For AMI the
///   items are every operation account and every network member; the true label of an operation account
///   is its (operation, unit), the detected label of a network member is its network (the first that
///   lists it, when several do). An account absent from one side gets a singleton label there: an
///   organic network member is a class of its own (organic accounts are not a unit that should be found
///   together), and an operation account in no network is a cluster of its own (missed, not grouped).
///   Organic accounts in no network are not items: they appear on neither side.
/// - **Pivots**, **uptakes** and **origins**: `PivotMatching`, `UptakeMatching`, `OriginMatching` (only
///   when a trace ran).
/// - **Shift groups**: `ShiftMatching`, only when the shift detector ran.
public enum Evaluation {
    /// - Complexity: O(A + M + K·U + n log n + E[MI]) expected, for A operation accounts in U units, K
    ///   networks with M memberships, n = |operation accounts ∪ members| and `Clustering.expectedMutualInformation`;
    ///   plus the pivot and uptake matching.
    public static func score(_ findings: DetectedFindings, against truth: Truth) -> EvaluationReport {
        let labels = TruthLabels(truth)
        let members = findings.networks.map { distinct($0.members) }
        let flagged = Set(findings.flaggedAccounts).union(members.joined())
        return EvaluationReport(
            scenario: truth.scenario, seed: truth.seed, isNullScenario: truth.operations.isEmpty,
            accounts: accounts(flagged: flagged, labels: labels),
            networks: networks(ids: findings.networks.map(\.id), members: members, labels: labels),
            pivots: PivotMatching.match(truth.operations, detected: findings.pivots),
            uptakes: UptakeMatching.match(truth.operations, detected: findings.uptakes),
            shifts: findings.shiftGroups.map { ShiftMatching.match(truth.operations, detected: $0) },
            origins: findings.origins.map { OriginMatching.match(truth.operations, detected: $0) })
    }

    /// - Complexity: O(F + A) expected for F flagged and A operation accounts.
    static func accounts(flagged: Set<String>, labels: TruthLabels) -> EvaluationReport.Accounts {
        let overall = BinaryClassification(flagged: flagged, actual: Set(labels.operationAccounts))
        var accountsOfUnit: [String: Set<String>] = [:]
        for account in labels.operationAccounts {
            if let index = labels.unitOfAccount[account] {
                accountsOfUnit[labels.units[index].unit, default: []].insert(account)
            }
        }
        let units = accountsOfUnit.keys.sorted(by: TruthLabels.unitPrecedes).map { unit in
            EvaluationReport.UnitRecall(
                unit: unit, recall: BinaryClassification(flagged: flagged, actual: accountsOfUnit[unit] ?? []).recall)
        }
        let falsePositives = flagged.filter { labels.unitOfAccount[$0] == nil }
        let sympathizers = falsePositives.reduce(0) { $0 + (labels.sympathizers.contains($1) ? 1 : 0) }
        return EvaluationReport.Accounts(
            flagged: flagged.count, operationAccounts: labels.operationAccounts.count, precision: overall.precision,
            recall: overall.recall, f1: overall.f1, units: units, falsePositiveSympathizers: sympathizers,
            falsePositiveOrganic: falsePositives.count - sympathizers)
    }

    /// - Complexity: O(M + K·U + n log n + E[MI]) expected (see `score`).
    static func networks(ids: [String], members: [[String]], labels: TruthLabels) -> EvaluationReport.Networks {
        let matches = zip(ids, members).map { match(network: $0, members: $1, labels: labels) }
        let purity = Clustering.purity(members.map { $0.map { labels.unitOfAccount[$0] } })

        var networkOfAccount: [String: Int] = [:]
        var inSeveral = Set<String>()
        var items = labels.operationAccounts
        for (index, accounts) in members.enumerated() {
            for account in accounts {
                if networkOfAccount[account] != nil {
                    inSeveral.insert(account)
                    continue
                }
                networkOfAccount[account] = index
                if labels.unitOfAccount[account] == nil { items.append(account) }
            }
        }
        // Singleton labels are numbered past the real ones, by the item's position, so none collides.
        let trueLabels = items.enumerated().map { labels.unitOfAccount[$1] ?? labels.units.count + $0 }
        let detectedLabels = items.enumerated().map { networkOfAccount[$1] ?? members.count + $0 }
        return EvaluationReport.Networks(
            detected: members.count, matches: matches, purity: purity,
            adjustedMutualInformation: items.isEmpty
                ? nil : Clustering.adjustedMutualInformation(trueLabels, detectedLabels),
            scored: items.count, inSeveralNetworks: inSeveral.count)
    }

    /// A network's composition and its best-matching true unit: organic when more than half its members
    /// are not operation accounts, else the unit holding most members (ties: the first in `labels.units`).
    ///
    /// - Complexity: O(m + U) expected for m members.
    static func match(network: String, members: [String], labels: TruthLabels) -> EvaluationReport.NetworkMatch {
        var overlaps = [Int](repeating: 0, count: labels.units.count)
        var sympathizers = 0
        var organic = 0
        for account in members {
            if let unit = labels.unitOfAccount[account] {
                overlaps[unit] += 1
            } else if labels.sympathizers.contains(account) {
                sympathizers += 1
            } else {
                organic += 1
            }
        }
        var best: Int?
        var overlap = 0
        if 2 * (sympathizers + organic) <= members.count {
            for (unit, count) in overlaps.enumerated() where count > overlap {
                best = unit
                overlap = count
            }
        }
        let unitSize = best.map { labels.unitSizes[$0] } ?? 0
        return EvaluationReport.NetworkMatch(
            network: network, members: members.count, operationMembers: members.count - sympathizers - organic,
            sympathizers: sympathizers, otherOrganic: organic, unit: best.map { labels.units[$0] }, overlap: overlap,
            unitSize: unitSize, jaccard: Rate(overlap, of: best == nil ? 0 : members.count + unitSize - overlap))
    }

    /// The items without repeats, in order of first appearance.
    ///
    /// - Complexity: O(n) expected.
    static func distinct(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
