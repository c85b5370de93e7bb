/// Writes Twitter API v2 responses as twarc2 saves them: `tweets.jsonl`, one page per line with up to
/// 100 tweets in `data`, their authors and the referenced tweets' authors in `includes.users`, and the
/// referenced tweets in `includes.tweets`.
///
/// Tweets carry `created_at` to the millisecond, `t.co` links in the text with `entities.urls`
/// expanding them, and entity positions in characters (texts are ASCII).
struct TwitterV2Writer: PostWriter {
    static let pageSize = 100

    private let world: World
    private var file: OutputFile
    private var renderer: TextRenderer
    private var page: [Event] = []
    /// The page each account was last included in, so each page lists a user once.
    private var includedIn: [Int32]
    private var pageNumber: Int32 = 0
    private var lastID: Int64 = 0

    init(folder: String, world: World) throws {
        self.world = world
        file = try OutputFile(path: folder + "/tweets.jsonl")
        renderer = TextRenderer(world: world)
        includedIn = Array(repeating: -1, count: world.accounts.count)
        page.reserveCapacity(Self.pageSize)
    }

    mutating func write(_ event: Event, ledger: Ledger) throws {
        page.append(event)
        lastID = event.id
        if page.count == Self.pageSize { try writePage(ledger: ledger) }
    }

    func lastPostID() -> String { String(lastID) }

    func writtenTime(_ time: Int64) -> Int64 { time }

    func accountID(_ account: Int32) -> String { String(world.accounts.userIDs[Int(account)]) }

    mutating func finish(ledger: Ledger) throws {
        try writePage(ledger: ledger)
        try file.close()
    }

