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
                .failure(RejectionText(line: 2, reason: "wrong number of fields: expected 2, got 3")),
                .failure(RejectionText(line: 3, reason: "wrong number of fields: expected 2, got 1")),
                .success(["5", "6"]),
            ])
    }

    /// A quote that never closes costs its line; the records after it read.
    @Test func unterminatedQuoteCostsOnlyItsLine() throws {
        let records = try CSVTestSupport.parse("a,b\n1,2\n3,\"never closed\r\n4,5\n6,7\n")
        #expect(
            records == [
                .success(["a", "b"]),
                .success(["1", "2"]),
                .failure(
                    RejectionText(
                        line: 3,
                        reason: "unterminated quote: the quoted field 2 opened on line 3 never closes before the end "
                            + "of the file; skipped line 3")),
                .success(["4", "5"]),
                .success(["6", "7"]),
            ])
    }

    /// The rejection names the line where the quote opened, which may be below the line on which its
    /// record starts (after a quoted field that did close); it costs the record's first line.
    @Test func unterminatedQuoteAfterAClosedMultiLineField() throws {
        let records = try CSVTestSupport.parse("a,b,c\n1,\"two\nlines\",\"open\n2,x,y\n", expectedFields: 3)
        #expect(
            records.first { if case .failure = $0 { true } else { false } }
                == .failure(
                    RejectionText(
                        line: 2,
                        reason: "unterminated quote: the quoted field 3 opened on line 3 never closes before the end "
                            + "of the file; skipped line 2")))
        #expect(records.last == .success(["2", "x", "y"]))
    }

    /// A quoted field that spans lines and closes parses whole, the line count going on after it.
    @Test func closedMultiLineQuotedFieldStillParses() throws {
        let parser = CSVParser(bytes: Array("a,b\n1,\"x\n\ny\"\"z\"\n2,w\n".utf8), path: "memory.csv")
        parser.expectedFieldCount = 2
        var rows: [String] = []
        while let step = try parser.next() {
            guard case .record = step else {
                Issue.record("unexpected \(step)")
                return
            }
            rows.append("\(parser.line):" + parser.withField(1) { String(decoding: $0, as: UTF8.self) })
        }
        #expect(rows == ["1:b", "2:x\n\ny\"z", "5:w"])
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
    @Test func recordOverOneMebibyteIsRejectedAndSkipped() throws {
        var bytes = Array("id,text\n1,short\n2,".utf8)
        for _ in 0..<100_000 { bytes += Array(repeating: UInt8(ascii: "x"), count: 99) + [UInt8(ascii: " ")] }
        bytes += Array("\n3,after\n".utf8)
        let steps = try Self.readSteps(bytes)
        #expect(steps.map(\.text) == ["1:text", "2:short", "3:rejected", "4:after"])
        let rejection = try #require(steps[2].rejection)
        #expect(rejection.reason == "record too long: over 1048576 bytes; skipped line 3")
        #expect(rejection.raw.utf8.count == Rejection.maxRawBytes)
    }

    /// A record of several lines over 1 MiB, its quoted fields closed, is rejected whole.
    @Test func multiLineRecordOverOneMebibyteIsRejectedWhole() throws {
        var bytes = Array("id,text\n1,\"two\nlines\"".utf8)
        bytes += Array(repeating: UInt8(ascii: "x"), count: 3 * CSVParser.maxRecordBytes)
        bytes += Array("\n2,after\n".utf8)
        let steps = try Self.readSteps(bytes)
        #expect(steps.map(\.text) == ["1:text", "2:rejected", "4:after"])
        #expect(steps[1].rejection?.reason == "record too long: over 1048576 bytes; skipped lines 2 to 3")
    }

    /// A quoted field that is still open 1 MiB into its record costs the record's first line: each
    /// line after it is read as a record of its own (here, too short), so a stray quote in a large
    /// file does not take the rest of the file with it.
    @Test func quotedFieldOpenPastOneMebibyteCostsItsFirstLine() throws {
        var bytes = Array("id,text\n1,short\n2,\"".utf8)
        for _ in 0..<30_000 { bytes += Array(repeating: UInt8(ascii: "x"), count: 99) + [UInt8(ascii: "\n")] }
        bytes += Array("3,after\n".utf8)
        let steps = try Self.readSteps(bytes)
        #expect(steps.count == 30_003)
        #expect(steps.prefix(3).map(\.text) == ["1:text", "2:short", "3:rejected"])
        #expect(steps.last?.text == "30003:after")
        #expect(
            steps[2].rejection?.reason
                == "unterminated quote: the quoted field 2 opened on line 3 does not close within 1048576 bytes; "
                + "skipped line 3")
        #expect(steps[2].rejection?.raw == "2,\"" + String(repeating: "x", count: 99))
        #expect(steps[3].rejection?.reason == "wrong number of fields: expected 2, got 1")
    }

    /// A line over 1 MiB whose quoted field is still open at its end costs that line alone.
    @Test func longLineWithAnOpenQuoteCostsThatLine() throws {
        var bytes = Array("id,text\n1,\"".utf8)
        bytes += Array(repeating: UInt8(ascii: "y"), count: 2 * CSVParser.maxRecordBytes)
        bytes += Array("\n2,after\n".utf8)
        let steps = try Self.readSteps(bytes)
        #expect(steps.map(\.text) == ["1:text", "2:rejected", "3:after"])
        #expect(
            steps[1].rejection?.reason
                == "unterminated quote: the quoted field 2 opened on line 2 does not close within 1048576 bytes; "
                + "skipped line 2")
    }

    /// Every step of parsing a file with two fields per record: `line:field 2` or `line:rejected`.
    private static func readSteps(_ bytes: [UInt8]) throws -> [(text: String, rejection: Rejection?)] {
        let path = try CSVTestSupport.temporaryFile(bytes)
        defer { CSVTestSupport.removeTemporary(path) }
        let parser = try CSVParser(source: ByteSource(path: path))
        parser.expectedFieldCount = 2
        var steps: [(text: String, rejection: Rejection?)] = []
        while let step = try parser.next() {
            switch step {
            case .record:
                steps.append(("\(parser.line):" + parser.withField(1) { String(decoding: $0, as: UTF8.self) }, nil))
            case .rejected(let rejection):
                steps.append(("\(rejection.line):rejected", rejection))
            }
        }
        return steps
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
