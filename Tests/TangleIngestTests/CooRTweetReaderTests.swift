import Foundation
import TangleCore
import Testing

@testable import TangleIngest

@Suite("CooRTweet tables")
struct CooRTweetReaderTests {
    /// The German federal election table shipped with CooRTweet, kept in the shared data folder.
    static let germanElections = "/work/shared/data/coortweet/german_elections.csv"
    static let germanURLInput = "/work/shared/data/coortweet/reference/input_german_url.csv"

    @Test func longTable() throws {
        let result = try CSVTestSupport.readAll(CSVTestSupport.fixture("coortweet_long.csv"))
        #expect(result.format == .coortweetLong)
        #expect(
            result.posts == [
                PostRecord(
                    platformID: "129235", account: AccountRecord(platform: "unknown", platformID: "fb_12670"),
                    time: 1_629_589_836_000, links: [Link(opaque: "23678", domain: nil)]),
                PostRecord(
                    platformID: "84443", account: AccountRecord(platform: "unknown", platformID: "fb_5966"),
                    time: 1_629_589_050_000, links: [Link(opaque: "29871", domain: nil)]),
                PostRecord(
                    platformID: "tw_post_9", account: AccountRecord(platform: "unknown", platformID: "tw_1"),
                    time: 1_629_589_051_250, links: [Link(opaque: "https://example.com/story", domain: nil)]),
            ])
        #expect(result.rejections.map(\.line) == [5])
        #expect(result.rejections.map(\.reason) == ["empty object_id: expected the shared object's id"])
    }

    @Test func wideTable() throws {
        let result = try CSVTestSupport.readAll(CSVTestSupport.fixture("coortweet_wide.csv"))
        #expect(result.format == .coortweetWide)
        #expect(result.posts.map(\.platformID) == ["129235", "84441", "84445", "93420", "93420", "157447"])
        #expect(result.posts.allSatisfy { $0.account.platform == "unknown" && $0.kind == .original })
        let first = try result.post("129235")
        #expect(first.links == [Link(opaque: "23678", domain: "3498")])
        #expect(first.time == 1_629_589_836_000)
        #expect(try result.post("84441").links == [Link(opaque: nil, domain: "6756")])
        let media = try result.post("84445")
        #expect(media.links.isEmpty)
        #expect(media.hashtags.isEmpty)
        #expect(media.mediaHashes == ["9280"])
        let repeated = result.posts.filter { $0.platformID == "93420" }
        #expect(
            repeated.map(\.links) == [[Link(opaque: "27080", domain: "4552")], [Link(opaque: "27081", domain: "4553")]])
        #expect(repeated.map(\.hashtags) == [["3506"], ["3507"]])
        let bare = try result.post("157447")
        #expect(bare.links.isEmpty && bare.hashtags.isEmpty && bare.mediaHashes.isEmpty)
        #expect(result.rejections.map(\.reason) == ["empty timestamp: expected a Unix time in seconds"])
    }

    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: germanElections),
            "needs ../shared/data/coortweet/german_elections.csv"))
    func germanElectionsReadsWhole() throws {
        let result = try CSVTestSupport.readAll(Self.germanElections)
        #expect(result.format == .coortweetWide)
        // 218,971 rows, of which three have no post_id (and no object either): those are rejected.
        #expect(result.posts.count == 218_968)
        #expect(result.rejections.map(\.line) == [41_002, 50_977, 72_320])
        #expect(result.rejections.allSatisfy { $0.reason == "empty post_id: expected the post's id" })
        #expect(Set(result.posts.map(\.platformID)).count == 194_323)
        #expect(Set(result.posts.map(\.account.platformID)).count == 58_314)
        #expect(result.posts.filter { $0.links.first?.normalized.isEmpty == false }.count == 50_785)
        #expect(result.posts.filter { !$0.links.isEmpty }.count == 73_214)
        #expect(result.posts.filter { !$0.hashtags.isEmpty }.count == 51_194)
        #expect(result.posts.filter { !$0.mediaHashes.isEmpty }.count == 20_068)
        #expect(result.posts.map(\.time).min() == 1_629_064_892_000)
        #expect(result.posts.map(\.time).max() == 1_632_700_745_000)
    }

    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: germanURLInput), "needs ../shared/data/coortweet/reference")
    )
    func germanReferenceLongInputReadsWhole() throws {
        let result = try CSVTestSupport.readAll(Self.germanURLInput)
        #expect(result.format == .coortweetLong)
        #expect(result.posts.count == 41_100)
        #expect(result.rejections.isEmpty)
    }
}
