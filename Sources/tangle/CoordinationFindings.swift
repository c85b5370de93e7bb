import Foundation
import TangleCore
import TangleDetect
import TangleReport
import TangleStore

extension CoordinationParameters {
    /// The parameters as saved with a run, and read back by `tangle networks --evidence`.
    var recorded: [String: String] {
        [
            "signals": signals.map(\.rawValue).joined(separator: ","), "window_ms": "\(window)",
            "item_window_ms": "\(itemWindow)", "original_window_ms": "\(originalWindow)", "near_text_threshold": "\(nearTextThreshold)",
            "max_key_accounts": "\(maxKeyAccounts)", "null_block_ms": "\(nullBlock)", "seed": "\(seed)",
            "null_replicates": "\(nullReplicates)", "alpha": "\(alpha)",
            "min_keys": "\(minKeys)", "min_network_size": "\(minNetworkSize)", "resolution": "\(resolution)",
            "split_modularity": "\(splitModularity)", "min_partners": "\(minPartners)",
        ]
    }

    init(recorded: [String: String]) {
        self.init()
        if let names = recorded["signals"] { signals = names.split(separator: ",").compactMap { Signal(rawValue: String($0)) } }
        window = recorded["window_ms"].flatMap { Int64($0) } ?? window
        itemWindow = recorded["item_window_ms"].flatMap { Int64($0) } ?? itemWindow
        originalWindow = recorded["original_window_ms"].flatMap { Int64($0) } ?? originalWindow
        nearTextThreshold = recorded["near_text_threshold"].flatMap { Double($0) } ?? nearTextThreshold
        maxKeyAccounts = recorded["max_key_accounts"].flatMap { Int($0) } ?? maxKeyAccounts
    }
}

/// A coordination run as findings: one per network (with its evidence), one per network member,
/// one per flagged edge.
struct CoordinationFindings {
    static let detector = "coordination"
    /// Co-actions kept in a network's finding; `tangle networks --evidence` finds them all again.
    static let evidenceKept = 25

    var result: CoordinationResult
    var frame: Frame
    var nearText: [UInt32]
    var names: [AccountName]
    var caseFile: CaseFile

    static func networkID(_ index: Int) -> String { "N\(index + 1)" }

    func findings() throws -> [Finding] {
        let edgesOfAccount = flaggedEdgesOfAccount()
        // The evidence of every network in one pass over the case's actions.
        let coactions = Evidence.coactions(
            groupOf: result.networkOfAccount, groups: result.networks.count, in: frame, parameters: result.parameters,
            nearText: nearText)
        var findings: [Finding] = []
        for n in result.networks.indices {
            findings.append(try network(n, coactions: coactions[n], edgesOfAccount: edgesOfAccount))
        }
        findings += accounts(edgesOfAccount)
        findings += edges()
        return findings
    }

    private func network(_ n: Int, coactions: [Coaction], edgesOfAccount: [[Int]]) throws -> Finding {
        let network = result.networks[n]
        let id = Self.networkID(n)
        let combined = result.combined
        let weights = network.edges.map { combined.weights[$0] }
        let size = network.members.count
        let details = NetworkDetails(
            size: size, edges: network.edges.count,
            density: size > 1 ? Double(2 * network.edges.count) / Double(size * (size - 1)) : 0,
            totalWeight: weights.reduce(0, +), meanWeight: weights.isEmpty ? 0 : weights.reduce(0, +) / Double(weights.count),
            meanSurprise: network.edges.isEmpty ? 0 : network.edges.map { combined.surprise[$0] }.reduce(0, +) / Double(network.edges.count),
            signals: signalSummary(network.edges, coactions),
            firstCoaction: coactions.map { frame.times[Int($0.first)] }.min().map(Timestamp.iso8601),
            lastCoaction: coactions.map { frame.times[Int($0.second)] }.max().map(Timestamp.iso8601),
            topKeys: try topKeys(coactions),
            domains: domainShares(network.members),
            evidence: try EvidenceRow.rows(Array(Self.strongest(coactions).prefix(Self.evidenceKept)), frame: frame, names: names, caseFile: caseFile),
            coactions: coactions.count)
        let labelKeys = details.topKeys.prefix(2).map(\.key).joined(separator: ", ")
        return Finding(
            kind: "network", key: id, label: "\(size) accounts" + (labelKeys.isEmpty ? "" : "; \(labelKeys)"),
            score: details.meanSurprise, details: try jsonText(details),
            accounts: network.members.map { member in
                Finding.Member(
                    account: frame.accountRowIDs[Int(member)],
                    score: edgesOfAccount[Int(member)].reduce(0) { $0 + combined.weights[$1] })
            })
    }

    /// The co-actions to show first: the closest in time, then the earliest.
    static func strongest(_ coactions: [Coaction]) -> [Coaction] {
        coactions.sorted { ($0.gap, $0.first, $0.second) < ($1.gap, $1.first, $1.second) }
    }

    /// Each account's flagged edges.
    private func flaggedEdgesOfAccount() -> [[Int]] {
        var lists = [[Int]](repeating: [], count: frame.accountCount)
        for e in result.combined.flagged.indices where result.combined.flagged[e] {
            lists[Int(result.combined.sources[e])].append(e)
            lists[Int(result.combined.targets[e])].append(e)
        }
        return lists
    }

