import Foundation
import Testing

@testable import TangleIngest

@Suite("JSON format detection")
struct JSONFormatsTests {
    @Test(arguments: [
        ("twitter_v1.jsonl", Format.twitterJSON),
        ("twitter_v1.jsonl.gz", .twitterJSON),
        ("twitter_v1_array.json", .twitterJSON),
        ("twitter_v2_page.json", .twitterJSON),
        ("twarc2_pages.jsonl", .twitterJSON),
        ("twarc2_flattened.jsonl", .twitterJSON),
        ("telegram_result.json", .telegram),
    ])
    func detectsEachFixture(name: String, format: Format) throws {
        #expect(try Reader.detect(path: JSONFixtures.path(name)) == format)
    }

    /// The prefix may end inside the first record: detection reads keys, not a parse.
    @Test func detectsFromAPrefixThatCutsTheFirstRecord() throws {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: JSONFixtures.path("twitter_v1.jsonl"))))
        #expect(try JSONFormats.detect(prefix: Array(bytes.prefix(700)), path: "cut.jsonl") == .twitterJSON)
        let telegram = try Array(Data(contentsOf: URL(fileURLWithPath: JSONFixtures.path("telegram_result.json"))))
        #expect(try JSONFormats.detect(prefix: Array(telegram.prefix(90)), path: "cut.json") == .telegram)
    }

    @Test func looksPastStreamNoticesAtTheStart() throws {
        let text = #"{"limit":{"track":12}}"# + "\n" + #"{"id_str":"1","user":{"id_str":"2"}}"#
        #expect(try JSONFormats.detect(prefix: Array(text.utf8), path: "stream.jsonl") == .twitterJSON)
    }

    @Test(arguments: [
        #"{"data":{"id":"1","text":"hi","author_id":"2"},"includes":{"users":[]}}"#,
        #"{"id":"1","text":"hi","edit_history_tweet_ids":["1"]}"#,
        #"{"id":"1","text":"hi","author":{"id":"2"},"__twarc":{"version":"2.14.0"}}"#,
        #"[{"created_at":"Wed Oct 10 20:19:24 +0000 2018","id":1,"text":"hi"}]"#,
    ])
    func detectsTwitterShapes(text: String) throws {
        #expect(try JSONFormats.detect(prefix: Array(text.utf8), path: "t.json") == .twitterJSON)
    }

    @Test func detectsTelegramByChatType() throws {
        let text = #"{"name":"A","type":"private_supergroup","id":5,"messages":[]}"#
        #expect(try JSONFormats.detect(prefix: Array(text.utf8), path: "result.json") == .telegram)
    }

    @Test func namesTheKeysFoundWhenNothingMatches() throws {
        do {
            _ = try Reader.detect(path: JSONFixtures.path("unknown_shape.json"))
            Issue.record("expected an unrecognised format")
        } catch let error as IngestError {
            #expect(error.kind == .unrecognisedFormat)
            #expect(error.line == 1)
            #expect(error.message.contains("the first record's keys are event, ts, payload"))
            #expect(error.message.contains(Format.twitterJSON.summary))
            #expect(error.message.contains(Format.telegram.summary))
            #expect(error.message.contains("--format jsonl --map account=KEY,time=KEY"))
        }
    }

    @Test func genericJSONLNeedsAColumnMap() throws {
        let error = try #require(throws: IngestError.self) {
            _ = try Reader.open(path: JSONFixtures.path("generic.jsonl"), format: .jsonl)
        }
        #expect(error.kind == .badColumnMap)
        #expect(error.message.hasPrefix("generic JSONL needs --map"))
    }
}
