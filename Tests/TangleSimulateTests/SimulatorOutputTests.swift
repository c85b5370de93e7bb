import Foundation
import TangleCore
import TangleIngest
import TangleSimulate
import Testing

/// What the files hold: every format reads back whole, the counts are exact, and the bytes depend
/// on the parameters and the seed alone.
@Suite struct SimulatorOutputTests {
    @Test(arguments: SimulationFormat.allCases)
    func everyFormatReadsBackWithoutRejections(format: SimulationFormat) throws {
        let parameters = SimulatedWorld.parameters(.influenceOp, posts: 3_000)
        let world = try SimulatedWorld.write(parameters, format: format)
        defer { world.remove() }
        #expect(world.rejections.isEmpty, "\(world.rejections.prefix(3))")
        #expect(world.posts.count == 3_000)
        #expect(world.truth.posts == 3_000)
        #expect(Set(world.posts.map(\.platformID)).count == world.posts.count, "post ids are unique")
        let times = world.posts.map(\.time)
        #expect(times == times.sorted(), "posts are written in time order")
        if format == .ioArchive {
            #expect(world.accounts.count == world.truth.accounts)
            #expect(world.posts.allSatisfy { $0.timeSource == .snowflake }, "snowflake ids give exact times")
        }
    }

    @Test(arguments: [100, 999, 4_321])
    func writesExactlyThePostsAskedFor(posts: Int) throws {
        let world = try SimulatedWorld.write(SimulatedWorld.parameters(.influenceOp, posts: posts), format: .qut)
        defer { world.remove() }
        #expect(world.posts.count == posts)
        #expect(world.truth.posts == posts)
    }

    @Test(arguments: SimulationFormat.allCases)
    func sameSeedSameBytes(format: SimulationFormat) throws {
        let parameters = SimulatedWorld.parameters(.multiOp, posts: 2_000)
        let first = try SimulatedWorld.write(parameters, format: format, read: false)
        let second = try SimulatedWorld.write(parameters, format: format, read: false)
        defer {
            first.remove()
            second.remove()
        }
        #expect(try first.files() == second.files())
    }

    @Test func sourceListAndWatchListFollowTheTruth() throws {
        let world = try SimulatedWorld.write(SimulatedWorld.parameters(.multiOp, posts: 2_000), read: false)
        defer { world.remove() }
        let sources = try String(contentsOfFile: world.folder + "/sources.csv", encoding: .utf8).split(separator: "\n")
        let outlets = world.truth.operations.flatMap(\.outlets)
        let sites = world.truth.operations.flatMap(\.fakeSites)
        #expect(sources.first == "domain,account,label,name,note")
        #expect(sources.count == 1 + outlets.count + sites.count)
        #expect(outlets.allSatisfy { outlet in sources.contains { $0.hasPrefix("\(outlet.domain),\(outlet.accountID),state-media,") } })
        #expect(sites.allSatisfy { site in sources.contains { $0.hasPrefix("\(site),,low-credibility,") } })
        let watched = try String(contentsOfFile: world.folder + "/watched.txt", encoding: .utf8).split(separator: "\n")
        #expect(watched.dropFirst().map(String.init) == world.truth.watchedAccounts)
    }

    @Test func differentSeedDifferentBytes() throws {
        let first = try SimulatedWorld.write(
            SimulatedWorld.parameters(.influenceOp, posts: 2_000, seed: 1), read: false)
        let second = try SimulatedWorld.write(
            SimulatedWorld.parameters(.influenceOp, posts: 2_000, seed: 2), read: false)
        defer {
            first.remove()
            second.remove()
        }
        let firstFiles = try first.files()
        let secondFiles = try second.files()
        for name in firstFiles.keys { #expect(firstFiles[name] != secondFiles[name], "\(name)") }
    }

    @Test func theOrganicPopulationAndBurstsAreTheSameInEveryScenario() throws {
        let null = try SimulatedWorld.write(SimulatedWorld.parameters(.organicOnly))
        let operation = try SimulatedWorld.write(SimulatedWorld.parameters(.influenceOp))
        defer {
            null.remove()
            operation.remove()
        }
        #expect(null.truth.watchedAccounts == operation.truth.watchedAccounts)
        #expect(null.truth.bursts.map(\.key) == operation.truth.bursts.map(\.key))
        #expect(null.truth.bursts.map(\.start) == operation.truth.bursts.map(\.start))
        let organic = null.accounts.map(\.platformID)
        #expect(Array(operation.accounts.map(\.platformID).prefix(organic.count)) == organic)
    }

    @Test func truthIDsAreTheDataIDs() throws {
        for format in SimulationFormat.allCases {
            let world = try SimulatedWorld.write(SimulatedWorld.parameters(.multiOp, posts: 4_000), format: format)
            defer { world.remove() }
            let posts = world.postsByID
            let authors = Set(world.posts.map(\.account.platformID)).union(world.accounts.map(\.platformID))
            for operation in world.truth.operations {
                #expect(!operation.stories.isEmpty)
                for story in operation.stories {
                    let first = try #require(posts[story.firstPostID], "\(format) \(story.id)")
                    #expect(first.links.map(\.raw) == [story.url])
                    #expect(Timestamp.iso8601(first.time) == story.firstTime)
                    #expect(operation.accounts.contains { $0.platformID == first.account.platformID })
                }
                for uptake in operation.uptakes {
                    let post = try #require(posts[uptake.postID], "\(format) \(uptake.storyID)")
                    #expect(post.account.platformID == uptake.accountID)
                    #expect(Timestamp.iso8601(post.time) == uptake.time)
                }
                for outlet in operation.outlets {
                    #expect(authors.contains(outlet.accountID), "\(format) \(outlet.name)")
                }
            }
            // The users file lists every account; the other formats only those that posted.
            if format == .ioArchive {
                let listed =
                    world.truth.operations.flatMap(\.accounts).map(\.platformID) + world.truth.watchedAccounts
                    + world.truth.sympathizers
                for account in listed { #expect(authors.contains(account), "\(account)") }
            }
        }
    }
}
