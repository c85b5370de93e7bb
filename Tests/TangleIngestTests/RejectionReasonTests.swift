import Testing

@testable import TangleIngest

/// Rejections are counted by the head of their reason, the text before its first `:` ("what: detail").
/// The head must name the problem only, never a row's id, line or column, or each row would be a
/// category of its own.
@Suite("Rejection reasons")
struct RejectionReasonTests {
    /// The head of a reason, as the case file counts it.
    private static func head(_ reason: String) -> Substring {
        reason.prefix { $0 != ":" }
    }

    private static func expectWellFormed(_ rejections: [Rejection], sourceLocation: SourceLocation = #_sourceLocation) {
        for rejection in rejections {
            #expect(rejection.reason.contains(": "), "\(rejection.reason)", sourceLocation: sourceLocation)
            #expect(
                !head(rejection.reason).contains { $0.isNumber }, "\(rejection.reason)", sourceLocation: sourceLocation)
        }
    }

    @Test func csvReasonsHaveHeadsWithoutPositions() throws {
        let text =
            CSVBadInputTests.qutHeader
            + "1,u1,a,,,ok,1606451170,\n"
            + "2,u2,b,,,extra,1606451171,,\n"
            + "3,u3,c,,,extra,1606451172,,,\n"
            + "4,u4,d,,,late,yesterday,\n"
            + "5,u5,e,,,later,tomorrow,\n"
            + "6,u6,f,,,\"open,1606451173,\n"
            + "7,u7,g,,,ok,1606451174,\n"
        let result = try CSVTestSupport.readAll(CSVTestSupport.temporaryFile(text))
        #expect(result.posts.map(\.platformID) == ["1", "7"])
        Self.expectWellFormed(result.rejections)
        #expect(
            result.rejections.map { String(Self.head($0.reason)) } == [
                "wrong number of fields", "wrong number of fields", "bad timestamp", "bad timestamp",
                "unterminated quote",
            ])
    }

    @Test func twitterReasonsHaveHeadsWithoutIDs() throws {
        let text = """
            {"id":"11","author_id":"9","created_at":"noon","text":"a"}
            {"id":"12","author_id":"9","created_at":"dusk","text":"b"}
            {"data":[{"id":"13","text":"c"},{"id":"14","text":"d"}]}
            {"id_str":"15","user":"nobody"}
            {"delete":{"status":{"id":16}}}
            {"errors":[{"message":"Rate limit exceeded"}]}
            {"id":"17","author_id":"9",
            [1]
            """
        let result = try JSONFixtures.read(JSONFixtures.temporaryFile(text, suffix: ".jsonl"), format: .twitterJSON)
        #expect(result.posts.isEmpty)
        Self.expectWellFormed(result.rejections)
        #expect(
            result.rejections.map { String(Self.head($0.reason)) } == [
                "bad created_at", "bad created_at", "no author_id", "no author_id", "no user", "unknown record",
                "API error response", "invalid JSON", "not an object",
            ])
    }

    @Test func telegramReasonsHaveHeadsWithoutIDs() throws {
        let text = """
            {"name": "C", "type": "public_channel", "id": 5, "messages": [
             {"id": 1, "type": "message", "date_unixtime": "soon", "text": "x"},
             {"id": 2, "type": "message", "date_unixtime": "later", "text": "x"},
             {"id": 3, "type": "message", "date": "yesterday", "text": "x"},
             {"id": 4, "type": "service", "date_unixtime": "1645679400"},
             {"id": 5, "type": "poll", "date_unixtime": "1645679400"},
             {"type": "message", "date_unixtime": "1645679400"},
             7
            """
        let result = try JSONFixtures.read(JSONFixtures.temporaryFile(text), format: .telegram)
        #expect(result.posts.isEmpty)
        Self.expectWellFormed(result.rejections)
        #expect(
            result.rejections.map { String(Self.head($0.reason)) } == [
                "bad date_unixtime", "bad date_unixtime", "bad date", "service message", "unknown message type",
                "no message id", "not a message", "broken JSON structure",
            ])
    }

    @Test func oversizedRecordReasonsHaveHeadsWithoutSizes() throws {
        let text = "{\"a\":\"" + String(repeating: "x", count: 2000) + "\"}\n" + "{\"a\":[1,2,3,4,5,6,7,8,9]}\n"
        let path = try JSONFixtures.temporaryFile(text, suffix: ".jsonl")
        let items = try JSONFixtures.records(path, recordLimit: 1000, nodeLimit: 5)
        let reasons = items.compactMap { item -> String? in
            if case .rejected(_, let reason) = item { return reason }
            return nil
        }
        #expect(reasons.map { String(Self.head($0)) } == ["record too long", "too many values"])
    }
}
