import TangleCore
import Testing

@testable import TangleIngest

@Suite("Generic CSV with a column map")
struct GenericCSVReaderTests {
    static let map =
        "id=post,account=user_id,handle=screen_name,time=created_at,text=body,url=link,hashtag=tags,repost=rt_of"

    @Test func readsMappedColumns() throws {
        let result = try CSVTestSupport.readAll(CSVTestSupport.fixture("generic.csv"), format: .csv, map: Self.map)
        #expect(result.format == .csv)
        #expect(result.posts.count == 4)
        let first = try result.post("p1")
        #expect(first.account == AccountRecord(platform: "unknown", platformID: "u1", handle: "Alice"))
        #expect(first.time == 1_475_351_887_000)
        #expect(first.text == "hello #World")
        #expect(first.links == [Link(url: "http://a.example/x"), Link(url: "http://b.example/y")])
        #expect(first.hashtags.isEmpty)
        #expect(first.kind == .original)
        let second = try result.post("p2")
        #expect(second.time == 1_475_351_887_000)
        #expect(second.links == [Link(url: "http://a.example/x"), Link(url: "http://c.example/z")])
        #expect(second.hashtags == ["news", "politics"])
        #expect(second.kind == .repost)
        #expect(second.referencedPostID == "p1")
        let unnamed = try #require(result.posts.first { $0.account.platformID == "u3" })
        #expect(unnamed.platformID == SyntheticID.make(["u3", "1475351887123", "no id here @alice"]))
        #expect(unnamed.time == 1_475_351_887_123)
        #expect(unnamed.mentions == ["alice"])
        #expect(try result.post("p4").time == 1_475_351_887_000)
        #expect(result.rejections.map(\.line) == [6])
        #expect(
            result.rejections.first?.reason
                == "bad created_at: expected an ISO 8601 time (2016-10-01T19:58:07Z) or Unix seconds or milliseconds, "
                + "got \"last tuesday\"")
    }

    @Test func mappedColumnMissingFromHeader() throws {
        let path = try CSVTestSupport.fixture("generic.csv")
        let error = try #require(throws: IngestError.self) {
            _ = try CSVTestSupport.readAll(path, format: .csv, map: "account=user_id,time=when,text=content")
        }
        #expect(error.kind == .missingColumns)
        #expect(error.message.hasPrefix("the header has no column for time=when, text=content (from --map)"))
    }

    @Test func genericNeedsAMap() throws {
        let error = try #require(throws: IngestError.self) {
            _ = try CSVTestSupport.readAll(CSVTestSupport.fixture("generic.csv"), format: .csv)
        }
        #expect(error.kind == .badColumnMap)
    }

    @Test func quoteAndReplyColumns() throws {
        let path = try CSVTestSupport.temporaryFile("id,who,t,q,r\na,1,1475351887,,x\nb,1,1475351887,y,x\n")
        let result = try CSVTestSupport.readAll(path, format: .csv, map: "account=who,time=t,quote=q,reply=r")
        #expect(result.posts.map(\.kind) == [.reply, .quote])
        #expect(result.posts.map(\.referencedPostID) == ["x", "y"])
    }
}
