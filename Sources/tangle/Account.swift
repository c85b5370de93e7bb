import ArgumentParser
import Foundation
import TangleCore
import TangleDetect
import TangleReport
import TangleStore

struct Account: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One account: profile, score and signals with their reasons, weekly activity, networks.")

    @OptionGroup var caseFile: CaseOption

    @Argument(help: "The account: @handle, handle or platform id.")
    var account: String

    @Option(help: "How many of its latest posts to list.")
    var recent = 10

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
        var report = AccountReport(scoring, account: dense, networks: try Self.networks(of: dense, scoring: scoring, caseFile: caseFile))
        try report.addProfile(from: caseFile, scoring: scoring, account: dense, recent: recent)
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
    var profile: AccountProfile?
    var score: Double
    var flagged: Bool
    var posts: Int
    var signals: [Signal]
    var networks: [String]
    /// Posts per hour of the week in UTC, Monday 00:00 first.
    var hourOfWeek: [Int]
    /// The apps its posts in the case came from, most used first.
    var clients: [AccountActivity.Client] = []
    /// Its latest posts in the case, newest first.
    var recentPosts: [AccountPost] = []

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
        posts = 0
        hourOfWeek = [Int](repeating: 0, count: ActivityFingerprints.binCount)
    }

    /// The profile and the activity (`AccountActivity`, as the report and the dashboard show it): the
    /// account's posts are found in the frame already loaded and fetched by row id, so no scan of the post table.
    mutating func addProfile(from caseFile: CaseFile, scoring: AccountScoring, account: Int, recent: Int) throws {
        profile = try caseFile.accountProfile(rowID: scoring.frame.accountRowIDs[account])
        let frame = scoring.frame
        let posts = frame.accounts.indices.filter { frame.accounts[$0] == UInt32(account) }
        let activity = try AccountActivity.of(
            caseFile, rowIDs: posts.map { frame.postRowIDs[$0] }, times: posts.map { frame.times[$0] }, recent: recent)
        self.posts = activity.posts
        hourOfWeek = activity.hourOfWeek
        clients = activity.clients
        recentPosts = activity.recentPosts
    }

    var text: String {
        var lines = [
            (handle.map { "@\($0) (\(account))" } ?? account) + ": \(grouped(posts)) posts, score "
                + String(format: "%.3f", score) + (flagged ? " (flagged)" : ""),
        ]
        if let profile {
            let facts: [String?] = [
                profile.displayName.map { "name: \($0)" },
                profile.createdAt.map { "created: \($0)" },
                profile.followers.map { "followers: \(grouped(Int($0)))" },
                profile.following.map { "following: \(grouped(Int($0)))" },
                profile.postCount.map { "posts (profile): \(grouped(Int($0)))" },
                profile.verified.map { $0 ? "verified" : "not verified" },
                profile.language.map { "language: \($0)" },
                profile.location.flatMap { $0.isEmpty ? nil : "location: \($0)" },
            ]
            lines.append("  " + facts.compactMap { $0 }.joined(separator: " · "))
            if let description = profile.description, !description.isEmpty { lines.append("  \"\(description)\"") }
        }
        if !clients.isEmpty {
            lines.append("  clients: " + clients.prefix(5).map { "\($0.name) (\(grouped($0.posts)))" }.joined(separator: ", "))
        }
        lines += ["", "signals:"]
        for signal in signals {
            lines.append(String(format: "  %.2f  ", signal.value) + signal.name + (signal.reason.map { ": \($0)" } ?? ""))
        }
        if signals.isEmpty { lines.append("  none") }
        lines.append("")
        lines.append("networks: " + (networks.isEmpty ? "none" : networks.joined(separator: "; ")))
        lines.append("")
        lines.append("posts by hour of the week (UTC):")
        lines += Shifts.heatMap(hourOfWeek.map(Double.init), offset: 0).map { "  " + $0 }
        if !recentPosts.isEmpty {
            lines += ["", "latest posts:"]
            for post in recentPosts {
                let text = post.text.replacingOccurrences(of: "\n", with: " ")
                lines.append("  \(post.time)  \(post.kind.padding(toLength: 8, withPad: " ", startingAt: 0)) \(post.platformID)  "
                    + (text.count > 100 ? String(text.prefix(99)) + "…" : text))
            }
        }
        return lines.joined(separator: "\n")
    }
}
