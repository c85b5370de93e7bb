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
            + "1,u1,a,,,fine,1606451170,\n2,u2,b,,,\"never closed,1606451171,\n3,u3,c,,,kept,1606451172,\n"
        let result = try CSVTestSupport.readAll(CSVTestSupport.temporaryFile(text))
        #expect(result.posts.map(\.platformID) == ["1", "3"])
        #expect(result.rejections.count == 1)
        #expect(result.rejections.first?.line == 3)
        #expect(
            result.rejections.first?.reason
                == "unterminated quote: the quoted field 6 opened on line 3 never closes before the end of the file; "
                + "skipped line 3")
        #expect(result.rejections.first?.raw == "2,u2,b,,,\"never closed,1606451171,")
    }

    /// One stray quote costs one row, not the rest of the file.
    @Test func strayQuoteInAThousandRowsCostsOneRow() throws {
        let result = try CSVTestSupport.readAll(CSVTestSupport.temporaryFile(Self.qutRows(1000, strayQuoteInRow: 2)))
        #expect(result.posts.count == 999)
        #expect(result.rejections.map(\.line) == [3])
        #expect(!result.posts.contains { $0.platformID == "2" })
        #expect(result.posts.last?.platformID == "1000")
    }

    /// In a file larger than the parser's 1 MiB record limit, the quote is given up at the limit.
    @Test func strayQuoteInALargeFileCostsOneRow() throws {
        let path = try CSVTestSupport.temporaryFile(Self.qutRows(60_000, strayQuoteInRow: 2))
        defer { CSVTestSupport.removeTemporary(path) }
        let result = try CSVTestSupport.readAll(path)
        #expect(result.posts.count == 59_999)
        #expect(result.rejections.map(\.line) == [3])
        let reason = try #require(result.rejections.first?.reason)
        #expect(reason.hasSuffix("does not close within 1048576 bytes; skipped line 3"))
    }

    /// A QUT file with a header and `count` rows, the message of one of them opening a quote that
    /// never closes.
    private static func qutRows(_ count: Int, strayQuoteInRow strayRow: Int) -> String {
        var text = qutHeader
        for row in 1...count {
            let message = row == strayRow ? "\"a stray quote" : "message number \(row)"
            text += "\(row),u\(row % 50),user\(row % 50),,,\(message),\(1_606_451_170 + row),\n"
        }
        return text
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
        #expect(result.rejections.first?.reason == "record too long: over 1048576 bytes; skipped line 2")
    }
}
