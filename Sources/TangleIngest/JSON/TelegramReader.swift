import TangleCore

/// Reads a Telegram Desktop chat export (`result.json`): `name`, `type` and `id` of the chat, then
/// its `messages`, streamed one at a time (exports run to hundreds of megabytes).
///
/// - Post id: `<chat id>/<message id>`, since message ids are only unique within a chat.
/// - Author: `from_id` as written (`channel1234`, `user5678`) with `from` as its display name (the
///   export has no handles); without `from_id`, the chat itself (`channel<id>` for channels and
///   supergroups, `user<id>` for one-to-one chats, `chat<id>` for basic groups).
/// - Time: `date_unixtime`; older exports only have `date`, a local time without an offset, which is
///   read as UTC (the export does not say which zone it was written in).
/// - Kind: `forwarded_from` makes a repost of that name (with `forwarded_from_id` when present),
///   else `reply_to_message_id` a reply to that message of the same chat.
/// - Text: a string, or an array of strings and entity objects, concatenated. Links, hashtags and
///   mentions come from `text_entities` (or the entity objects of `text`): `link` (its text),
///   `text_link` (its `href`), `hashtag`, `mention` and `mention_name`.
/// - Service messages (joins, pins, title changes) are rejected, counted, as not posts. Photo and file
///   names are not content hashes, so media hashes stay empty.
struct TelegramReader: RecordReader {
    private var stream: JSONRecordStream
    private var document = JSONDocument()
    private var chatID: String?
    private var chatName: String?
    private var chatType: String?

    init(source: ByteSource, recordLimit: Int = JSONRecordStream.defaultRecordLimit) {
        stream = JSONRecordStream(source: source, streamedKey: "messages", recordLimit: recordLimit)
    }

    mutating func next() throws -> IngestEvent? {
        while let record = try stream.next(into: &document) {
            switch record {
            case .rejected(let rejection):
                return .rejected(rejection)
            case .parsed(_, let key?):
                // A member of the top-level object other than `messages`.
                switch key {
                case "id": chatID = document.text(document.root)
                case "name": chatName = document.string(document.root)
                case "type": chatType = document.string(document.root)
                default: break
                }
            case .parsed(let line, nil):
                do throws(RecordProblem) {
                    return .post(try post(document.root))
                } catch {
                    return .rejected(Rejection(line: line, reason: error.reason, raw: document.bytes))
                }
            }
        }
        return nil
    }

    private func post(_ message: Int) throws(RecordProblem) -> PostRecord {
        guard document.kind(message) == .object else {
            throw RecordProblem("not a message: expected a message object, found \(document.shown(message))")
        }
        let type = document.member(message, "type")
        guard document.string(type, equals: "message") else {
            if document.string(type, equals: "service") {
                throw RecordProblem("service message: a join, pin or title change, not a post")
            }
            throw RecordProblem("unknown message type: expected \"message\", found \(document.shown(type))")
        }
        guard let chatID else {
            throw RecordProblem(
                "no chat id: expected the chat's \"id\" before \"messages\" in the export, found none")
        }
        guard let messageID = document.text(document.member(message, "id")) else {
            throw RecordProblem("no message id: expected an id, found none")
        }
        let time = try time(message, id: messageID)
        var post = PostRecord(
            platformID: "\(chatID)/\(messageID)", account: author(message, chatID: chatID), time: time)
        if document.contains(message, "forwarded_from") || document.contains(message, "forwarded_from_id") {
            post.kind = .repost
            post.referencedHandle = document.string(document.member(message, "forwarded_from"))
            post.referencedAccountID = document.text(document.member(message, "forwarded_from_id"))
        } else if let replied = document.text(document.member(message, "reply_to_message_id")) {
            post.kind = .reply
            post.referencedPostID = "\(chatID)/\(replied)"
        }
        let text = document.member(message, "text")
        post.text = plainText(text)
        let entities = document.member(message, "text_entities") ?? text
        for entity in document.elements(entities) where document.kind(entity) == .object {
            let type = document.member(entity, "type")
            let written = document.string(document.member(entity, "text"))
            if document.string(type, equals: "link"), let written {
                post.links.append(Link(url: written))
            } else if document.string(type, equals: "text_link"),
                let href = document.string(document.member(entity, "href"))
            {
                post.links.append(Link(url: href))
            } else if document.string(type, equals: "hashtag"), let written {
                post.hashtags.append(Normalize.hashtag(written))
            } else if document.string(type, equals: "mention") || document.string(type, equals: "mention_name"),
                let written
            {
                post.mentions.append(Normalize.mention(written))
            }
        }
        return post
    }

    private func author(_ message: Int, chatID: String) -> AccountRecord {
        if let fromID = document.text(document.member(message, "from_id")) {
            return AccountRecord(
                platform: "telegram", platformID: fromID,
                displayName: document.string(document.member(message, "from")))
        }
        return AccountRecord(platform: "telegram", platformID: chatAccountID(chatID), displayName: chatName)
    }

    /// The chat as an account, spelt as `from_id` spells peers.
    private func chatAccountID(_ chatID: String) -> String {
        switch chatType {
        case "personal_chat", "bot_chat", "saved_messages": "user" + chatID
        case "private_group": "chat" + chatID
        default: "channel" + chatID
        }
    }

    private func time(_ message: Int, id: String) throws(RecordProblem) -> Int64 {
        if let unix = document.member(message, "date_unixtime") {
            guard let time = document.unixSeconds(unix) else {
                throw RecordProblem(
                    "bad date_unixtime: message \(id): expected Unix seconds, found \(document.shown(unix))")
            }
            return time
        }
        let date = document.member(message, "date")
        guard let time = document.dateTime(date) else {
            throw RecordProblem(
                "bad date: message \(id): expected date_unixtime, or date like '2025-01-15T10:30:00', "
                    + "found \(document.shown(date))")
        }
        return time
    }

    /// A message's text: a string, or the concatenated strings and entity texts of an array.
    private func plainText(_ text: Int?) -> String {
        guard let text else { return "" }
        if document.kind(text) == .string { return document.string(text) ?? "" }
        var joined = ""
        for part in document.elements(text) {
            joined +=
                document.kind(part) == .string
                ? document.string(part) ?? "" : document.string(document.member(part, "text")) ?? ""
        }
        return joined
    }
}