    private mutating func writePage(ledger: Ledger) throws {
        guard let first = page.first, let last = page.last else { return }
        pageNumber += 1
        var out: [UInt8] = []
        swap(&out, &file.bytes)
        out.append("{\"data\":[")
        for (position, event) in page.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            appendTweet(
                id: event.id, time: event.time, account: event.account, content: event.content, kind: event.kind,
                reference: event.reference, ledger: ledger, into: &out)
        }
        out.append("],\"includes\":{\"users\":[")
        var users = 0
        for event in page {
            include(event.account, users: &users, into: &out)
            if let reference = event.reference { include(reference.account, users: &users, into: &out) }
        }
        out.append("],\"tweets\":[")
        var referenced = 0
        for event in page {
            guard let reference = event.reference else { continue }
            if referenced > 0 { out.append(UInt8(ascii: ",")) }
            appendTweet(
                id: reference.id, time: reference.time, account: reference.account, content: reference.content,
                kind: .original, reference: nil, ledger: ledger, into: &out)
            referenced += 1
        }
        out.append("]},\"meta\":{\"result_count\":")
        out.appendDecimal(page.count)
        out.append(",\"newest_id\":")
        out.appendQuotedDecimal(UInt64(last.id))
        out.append(",\"oldest_id\":")
        out.appendQuotedDecimal(UInt64(first.id))
        out.append("}}\n")
        swap(&out, &file.bytes)
        page.removeAll(keepingCapacity: true)
        try file.flushIfFull()
    }

    /// Appends `account` to the page's users unless it is there already.
    private mutating func include(_ account: Int32, users: inout Int, into out: inout [UInt8]) {
        guard includedIn[Int(account)] != pageNumber else { return }
        includedIn[Int(account)] = pageNumber
        if users > 0 { out.append(UInt8(ascii: ",")) }
        appendUser(Int(account), into: &out)
        users += 1
    }

    private mutating func appendTweet(
        id: Int64, time: Int64, account: Int32, content: Content, kind: Event.Kind, reference: Event.Reference?,
        ledger: Ledger, into out: inout [UInt8]
    ) {
        let prefix: TextRenderer.Prefix
        switch (kind, reference) {
        case (.repost, let reference?): prefix = .repost(of: reference.account)
        case (.reply, let reference?): prefix = .reply(to: reference.account)
        default: prefix = .none
        }
        renderer.render(content, prefix: prefix, shortLinks: true, ledger: ledger)
        out.append("{\"id\":")
        out.appendQuotedDecimal(UInt64(id))
        out.append(",\"text\":")
        out.appendJSONString(renderer.text)
        out.append(",\"author_id\":")
        out.appendQuotedDecimal(world.accounts.userIDs[Int(account)])
        out.append(",\"created_at\":\"")
        out.appendISO8601(time, milliseconds: true)
        out.append("Z\",\"conversation_id\":")
        out.appendQuotedDecimal(UInt64(kind == .reply ? reference?.id ?? id : id))
        out.append(",\"lang\":\"en\",\"source\":")
        out.appendJSONString(world.clients[Int(world.accounts.clients[Int(account)])])
        out.append(",\"public_metrics\":{\"retweet_count\":0,\"reply_count\":0,\"like_count\":0,\"quote_count\":0}")
        if let reference {
            switch kind {
            case .repost: out.append(",\"referenced_tweets\":[{\"type\":\"retweeted\",\"id\":")
            case .quote: out.append(",\"referenced_tweets\":[{\"type\":\"quoted\",\"id\":")
            case .reply, .original: out.append(",\"referenced_tweets\":[{\"type\":\"replied_to\",\"id\":")
            }
            out.appendQuotedDecimal(UInt64(reference.id))
            out.append("}]")
            if kind == .reply {
                out.append(",\"in_reply_to_user_id\":")
                out.appendQuotedDecimal(world.accounts.userIDs[Int(reference.account)])
            }
        }
        appendEntities(content, ledger: ledger, into: &out)
        out.append(",\"edit_history_tweet_ids\":[")
        out.appendQuotedDecimal(UInt64(id))
        out.append("]}")
    }

    /// `entities` with the mentions, hashtags and link the renderer placed.
    private func appendEntities(_ content: Content, ledger: Ledger, into out: inout [UInt8]) {
        guard !renderer.mentions.isEmpty || !renderer.hashtags.isEmpty || renderer.link != nil else { return }
        out.append(",\"entities\":{")
        var groups = 0
        if !renderer.mentions.isEmpty {
            out.append("\"mentions\":[")
            for (position, mention) in renderer.mentions.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                appendSpan(mention, into: &out)
                out.append(",\"username\":")
                out.appendJSONString(world.accounts.handles[Int(mention.item)])
                out.append(",\"id\":")
                out.appendQuotedDecimal(world.accounts.userIDs[Int(mention.item)])
                out.append(UInt8(ascii: "}"))
            }
            out.append(UInt8(ascii: "]"))
            groups += 1
        }
        if !renderer.hashtags.isEmpty {
            if groups > 0 { out.append(UInt8(ascii: ",")) }
            out.append("\"hashtags\":[")
            for (position, tag) in renderer.hashtags.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                appendSpan(tag, into: &out)
                out.append(",\"tag\":")
                out.appendJSONString(world.hashtags[Int(tag.item)])
                out.append(UInt8(ascii: "}"))
            }
            out.append(UInt8(ascii: "]"))
            groups += 1
        }
        if let link = renderer.link {
            if groups > 0 { out.append(UInt8(ascii: ",")) }
            out.append("\"urls\":[")
            appendSpan(link, into: &out)
            out.append(",\"url\":")
            out.appendJSONString(renderer.text[link.start..<link.end])
            var expanded: [UInt8] = []
            renderer.appendURL(content.link, ledger: ledger, into: &expanded)
            out.append(",\"expanded_url\":")
            out.appendJSONString(expanded)
            // display_url: without the scheme, cut to 23 characters with an ellipsis, as the API does.
            let display = expanded.dropFirst(expanded.starts(with: "https://".utf8) ? 8 : 7)
            out.append(",\"display_url\":")
            out.appendJSONString(display.count > 23 ? Array(display.prefix(23)) + Array("…".utf8) : Array(display))
            out.append("}]")
        }
        out.append(UInt8(ascii: "}"))
    }

    private func appendSpan(_ span: TextRenderer.Span, into out: inout [UInt8]) {
        out.append("{\"start\":")
        out.appendDecimal(span.start)
        out.append(",\"end\":")
        out.appendDecimal(span.end)
    }

    private func appendUser(_ account: Int, into out: inout [UInt8]) {
        out.append("{\"id\":")
        out.appendQuotedDecimal(world.accounts.userIDs[account])
        out.append(",\"username\":")
        out.appendJSONString(world.accounts.handles[account])
        out.append(",\"name\":")
        out.appendJSONString(world.accounts.names[account])
        out.append(",\"created_at\":\"")
        out.appendISO8601(world.accounts.created[account], milliseconds: true)
        out.append("Z\",\"description\":")
        out.appendJSONString(world.descriptions[Int(world.accounts.descriptions[account])])
        if world.accounts.locations[account] > 0 {
            out.append(",\"location\":")
            out.appendJSONString(world.locations[Int(world.accounts.locations[account])])
        }
        if world.accounts.sites[account] >= 0 {
            out.append(",\"url\":\"https://")
            out += world.domains[Int(world.accounts.sites[account])]
            out.append(UInt8(ascii: "\""))
        }
        out.append(",\"verified\":false,\"protected\":false,\"public_metrics\":{\"followers_count\":")
        out.appendDecimal(Int(world.accounts.followers[account]))
        out.append(",\"following_count\":")
        out.appendDecimal(Int(world.accounts.following[account]))
        out.append(",\"tweet_count\":")
        out.appendDecimal(Int(world.accounts.statuses[account]))
        out.append(",\"listed_count\":0}}")
    }
}
