import TangleCore
import Testing

@testable import TangleIngest

@Suite("Telegram reader")
struct TelegramReaderTests {
    private static let channel = AccountRecord(
        platform: "telegram", platformID: "channel1234567890", displayName: "Патриот Новости")

    @Test func readsAChannelExport() throws {
        let result = try JSONFixtures.read(JSONFixtures.path("telegram_result.json"))
        #expect(result.format == .telegram)
        let expected = [
            PostRecord(
                platformID: "1234567890/2", account: Self.channel, time: 1_645_679_400_000,
                text: "Главное за ночь: всё идёт по плану."),
            PostRecord(
                platformID: "1234567890/3", account: Self.channel, time: 1_645_679_550_000,
                text: "Читайте здесь и https://sputnik.example.ru/a/1 #Новости @rybar_x срочно Ivan",
                links: [
                    Link(url: "https://rt.example.com/russia/123?utm_source=telegram"),
                    Link(url: "https://sputnik.example.ru/a/1"),
                ],
                hashtags: ["новости"], mentions: ["rybar_x", "ivan"]),
            PostRecord(
                platformID: "1234567890/4", account: Self.channel, time: 1_645_679_581_000, kind: .repost,
                referencedAccountID: "channel1001234567", referencedHandle: "Rybar", text: "Карта на утро 24 февраля"),
            PostRecord(
                platformID: "1234567890/5", account: Self.channel, time: 1_645_682_400_000, kind: .reply,
                referencedPostID: "1234567890/3", text: "Обновление к посту выше"),
            // No date_unixtime: `date` read as UTC. No from_id: the channel itself.
            PostRecord(platformID: "1234567890/6", account: Self.channel, time: 1_645_687_815_000),
        ]
        #expect(result.posts.count == expected.count)
        for (post, want) in zip(result.posts, expected) { #expect(post == want) }
        #expect(result.posts.allSatisfy { $0.mediaHashes.isEmpty })
        #expect(result.rejections.map(\.line) == [6])
        #expect(result.rejections.map(\.reason) == ["service message: a join, pin or title change, not a post"])
    }

    @Test func takesEntitiesFromTheTextArrayWhenTextEntitiesAreAbsent() throws {
        let text = """
            {"name": "G", "type": "private_supergroup", "id": 77, "messages": [
             {"id": 9, "type": "message", "date_unixtime": 1645679400, "from": "Ann", "from_id": "user5",
              "text": ["see ", {"type": "text_link", "text": "this", "href": "https://a.example/x"}, " ",
                       {"type": "hashtag", "text": "#Tag"}]}]}
            """
        let result = try JSONFixtures.read(JSONFixtures.temporaryFile(text))
        #expect(result.rejections.isEmpty)
        #expect(
            result.posts == [
                PostRecord(
                    platformID: "77/9",
                    account: AccountRecord(platform: "telegram", platformID: "user5", displayName: "Ann"),
                    time: 1_645_679_400_000, text: "see this #Tag", links: [Link(url: "https://a.example/x")],
                    hashtags: ["tag"])
            ])
    }

    @Test func saysWhatIsWrongWithAMessage() throws {
        let text = """
            {"name": "C", "type": "public_channel", "id": 5, "messages": [
             {"id": 1, "type": "message", "date": "yesterday", "text": "x"},
             {"id": 2, "type": "poll", "date_unixtime": "1645679400"},
             {"id": 3, "type": "message", "date_unixtime": "soon", "text": "x"},
             {"id": 4, "type": "message", "date_unixtime": "1645679400", "text": "kept"}
            """
        let result = try JSONFixtures.read(JSONFixtures.temporaryFile(text))
        #expect(result.posts.map(\.platformID) == ["5/4"])
        #expect(
            result.rejections.map(\.reason) == [
                "bad date: message 1: expected date_unixtime, or date like '2025-01-15T10:30:00', found \"yesterday\"",
                "unknown message type: expected \"message\", found \"poll\"",
                "bad date_unixtime: message 3: expected Unix seconds, found \"soon\"",
                "broken JSON structure: expected ',' or ']' at line 5, column 77, found the end of the input "
                    + "(truncated?)",
            ])
        #expect(result.rejections.map(\.line) == [2, 3, 4, 5])
    }

    @Test func needsTheChatIDBeforeTheMessages() throws {
        let text = #"{"messages": [{"id": 1, "type": "message", "date_unixtime": "1645679400", "text": "x"}], "id": 5}"#
        let result = try JSONFixtures.read(JSONFixtures.temporaryFile(text), format: .telegram)
        #expect(result.posts.isEmpty)
        #expect(
            result.rejections.map(\.reason) == [
                "no chat id: expected the chat's \"id\" before \"messages\" in the export, found none"
            ])
    }
}
