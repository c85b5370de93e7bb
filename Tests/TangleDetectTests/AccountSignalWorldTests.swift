import Foundation
import TangleCore
@testable import TangleDetect
import TangleStore
import Testing

/// How the signals separate a simulated world's bots, trolls and organic accounts. Runs only when
/// `TANGLE_ACCOUNT_WORLD` names a directory holding `case.tangle` (ingested) and `truth.json`.
struct AccountSignalWorldTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TANGLE_ACCOUNT_WORLD"] != nil))
    func separatesUnitsOnASimulatedWorld() throws {
        let directory = ProcessInfo.processInfo.environment["TANGLE_ACCOUNT_WORLD"] ?? ""
        let caseFile = try CaseFile(path: directory + "/case.tangle", create: false)
        let frame = try caseFile.frame()
        let loading = ContinuousClock.now
        let stored = try caseFile.accountProfiles(frame)
        let storedClients = try caseFile.postClients(frame)
        let loaded = ContinuousClock.now - loading
        let profiles = AccountProfiles(
            handles: stored.handles, displayNames: stored.displayNames, createdAt: stored.createdAt,
            followers: stored.followers, following: stored.following, postCounts: stored.postCounts,
            verified: stored.verified, languages: stored.languages, locations: stored.locations,
            descriptionEmpty: stored.descriptionEmpty, profileURLEmpty: stored.profileURLEmpty)
        let clients = PostClients(
            clients: storedClients.clients, clientNames: storedClients.clientNames,
            languages: storedClients.languages, languageNames: storedClients.languageNames)
        let started = ContinuousClock.now
        let features = AccountSignals.compute(frame: frame, profiles: profiles, clients: clients)
        let elapsed = ContinuousClock.now - started
        let truthURL = URL(fileURLWithPath: directory + "/truth.json")
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: truthURL))
        var unitOfHandle: [String: String] = [:]
        for operation in (truth as? [String: Any])?["operations"] as? [[String: Any]] ?? [] {
            for account in operation["accounts"] as? [[String: Any]] ?? [] {
                unitOfHandle[account["handle"] as? String ?? ""] = account["unit"] as? String
            }
        }
        let units = profiles.handles.map { unitOfHandle[$0] ?? "organic" }
        var lines = ["load profiles and clients: \(loaded)", "compute: \(elapsed) for \(frame.accountCount) accounts, \(frame.postCount) posts"]
        let names = ["organic", "bot", "troll", "outlet"]
        lines.append(
            "feature".padding(toLength: 22, withPad: " ", startingAt: 0)
                + names.map { "mean \($0)" }.joined(separator: "  ") + "  organic>0.5  bots>0.5")
        for (f, name) in features.names.enumerated() {
            var row = name.padding(toLength: 22, withPad: " ", startingAt: 0)
            for unit in names {
                let members = units.indices.filter { units[$0] == unit }
                let sum = members.reduce(0) { $0 + features.values[f][$1] }
                let mean = members.isEmpty ? 0 : sum / Double(members.count)
                row += String(format: "%.3f", mean).padding(toLength: unit.count + 7, withPad: " ", startingAt: 0)
            }
            let organicHigh = units.indices.count { units[$0] == "organic" && features.values[f][$0] > 0.5 }
            let botHigh = units.indices.count { units[$0] == "bot" && features.values[f][$0] > 0.5 }
            lines.append(row + "\(organicHigh)  \(botHigh)")
        }
        if let bot = units.firstIndex(of: "bot") {
            for f in features.names.indices {
                if let sentence = features.explanation(account: bot, feature: f) {
                    lines.append("bot \(profiles.handles[bot]): \(sentence)")
                }
            }
        }
        try lines.joined(separator: "\n")
            .write(toFile: directory + "/account-signals.txt", atomically: true, encoding: .utf8)
    }

    /// Times `compute` on 1M accounts and 10M posts (30% reposts of posts in the case, one client in
    /// five automated); runs only when `TANGLE_ACCOUNT_SCALE` is set, and writes the time beside it.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TANGLE_ACCOUNT_SCALE"] != nil))
    func computesAMillionAccountsQuickly() throws {
        let accounts = 1_000_000
        let posts = 10_000_000
        var rng = SeededRandom(seed: 7)
        var frame = Frame()
        frame.accountRowIDs = (0..<accounts).map { Int64($0 + 1) }
        var references = KeyColumn.Builder()
        var originals: [Int] = []
        let start: Int64 = 1_462_233_600_000
        for post in 0..<posts {
            frame.times.append(start + Int64(post) * 259 + Int64(rng.next() % 200))
            frame.accounts.append(UInt32(rng.next() % UInt64(accounts)))
            if post > 100, rng.next() % 10 < 3 {
                frame.kinds.append(PostKind.repost.rawValue)
                references.append([Substring("p\(originals[Int(rng.next() % UInt64(originals.count))])")])
            } else {
                frame.kinds.append(PostKind.original.rawValue)
                references.append([])
                if originals.count < 1_000_000 { originals.append(post) }
            }
        }
        frame.times.sort()
        frame.referencedPosts = references.column
        let code = Dictionary(uniqueKeysWithValues: frame.referencedPosts.names.enumerated().map { ($1, UInt32($0)) })
        frame.referencedAs = (0..<posts).map { code["p\($0)"] ?? Frame.none }
        var profiles = AccountProfiles(unknownCount: accounts)
        for account in 0..<accounts {
            profiles.handles[account] =
                account % 50 == 0 ? "anna\(10_000_000 + account)" : "user_\(account % 977)x\(account / 977)"
            profiles.displayNames[account] = "User \(account)"
            profiles.createdAt[account] = start - Int64(rng.next() % (3000 * 86_400_000))
            profiles.followers[account] = Int64(rng.next() % 5000)
            profiles.following[account] = Int64(rng.next() % 2000)
            profiles.languages[account] = "en"
        }
        let clients = PostClients(
            clients: (0..<posts).map { UInt32($0 % 5) },
            clientNames: ["Twitter for iPhone", "Twitter for Android", "Twitter Web App", "TweetDeck", "IFTTT"],
            languages: (0..<posts).map { UInt32($0 % 7 == 0 ? 1 : 0) }, languageNames: ["en", "ru"])
        let started = ContinuousClock.now
        let features = AccountSignals.compute(frame: frame, profiles: profiles, clients: clients)
        let elapsed = ContinuousClock.now - started
        #expect(features.accountCount == accounts)
        let path = ProcessInfo.processInfo.environment["TANGLE_ACCOUNT_SCALE"] ?? ""
        try "compute: \(elapsed) for \(accounts) accounts, \(posts) posts\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
    }
}