    private func accounts(_ edgesOf: [[Int]]) -> [Finding] {
        let combined = result.combined
        return (0..<frame.accountCount).compactMap { account in
            let network = result.networkOfAccount[account]
            guard network >= 0 else { return nil }
            let edges = edgesOf[account]
            var perSignal: [String: AccountSignal] = [:]
            for list in result.signalEdges {
                var signal = AccountSignal()
                for e in edges {
                    if let i = list.index(combined.sources[e], combined.targets[e]) {
                        signal.degree += 1
                        signal.strength += list.weights[i]
                    }
                }
                if signal.degree > 0 { perSignal[list.signal.rawValue] = signal }
            }
            let details = AccountDetails(
                network: Self.networkID(Int(network)), degree: edges.count,
                strength: edges.map { combined.weights[$0] }.reduce(0, +),
                maxSurprise: edges.map { combined.surprise[$0] }.max() ?? 0, signals: perSignal)
            return Finding(
                kind: "account", key: names[account].platformID, label: names[account].display, score: details.strength,
                details: (try? jsonText(details)) ?? "{}",
                accounts: [Finding.Member(account: frame.accountRowIDs[account], score: details.strength)])
        }
    }

    private func edges() -> [Finding] {
        let combined = result.combined
        return combined.flagged.indices.compactMap { e in
            guard combined.flagged[e] else { return nil }
            let (a, b) = (Int(combined.sources[e]), Int(combined.targets[e]))
            var signals: [String: EdgeSignal] = [:]
            for list in result.signalEdges {
                if let i = list.index(UInt32(a), UInt32(b)) {
                    signals[list.signal.rawValue] = EdgeSignal(
                        keys: Int(list.keys[i]), coactions: Int(list.coactions[i]),
                        medianGapSeconds: Double(list.medianGaps[i]) / 1000, weight: list.weights[i])
                }
            }
            let details = EdgeDetails(
                source: names[a].platformID, target: names[b].platformID, weight: combined.weights[e],
                keys: Int(combined.keys[e]), expectedKeys: combined.expectedKeys[e], surprise: combined.surprise[e],
                network: result.networkOfAccount[a] >= 0 && result.networkOfAccount[a] == result.networkOfAccount[b]
                    ? Self.networkID(Int(result.networkOfAccount[a])) : nil,
                signals: signals)
            return Finding(
                kind: "edge", key: "\(names[a].platformID)|\(names[b].platformID)", score: combined.weights[e],
                details: (try? jsonText(details)) ?? "{}",
                accounts: [Finding.Member(account: frame.accountRowIDs[a]), Finding.Member(account: frame.accountRowIDs[b])])
        }
    }

    private func signalSummary(_ edges: [Int], _ coactions: [Coaction]) -> [String: NetworkSignal] {
        var summary: [String: NetworkSignal] = [:]
        for list in result.signalEdges {
            let count = edges.reduce(0) { $0 + (list.index(result.combined.sources[$1], result.combined.targets[$1]) != nil ? 1 : 0) }
            if count > 0 { summary[list.signal.rawValue, default: NetworkSignal()].edges = count }
        }
        for coaction in coactions { summary[coaction.signal.rawValue, default: NetworkSignal()].coactions += 1 }
        return summary
    }

    /// The keys with the most co-actions, named as an analyst would search for them.
    private func topKeys(_ coactions: [Coaction]) throws -> [SharedKey] {
        struct Tally { var coactions = 0; var accounts = Set<UInt32>(); var post: UInt32 }
        var tallies: [String: [UInt32: Tally]] = [:]
        for c in coactions {
            var tally = tallies[c.signal.rawValue, default: [:]][c.key] ?? Tally(post: c.first)
            tally.coactions += 1
            tally.accounts.insert(frame.accounts[Int(c.first)])
            tally.accounts.insert(frame.accounts[Int(c.second)])
            tallies[c.signal.rawValue, default: [:]][c.key] = tally
        }
        var ranked: [(signal: Signal, key: UInt32, tally: Tally)] = []
        for (name, keys) in tallies { for (key, tally) in keys { ranked.append((Signal(rawValue: name)!, key, tally)) } }
        ranked.sort { ($1.tally.coactions, $0.signal, $0.key) < ($0.tally.coactions, $1.signal, $1.key) }
        let top = ranked.prefix(10)
        let texts = try caseFile.postNames(top.map { frame.postRowIDs[Int($0.tally.post)] })
        return zip(top, texts).map { item, post in
            SharedKey(
                signal: item.signal.rawValue,
                key: KeyName.name(item.signal, key: item.key, post: Int(item.tally.post), frame: frame) ?? Self.snippet(post.text),
                coactions: item.tally.coactions, accounts: item.tally.accounts.count)
        }
    }

    static func snippet(_ text: String) -> String { KeyName.snippet(text) }

    /// The share of the members' links (outside reposts) that point to each domain, top 10.
    private func domainShares(_ members: [UInt32]) -> [DomainShare] {
        var isMember = [Bool](repeating: false, count: frame.accountCount)
        for m in members { isMember[Int(m)] = true }
        var counts: [UInt32: Int] = [:]
        var total = 0
        for post in 0..<frame.postCount where isMember[Int(frame.accounts[post])] && frame.kinds[post] != PostKind.repost.rawValue {
            for domain in frame.domains[post] {
                counts[domain, default: 0] += 1
                total += 1
            }
        }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(10).map {
            DomainShare(domain: frame.domains.names[Int($0.key)], links: $0.value, share: Double($0.value) / Double(total))
        }
    }
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
    var stages: [StageClock.Lap]
    var signals: [SignalLine]
    var pairs: Int
    var threshold: Double
    var flaggedEdges: Int
    var networks: [NetworkLine]

    init(result: CoordinationResult, names: [AccountName], stages: [StageClock.Lap]) {
        self.stages = stages
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
        lines.append(String(format: "took %.2f s: ", stages.map(\.seconds).reduce(0, +)) + stages.map { String(format: "%@ %.2f s", $0.stage, $0.seconds) }.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }
}
