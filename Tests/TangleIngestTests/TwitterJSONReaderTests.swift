import Foundation
import TangleCore
import Testing

@testable import TangleIngest

@Suite("Twitter JSON reader")
struct TwitterJSONReaderTests {
    // MARK: - v1.1

    private static let aliceID = "2244994945"
    private static let pollsID = "1050118620828401665"
    private static let pollsText =
        "Polls close at 8pm tonight 🗳️ Lines are long in Franklin County, stay in line! #Election2018 "
        + "#VoterFraud claims are false, says @NewsDesk https://t.co/Q1w2E3r4T5 https://t.co/Z9x8C7v6B5"
    private static let pollsLinks = [
        Link(url: "https://www.dispatch.example.com/story/news/2018/10/10/polls?utm_source=twitter"),
        Link(url: "https://sos.ohio.example.gov/elections"),
    ]

    private static let alice = AccountRecord(
        platform: "twitter", platformID: aliceID, handle: "alice_w", displayName: "Alice W — news",
        createdAt: Timestamp.epochMillis(year: 2013, month: 12, day: 10, hour: 8, minute: 15, second: 3),
        followers: 15321, following: 402, postCount: 9876, verified: false, location: "Columbus, OH",
        description: "Local politics. #Ohio", profileURL: "https://alice.example.org/about")

    private static let carol = AccountRecord(
        platform: "twitter", platformID: "783214", handle: "CarolReports", displayName: "Carol",
        createdAt: Timestamp.epochMillis(year: 2007, month: 2, day: 20, hour: 14, minute: 35, second: 54),
        followers: 1_200_000, following: 50, postCount: 15000, verified: true, location: "Washington, DC",
        description: "Reporter")

    private static let quote = PostRecord(
        platformID: "1050129361954406401", account: carol, time: 1_539_205_325_000, kind: .quote,
        referencedPostID: pollsID, referencedAccountID: aliceID, referencedHandle: "alice_w",
        text: "This is exactly what they said in 2016. Don't believe it &amp; stay home? No. https://t.co/QuOtE12345",
        language: "en", client: "Twitter for iPhone",
        links: [Link(url: "https://twitter.com/alice_w/status/1050118620828401665")])

    private static let v1Expected: [PostRecord] = [
        PostRecord(
            platformID: pollsID, account: alice, time: 1_539_202_764_000, text: pollsText, language: "en",
            client: "Twitter Web App", links: pollsLinks, hashtags: ["election2018", "voterfraud"],
            mentions: ["newsdesk"]),
        PostRecord(
            platformID: "1050118651585232897",
            account: AccountRecord(
                platform: "twitter", platformID: "1011223344556677889", handle: "eagle_1138",
                displayName: "Patriot Eagle 1138",
                createdAt: Timestamp.epochMillis(year: 2018, month: 6, day: 25, hour: 12, minute: 0, second: 1),
                followers: 12, following: 3001, postCount: 40210, verified: false, language: "en"),
            time: 1_539_202_771_000, kind: .repost, referencedPostID: pollsID, referencedAccountID: aliceID,
            referencedHandle: "alice_w", text: "RT @alice_w: " + pollsText, language: "en",
            client: "Twitter for Android", links: pollsLinks, hashtags: ["election2018", "voterfraud"],
            mentions: ["newsdesk"]),
        quote,
        PostRecord(
            platformID: "1050136391574355969",
            account: AccountRecord(
                platform: "twitter", platformID: "99887766", handle: "dave_asks", displayName: "Dave",
                createdAt: Timestamp.epochMillis(year: 2010, month: 1, day: 2, hour: 3, minute: 4, second: 5),
                followers: 77, following: 88, postCount: 99, verified: false),
            time: 1_539_207_000_000, kind: .reply, referencedPostID: pollsID, referencedAccountID: aliceID,
            referencedHandle: "alice_w", text: "@alice_w Which polls? The ones in #franklincounty?", language: "und",
            client: "Tweetbot for iOS", hashtags: ["franklincounty"], mentions: ["alice_w"]),
    ]

