import ArgumentParser
import Foundation
import TangleCore
import TangleDetect
import TangleStore

struct Account: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One account: profile, score and signals with their reasons, weekly activity, networks.")

    @OptionGroup var caseFile: CaseOption

    @Argument(help: "The account: @handle, handle or platform id.")
    var account: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let caseFile = try CaseFile(path: self.caseFile.path, create: false)
        let scoring = try AccountScoring.run(caseFile, train: nil)
        let key = account.hasPrefix("@") ? String(account.dropFirst()) : account
        guard let dense = scoring.names.firstIndex(where: { $0.platformID == key })
            ?? scoring.names.firstIndex(where: { $0.handle?.lowercased() == key.lowercased() })
        else {
            throw ValidationError("\(account): no account with that handle or id has posts in \(self.caseFile.path)")
        }
        let report = AccountReport(scoring, account: dense, networks: try Self.networks(of: dense, scoring: scoring, caseFile: caseFile))
        print(json ? try jsonText(report) : report.text)
    }

    /// The networks of the latest coordination run that list the account.
    static func networks(of account: Int, scoring: AccountScoring, caseFile: CaseFile) throws -> [String] {
        guard let run = try caseFile.latestRun(detector: CoordinationFindings.detector) else { return [] }
        let rowID = scoring.frame.accountRowIDs[account]
        return try caseFile.findings(of: run, kind: "network").filter { $0.finding.accounts.contains { $0.account == rowID } }
            .map { "\($0.finding.key): \($0.finding.label ?? "")" }
    }
}

/// What `tangle account` prints.
struct AccountReport: Encodable {
    struct Signal: Encodable {
        var name: String
        var value: Double
        var reason: String?
    }
    var account: String
    var handle: String?
    var score: Double
    var flagged: Bool
    var posts: Int
    var signals: [Signal]
    var networks: [String]
    /// Posts per hour of the week in UTC, Monday 00:00 first.
    var hourOfWeek: [Int]

    init(_ scoring: AccountScoring, account: Int, networks: [String]) {
        self.account = scoring.names[account].platformID
        handle = scoring.names[account].handle
        score = scoring.scored.scores[account]
        flagged = score >= scoring.model.threshold
        let features = scoring.features
        signals = features.names.indices.compactMap { f in
            let value = features.values[f][account]
            return value > 0 ? Signal(name: features.names[f], value: value, reason: features.explanation(account: account, feature: f)) : nil
        }.sorted { ($0.value, $1.name) > ($1.value, $0.name) }
        self.networks = networks
        var hours = [Int](repeating: 0, count: ActivityFingerprints.binCount)
        var count = 0
        for post in 0..<scoring.frame.postCount where scoring.frame.accounts[post] == UInt32(account) {
            hours[ActivityFingerprints.hourOfWeek(utcMillis: scoring.frame.times[post])] += 1
            count += 1
        }
        posts = count
        hourOfWeek = hours
    }

    var text: String {
        var lines = [
            (handle.map { "@\($0) (\(account))" } ?? account) + ": \(grouped(posts)) posts, score "
                + String(format: "%.3f", score) + (flagged ? " (flagged)" : ""),
            "", "signals:",
        ]
        for signal in signals {
            lines.append(String(format: "  %.2f  ", signal.value) + signal.name + (signal.reason.map { ": \($0)" } ?? ""))
        }
        if signals.isEmpty { lines.append("  none") }
        lines.append("")
        lines.append("networks: " + (networks.isEmpty ? "none" : networks.joined(separator: "; ")))
        lines.append("")
        lines.append("posts by hour of the week (UTC):")
        lines += Shifts.heatMap(hourOfWeek.map(Double.init), offset: 0).map { "  " + $0 }
        return lines.joined(separator: "\n")
    }
}
