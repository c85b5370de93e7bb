import Testing

@testable import TangleIngest

@Suite("CSV bad input")
struct CSVBadInputTests {
    static let qutHeader = "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n"

    @Test func invalidUTF8NamesTheColumnAndOffset() throws {
        let bytes =
            Array((Self.qutHeader + "1,u1,a,,,caf").utf8) + [0xE9]
            + Array(" au lait,1606451170,\n2,u2,b,,,ok,1606451171,\n".utf8)
        let result = try CSVTestSupport.readAll(CSVTestSupport.temporaryFile(bytes))
        #expect(result.posts.map(\.platformID) == ["2"])
        #expect(result.rejections.map(\.line) == [2])
        #expect(
            result.rejections.first?.reason
                == "invalid UTF-8 in message: byte 0xE9 at offset 3; expected UTF-8 text (re-save the file as UTF-8)")
        #expect(result.rejections.first?.raw == "1,u1,a,,,caf\u{FFFD} au lait,1606451170,")
    }

    @Test func invalidUTF8InAnUnusedColumnIsNoProblem() throws {
        let bytes =
            Array("object_id,account_id,content_id,timestamp_share,note\n1,a,p,1629589836,".utf8) + [0xFF, 0xFE, 0x0A]
        let result = try CSVTestSupport.readAll(CSVTestSupport.temporaryFile(bytes))
        #expect(result.posts.count == 1)
        #expect(result.rejections.isEmpty)
    }

    @Test func unterminatedQuoteThroughAReader() throws {
        let text =
            Self.qutHeader
            + "1,u1,a,,,fine,1606451170,\n2,u2,b,,,\"never closed,1606451171,\n3,u3,c,,,lost,1606451172,\n"
        let result = try CSVTestSupport.readAll(CSVTestSupport.temporaryFile(text))
        #expect(result.posts.map(\.platformID) == ["1"])
        #expect(result.rejections.count == 1)
        #expect(result.rejections.first?.line == 3)
        #expect(
            result.rejections.first?.reason
                == "unterminated quote: the quoted field 6 opened on line 3 never closes before the end of the file")
    }

    @Test func tenMegabyteFieldThroughAReader() throws {
        var bytes = Array((Self.qutHeader + "1,u1,a,,,\"").utf8)
        bytes += Array(repeating: UInt8(ascii: "z"), count: 10_000_000)
        bytes += Array("\",1606451170,\n2,u2,b,,,after,1606451171,\n".utf8)
        let path = try CSVTestSupport.temporaryFile(bytes)
        defer { CSVTestSupport.removeTemporary(path) }
        let result = try CSVTestSupport.readAll(path)
        #expect(result.posts.map(\.platformID) == ["2"])
        #expect(result.rejections.map(\.line) == [2])
        #expect(result.rejections.first?.reason == "record longer than 1048576 bytes (line 2); skipped")
    }
}