    @Test(arguments: ["twitter_v1.jsonl", "twitter_v1.jsonl.gz"])
    func readsV1StatusesAsJSONL(name: String) throws {
        let result = try JSONFixtures.read(JSONFixtures.path(name))
        #expect(result.format == .twitterJSON)
        #expect(result.posts.count == 4)
        for (post, expected) in zip(result.posts, Self.v1Expected) { #expect(post == expected) }
        #expect(result.posts.allSatisfy { $0.timeSource == .given })
        #expect(
            result.rejections.map(\.line) == [5]
                && result.rejections.map(\.reason) == [
                    "unknown record: expected a v1.1 status (id_str, user, created_at), a v2 page (data, includes) "
                        + "or a v2 tweet (id, author_id, text), found keys delete"
                ])
    }

    @Test func readsTheGzipFileExactlyAsThePlainOne() throws {
        let plain = try JSONFixtures.read(JSONFixtures.path("twitter_v1.jsonl"))
        let gzip = try JSONFixtures.read(JSONFixtures.path("twitter_v1.jsonl.gz"))
        #expect(plain.posts == gzip.posts)
        #expect(plain.rejections == gzip.rejections)
    }

    @Test func readsAV1ArrayElementByElement() throws {
        let result = try JSONFixtures.read(JSONFixtures.path("twitter_v1_array.json"))
        #expect(result.rejections.isEmpty)
        #expect(result.posts.count == 2)
        #expect(result.posts.first == Self.quote)
        let second = PostRecord(
            platformID: "1050264733090840577", account: Self.alice, time: 1_539_237_600_000,
            text: "Good morning Ohio. Remember: #VoteEarly, it's easy → https://t.co/VoTe000001", language: "en",
            client: "TweetDeck", links: [Link(url: "https://vote.example.org/early?ref_src=twsrc")],
            hashtags: ["voteearly"])
        #expect(result.posts.last == second)
    }

    @Test func rejectsTheTruncatedLineAndReadsTheRest() throws {
        let result = try JSONFixtures.read(JSONFixtures.path("twitter_v1_truncated.jsonl"))
        #expect(result.posts.map(\.platformID) == [Self.pollsID, "1050136391574355969"])
        #expect(result.rejections.count == 1)
        #expect(result.rejections.first?.line == 2)
        #expect(result.rejections.first?.reason.hasPrefix("invalid JSON: expected ") == true)
        #expect(result.rejections.first?.reason.hasSuffix("at column 121, found the end of the record") == true)
    }

    @Test func rejectsInvalidUTF8AndReadsOn() throws {
        let good = try String(contentsOfFile: JSONFixtures.path("twitter_v1.jsonl"), encoding: .utf8)
            .split(separator: "\n")[0]
        var bytes = Array(good.utf8) + [0x0A]
        bytes += Array(#"{"id_str":"5","text":"bad "#.utf8) + [0xC3, 0x28] + Array(#"","user":{"id_str":"9"}}"#.utf8)
        bytes += [0x0A] + Array(good.utf8) + [0x0A]
        let result = try JSONFixtures.read(JSONFixtures.temporaryFile(bytes, suffix: ".jsonl"))
        #expect(result.posts.count == 2)
        #expect(
            result.rejections.map(\.reason) == [
                "invalid JSON: expected valid UTF-8 in a string at column 28, found '('"
            ] && result.rejections.map(\.line) == [2])
    }

    /// A tweet whose text holds a lone surrogate escape (as Python writes a text cut inside an emoji)
    /// is read, the surrogate as U+FFFD.
    @Test func readsATweetWithALoneSurrogate() throws {
        let text =
            #"{"id":"1439846789149622273","author_id":"9","created_at":"2021-09-20T07:00:00.000Z","#
            + #""text":"broken \ud83d end"}"# + "\n"
        let result = try JSONFixtures.read(JSONFixtures.temporaryFile(text, suffix: ".jsonl"), format: .twitterJSON)
        #expect(result.rejections.isEmpty)
        #expect(result.posts.map(\.text) == ["broken \u{FFFD} end"])
    }

