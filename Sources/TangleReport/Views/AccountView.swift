import Foundation
import TangleCore
import TangleDetect
import TangleStore

/// What an `accounts` run saves per flagged account.
struct SavedAccountScore: Decodable {
    var score: Double
    var reasons: [String]
    var signals: [String: Double]
}

/// One line of the accounts list.
public struct AccountSummary: Codable, Sendable, Equatable {
    public var id: String
    public var label: String?
    public var score: Double
    /// The strongest reasons, in words.
    public var reasons: [String]
    public var network: String?
}

/// One account's page.
public struct AccountView: Codable, Sendable, Equatable {
    public struct Signal: Codable, Sendable, Equatable {
        public var name: String
        public var value: Double
    }

    public var id: String
    public var handle: String?
    public var profile: AccountProfile?
    /// Its score in the latest `accounts` run when it was flagged there, else nil.
    public var score: Double?
    public var reasons: [String]
    /// Largest first.
    public var signals: [Signal]
    public var activity: AccountActivity
    public var networks: [String]
    public var shiftGroup: String?
}

/// An account's posts in the case: when, from which app, the latest ones.
public struct AccountActivity: Codable, Sendable, Equatable {
    public struct Client: Codable, Sendable, Equatable {
        public var name: String
        public var posts: Int
    }

    public var posts: Int
    /// Posts per hour of the week in UTC, Monday 00:00 first.
    public var hourOfWeek: [Int]
    /// The apps its posts came from, most used first.
    public var clients: [Client]
    /// Its latest posts, newest first.
    public var recentPosts: [AccountPost]

    /// From the account's posts (row ids and times, oldest first); reads only the posts' rows.
    public static func of(_ caseFile: CaseFile, rowIDs: [Int64], times: [Int64], recent: Int) throws -> AccountActivity {
        var hours = [Int](repeating: 0, count: ActivityFingerprints.binCount)
        for time in times { hours[ActivityFingerprints.hourOfWeek(utcMillis: time)] += 1 }
        let posts = try caseFile.accountPosts(rowIDs)
        var counts: [String: Int] = [:]
        for post in posts { if let client = post.client, !client.isEmpty { counts[client, default: 0] += 1 } }
        return AccountActivity(
            posts: rowIDs.count, hourOfWeek: hours,
            clients: counts.map { Client(name: $0.key, posts: $0.value) }.sorted { ($0.posts, $1.name) > ($1.posts, $0.name) },
            recentPosts: Array(posts.suffix(max(0, recent)).reversed()))
    }
}

extension CaseViews {
    /// The flagged accounts of the latest `accounts` run, highest score first; nil when it never ran.
    public func accountSummaries(limit: Int = 50) throws -> (accounts: [AccountSummary], total: Int)? {
        guard let run = try caseFile.latestRun(detector: Self.accounts) else { return nil }
        let networks = try networkOfAccount()
        var lines = try caseFile.findings(of: run, kind: "account").map { saved in
            AccountSummary(
                id: saved.finding.key, label: saved.finding.label, score: saved.finding.score ?? 0,
                reasons: Array((Self.decode(SavedAccountScore.self, saved.finding.details)?.reasons ?? []).prefix(3)),
                network: saved.finding.accounts.first.flatMap { networks[$0.account] })
        }
        lines.sort { ($1.score, $0.id) < ($0.score, $1.id) }
        return (Array(lines.prefix(limit)), lines.count)
    }

    /// One account by platform id, handle or @handle; nil when the case has no such account. With the
    /// case's `frame` already in memory (the dashboard), its posts are found there instead of by a scan
    /// of the post table, which has no index by account.
    public func account(_ key: String, recent: Int = 10, frame: Frame? = nil) throws -> AccountView? {
        let key = key.hasPrefix("@") ? String(key.dropFirst()) : key
        guard let rowID = try caseFile.accountRowID(key) else { return nil }
        let profile = try caseFile.accountProfile(rowID: rowID)
        let name = try caseFile.accountNames([rowID])[0]
        var score: Double?
        var reasons: [String] = []
        var signals: [AccountView.Signal] = []
        if let run = try caseFile.latestRun(detector: Self.accounts),
            let saved = try caseFile.findings(of: run, kind: "account").first(where: { $0.finding.key == name.platformID })
        {
            score = saved.finding.score
            if let details = Self.decode(SavedAccountScore.self, saved.finding.details) {
                reasons = details.reasons
                signals = details.signals.map { AccountView.Signal(name: $0.key, value: $0.value) }
                    .sorted { ($1.value, $0.name) < ($0.value, $1.name) }
            }
        }
        let (rows, times) = try Self.posts(ofAccount: rowID, in: frame) ?? caseFile.postTimes(ofAccount: rowID)
        let networks = try networkFindings()?.networks.filter { $0.finding.accounts.contains { $0.account == rowID } }.map(\.finding.key) ?? []
        var shiftGroup: String?
        if let run = try caseFile.latestRun(detector: Self.shifts) {
            shiftGroup = try caseFile.findings(of: run, kind: "shift").first { $0.finding.accounts.contains { $0.account == rowID } }?.finding.key
        }
        return AccountView(
            id: name.platformID, handle: name.handle, profile: profile, score: score, reasons: reasons, signals: signals,
            activity: try AccountActivity.of(caseFile, rowIDs: rows, times: times, recent: recent), networks: networks,
            shiftGroup: shiftGroup)
    }

    /// The row ids and times of an account's posts in time order, from a loaded frame; nil without one.
    static func posts(ofAccount rowID: Int64, in frame: Frame?) -> (rowIDs: [Int64], times: [Int64])? {
        guard let frame else { return nil }
        guard let dense = frame.accountRowIDs.firstIndex(of: rowID).map(UInt32.init) else { return ([], []) }
        let posts = frame.accounts.indices.filter { frame.accounts[$0] == dense }
        return (posts.map { frame.postRowIDs[$0] }, posts.map { frame.times[$0] })
    }
}
