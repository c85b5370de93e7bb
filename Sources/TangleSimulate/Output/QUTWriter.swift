/// Writes the QUT coordination-network-toolkit's CSV: a header, then `message_id, user_id, username,
/// repost_id, reply_id, message, timestamp, urls` with Unix seconds to the millisecond and URLs
/// space-separated. The toolkit has no quotes: a quote is written as an original.
struct QUTWriter: PostWriter {
    static let columns = ["message_id", "user_id", "username", "repost_id", "reply_id", "message", "timestamp", "urls"]

    private let world: World
    private var file: OutputFile
    private var renderer: TextRenderer
    private var lastID: Int64 = 0

    init(folder: String, world: World) throws {
        self.world = world
        file = try OutputFile(path: folder + "/tweets.csv")
        renderer = TextRenderer(world: world)
        file.bytes += Array((Self.columns.joined(separator: ",") + "\n").utf8)
    }

    mutating func write(_ event: Event, ledger: Ledger) throws {
        renderer.render(event.content, prefix: .tweet(event), shortLinks: true, ledger: ledger)
        let account = Int(event.account)
        file.bytes.appendDecimal(UInt64(event.id))
        file.bytes.append(UInt8(ascii: ","))
        file.bytes.appendDecimal(world.accounts.userIDs[account])
        file.bytes.append(UInt8(ascii: ","))
        file.bytes += world.accounts.handles[account]
        file.bytes.append(UInt8(ascii: ","))
        if let reference = event.reference, event.kind == .repost { file.bytes.appendDecimal(UInt64(reference.id)) }
        file.bytes.append(UInt8(ascii: ","))
        if let reference = event.reference, event.kind == .reply { file.bytes.appendDecimal(UInt64(reference.id)) }
        file.bytes.append(UInt8(ascii: ","))
        file.bytes.appendCSVField(renderer.text)
        file.bytes.append(UInt8(ascii: ","))
        file.bytes.appendDecimal(event.time / 1000)
        file.bytes.append(UInt8(ascii: "."))
        file.bytes.appendPadded(Int(event.time % 1000), width: 3)
        file.bytes.append(UInt8(ascii: ","))
        if renderer.link != nil { renderer.appendURL(event.content.link, ledger: ledger, into: &file.bytes) }
        file.bytes.append(UInt8(ascii: "\n"))
        lastID = event.id
        try file.flushIfFull()
    }

    func lastPostID() -> String { String(lastID) }

    func writtenTime(_ time: Int64) -> Int64 { time }

    func accountID(_ account: Int32) -> String { String(world.accounts.userIDs[Int(account)]) }

    mutating func finish(ledger: Ledger) throws {
        try file.close()
    }
}
