import Foundation
import Testing

@testable import TangleIngest

@Suite("CSVParser")
struct CSVParserTests {
    typealias Records = [Result<[String], RejectionText>]

    @Test func plainRecordsWithLFAndCRLF() throws {
        let records = try CSVTestSupport.parse("a,b,c\n1,2,3\r\n4,5,6")
        #expect(records == [.success(["a", "b", "c"]), .success(["1", "2", "3"]), .success(["4", "5", "6"])])
    }

    @Test func quotedFieldsWithEscapesCommasAndNewlines() throws {
        let records = try CSVTestSupport.parse("id,text\n1,\"a, \"\"quoted\"\"\nline\"\r\n2,\"\"\n")
        #expect(records == [.success(["id", "text"]), .success(["1", "a, \"quoted\"\nline"]), .success(["2", ""])])
    }

    @Test func quotedFieldKeepsCRLFInside() throws {
        let records = try CSVTestSupport.parse("a\r\n\"x\r\ny\"\r\n")
        #expect(records == [.success(["a"]), .success(["x\r\ny"])])
    }

    @Test func carriageReturnAtEndOfFileIsALineEnd() throws {
        let records = try CSVTestSupport.parse("a,b\r\n1,2\r")
        #expect(records == [.success(["a", "b"]), .success(["1", "2"])])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let records = try CSVTestSupport.parse([0xEF, 0xBB, 0xBF] + Array("id,name\n1,x\n".utf8))
        #expect(records == [.success(["id", "name"]), .success(["1", "x"])])
    }

    @Test func emptyFieldsAndTrailingComma() throws {
        let records = try CSVTestSupport.parse(",,\na,,\n,b,")
        #expect(records == [.success(["", "", ""]), .success(["a", "", ""]), .success(["", "b", ""])])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let parser = CSVParser(bytes: Array("a,b\n\n\r\n1,2\n".utf8), path: "memory.csv")
        #expect(try parser.next() != nil)
        #expect(parser.line == 1)
        #expect(try parser.next() != nil)
        #expect(parser.line == 4)
        #expect(try parser.next() == nil)
    }

    @Test func lineNumbersCountNewlinesInsideQuotes() throws {
        let parser = CSVParser(bytes: Array("h\n\"one\ntwo\nthree\"\nnext\n".utf8), path: "memory.csv")
        var lines: [Int] = []
        while try parser.next() != nil { lines.append(parser.line) }
        #expect(lines == [1, 2, 5])
    }

    @Test func textAfterClosingQuoteIsKeptAsPythonDoes() throws {
        let records = try CSVTestSupport.parse("\"abc\"def,x\n")
        #expect(records == [.success(["abcdef", "x"])])
    }

    @Test func quoteInsideUnquotedFieldIsLiteral() throws {
        let records = try CSVTestSupport.parse("5\" tall,x\n")
        #expect(records == [.success(["5\" tall", "x"])])
    }

    @Test func wrongFieldCountIsRejectedAndParsingGoesOn() throws {
        let records = try CSVTestSupport.parse("a,b\n1,2,3\n4\n5,6\n", expectedFields: 2)
        #expect(
            records == [
                .success(["a", "b"]),
                .failure(RejectionText(line: 2, reason: "expected 2 fields, got 3")),
                .failure(RejectionText(line: 3, reason: "expected 2 fields, got 1")),
                .success(["5", "6"]),
            ])
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpened() throws {
        let records = try CSVTestSupport.parse("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n")
        #expect(records.count == 3)
        guard case .failure(let rejection) = records[2] else {
            Issue.record("expected a rejection, got \(records[2])")
            return
        }
        #expect(rejection.line == 3)
        #expect(rejection.reason.contains("unterminated quote"))
        #expect(rejection.reason.contains("opened on line 3"))
        #expect(rejection.reason.contains("field 2"))
    }

    @Test func rejectionKeepsTheRawRecord() throws {
        let parser = CSVParser(bytes: Array("a,b\n1,\"x\"\"y\",3\r\n".utf8), path: "memory.csv")
        parser.expectedFieldCount = 2
        _ = try parser.next()
        guard case .rejected(let rejection) = try parser.next() else {
            Issue.record("expected a rejection")
            return
        }
        #expect(rejection.raw == "1,\"x\"\"y\",3")
    }

