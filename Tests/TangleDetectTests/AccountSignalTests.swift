import Foundation
import TangleCore
import Testing

@testable import TangleDetect

/// Hand-made fixtures, one per signal.
struct AccountSignalTests {
    static let hour: Int64 = 3_600_000
    static let day: Int64 = 24 * hour
    static let start: Int64 = 1_462_233_600_000  // 2016-05-03T00:00:00Z

    /// A frame with one post per (account, time, kind), sorted by time.
    static func frame(accounts count: Int, posts: [(account: Int, time: Int64, kind: PostKind)]) -> Frame {
        var frame = Frame()
        frame.accountRowIDs = (0..<count).map { Int64($0 + 1) }
        var references = KeyColumn.Builder()
        for post in posts.sorted(by: { ($0.time, $0.account) < ($1.time, $1.account) }) {
            frame.times.append(post.time)
            frame.accounts.append(UInt32(post.account))
            frame.kinds.append(post.kind.rawValue)
            references.append([])
        }
        frame.referencedPosts = references.column
        frame.referencedAs = Array(repeating: Frame.none, count: frame.postCount)
        return frame
    }

    static func value(_ features: AccountFeatures, _ name: String, _ account: Int) -> Double {
        features.values[features.index(of: name)!][account]
    }

    @Test func batchOfFiftyInOneHourStandsOutOfASteadyBackground() {
        // 2,000 accounts one every 3 hours over 250 days, then 50 created in one hour.
        let background = (0..<2000).map { Self.start + Int64($0) * 3 * Self.hour + 1000 }
        let batch = (0..<50).map { Self.start + 100 * Self.day + 14 * Self.hour + Int64($0) * 60_000 + 5000 }
        var profiles = AccountProfiles(unknownCount: 2050)
        profiles.createdAt = background + batch
        let features = AccountSignals.compute(frame: Self.frame(accounts: 2050, posts: []), profiles: profiles)
        #expect(Self.value(features, "creation-batch", 2000) == 1)
        #expect(Self.value(features, "creation-batch", 2049) == 1)
        // Background accounts share a bin with the batch only within the hour around it.
        let batchStart = batch[0]
        #expect(
            (0..<2000).allSatisfy {
                Self.value(features, "creation-batch", $0) == 0 || abs(background[$0] - batchStart) < 2 * Self.hour
            })
        let column = features.index(of: "creation-batch")!
        #expect(
            features.explanation(account: 2000, feature: column)
                == "created in a batch of 50 accounts in the hour from 2016-08-11 14:00 UTC, 157x the background rate "
                + "(0.3 an hour in the 12 hours either side)")
        #expect(features.explanation(account: 0, feature: column) == nil)
    }

    @Test func organicSurgeAroundAnEventIsNotABatch() {
        // 2,400 accounts over 5 days, 200 an hour for 12 hours in the middle: a surge, not a batch.
        var created: [Int64] = (0..<1200).map { Self.start + Int64($0) * 6 * 60_000 }
        for h in 0..<12 {
            for k in 0..<100 { created.append(Self.start + 2 * Self.day + Int64(h) * Self.hour + Int64(k) * 36_000) }
        }
        var profiles = AccountProfiles(unknownCount: created.count)
        profiles.createdAt = created
        let features = AccountSignals.compute(frame: Self.frame(accounts: created.count, posts: []), profiles: profiles)
        let batchy = (0..<created.count).count { Self.value(features, "creation-batch", $0) > 0.5 }
        #expect(batchy <= 200)
    }

    @Test func nameWithLongDigitRunVersusOrganicHandles() {
        var profiles = AccountProfiles(unknownCount: 5)
        profiles.handles = ["john_smith84736251", "sarahk92", "quietriver", "Anna12345", "bob1985"]
        let features = AccountSignals.compute(frame: Self.frame(accounts: 5, posts: []), profiles: profiles)
        #expect((0..<5).map { Self.value(features, "handle-digits", $0) } == [1, 0, 0, 0.6, 0.2])
        #expect(
            features.explanation(account: 0, feature: features.index(of: "handle-digits")!)
                == "handle 'john_smith84736251' is letters followed by a run of 8 digits")
    }

    @Test func handleTemplatedFromTheDisplayName() {
        var profiles = AccountProfiles(unknownCount: 6)
        profiles.handles = ["sarah48213951", "SarahK92", "quietriver48213951", "s_kowalski123456", "jsmith", "Anna12345"]
        profiles.displayNames = ["Sarah", "Sarah Kowalski", "Sarah Kowalski", "Sarah Kowalski", "John Smith", ""]
        let features = AccountSignals.compute(frame: Self.frame(accounts: 6, posts: []), profiles: profiles)
        // A name then digits is templated; a nickname, letters the name lacks, no digits or no name are not.
        #expect((0..<6).map { Self.value(features, "handle-name-template", $0) } == [1, 0, 0, 0.75, 0, 0])
        #expect(
            features.explanation(account: 0, feature: features.index(of: "handle-name-template")!)
                == "handle 'sarah48213951' is its display name 'Sarah' followed by 8 digits")
    }

    @Test func postsInNoneOfTheReportedPlacesLanguages() {
        var profiles = AccountProfiles(unknownCount: 4)
        profiles.locations = ["Houston, TX", "Moscow", "Mexico City", "Atlantis"]
        var posts: [(account: Int, time: Int64, kind: PostKind)] = []
        for account in 0..<4 {
            for k in 0..<8 { posts.append((account, Self.start + Int64(k) * Self.hour + Int64(account), .original)) }
        }
        let frame = Self.frame(accounts: 4, posts: posts)
        // Every post in Russian but the Mexican account's, in Spanish half the time.
        let clients = PostClients(
            clients: frame.accounts.map { _ in Frame.none }, clientNames: [],
            languages: frame.accounts.enumerated().map { $1 == 2 && ($0 / 4) % 2 == 0 ? 1 : 0 }, languageNames: ["ru", "es-MX"])
        let features = AccountSignals.compute(frame: frame, profiles: profiles, clients: clients)
        #expect((0..<4).map { Self.value(features, "location-language", $0) } == [1, 0, 0.5, 0])
        #expect(
            features.explanation(account: 0, feature: features.index(of: "location-language")!)
                == "reports its location as 'Houston, TX' but 100% of its 8 posts with a language are in none of that place's languages")
    }

    @Test func randomStringsAreUnlikeTheDatasetsHandles() {
        let words = ["river", "sarah", "smith", "johnny", "quiet", "night", "sunny", "maria", "steve", "laura"]
        var handles: [String] = []
        for a in words { for b in words { handles.append(a + b) } }
        handles += ["xq7zkvjw", "qzxvkwpj"]
        var profiles = AccountProfiles(unknownCount: handles.count)
        profiles.handles = handles
        let features = AccountSignals.compute(frame: Self.frame(accounts: handles.count, posts: []), profiles: profiles)
        #expect(Self.value(features, "handle-randomness", 100) == 1)
        #expect(Self.value(features, "handle-randomness", 101) == 1)
        #expect((0..<100).allSatisfy { Self.value(features, "handle-randomness", $0) < 0.5 })
    }

    @Test func repostsSecondsAfterTheOriginal() {
        // Account 0 posts 20 originals; account 1 reposts each 3 s later, account 2 an hour later.
        var frame = Frame()
        frame.accountRowIDs = [1, 2, 3]
        var references = KeyColumn.Builder()
        var rows: [(Int64, UInt32, PostKind, String?)] = []
        for k in 0..<20 {
            let t = Self.start + Int64(k) * Self.hour
            rows.append((t, 0, .original, nil))
            rows.append((t + 3000, 1, .repost, "p\(k)"))
            rows.append((t + Self.hour - 1000, 2, .repost, "p\(k)"))
        }
        rows.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        for row in rows {
            frame.times.append(row.0)
            frame.accounts.append(row.1)
            frame.kinds.append(row.2.rawValue)
            references.append(row.3.map { [Substring($0)] } ?? [])
        }
        frame.referencedPosts = references.column
        let code = Dictionary(uniqueKeysWithValues: frame.referencedPosts.names.enumerated().map { ($1, UInt32($0)) })
        var original = 0
        frame.referencedAs = rows.map { row in
            guard row.2 == .original else { return Frame.none }
            defer { original += 1 }
            return code["p\(original)"] ?? Frame.none
        }
        let features = AccountSignals.compute(frame: frame, profiles: AccountProfiles(unknownCount: 3))
        #expect(Self.value(features, "fast-reposts", 1) == 1)
        #expect(Self.value(features, "fast-reposts", 2) == 0)
        #expect(Self.value(features, "fast-reposts", 0) == 0)
        #expect(Self.value(features, "repost-share", 1) == 1)
        #expect(Self.value(features, "repost-share", 0) == 0)
        #expect(
            features.explanation(account: 1, feature: features.index(of: "fast-reposts")!)
                == "reposts within 10 s of the original: 100% of its 20 reposts of posts in the case")
    }

    @Test func perfectlyRegularGapsAndRapidFire() {
        var posts: [(account: Int, time: Int64, kind: PostKind)] = []
        for k in 0..<30 { posts.append((0, Self.start + Int64(k) * 1_800_000 + 17, .original)) }
        // Account 1: bursts of 3 posts 1 s apart, hours apart.
        for k in 0..<10 {
            for j in 0..<3 { posts.append((1, Self.start + Int64(k * k) * Self.hour + Int64(j) * 1000 + 5, .original)) }
        }
        let features = AccountSignals.compute(
            frame: Self.frame(accounts: 2, posts: posts), profiles: AccountProfiles(unknownCount: 2))
        #expect(Self.value(features, "gap-regularity", 0) == 1)
        #expect(Self.value(features, "rapid-posts", 0) == 0)
        #expect(Self.value(features, "gap-regularity", 1) == 0)
        #expect(Self.value(features, "rapid-posts", 1) == 20.0 / 29)
        #expect(abs(Self.value(features, "posting-rate", 0) - log10(30.0 / 24)) < 1e-12)  // 30 posts, one day at least
        #expect(
            features.explanation(account: 0, feature: features.index(of: "gap-regularity")!)
                == "posts at regular intervals: gaps average 30 min with a spread of 0 s")
    }

    @Test func followerExtremesAndGrowth() {
        var profiles = AccountProfiles(unknownCount: 3)
        profiles.followers = [10, 10_000, 0]
        profiles.following = [1099, 300, 40]
        profiles.createdAt = [Self.start - 100 * Self.day, Self.start - 1000 * Self.day, Self.start - 10 * Self.day]
        profiles.postCounts = [24_000, 1000, 100]
        var parameters = AccountSignals.Parameters()
        parameters.referenceTime = Self.start
        let features = AccountSignals.compute(
            frame: Self.frame(accounts: 3, posts: []), profiles: profiles, parameters: parameters)
        #expect(Self.value(features, "follow-ratio", 0) == 1)
        #expect(Self.value(features, "follow-ratio", 1) == 0)
        #expect(Self.value(features, "follow-ratio", 2) == 0)  // follows fewer than 50
        #expect(abs(Self.value(features, "following-growth", 0) - log(10.99 / 2) / log(25)) < 1e-12)
        #expect(Self.value(features, "following-growth", 1) == 0)
        #expect(abs(Self.value(features, "posts-per-day-of-age", 0) - log(10.0) / log(10)) < 1e-12)
        #expect(
            features.explanation(account: 0, feature: features.index(of: "follow-ratio")!)
                == "follows 1099 accounts and is followed by 10 (100x)")
    }

    @Test func emptyProfilesAndLanguage() {
        var profiles = AccountProfiles(unknownCount: 3)
        profiles.handles = ["anna12345", "sarahk", ""]
        profiles.displayNames = ["anna12345", "Sarah K", ""]
        profiles.descriptionEmpty = [true, false, true]
        profiles.profileURLEmpty = [true, true, true]
        profiles.locations = ["", "Ohio", ""]
        profiles.languages = ["en", "en", "en"]
        var posts: [(account: Int, time: Int64, kind: PostKind)] = []
        for k in 0..<10 { posts.append((0, Self.start + Int64(k) * Self.hour, .original)) }
        for k in 0..<10 { posts.append((1, Self.start + Int64(k) * Self.hour + 1, .original)) }
        let frame = Self.frame(accounts: 3, posts: posts)
        let clients = PostClients(
            clients: frame.accounts.map { $0 == 0 ? 0 : 1 }, clientNames: ["IFTTT", "Twitter for iPhone"],
            languages: frame.accounts.enumerated().map { $1 == 0 ? 0 : ($0 % 4 == 0 ? 0 : 1) },
            languageNames: ["ru", "en-GB"])
        let features = AccountSignals.compute(frame: frame, profiles: profiles, clients: clients)
        #expect(Self.value(features, "default-profile", 0) == 1)
        #expect(Self.value(features, "default-profile", 1) == 0.1)
        #expect(Self.value(features, "default-profile", 2) == 0)
        #expect(Self.value(features, "automation-client", 0) == 1)
        #expect(Self.value(features, "automation-client", 1) == 0)
        #expect(Self.value(features, "language-mismatch", 0) == 1)
        #expect(
            features.explanation(account: 0, feature: features.index(of: "default-profile")!)
                == "default profile: no description, no location, no display name of its own, no URL")
    }

    @Test func deterministic() {
        var profiles = AccountProfiles(unknownCount: 300)
        profiles.handles = (0..<300).map { "user\($0 * 7919 % 1000)x\($0)" }
        profiles.createdAt = (0..<300).map { Self.start + Int64($0 * $0) * 60_000 }
        let posts = (0..<3000).map {
            (account: $0 % 300, time: Self.start + Int64($0 * 977 % 5000) * 1000, kind: PostKind.original)
        }
        let a = AccountSignals.compute(frame: Self.frame(accounts: 300, posts: posts), profiles: profiles)
        let b = AccountSignals.compute(frame: Self.frame(accounts: 300, posts: posts), profiles: profiles)
        #expect(a == b)
        #expect(a.names == AccountSignals.featureNames)
        #expect(a.values.allSatisfy { $0.allSatisfy { (0...1).contains($0) } })
    }
}