    /// The real limit, 16 MiB: the long line is reported and skipped, the lines around it are read.
    @Test func skipsARecordOverSixteenMebibytes() throws {
        let good = try String(contentsOfFile: JSONFixtures.path("twitter_v1.jsonl"), encoding: .utf8)
            .split(separator: "\n")[0]
        var bytes = Array(good.utf8) + [0x0A]
        bytes += Array(#"{"id_str":"7","user":{"id_str":"8"},"text":""#.utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "a"), count: JSONRecordStream.defaultRecordLimit)
        bytes += Array("\"}\n".utf8) + Array(good.utf8) + [0x0A]
        let path = try JSONFixtures.temporaryFile(bytes, suffix: ".jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try JSONFixtures.read(path)
        #expect(result.posts.count == 2)
        #expect(result.rejections.count == 1)
        let length = JSONRecordStream.defaultRecordLimit + 46
        #expect(result.rejections.first?.line == 2)
        #expect(
            result.rejections.first?.reason
                == "record too long: expected at most 16 MiB, found \(length) bytes; skipped it")
        #expect(result.rejections.first?.raw.utf8.count == Rejection.maxRawBytes)
    }

    /// The real value limit, 2,000,000: a line of more (4 MB, well under the byte limit, but 32 MB
    /// of nodes) is reported and skipped, the lines around it are read.
    @Test func skipsARecordOfOverTwoMillionValues() throws {
        let good = try String(contentsOfFile: JSONFixtures.path("twitter_v1.jsonl"), encoding: .utf8)
            .split(separator: "\n")[0]
        var bytes = Array(good.utf8) + [0x0A]
        bytes += Array(#"{"data":[0"#.utf8)
        for _ in 1..<JSONRecordStream.defaultNodeLimit { bytes += Array(",0".utf8) }
        bytes += Array("]}\n".utf8) + Array(good.utf8) + [0x0A]
        let path = try JSONFixtures.temporaryFile(bytes, suffix: ".jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try JSONFixtures.read(path)
        #expect(result.posts.count == 2)
        #expect(result.rejections.map(\.line) == [2])
        #expect(
            result.rejections.first?.reason
                == "too many values: expected at most 2000000 JSON values (keys counted) in a record, found more; "
                + "skipped it")
    }

    // MARK: - v2

    private static let sputnikID = "1146654567674912769"
    private static let briefwahlID = "1439846789149622273"
    private static let briefwahlText =
        "Eilmeldung: Briefwahl-Unterlagen in Berlin doppelt verschickt? Was bisher bekannt ist #btw21 "
        + "https://t.co/BrIeF00001"
    private static let sputnik = AccountRecord(
        platform: "twitter", platformID: sputnikID, handle: "SputnikDE_x", displayName: "SNA News",
        createdAt: Timestamp.epochMillis(year: 2019, month: 7, day: 4, hour: 6), followers: 98000, following: 120,
        postCount: 45000, verified: false, location: "Berlin", description: "Nachrichten",
        profileURL: "https://snanews.example.de")
    private static let amplifier = AccountRecord(
        platform: "twitter", platformID: "1400000000000000001", handle: "Wahrheit_Jetzt_77",
        displayName: "Wahrheit Jetzt", createdAt: Timestamp.epochMillis(year: 2021, month: 6, day: 2, hour: 10),
        followers: 14, following: 900, postCount: 12000, verified: false)
    private static let maria = AccountRecord(
        platform: "twitter", platformID: "2834511", handle: "MariaK", displayName: "Maria K.",
        createdAt: Timestamp.epochMillis(year: 2008, month: 9, day: 1, hour: 12), followers: 3100, following: 800,
        postCount: 22000, verified: true, location: "München")
    private static let briefwahlLink = Link(
        url: "https://snanews.example.de/20210920/briefwahl.html?utm_medium=social")
    private static let longText =
        Array(repeating: "Ein langer Text über die Briefwahl, der über 280 Zeichen hinausgeht.", count: 4)
        .joined(separator: " ") + " #Briefwahl #BTW21 @bundeswahlleiter https://t.co/LoNg000001"

    private static let retweet = PostRecord(
        platformID: "1439846825891725313", account: amplifier, time: 1_632_121_209_010, kind: .repost,
        referencedPostID: briefwahlID, referencedAccountID: sputnikID, referencedHandle: "SputnikDE_x",
        text: "RT @SputnikDE_x: " + briefwahlText, language: "de", client: "Twitter for Android",
        links: [briefwahlLink], hashtags: ["btw21"])

    private static let reply = PostRecord(
        platformID: "1439866922857398273", account: amplifier, time: 1_632_126_000_500, kind: .reply,
        referencedPostID: "1439865662469046273", referencedAccountID: "2834511", referencedHandle: "MariaK",
        text: "@MariaK Das ist gelogen!", language: "de", client: "Twitter for Android", mentions: ["mariak"])

    @Test func readsAV2PageWithItsIncludes() throws {
        let result = try JSONFixtures.read(JSONFixtures.path("twitter_v2_page.json"))
        #expect(result.rejections.isEmpty)
        let expected = [
            Self.retweet,
            PostRecord(
                platformID: "1439865662469046273", account: Self.maria, time: 1_632_125_700_000, text: Self.longText,
                language: "de", client: "Twitter for iPhone",
                links: [Link(url: "https://www.bundeswahlleiter.example.de/faq")], hashtags: ["briefwahl", "btw21"],
                mentions: ["bundeswahlleiter"]),
            Self.reply,
            PostRecord(
                platformID: "1439876987266007041", account: Self.maria, time: 1_632_128_400_042,
                timeSource: .snowflake, kind: .quote, referencedPostID: Self.briefwahlID,
                referencedAccountID: Self.sputnikID, referencedHandle: "SputnikDE_x",
                text: "Bitte nicht teilen, das stimmt nicht https://t.co/QuOtE00002", language: "de",
                links: [Link(url: "https://twitter.com/SputnikDE_x/status/1439846789149622273")]),
        ]
        #expect(result.posts.count == expected.count)
        for (post, want) in zip(result.posts, expected) { #expect(post == want) }
    }

    @Test func readsTwarc2PagesOnePerLine() throws {
        let result = try JSONFixtures.read(JSONFixtures.path("twarc2_pages.jsonl"))
        #expect(result.posts.map(\.platformID) == ["1439892086588440577", Self.briefwahlID, "1439893344883834881"])
        #expect(result.posts[0].text == "RT @SputnikDE_x: " + Self.briefwahlText)
        #expect(result.posts[0].kind == .repost && result.posts[0].referencedAccountID == Self.sputnikID)
        #expect(result.posts[1].account == Self.sputnik)
        #expect(result.posts[1].kind == .original && result.posts[1].links == [Self.briefwahlLink])
        #expect(result.posts[2].account == Self.maria && result.posts[2].text == "Guten Morgen")
        #expect(
            result.rejections.map(\.line) == [2]
                && result.rejections.map(\.reason) == [
                    "no author_id: tweet 1439893596546269185: expected author_id, found none "
                        + "(the request needs expansions=author_id) (tweet 2 of 2 in the page)"
                ])
    }

    @Test func rejectsErrorResponsesAndSkipsEmptyPages() throws {
        let text = """
            {"errors": [{"code": 88, "message": "Rate limit exceeded"}]}
            {"meta": {"result_count": 0}}
            {"data": [], "meta": {"result_count": 0}}
            """
        let result = try JSONFixtures.read(JSONFixtures.temporaryFile(text, suffix: ".jsonl"), format: .twitterJSON)
        #expect(result.posts.isEmpty)
        #expect(
            result.rejections.map(\.reason) == [
                "API error response: expected tweets, found the error \"Rate limit exceeded\""
            ])
    }

    @Test func readsTwarc2FlattenedTweets() throws {
        let result = try JSONFixtures.read(JSONFixtures.path("twarc2_flattened.jsonl"))
        #expect(result.rejections.isEmpty)
        #expect(result.posts == [Self.retweet, Self.reply])
    }
}
