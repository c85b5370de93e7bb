import Foundation
import TangleCore

extension AccountSignals {
    /// Client names of automation services (case-insensitive substrings); checked after `mainstreamClients`.
    static let automationClients = [
        "ifttt", "dlvr.it", "twitterfeed", "zapier", "botize", "twittbot", "cheap bots", "tweetadder",
        "socialoomph", "roundteam", "tweet old post", "autotweet", "auto tweet", "autopost", "auto post", "bot",
    ]
    /// Client names of the platform's own and mainstream apps (case-insensitive prefixes).
    static let mainstreamClients = [
        "twitter for", "twitter web", "twitter lite", "mobile web", "tweetdeck", "tweetbot", "twitterrific",
        "echofon", "facebook", "instagram", "ubersocial", "flamingo", "fenix", "talon",
    ]

    /// How automated a client is: 0 a mainstream app, 1 a known automation service, 0.5 anything else
    /// (schedulers and unknown third-party apps).
    static func clientAutomation(_ name: String) -> Double {
        let folded = name.lowercased()
        if mainstreamClients.contains(where: { folded.hasPrefix($0) }) { return 0 }
        return automationClients.contains(where: { folded.contains($0) }) ? 1 : 0.5
    }

    /// `automation-client`: the mean over its posts of the client's automation (`clientAutomation`):
    /// 1 when every post came from a known automation service. Needs 3 posts with a client.
    static func automationClient(
        _ activity: PostingActivity, _ clients: PostClients?, _ parameters: Parameters
    ) -> FeatureColumn {
        var column = FeatureColumn(count: activity.posts.count, explainAbove: parameters.explainAbove)
        guard let clients else { return column }
        let weights = clients.clientNames.map(clientAutomation)
        var sum = [Double](repeating: 0, count: activity.posts.count)
        var known = [Int32](repeating: 0, count: activity.posts.count)
        var lastClient = [UInt32](repeating: Frame.none, count: activity.posts.count)
        for (post, client) in clients.clients.enumerated() where client != Frame.none {
            let account = Int(activity.accountOfPost[post])
            sum[account] += weights[Int(client)]
            known[account] += 1
            if weights[Int(client)] > 0 { lastClient[account] = client }
        }
        for account in sum.indices where known[account] >= 3 {
            let value = sum[account] / Double(known[account])
            column.set(account, value) {
                let name = lastClient[account] == Frame.none ? "" : clients.clientNames[Int(lastClient[account])]
                let kind = clientAutomation(name) == 1 ? "a known automation service" : "not a mainstream app"
                return "posts from '\(name)', \(kind); automation share of its clients \(percent(value))"
            }
        }
        return column
    }

    /// `language-mismatch`: the share of its posts with a language that are not in the profile's
    /// language (primary subtags compared; `und`, `zxx` and empty ignored). Needs 5 such posts and a
    /// profile language.
    static func languageMismatch(
        _ activity: PostingActivity, _ profiles: AccountProfiles, _ clients: PostClients?, _ parameters: Parameters
    ) -> FeatureColumn {
        var column = FeatureColumn(count: profiles.count, explainAbove: parameters.explainAbove)
        guard let clients else { return column }
        let primary = primaryLanguage
        var codeOfLanguage: [String: UInt32] = [:]
        let postLanguage: [UInt32] = clients.languageNames.enumerated().map { code, name in
            let key = primary(name)
            if key.isEmpty || key == "und" || key == "zxx" { return Frame.none }
            if let known = codeOfLanguage[key] { return known }
            codeOfLanguage[key] = UInt32(code)
            return UInt32(code)
        }
        // A profile language no post uses still counts: every post with a language mismatches it.
        let profileLanguage = profiles.languages.map { name -> UInt32 in
            let key = primary(name)
            return key.isEmpty ? Frame.none : codeOfLanguage[key] ?? Frame.none - 1
        }
        var counted = [Int32](repeating: 0, count: profiles.count)
        var mismatched = [Int32](repeating: 0, count: profiles.count)
        for (post, code) in clients.languages.enumerated() where code != Frame.none {
            let language = postLanguage[Int(code)]
            guard language != Frame.none else { continue }
            let account = Int(activity.accountOfPost[post])
            guard profileLanguage[account] != Frame.none else { continue }
            counted[account] += 1
            if language != profileLanguage[account] { mismatched[account] += 1 }
        }
        for account in counted.indices where counted[account] >= 5 {
            let share = Double(mismatched[account]) / Double(counted[account])
            column.set(account, share) {
                "profile language '\(profiles.languages[account])' but \(percent(share)) of its "
                    + "\(counted[account]) posts with a language are in another"
            }
        }
        return column
    }

