import TangleCore
import Testing

@testable import TangleIngest

@Suite("QUT coordination-network-toolkit CSV")
struct QUTReaderTests {
    @Test func withHeaderRow() throws {
        let result = try CSVTestSupport.readAll(CSVTestSupport.fixture("qut.csv"))
        #expect(result.format == .qut)
        #expect(result.posts.map(\.platformID) == ["1", "2", "3", "4"])
        let original = try result.post("1")
        #expect(original.kind == .original)
        #expect(original.account == AccountRecord(platform: "twitter", platformID: "u1", handle: "alice"))
        #expect(original.time == 1_606_451_170_518)
        #expect(original.text == "Original story #Vote @bob")
        #expect(original.hashtags == ["vote"])
        #expect(original.mentions == ["bob"])
        #expect(original.links == [Link(url: "http://news.example/a"), Link(url: "http://other.example/b")])
        let repost = try result.post("2")
        #expect(repost.kind == .repost)
        #expect(repost.referencedPostID == "1")
        #expect(repost.time == 1_606_451_171_000)
        #expect(repost.links.isEmpty)
        let reply = try result.post("3")
        #expect(reply.kind == .reply)
        #expect(reply.referencedPostID == "1")
        #expect(reply.text == "Replying, with \"quotes\"")
        #expect(reply.time == 1_606_451_172_500)
        let listed = try result.post("4")
        #expect(listed.links == [Link(url: "http://example.com/4"), Link(url: "http://example.com/6")])
        #expect(result.rejections.map(\.line) == [6, 7])
        #expect(
            result.rejections.map(\.reason) == [
                "empty timestamp: expected a Unix time in seconds", "wrong number of fields: expected 8, got 10",
            ])
    }

    @Test func withoutHeaderRowTheFirstRowIsData() throws {
        let plain = try CSVTestSupport.readAll(CSVTestSupport.fixture("qut.csv"))
        let headerless = try CSVTestSupport.readAll(CSVTestSupport.fixture("qut_headerless.csv"))
        #expect(headerless.format == .qut)
        #expect(headerless.posts == plain.posts)
        #expect(headerless.rejections.isEmpty)
    }

    @Test func anyHeaderIsSkippedWhenTheFormatIsGiven() throws {
        let path = try CSVTestSupport.temporaryFile("a,b,c,d,e,f,g,h\n9,u9,z,,,hi,1606451170,\n")
        let result = try CSVTestSupport.readAll(path, format: .qut)
        #expect(result.posts.map(\.platformID) == ["9"])
    }

    @Test func wrongColumnCountWithFormatGiven() throws {
        let path = try CSVTestSupport.temporaryFile("message_id,user_id\n1,2\n")
        let error = try #require(throws: IngestError.self) {
            _ = try CSVTestSupport.readAll(path, format: .qut)
        }
        #expect(error.kind == .missingColumns)
        #expect(error.message.contains("needs 8 columns; the first row has 2"))
    }

    @Test func badTimestamp() throws {
        let path = try CSVTestSupport.temporaryFile(
            "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n1,u1,a,,,hi,2020-11-27,\n")
        let result = try CSVTestSupport.readAll(path)
        #expect(
            result.rejections.map(\.reason) == ["bad timestamp: expected a Unix time in seconds, got \"2020-11-27\""])
    }
}
