import Foundation
import TangleReport
import TangleStore

/// One account's co-actions as evidence: the partners its flagged edges join it to (how many shared
/// keys, how far apart, on which signals), and the saved co-actions of its networks that name it.
///
/// Not in the report's views (its account page has no evidence), so the dashboard reads it here from
/// the coordination run's `edge` findings, indexed once by account.
struct AccountCoactions: Codable, Sendable, Equatable {
    struct Partner: Codable, Sendable, Equatable {
        struct Signal: Codable, Sendable, Equatable {
            var signal: String
            var keys: Int
            var coactions: Int
            var medianGapSeconds: Double
        }

        var id: String
        var network: String?
        var weight: Double
        var keys: Int
        var expectedKeys: Double
        var surprise: Double
        /// Most co-actions first.
        var signals: [Signal]
    }

    var account: String
    /// Heaviest first.
    var partners: [Partner]
    var partnersTotal: Int
    /// The closest co-actions saved with its networks that involve it.
    var evidence: [EvidenceRow]
}

/// The coordination run's flagged edges by account platform id.
struct EdgeIndex: Sendable {
    private var edges: [EdgeDetails] = []
    private var edgesOf: [String: [Int]] = [:]

    init(_ caseFile: CaseFile) throws {
        guard let run = try caseFile.latestRun(detector: CaseViews.coordination) else { return }
        for saved in try caseFile.findings(of: run, kind: "edge") where saved.finding.flagged {
            guard let edge = try? JSONDecoder().decode(EdgeDetails.self, from: Data(saved.finding.details.utf8)) else { continue }
            edgesOf[edge.source, default: []].append(edges.count)
            edgesOf[edge.target, default: []].append(edges.count)
            edges.append(edge)
        }
    }

    /// The partners of `account`, heaviest first, at most `limit`, with the evidence rows naming it.
    func coactions(of account: String, evidence: [EvidenceRow], limit: Int) -> AccountCoactions {
        var partners = (edgesOf[account] ?? []).map { i -> AccountCoactions.Partner in
            let e = edges[i]
            return AccountCoactions.Partner(
                id: e.source == account ? e.target : e.source, network: e.network, weight: e.weight, keys: e.keys,
                expectedKeys: e.expectedKeys, surprise: e.surprise,
                signals: e.signals.map { AccountCoactions.Partner.Signal(signal: $0.key, keys: $0.value.keys, coactions: $0.value.coactions, medianGapSeconds: $0.value.medianGapSeconds) }
                    .sorted { ($1.coactions, $0.signal) < ($0.coactions, $1.signal) })
        }
        partners.sort { ($1.weight, $0.id) < ($0.weight, $1.id) }
        return AccountCoactions(
            account: account, partners: Array(partners.prefix(limit)), partnersTotal: partners.count,
            evidence: evidence.filter { $0.firstAccount == account || $0.secondAccount == account })
    }
}
