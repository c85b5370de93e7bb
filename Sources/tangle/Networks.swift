import ArgumentParser
import Foundation
import TangleCore
import TangleDetect
import TangleReport
import TangleStore

struct Networks: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the coordinated networks `tangle detect` found, with their evidence.",
        discussion: """
            Without --network: one line per network. With --network N1: its members, signals, shared keys, \
            domains and the closest co-actions. With --evidence as well: every co-action of the network, found \
            again from the case with the run's parameters (both posts, the key, the gap).
            """)

    @OptionGroup var caseFile: CaseOption

    @Option(help: "How many networks (or, with --network, members and co-actions) to show.")
    var top = 20

    @Option(help: "One network, by id (N1, N2, ...).")
    var network: String?

    @Flag(help: "With --network: every co-action, as CSV (or JSON with --json).")
    var evidence = false

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var registry: RegistryOption

    @Flag(inversion: .prefixedNo, help: "Report each network's links by registry label (loads the case's posts; --no-sources skips it on large cases).")
    var sources = true

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be positive") }
        if evidence && network == nil { throw ValidationError("--evidence needs --network, e.g. --network N1") }
    }

    func run() throws {
        let caseFile = try CaseFile(path: self.caseFile.path, create: false)
        guard let run = try caseFile.latestRun(detector: CoordinationFindings.detector) else {
            throw ValidationError("\(self.caseFile.path): no coordination run yet; run `tangle detect --case \(self.caseFile.path)` first")
        }
        let networks = try caseFile.findings(of: run, kind: "network").sorted { Self.order($0.finding.key) < Self.order($1.finding.key) }
        guard let id = network else {
            try printList(networks, run: run, caseFile: caseFile)
            return
        }
        guard let saved = networks.first(where: { $0.finding.key == id }) else {
            throw ValidationError("no network \(id) in the latest run; it has \(networks.map(\.finding.key).joined(separator: ", "))")
        }
        if evidence {
            try printEvidence(saved, run: run, caseFile: caseFile)
        } else {
            try printNetwork(saved, caseFile: caseFile)
        }
    }

    /// N2 before N10.
    static func order(_ key: String) -> Int { Int(key.dropFirst()) ?? .max }

    static func details(_ saved: SavedFinding) throws -> NetworkDetails {
        try NetworkDetails.of(saved)
    }

    /// Each network's links by registry label, from the case's Frame (one load for all networks).
    private func linkShares(_ networks: [SavedFinding], caseFile: CaseFile) throws -> [SourceLabels.LinkShares?] {
        guard sources, !networks.isEmpty else { return networks.map { _ in nil } }
        let frame = try caseFile.frame()
        let labels = SourceLabels(registry: try registry.load(), frame: frame)
        var denseOf: [Int64: UInt32] = [:]
        for (dense, rowID) in frame.accountRowIDs.enumerated() { denseOf[rowID] = UInt32(dense) }
        return networks.map { labels.linkShares(of: $0.finding.accounts.compactMap { denseOf[$0.account] }, in: frame) }
    }

    /// `sources: state-media 42% (120 of 285 links), ...`, or nil when the network posted no links.
    static func sourcesLine(_ shares: SourceLabels.LinkShares?) -> String? {
        guard let shares, shares.links > 0 else { return nil }
        guard !shares.labels.isEmpty else { return "sources: no labelled links among \(grouped(shares.links))" }
        let parts = shares.labels.map { "\($0.label) \(String(format: "%.0f%%", 100 * $0.share)) (\(grouped($0.links)) of \(grouped(shares.links)) links)" }
        return "sources: " + parts.joined(separator: ", ")
    }

    private func printList(_ networks: [SavedFinding], run: SavedRun, caseFile: CaseFile) throws {
        let shown = Array(networks.prefix(top))
        let shares = try linkShares(shown, caseFile: caseFile)
        if json {
            print(try jsonText(try zip(shown, shares).map { NetworkListItem(id: $0.finding.key, members: $0.accountPlatformIDs, details: try Self.details($0), sources: $1) }))
            return
        }
        var lines = ["\(networks.count) networks (run \(run.id); window \(run.parameters["window_ms"].flatMap { Int($0) }.map { "\($0 / 1000)s" } ?? "?"), item window \(run.parameters["item_window_ms"].flatMap { Int($0) }.map { "\($0 / 1000)s" } ?? "?"))"]
        for (saved, share) in zip(shown, shares) {
            let d = try Self.details(saved)
            let signals = d.signals.sorted { $0.value.coactions > $1.value.coactions }.map { "\($0.key) \(grouped($0.value.coactions))" }
            lines.append("")
            lines.append("\(saved.finding.key)  \(d.size) accounts, \(d.edges) edges, density \(String(format: "%.2f", d.density)), mean surprise \(String(format: "%.1f", d.meanSurprise))")
            lines.append("    active \(d.firstCoaction ?? "?") to \(d.lastCoaction ?? "?"); co-actions: \(signals.joined(separator: ", "))")
            if !d.topKeys.isEmpty {
                lines.append("    top keys: " + d.topKeys.prefix(3).map { "\($0.signal) \($0.key) (\($0.coactions))" }.joined(separator: "; "))
            }
            if !d.domains.isEmpty {
                lines.append("    domains: " + d.domains.prefix(4).map { "\($0.domain) \(String(format: "%.0f%%", 100 * $0.share))" }.joined(separator: ", "))
            }
            if let line = Self.sourcesLine(share) { lines.append("    " + line) }
        }
        if networks.count > shown.count { lines.append("\n(\(networks.count - shown.count) more; --top to see them)") }
        print(lines.joined(separator: "\n"))
    }

    private func printNetwork(_ saved: SavedFinding, caseFile: CaseFile) throws {
        let d = try Self.details(saved)
        let names = try caseFile.accountNames(saved.finding.accounts.map(\.account))
        let members = zip(names, saved.finding.accounts).sorted { ($1.1.score ?? 0, $0.0.platformID) < ($0.1.score ?? 0, $1.0.platformID) }
        let shares = try linkShares([saved], caseFile: caseFile)[0]
        if json {
            print(try jsonText(NetworkListItem(id: saved.finding.key, members: members.map(\.0.platformID), details: d, sources: shares)))
            return
        }
        var lines = ["\(saved.finding.key): \(d.size) accounts, \(d.edges) edges, density \(String(format: "%.2f", d.density)), \(grouped(d.coactions)) co-actions from \(d.firstCoaction ?? "?") to \(d.lastCoaction ?? "?")", "", "members (by strength):"]
        for (name, member) in members.prefix(top) {
            lines.append("  \(name.display)  strength \(String(format: "%.2f", member.score ?? 0))")
        }
        if members.count > top { lines.append("  … \(members.count - top) more") }
        lines.append("")
        lines.append("signals: " + d.signals.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.edges) edges / \($0.value.coactions) co-actions" }.joined(separator: "; "))
        lines.append("")
        lines.append("top shared keys:")
        for key in d.topKeys { lines.append("  \(key.signal)  \(key.key)  \(key.coactions) co-actions, \(key.accounts) accounts") }
        lines.append("")
        lines.append("links by domain:")
        for domain in d.domains { lines.append("  \(domain.domain)  \(domain.links)  \(String(format: "%.1f%%", 100 * domain.share))") }
        if let line = Self.sourcesLine(shares) { lines.append(line) }
        lines.append("")
        lines.append("closest co-actions (all of them: --evidence):")
        for row in d.evidence.prefix(top) {
            lines.append("  \(row.signal)  \(row.firstAccount) post \(row.firstPost) at \(row.firstTime) → \(row.secondAccount) post \(row.secondPost) \(String(format: "%.3f", row.gapSeconds)) s later  [\(row.key)]")
        }
        print(lines.joined(separator: "\n"))
    }

    /// Every co-action among the network's members, from the case with the run's parameters.
    private func printEvidence(_ saved: SavedFinding, run: SavedRun, caseFile: CaseFile) throws {
        let parameters = CoordinationParameters(recorded: run.parameters)
        let frame = try caseFile.frame(words: parameters.signals.contains(.nearText))
        let nearText = parameters.signals.contains(.nearText) ? NearText.clusters(frame, threshold: parameters.nearTextThreshold) : []
        var denseOf: [Int64: UInt32] = [:]
        for (dense, rowID) in frame.accountRowIDs.enumerated() { denseOf[rowID] = UInt32(dense) }
        let members = saved.finding.accounts.compactMap { denseOf[$0.account] }.sorted()
        let coactions = CoordinationFindings.strongest(Evidence.coactions(among: members, in: frame, parameters: parameters, nearText: nearText))
        let names = try caseFile.accountNames(frame.accountRowIDs)
        var out = json ? "[" : "signal,key,first_post,first_account,first_time,second_post,second_account,gap_s\n"
        // In chunks, so a network with millions of co-actions never holds all their texts at once.
        for start in stride(from: 0, to: coactions.count, by: 10_000) {
            let rows = try EvidenceRow.rows(Array(coactions[start..<min(start + 10_000, coactions.count)]), frame: frame, names: names, caseFile: caseFile)
            for (index, row) in rows.enumerated() {
                if json {
                    out += (start + index == 0 ? "\n" : ",\n") + (try compactJSON(row))
                } else {
                    out += [row.signal, row.key, row.firstPost, row.firstAccount, row.firstTime, row.secondPost, row.secondAccount, "\(row.gapSeconds)"].map(csvField).joined(separator: ",") + "\n"
                }
            }
            FileHandle.standardOutput.write(Data(out.utf8))
            out = ""
        }
        if json { FileHandle.standardOutput.write(Data("\n]\n".utf8)) }
    }
}

struct NetworkListItem: Encodable {
    var id: String
    var members: [String]
    var details: NetworkDetails
    /// The members' links by registry label (`tangle sources`); nil with `--no-sources`.
    var sources: SourceLabels.LinkShares?
}

/// One-line JSON with sorted keys.
func compactJSON(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
