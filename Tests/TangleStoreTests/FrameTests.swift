import Testing
import TangleCore
@testable import TangleStore

@Suite struct FrameTests {
    @Test func framesAreTimeSortedAndIntegerCoded() throws {
        let scratch = try Scratch()
        let file = try scratch.file(
            "a.csv",
            qutHeader + """
                3,12,carol,,1,late #b,1600000100,https://bbc.co.uk/news
                1,10,alice,,,first #a #b,1600000000,https://example.com/x
                2,11,bob,1,,RT @alice: first #a #b,1600000005,
                4,10,alice,,,same second #a,1600000100,
                """)
        let caseFile = try CaseFile(path: scratch.casePath)
        _ = try caseFile.ingest(path: file)
        let frame = try caseFile.frame()
        #expect(frame.postCount == 4)
        #expect(frame.times == [1_600_000_000_000, 1_600_000_005_000, 1_600_000_100_000, 1_600_000_100_000])
        // Dense accounts in order of first appearance in time order: alice, bob, carol.
        #expect(frame.accounts == [0, 1, 2, 0])
        #expect(frame.accountCount == 3)
        #expect(frame.kinds == [PostKind.original, .repost, .reply, .original].map(\.rawValue))
        #expect(frame.hashtags.names == ["a", "b"])
        #expect(Array(frame.hashtags[0]) == [0, 1])
        #expect(Array(frame.hashtags[2]) == [1])
        #expect(frame.domains.names == ["example.com", "bbc.co.uk"])
        #expect(Array(frame.referencedPosts[1]) == [0])
        #expect(frame.referencedPosts.names == ["1"])
        #expect(frame.referencedPosts[0].isEmpty)
        #expect(try caseFile.frame() == frame, "loading is deterministic")

        let activity = try caseFile.frame(content: [])
        #expect(activity.times == frame.times && activity.accounts == frame.accounts && activity.kinds == frame.kinds)
        #expect(activity.postRowIDs == frame.postRowIDs && activity.accountRowIDs == frame.accountRowIDs)
        #expect(activity.referencedPosts == frame.referencedPosts && activity.referencedAs == frame.referencedAs)
        #expect(activity.hashtags.names.isEmpty && activity.links.names.isEmpty && activity.textHashes.isEmpty)
    }
}

@Suite struct RepostKeyTests {
    @Test func repostsWithoutAnIdAreKeyedByTheirNormalisedTextAndAuthor() throws {
        let scratch = try Scratch()
        let fixture = RoundTripTests.fixtures + "/fivethirtyeight.csv"
        let caseFile = try CaseFile(path: scratch.casePath)
        _ = try caseFile.ingest(path: fixture)
        let frame = try caseFile.frame()
        let reposts = (0..<frame.postCount).filter { frame.kinds[$0] == PostKind.repost.rawValue }
        let keys = reposts.map { frame.referencedPosts[$0].map { frame.referencedPosts.names[Int($0)] } }
        #expect(keys == [["~cernovich|build the wall"], ["~|do you agree with the boy scouts?"]])
        #expect(try caseFile.frame(content: []).referencedPosts == frame.referencedPosts, "the text key needs no text column")
    }

    @Test func theKeyDropsTheRetweetPrefixAndNamesTheAuthor() {
        #expect(CaseFile.repostKey(handle: "TEN_GOP", textNorm: "rt : breaking news here") == "~ten_gop|breaking news here")
        #expect(CaseFile.repostKey(handle: nil, textNorm: "breaking news here") == "~|breaking news here")
    }
}
