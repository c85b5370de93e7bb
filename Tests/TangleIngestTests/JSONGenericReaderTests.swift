import TangleCore
import Testing

@testable import TangleIngest

@Suite("Generic JSONL reader")
struct JSONGenericReaderTests {
    private static let map = "account=user.id,handle=user.name,time=created_at,text=body,url=link,reply=reply_to,id=id"

    @Test func readsMappedKeyPaths() throws {
        let result = try JSONFixtures.read(
            JSONFixtures.path("generic.jsonl"), format: .jsonl, columnMap: ColumnMap(parsing: Self.map))
        let expected = [
            PostRecord(
                platformID: SyntheticID.make(["u1", "2021-09-20T10:00:00+02:00", "Vote #Early with @Friend"]),
                account: AccountRecord(platform: "unknown", platformID: "u1", handle: "alpha"),
                time: 1_632_124_800_000, text: "Vote #Early with @Friend", links: [Link(url: "https://example.com/a")],
                hashtags: ["early"], mentions: ["friend"]),
            PostRecord(
                platformID: SyntheticID.make(["42", "1632124800", "seconds"]),
                account: AccountRecord(platform: "unknown", platformID: "42"), time: 1_632_124_800_000, text: "seconds",
                links: [Link(url: "https://a.example/1"), Link(url: "https://b.example/2")]),
            PostRecord(
                platformID: SyntheticID.make(["u3", "1632124800123", "milliseconds"]),
                account: AccountRecord(platform: "unknown", platformID: "u3"), time: 1_632_124_800_123,
                text: "milliseconds"),
            PostRecord(
                platformID: "p6", account: AccountRecord(platform: "unknown", platformID: "u6", handle: "zeta"),
                time: 1_632_132_000_000, kind: .reply, referencedPostID: "p1", text: "a reply"),
        ]
        #expect(result.posts.count == expected.count)
        for (post, want) in zip(result.posts, expected) { #expect(post == want) }
        #expect(result.rejections.map(\.line) == [4, 5])
        #expect(
            result.rejections.map(\.reason) == [
                "no account at \"user.id\": expected the account's id, found no value there (the record's keys are "
                    + "user, created_at, body)",
                "bad created_at: expected an ISO 8601 time (2016-10-01T19:58:07Z) or Unix seconds or milliseconds, "
                    + "found \"yesterday\"",
            ])
    }

    @Test func stepsThroughArraysOfObjects() throws {
        let text =
            #"{"a": {"id": 1}, "t": 1632124800, "entities": {"urls": [{"expanded": "https://x.example/1"}, "#
            + #"{"expanded": "https://x.example/2"}], "tags": "one,two three"}}"#
        let map = try ColumnMap(parsing: "account=a.id,time=t,url=entities.urls.expanded,hashtag=entities.tags")
        let result = try JSONFixtures.read(
            JSONFixtures.temporaryFile(text, suffix: ".jsonl"), format: .jsonl, columnMap: map)
        #expect(result.posts.first?.links == [Link(url: "https://x.example/1"), Link(url: "https://x.example/2")])
        #expect(result.posts.first?.hashtags == ["one", "two", "three"])
    }

    /// A mapped path through arrays nested a million deep is walked without recursion: the reader
    /// runs on a thread with an 8 MB stack, which a recursive walk would overflow.
    @Test func walksArraysNestedAMillionDeep() throws {
        let depth = 1_000_000
        let nested = String(repeating: "[", count: depth) + #""https://deep.example/1""#
            + String(repeating: "]", count: depth)
        let text =
            #"{"a": "u1", "t": 1632124800, "links": [{"u": "https://x.example/0"}, {"u": "#
            + nested + #"}, {"u": "https://x.example/2"}]}"# + "\n"
        let map = try ColumnMap(parsing: "account=a,time=t,url=links.u")
        let path = try JSONFixtures.temporaryFile(text, suffix: ".jsonl")
        let result = try JSONFixtures.read(path, format: .jsonl, columnMap: map)
        #expect(result.rejections.isEmpty)
        #expect(
            result.posts.first?.links == [
                Link(url: "https://x.example/0"), Link(url: "https://deep.example/1"), Link(url: "https://x.example/2"),
            ])
    }

    @Test func rejectsRecordsThatAreNotObjects() throws {
        let result = try JSONFixtures.read(
            JSONFixtures.temporaryFile("[1, {\"u\": \"a\", \"t\": 5}]"), format: .jsonl,
            columnMap: ColumnMap(parsing: "account=u,time=t"))
        #expect(result.posts.map(\.account.platformID) == ["a"])
        #expect(result.rejections.map(\.reason) == ["not an object: expected a JSON object, found 1"])
    }
}
