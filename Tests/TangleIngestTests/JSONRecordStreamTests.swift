import Testing

@testable import TangleIngest

@Suite("JSON record stream")
struct JSONRecordStreamTests {
    private typealias Item = JSONFixtures.StreamItem

    @Test func splitsJSONLAtLineBreaksSkippingBlankLines() throws {
        let path = try JSONFixtures.temporaryFile("{\"a\":1}\r\n\n   \n{\"b\":[2]}\n{\"c\":3}")
        #expect(
            try JSONFixtures.records(path) == [
                .parsed(line: 1, key: nil, text: "{\"a\":1}\r"),
                .parsed(line: 4, key: nil, text: "{\"b\":[2]}"),
                .parsed(line: 5, key: nil, text: "{\"c\":3}"),
            ])
    }

    @Test func streamsTheElementsOfATopLevelArray() throws {
        let path = try JSONFixtures.temporaryFile(
            "\u{FEFF}[\n  {\"a\": \"x,]}\"},\n  {\"b\":\n    [1, 2]\n  },\n  7\n]\n")
        #expect(
            try JSONFixtures.records(path) == [
                .parsed(line: 2, key: nil, text: "{\"a\": \"x,]}\"}"),
                .parsed(line: 3, key: nil, text: "{\"b\":\n    [1, 2]\n  }"),
                .parsed(line: 6, key: nil, text: "7"),
            ])
    }

    @Test func readsArraysWrittenOneAfterAnother() throws {
        let path = try JSONFixtures.temporaryFile("[{\"a\":1}]\n[]\n[{\"b\":2}]\n")
        #expect(
            try JSONFixtures.records(path) == [
                .parsed(line: 1, key: nil, text: "{\"a\":1}"), .parsed(line: 3, key: nil, text: "{\"b\":2}"),
            ])
    }

    @Test func readsPrettyPrintedValuesOneAfterAnother() throws {
        let path = try JSONFixtures.temporaryFile("{\n  \"data\": [1]\n}\n{\n  \"data\": [2]\n}\n")
        #expect(
            try JSONFixtures.records(path) == [
                .parsed(line: 1, key: nil, text: "{\n  \"data\": [1]\n}"),
                .parsed(line: 4, key: nil, text: "{\n  \"data\": [2]\n}"),
            ])
    }

    /// A first line that does not close is a truncated JSONL record when the next line starts an
    /// object at its first column, not the start of a pretty-printed value.
    @Test func tellsATruncatedFirstLineFromAPrettyPrintedValue() throws {
        let path = try JSONFixtures.temporaryFile("{\"a\":[1,\n{\"b\":2}\n")
        #expect(
            try JSONFixtures.records(path) == [
                .rejected(
                    line: 1,
                    reason: "invalid JSON: expected a value (object, array, string, number, true, false or null) "
                        + "at column 9, found the end of the record"),
                .parsed(line: 2, key: nil, text: "{\"b\":2}"),
            ])
    }

    @Test func readsAFirstLineLongerThanAChunk() throws {
        let long = "{\"text\":\"" + String(repeating: "z", count: 3 << 20) + "\"}"
        let path = try JSONFixtures.temporaryFile(long + "\n{\"b\":2}\n")
        #expect(
            try JSONFixtures.records(path) == [
                .parsed(line: 1, key: nil, text: long), .parsed(line: 2, key: nil, text: "{\"b\":2}"),
            ])
    }

    @Test func streamsTheMessagesOfATopLevelObjectAndHandsOverItsOtherMembers() throws {
        let path = try JSONFixtures.temporaryFile(
            "{\n \"name\": \"Chan\",\n \"id\": 12,\n \"messages\": [\n  {\"id\": 1},\n  {\"id\": 2}\n ],\n"
                + " \"after\": true\n}\n")
        #expect(
            try JSONFixtures.records(path, streamedKey: "messages") == [
                .parsed(line: 2, key: "name", text: "\"Chan\""),
                .parsed(line: 3, key: "id", text: "12"),
                .parsed(line: 5, key: nil, text: "{\"id\": 1}"),
                .parsed(line: 6, key: nil, text: "{\"id\": 2}"),
                .parsed(line: 8, key: "after", text: "true"),
            ])
    }

    @Test func saysWhenTheStreamedArrayIsMissing() throws {
        let path = try JSONFixtures.temporaryFile("{\"name\": \"Chan\", \"chats\": {}}")
        let items = try JSONFixtures.records(path, streamedKey: "messages")
        #expect(
            items.last
                == .rejected(
                    line: 1,
                    reason: "broken JSON structure: expected a \"messages\" array in the top-level object, found "
                        + "keys name, chats"))
    }

    @Test func rejectsATruncatedLineWithItsColumnAndReadsOn() throws {
        let path = try JSONFixtures.temporaryFile("{\"a\":1}\n{\"a\":1,\"b\":\n{\"c\":3}\n")
        #expect(
            try JSONFixtures.records(path) == [
                .parsed(line: 1, key: nil, text: "{\"a\":1}"),
                .rejected(
                    line: 2,
                    reason: "invalid JSON: expected a value (object, array, string, number, true, false or null) "
                        + "at column 12, found the end of the record"),
                .parsed(line: 3, key: nil, text: "{\"c\":3}"),
            ])
    }

    @Test func placesErrorsInsideMultiLineRecordsByLineAndColumn() throws {
        let path = try JSONFixtures.temporaryFile("[\n  {\"a\": 1,\n   \"b\" 2},\n  {\"c\": 3}\n]")
        #expect(
            try JSONFixtures.records(path) == [
                .rejected(line: 2, reason: "invalid JSON: expected ':' after the key at line 3, column 8, found '2'"),
                .parsed(line: 4, key: nil, text: "{\"c\": 3}"),
            ])
    }

    @Test func rejectsInvalidUTF8InAString() throws {
        var bytes = Array("{\"a\":1}\n{\"id_str\":\"5\",\"text\":\"bad ".utf8)
        bytes += [0xFF]
        bytes += Array(" here\"}\n{\"c\":3}\n".utf8)
        let path = try JSONFixtures.temporaryFile(bytes)
        let items = try JSONFixtures.records(path)
        #expect(items.count == 3)
        #expect(
            items[1]
                == .rejected(
                    line: 2, reason: "invalid JSON: expected valid UTF-8 in a string at column 27, found byte 0xFF"))
    }

    @Test func reportsAMissingCommaAndReadsOn() throws {
        let path = try JSONFixtures.temporaryFile("[{\"a\":1}\n {\"b\":2}]")
        #expect(
            try JSONFixtures.records(path) == [
                .parsed(line: 1, key: nil, text: "{\"a\":1}"),
                .rejected(
                    line: 2,
                    reason: "broken JSON structure: expected ',' or ']' at line 2, column 2, found '{'; reading on"),
                .parsed(line: 2, key: nil, text: "{\"b\":2}"),
            ])
    }

    @Test func reportsATruncatedArray() throws {
        let path = try JSONFixtures.temporaryFile("[{\"a\":1},\n{\"b\":2}")
        #expect(
            try JSONFixtures.records(path) == [
                .parsed(line: 1, key: nil, text: "{\"a\":1}"),
                .parsed(line: 2, key: nil, text: "{\"b\":2}"),
                .rejected(
                    line: 2,
                    reason: "broken JSON structure: expected ',' or ']' at line 2, column 8, found the end of the "
                        + "input (truncated?)"),
            ])
    }

    @Test(arguments: [false, true])
    func skipsARecordOverTheLimitAndReadsOn(asArray: Bool) throws {
        let long = "{\"text\":\"" + String(repeating: "x", count: 5000) + "\"}"
        let records = ["{\"a\":1}", long, "{\"c\":3}"]
        let text = asArray ? "[" + records.joined(separator: ",\n") + "]" : records.joined(separator: "\n")
        let path = try JSONFixtures.temporaryFile(text)
        #expect(
            try JSONFixtures.records(path, recordLimit: 1000) == [
                .parsed(line: 1, key: nil, text: "{\"a\":1}"),
                .rejected(
                    line: 2, reason: "record too long: expected at most 1000 bytes, found 5011 bytes; skipped it"),
                .parsed(line: 3, key: nil, text: "{\"c\":3}"),
            ])
    }

    /// A record of more values than the limit (keys counted) is skipped; its neighbours read. Exactly
    /// the limit is allowed.
    @Test(arguments: [false, true])
    func skipsARecordOfTooManyValuesAndReadsOn(asArray: Bool) throws {
        let records = [#"{"a":[1,2]}"#, #"{"a":[1,2,3]}"#, #"{"c":3}"#]
        let text = asArray ? "[" + records.joined(separator: ",\n") + "]" : records.joined(separator: "\n")
        let path = try JSONFixtures.temporaryFile(text)
        #expect(
            try JSONFixtures.records(path, nodeLimit: 5) == [
                .parsed(line: 1, key: nil, text: records[0]),
                .rejected(
                    line: 2,
                    reason: "too many values: expected at most 5 JSON values (keys counted) in a record, found more; "
                        + "skipped it"),
                .parsed(line: 3, key: nil, text: records[2]),
            ])
    }

    /// Records straddle the 1 MiB chunks, and the buffer grows for a record bigger than a chunk.
    @Test(arguments: [false, true])
    func readsRecordsAcrossChunkBoundaries(asArray: Bool) throws {
        let count = 30_000
        var records = (0..<count).map { "{\"n\":\($0),\"pad\":\"\(String(repeating: "p", count: $0 % 97))\"}" }
        records[count / 2] = "{\"big\":\"" + String(repeating: "b", count: 3 << 20) + "\"}"
        let text = asArray ? "[\n" + records.joined(separator: ",\n") + "\n]\n" : records.joined(separator: "\n") + "\n"
        let path = try JSONFixtures.temporaryFile(text)
        let items = try JSONFixtures.records(path)
        #expect(items.count == count)
        let lines = items.map { item -> Int in
            if case .parsed(let line, _, _) = item { return line }
            return -1
        }
        #expect(lines == Array((asArray ? 2 : 1)..<(count + (asArray ? 2 : 1))))
        #expect(items[count - 1] == .parsed(line: asArray ? count + 1 : count, key: nil, text: records[count - 1]))
    }
}