    /// `follow-ratio`: `log10((following + 1) / (followers + 1)) / 2` clamped: 1 when it follows 100
    /// times as many accounts as follow it. Needs both counts and 50 followed.
    static func followRatio(_ profiles: AccountProfiles, _ parameters: Parameters) -> FeatureColumn {
        var column = FeatureColumn(count: profiles.count, explainAbove: parameters.explainAbove)
        for account in 0..<profiles.count {
            let following = profiles.following[account]
            let followers = profiles.followers[account]
            guard following != AccountProfiles.unknown, followers != AccountProfiles.unknown, following >= 50 else {
                continue
            }
            let ratio = Double(following + 1) / Double(max(0, followers) + 1)
            column.set(account, unit(log10(ratio) / 2)) {
                "follows \(following) accounts and is followed by \(followers) (\(short(ratio))x)"
            }
        }
        return column
    }

    /// Days from creation to `now`, at least 30 (young accounts' rates are noise), or nil.
    static func ageDays(_ profiles: AccountProfiles, _ account: Int, now: Int64) -> Double? {
        let created = profiles.createdAt[account]
        guard created != AccountProfiles.unknown, created <= now else { return nil }
        return max(30, Double(now - created) / 86_400_000)
    }

    /// `following-growth`: accounts followed per day of age (age at least 30 days): 0 at 2 a day or
    /// fewer, 1 at 50, log-linear between.
    static func followingGrowth(_ profiles: AccountProfiles, now: Int64, _ parameters: Parameters) -> FeatureColumn {
        var column = FeatureColumn(count: profiles.count, explainAbove: parameters.explainAbove)
        for account in 0..<profiles.count {
            let following = profiles.following[account]
            guard following != AccountProfiles.unknown, let days = ageDays(profiles, account, now: now) else {
                continue
            }
            let rate = Double(following) / days
            column.set(account, logScale(rate, low: 2, high: 50)) {
                "follows \(following) accounts at \(Int(days)) days old: \(short(rate)) a day"
            }
        }
        return column
    }

    /// `posts-per-day-of-age`: the profile's lifetime post count per day of age (at least 30 days):
    /// 0 at 24 a day or fewer, 1 at 240, log-linear between.
    static func postsPerDayOfAge(_ profiles: AccountProfiles, now: Int64, _ parameters: Parameters) -> FeatureColumn {
        var column = FeatureColumn(count: profiles.count, explainAbove: parameters.explainAbove)
        for account in 0..<profiles.count {
            let count = profiles.postCounts[account]
            guard count != AccountProfiles.unknown, let days = ageDays(profiles, account, now: now) else { continue }
            let rate = Double(count) / days
            column.set(account, logScale(rate, low: 24, high: 240)) {
                "posted \(count) times in \(Int(days)) days since it was created: \(short(rate)) a day"
            }
        }
        return column
    }

    /// `default-profile`: 0.35 for no description, 0.25 for no location, 0.3 for a display name that
    /// is empty or the handle itself, 0.1 for no URL. Needs a handle (a profile at all).
    static func defaultProfile(_ profiles: AccountProfiles, _ parameters: Parameters) -> FeatureColumn {
        var column = FeatureColumn(count: profiles.count, explainAbove: parameters.explainAbove)
        for account in 0..<profiles.count where !profiles.handles[account].isEmpty {
            let name = profiles.displayNames[account]
            let noName = name.isEmpty || name.lowercased() == profiles.handles[account].lowercased()
            let missing = [
                (profiles.descriptionEmpty[account], 35, "description"),
                (profiles.locations[account].isEmpty, 25, "location"),
                (noName, 30, "display name of its own"),
                (profiles.profileURLEmpty[account], 10, "URL"),
            ].filter(\.0)
            let value = Double(missing.reduce(0) { $0 + $1.1 }) / 100
            column.set(account, value) { "default profile: no " + missing.map(\.2).joined(separator: ", no ") }
        }
        return column
    }
}
