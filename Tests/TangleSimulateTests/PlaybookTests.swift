import Foundation
import TangleCore
import TangleIngest
import TangleSimulate
import Testing

/// Each part of the playbook shows in the data as the truth says: read back from the files, not
/// taken from the generator.
@Suite struct PlaybookTests {
    @Test func trollsPostOnOfficeShiftsOnWeekdays() throws {
        let world = try SimulatedWorld.write(SimulatedWorld.parameters(.influenceOp))
        defer { world.remove() }
        let trolls = world.operationAccounts.filter { $0.value.account.unit == "troll" }
        let posts = world.posts.filter { trolls[$0.account.platformID] != nil }
        #expect(posts.count > 100)
        var lunch = 0
        var otherHours = 0
        for post in posts {
            let offset = try #require(trolls[post.account.platformID]?.account.utcOffsetHours)
            let (hour, weekday) = localHourAndWeekday(post.time, utcOffsetHours: offset)
            #expect((9..<18).contains(hour), "troll post at \(hour):00 office time")
            #expect(weekday < 5, "troll post on a weekend")
            if hour == 13 { lunch += 1 } else { otherHours += 1 }
        }
        #expect(Double(lunch) < Double(otherHours) / 8 * 0.6, "the lunch hour is quieter")
    }

    @Test func botsRepostStoriesWithinSeconds() throws {
        let world = try SimulatedWorld.write(SimulatedWorld.parameters(.influenceOp), format: .twitterV2)
        defer { world.remove() }
        let accounts = world.operationAccounts
        let posts = world.postsByID
        let firstPosts = Set(world.truth.operations.flatMap(\.stories).map(\.firstPostID))
        var lags: [Int64] = []
        for post in world.posts where post.kind == .repost && accounts[post.account.platformID]?.account.unit == "bot" {
            guard let original = post.referencedPostID, firstPosts.contains(original) else { continue }
            lags.append(post.time - (try #require(posts[original])).time)
        }
        #expect(lags.count > 100)
        #expect(lags.allSatisfy { (2_000...45_000).contains($0) }, "lags \(lags.min() ?? 0)...\(lags.max() ?? 0) ms")
    }

    @Test func stealthyBotsRepostMinutesLater() throws {
        let world = try SimulatedWorld.write(SimulatedWorld.parameters(.stealthy), format: .qut)
        defer { world.remove() }
        let accounts = world.operationAccounts
        let posts = world.postsByID
        let lags = world.posts.compactMap { post -> Int64? in
            guard post.kind == .repost, accounts[post.account.platformID]?.account.unit == "bot",
                let original = post.referencedPostID.flatMap({ posts[$0] })
            else { return nil }
            return post.time - original.time
        }.sorted()
        #expect(lags.count > 20)
        #expect(lags[lags.count / 2] > 120_000, "median lag \(lags[lags.count / 2]) ms")
    }

    @Test func theSecondNarrativeRisesAtThePivot() throws {
        let world = try SimulatedWorld.write(SimulatedWorld.parameters(.influenceOp))
        defer { world.remove() }
        let operation = try #require(world.truth.operations.first)
        let pivot = try #require(operation.pivot)
        #expect(pivot.from == "amber" && pivot.to == "cobalt")
        let pivotTime = try #require(Timestamp.parseDateTime(pivot.date))
        let members = Set(operation.accounts.map(\.platformID))
        var before = (from: 0, to: 0)
        var after = (from: 0, to: 0)
        for post in world.posts where members.contains(post.account.platformID) {
            let from = post.hashtags.contains(pivot.from) ? 1 : 0
            let to = post.hashtags.contains(pivot.to) ? 1 : 0
            if post.time < pivotTime {
                before = (before.from + from, before.to + to)
            } else {
                after = (after.from + from, after.to + to)
            }
        }
        let shareBefore = Double(before.to) / Double(max(1, before.from + before.to))
        let shareAfter = Double(after.to) / Double(max(1, after.from + after.to))
        #expect(before.from + before.to > 100 && after.from + after.to > 100)
        #expect(shareBefore < 0.3, "share of \(pivot.to) before the pivot: \(shareBefore)")
        #expect(shareAfter > 0.6, "share of \(pivot.to) after the pivot: \(shareAfter)")
    }

    @Test func uptakeLagsMatchTheData() throws {
        let world = try SimulatedWorld.write(SimulatedWorld.parameters(.influenceOp), format: .telegram)
        defer { world.remove() }
        let posts = world.postsByID
        let operation = try #require(world.truth.operations.first)
        #expect(operation.uptakes.count >= 2)
        for uptake in operation.uptakes {
            let story = try #require(operation.stories.first { $0.id == uptake.storyID })
            let first = try #require(posts[story.firstPostID])
            let repeated = try #require(posts[uptake.postID])
            #expect(world.truth.watchedAccounts.contains(uptake.accountID))
            #expect(repeated.links.map(\.raw) == [story.url])
            #expect(Int((repeated.time - first.time) / 1000) == uptake.lagSeconds)
            #expect((18 * 3_600...30 * 3_600).contains(uptake.lagSeconds), "lag \(uptake.lagSeconds) s")
        }
    }

    @Test func trollsPostNearDuplicatesOfSharedScripts() throws {
        let world = try SimulatedWorld.write(SimulatedWorld.parameters(.influenceOp))
        defer { world.remove() }
        let trolls = Set(world.operationAccounts.filter { $0.value.account.unit == "troll" }.keys)
        let texts = world.posts.filter { trolls.contains($0.account.platformID) && $0.kind == .original }
            .map { Set(Normalize.text($0.text).split(separator: " ")) }
        // Pairs of troll posts sharing most of their words, without being identical.
        var nearDuplicates = 0
        for (index, text) in texts.enumerated() {
            for other in texts[(index + 1)...] where text != other {
                let overlap = Double(text.intersection(other).count) / Double(text.union(other).count)
                if overlap >= 0.6 { nearDuplicates += 1 }
            }
        }
        #expect(nearDuplicates > texts.count, "\(nearDuplicates) near-duplicate pairs among \(texts.count) posts")
    }

    @Test func botsHaveBatchesHandlesAndAClient() throws {
        let world = try SimulatedWorld.write(SimulatedWorld.parameters(.influenceOp))
        defer { world.remove() }
        let bots = world.truth.operations[0].accounts.filter { $0.unit == "bot" }
        #expect(bots.count == 60)
        for bot in bots {
            let digits = bot.handle.reversed().prefix { $0.isNumber }.count
            #expect(digits >= 5, "\(bot.handle)")
        }
        let botIDs = Set(bots.map(\.platformID))
        let created = Set(world.accounts.filter { botIDs.contains($0.platformID) }.compactMap(\.createdAt))
        #expect(created.count <= 3, "three creation days")
        let clients = Set(world.posts.filter { botIDs.contains($0.account.platformID) }.compactMap(\.client))
        #expect(clients == ["AutoPoster"])
        // Organic handles rarely end in a long run of digits.
        let organic = world.accounts.prefix(700).compactMap(\.handle)
        #expect(organic.filter { $0.reversed().prefix { $0.isNumber }.count >= 5 }.count < 35)
    }

    @Test func sympathizersEngageWithTheOperation() throws {
        let world = try SimulatedWorld.write(SimulatedWorld.parameters(.influenceOp))
        defer { world.remove() }
        let sympathizers = Set(world.truth.sympathizers)
        let members = Set(world.truth.operations[0].accounts.map(\.platformID))
        let posts = world.postsByID
        let engagements = world.posts.filter { post in
            sympathizers.contains(post.account.platformID)
                && post.referencedPostID.flatMap { posts[$0] }.map { members.contains($0.account.platformID) } == true
        }
        #expect(world.truth.sympathizers.count == 120)
        #expect(sympathizers.isDisjoint(with: members) && sympathizers.isDisjoint(with: world.truth.watchedAccounts))
        #expect(engagements.count > 50)
    }

    @Test func organicOnlyHasNoOperationButTheSameBursts() throws {
        let world = try SimulatedWorld.write(SimulatedWorld.parameters(.organicOnly))
        defer { world.remove() }
        #expect(world.truth.operations.isEmpty)
        #expect(world.truth.sympathizers.isEmpty)
        #expect(world.truth.bursts.count == 3)
        #expect(world.truth.watchedAccounts.count == 3)
        #expect(world.posts.count == 6_000)
    }

    @Test func burstsPutThousandsOfAccountsOnOneKeyWithinMinutes() throws {
        var parameters = SimulatedWorld.parameters(.organicOnly, posts: 20_000)
        parameters.accounts = 3_000
        let world = try SimulatedWorld.write(parameters)
        defer { world.remove() }
        #expect(world.truth.bursts.count == 3)
        for burst in world.truth.bursts {
            let start = try #require(Timestamp.parseDateTime(burst.start))
            let window = start...(start + Int64(burst.minutes) * 60_000)
            let posts = world.postsByID
            let accounts = Set(
                world.posts.filter { post in
                    guard window.contains(post.time) else { return false }
                    let original = post.referencedPostID.flatMap { posts[$0] } ?? post
                    return burst.kind == "hashtag"
                        ? original.hashtags.contains(burst.key) : original.links.contains { $0.raw == burst.key }
                }.map(\.account.platformID))
            #expect(accounts.count == burst.accounts, "\(burst.key)")
            #expect(burst.accounts >= 1_000)
        }
    }

    @Test func multiOpRunsTwoIndependentOperations() throws {
        let world = try SimulatedWorld.write(SimulatedWorld.parameters(.multiOp))
        defer { world.remove() }
        let operations = world.truth.operations
        #expect(operations.map(\.id) == ["op1", "op2"])
        #expect(Set(operations[0].narratives).isDisjoint(with: operations[1].narratives))
        #expect(Set(operations[0].outlets.map(\.domain)).isDisjoint(with: operations[1].outlets.map(\.domain)))
        let offsets = operations.map { Set($0.accounts.compactMap(\.utcOffsetHours)) }
        #expect(offsets == [[3], [8]])
        #expect(
            Set(operations[0].accounts.map(\.platformID)).isDisjoint(with: operations[1].accounts.map(\.platformID)))
    }
}
