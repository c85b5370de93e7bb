/// Writes a Telegram Desktop export (`result.json`) of one public supergroup that everyone posts and
/// forwards into: outlets post as channels (`from_id` `channel…`), all other accounts as users.
///
/// A repost is a forward (`forwarded_from`, `forwarded_from_id`, the original's text, no `RT` prefix);
/// a reply names the message it answers by its number in this export; a quote is a plain message.
/// Times are whole seconds and links are written in full, as exports have them. Message numbers run
/// from 1 in time order, so a post's id is `<chat id>/<number>`.
struct TelegramWriter: PostWriter {
    /// Messages back that a reply can still name; older targets are written as plain messages.
    static let replyReach = 1 << 20

    let chatID: UInt64
    private let world: World
    private var file: OutputFile
    private var renderer: TextRenderer
    private var messageNumber = 0
    /// The ids of the last `replyReach` messages, by message number modulo the reach.
    private var recentIDs: [Int64]

    init(folder: String, world: World) throws {
        self.world = world
        chatID = 1_000_000_000 + world.seed % 1_000_000_000
        file = try OutputFile(path: folder + "/result.json")
        renderer = TextRenderer(world: world)
        recentIDs = Array(repeating: 0, count: Self.replyReach)
        file.bytes.append("{\n \"name\": \"Open Discussion\",\n \"type\": \"public_supergroup\",\n \"id\": ")
        file.bytes.appendDecimal(chatID)
        file.bytes.append(",\n \"messages\": [\n")
    }

    mutating func write(_ event: Event, ledger: Ledger) throws {
        let replyTo = event.kind == .reply ? event.reference.flatMap { messageNumber(of: $0.id) } : nil
        messageNumber += 1
        recentIDs[messageNumber % Self.replyReach] = event.id
        renderer.render(event.content, prefix: .none, shortLinks: false, ledger: ledger)
        var out: [UInt8] = []
        swap(&out, &file.bytes)
        if messageNumber > 1 { out.append(",\n") }
        out.append("  {\"id\":")
        out.appendDecimal(messageNumber)
        out.append(",\"type\":\"message\",\"date\":\"")
        let seconds = writtenTime(event.time)
        out.appendISO8601(seconds, milliseconds: false)
        out.append("\",\"date_unixtime\":\"")
        out.appendDecimal(seconds / 1000)
        out.append("\",\"from\":")
        out.appendJSONString(world.accounts.names[Int(event.account)])
        out.append(",\"from_id\":")
        appendPeer(event.account, into: &out)
        if let reference = event.reference, event.kind == .repost {
            out.append(",\"forwarded_from\":")
            out.appendJSONString(world.accounts.names[Int(reference.account)])
            out.append(",\"forwarded_from_id\":")
            appendPeer(reference.account, into: &out)
        }
        if let replyTo {
            out.append(",\"reply_to_message_id\":")
            out.appendDecimal(replyTo)
        }
        appendText(into: &out)
        out.append(UInt8(ascii: "}"))
        swap(&out, &file.bytes)
        try file.flushIfFull()
    }

    func lastPostID() -> String { "\(chatID)/\(messageNumber)" }

    /// Whole seconds, as exports have them.
    func writtenTime(_ time: Int64) -> Int64 { time - time % 1000 }

    func accountID(_ account: Int32) -> String {
        let prefix = world.accounts.roles[Int(account)] == .outlet ? "channel" : "user"
        return prefix + String(world.accounts.userIDs[Int(account)])
    }

    mutating func finish(ledger: Ledger) throws {
        file.bytes.append("\n ]\n}\n")
        try file.close()
    }

    /// The number of the message with `id` among the last `replyReach`, by binary search: numbers
    /// and ids rise together.
    private func messageNumber(of id: Int64) -> Int? {
        var low = max(1, messageNumber - Self.replyReach + 1)
        var high = messageNumber
        while low <= high {
            let middle = (low + high) / 2
            let found = recentIDs[middle % Self.replyReach]
            if found == id { return middle }
            if found < id { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    private func appendPeer(_ account: Int32, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        out.append(world.accounts.roles[Int(account)] == .outlet ? "channel" : "user")
        out.appendDecimal(world.accounts.userIDs[Int(account)])
        out.append(UInt8(ascii: "\""))
    }

    /// `text` (a string, or an array of strings and entity objects when there are entities) and
    /// `text_entities`, as Telegram Desktop writes them.
    private func appendText(into out: inout [UInt8]) {
        let text = renderer.text
        var entities: [(span: TextRenderer.Span, type: StaticString)] = []
        for mention in renderer.mentions { entities.append((mention, "mention")) }
        for tag in renderer.hashtags { entities.append((tag, "hashtag")) }
        if let link = renderer.link { entities.append((link, "link")) }
        if entities.isEmpty {
            out.append(",\"text\":")
            out.appendJSONString(text)
            out.append(",\"text_entities\":[{\"type\":\"plain\",\"text\":")
            out.appendJSONString(text)
            out.append("}]")
            return
        }
        for (field, asArray) in [("text", true), ("text_entities", false)] {
            out.append(",\"")
            out += Array(field.utf8)
            out.append("\":[")
            var position = 0
            var first = true
            func separate() {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
            }
            for (span, type) in entities {
                if span.start > position {
                    separate()
                    appendPlain(text[position..<span.start], asString: asArray, into: &out)
                }
                separate()
                out.append("{\"type\":\"")
                out.append(type)
                out.append("\",\"text\":")
                out.appendJSONString(text[span.start..<span.end])
                out.append(UInt8(ascii: "}"))
                position = span.end
            }
            if position < text.count {
                separate()
                appendPlain(text[position...], asString: asArray, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    private func appendPlain(_ part: ArraySlice<UInt8>, asString: Bool, into out: inout [UInt8]) {
        if asString {
            out.appendJSONString(part)
        } else {
            out.append("{\"type\":\"plain\",\"text\":")
            out.appendJSONString(part)
            out.append(UInt8(ascii: "}"))
        }
    }
}
