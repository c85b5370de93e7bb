import Foundation
import TangleCore
import TangleDetect
import TangleStore

extension CoordinationParameters {
    /// The parameters as saved with a run.
    var recorded: [String: String] {
        [
            "signals": signals.map(\.rawValue).joined(separator: ","), "window_ms": "\(window)",
            "text_window_ms": "\(textWindow)", "near_text_threshold": "\(nearTextThreshold)",
            "max_key_accounts": "\(maxKeyAccounts)", "null_block_ms": "\(nullBlock)", "seed": "\(seed)",
            "null_replicates": "\(nullReplicates)", "alpha": "\(alpha)",
            "min_keys": "\(minKeys)", "min_network_size": "\(minNetworkSize)", "resolution": "\(resolution)",
        ]
    }
}

/// A coordination run as findings: one per network, one per network member, one per flagged edge.
struct CoordinationFindings {
    static let detector = "coordination"
    var result: CoordinationResult
    var frame: Frame
    var names: [AccountName]

    func findings() -> [Finding] {
        var findings: [Finding] = []
        let combined = result.combined
        for (n, network) in result.networks.enumerated() {
            let id = Self.networkID(n)
            let weights = network.edges.map { combined.weights[$0] }
            let size = network.members.count
            let details = NetworkDetails(
                size: size, edges: network.edges.count,
                density: size > 1 ? Double(2 * network.edges.count) / Double(size * (size - 1)) : 0,
                totalWeight: weights.reduce(0, +), meanWeight: weights.isEmpty ? 0 : weights.reduce(0, +) / Double(weights.count),
                signals: signalCounts(network.edges))
            findings.append(
                Finding(
                    kind: "network", key: id, label: "\(id): \(size) accounts", score: details.meanWeight,
                    details: (try? jsonText(details)) ?? "{}",
                    accounts: network.members.map { Finding.Member(account: frame.accountRowIDs[Int($0)]) }))
        }
        return findings
    }

    static func networkID(_ index: Int) -> String { "N\(index + 1)" }

    /// For each signal, how many of the edges it contributes to.
    func signalCounts(_ edges: [Int]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for list in result.signalEdges {
            let count = edges.reduce(0) { $0 + (list.index(result.combined.sources[$1], result.combined.targets[$1]) != nil ? 1 : 0) }
            if count > 0 { counts[list.signal.rawValue] = count }
        }
        return counts
    }
}

struct NetworkDetails: Codable {
    var size: Int
    var edges: Int
    var density: Double
    var totalWeight: Double
    var meanWeight: Double
    var signals: [String: Int]
}

/// What `tangle detect` prints.
struct DetectSummary: Encodable {
    struct SignalLine: Encodable {
        var signal: String
        var edges: Int
        var skippedKeys: Int
    }
    struct NetworkLine: Encodable {
        var id: String
        var size: Int
        var edges: Int
        var examples: [String]
    }
    var seconds: Double
    var signals: [SignalLine]
    var pairs: Int
    var threshold: Double
    var flaggedEdges: Int
    var networks: [NetworkLine]

    init(result: CoordinationResult, names: [AccountName], seconds: Double) {
        self.seconds = seconds
        signals = result.signalEdges.map { SignalLine(signal: $0.signal.rawValue, edges: $0.count, skippedKeys: $0.skippedKeys) }
        pairs = result.combined.count
        threshold = result.threshold
        flaggedEdges = result.combined.flagged.filter { $0 }.count
        networks = result.networks.enumerated().map { n, network in
            NetworkLine(
                id: CoordinationFindings.networkID(n), size: network.members.count, edges: network.edges.count,
                examples: network.members.prefix(5).map { names[Int($0)].display })
        }
    }

    var text: String {
        var lines = ["co-action edges per signal:"]
        for line in signals {
            lines.append("  \(line.signal.padding(toLength: 12, withPad: " ", startingAt: 0)) \(grouped(line.edges))" + (line.skippedKeys > 0 ? " (\(grouped(line.skippedKeys)) keys too common, skipped)" : ""))
        }
        lines.append("account pairs: \(grouped(pairs)); flagged (surprise -log10 p >= \(String(format: "%.2f", threshold))): \(grouped(flaggedEdges))")
        lines.append("networks: \(networks.count)")
        for network in networks.prefix(20) {
            lines.append("  \(network.id): \(network.size) accounts, \(network.edges) edges; e.g. \(network.examples.joined(separator: ", "))")
        }
        lines.append(String(format: "took %.2f s", seconds))
        return lines.joined(separator: "\n")
    }
}