    /// A file larger than the parser's buffer, with records straddling each chunk boundary, reads the
    /// same as it was written.
    @Test func recordsAcrossChunkBoundaries() throws {
        var text = "id,text,n\n"
        var expected: [[String]] = [["id", "text", "n"]]
        for i in 0..<80_000 {
            let body = i % 7 == 0 ? "multi\nline \"\"quoted\"\", text \(i)" : "plain text number \(i) with some padding"
            text += "\(i),\"\(body)\",\(i * 3)\n"
            expected.append(["\(i)", body.replacingOccurrences(of: "\"\"", with: "\""), "\(i * 3)"])
        }
        #expect(text.utf8.count > 2 * CSVParser.maxRecordBytes + CSVParser.readChunk)
        let path = try CSVTestSupport.temporaryFile(text)
        defer { CSVTestSupport.removeTemporary(path) }
        let parser = try CSVParser(source: ByteSource(path: path))
        var index = 0
        var mismatches = 0
        while let step = try parser.next() {
            guard case .record = step, index < expected.count else {
                Issue.record("unexpected \(step) at record \(index)")
                return
            }
            let fields = (0..<parser.fieldCount).map { i in parser.withField(i) { String(decoding: $0, as: UTF8.self) }
            }
            if fields != expected[index] { mismatches += 1 }
            index += 1
        }
        #expect(index == expected.count)
        #expect(mismatches == 0)
    }

    /// A 10 MB field is rejected without being held in memory whole, and the next record reads.
    @Test(arguments: [false, true])
    func recordOverOneMebibyteIsRejectedAndSkipped(quoted: Bool) throws {
        var bytes = Array("id,text\n1,short\n2,".utf8)
        if quoted { bytes.append(UInt8(ascii: "\"")) }
        let line =
            Array(repeating: UInt8(ascii: "x"), count: 99) + (quoted ? [UInt8(ascii: "\n")] : [UInt8(ascii: " ")])
        for _ in 0..<100_000 { bytes += line }
        if quoted { bytes += Array("\"\"still inside\"".utf8) }
        bytes += Array("\n3,after\n".utf8)
        let path = try CSVTestSupport.temporaryFile(bytes)
        defer { CSVTestSupport.removeTemporary(path) }
        let parser = try CSVParser(source: ByteSource(path: path))
        parser.expectedFieldCount = 2
        var steps: [String] = []
        var rejection: Rejection?
        while let step = try parser.next() {
            switch step {
            case .record:
                steps.append("\(parser.line):" + parser.withField(1) { String(decoding: $0, as: UTF8.self) })
            case .rejected(let r):
                rejection = r
                steps.append("\(r.line):rejected")
            }
        }
        let lastLineOfBigRecord = quoted ? 100_003 : 3
        #expect(steps == ["1:text", "2:short", "3:rejected", "\(lastLineOfBigRecord + 1):after"])
        let reason = try #require(rejection).reason
        #expect(reason.hasPrefix("record longer than 1048576 bytes"))
        #expect(reason.contains(quoted ? "lines 3 to \(lastLineOfBigRecord)" : "line 3"))
        #expect(try #require(rejection).raw.utf8.count == Rejection.maxRawBytes)
    }

    @Test func longUnterminatedQuoteIsReportedAsUnterminated() throws {
        var bytes = Array("id,text\n1,\"open".utf8)
        bytes += Array(repeating: UInt8(ascii: "y"), count: 3 * CSVParser.maxRecordBytes)
        let path = try CSVTestSupport.temporaryFile(bytes)
        defer { CSVTestSupport.removeTemporary(path) }
        let parser = try CSVParser(source: ByteSource(path: path))
        _ = try parser.next()
        guard case .rejected(let rejection) = try parser.next() else {
            Issue.record("expected a rejection")
            return
        }
        #expect(rejection.line == 2)
        #expect(rejection.reason.contains("unterminated quote"))
        #expect(rejection.reason.contains("opened on line 2"))
        #expect(try parser.next() == nil)
    }
}
