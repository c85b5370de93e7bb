/// Writes the Twitter/X Information Operations archive: `tweets.csv` with its 31 columns, then
/// `users.csv` with one row per account.
///
/// As in the releases: `tweet_time` has minute resolution (the snowflake id gives the exact time),
/// texts hold `t.co` links while `urls` holds them expanded, retweets start `RT @handle: `, and
/// `hashtags`, `urls` and `user_mentions` (account ids) are Python list literals. Unlike the releases,
/// small accounts' ids are not hashed.
struct IOArchiveWriter: PostWriter {
    static let tweetColumns = [
        "tweetid", "userid", "user_display_name", "user_screen_name", "user_reported_location",
        "user_profile_description", "user_profile_url", "follower_count", "following_count", "account_creation_date",
        "account_language", "tweet_language", "tweet_text", "tweet_time", "tweet_client_name", "in_reply_to_userid",
        "in_reply_to_tweetid", "quoted_tweet_tweetid", "is_retweet", "retweet_userid", "retweet_tweetid", "latitude",
        "longitude", "quote_count", "reply_count", "like_count", "retweet_count", "hashtags", "urls", "user_mentions",
        "poll_choices",
    ]
    /// The users CSV: the tweets' profile columns, in the same order.
    static let userColumns = Array(tweetColumns[1...10])

    private let world: World
    private var tweets: OutputFile
    private let usersPath: String
    private var renderer: TextRenderer
    private var list: [UInt8] = []
    private var lastID: Int64 = 0
    /// Per account, which profile fields CSV must quote (1: name, 2: location, 4: description),
    /// found once rather than on every row.
    private let quoting: [UInt8]

    init(folder: String, world: World) throws {
        self.world = world
        let accounts = world.accounts
        let quotedLocations = (0..<world.locations.count).map { Self.needsQuotes(world.locations[$0]) }
        let quotedDescriptions = (0..<world.descriptions.count).map { Self.needsQuotes(world.descriptions[$0]) }
        quoting = (0..<accounts.count).map { account in
            (Self.needsQuotes(accounts.names[account]) ? 1 : 0)
                | (quotedLocations[Int(accounts.locations[account])] ? 2 : 0)
                | (quotedDescriptions[Int(accounts.descriptions[account])] ? 4 : 0)
        }
        tweets = try OutputFile(path: folder + "/tweets.csv")
        usersPath = folder + "/users.csv"
        renderer = TextRenderer(world: world)
        tweets.bytes += Array((Self.tweetColumns.joined(separator: ",") + "\n").utf8)
    }

    mutating func write(_ event: Event, ledger: Ledger) throws {
        renderer.render(event.content, prefix: .tweet(event), shortLinks: true, ledger: ledger)
        // The row is built in the file's buffer, taken out for the while (no copy: it is moved).
        var out: [UInt8] = []
        swap(&out, &tweets.bytes)
        appendRow(event, ledger: ledger, into: &out)
        swap(&out, &tweets.bytes)
        lastID = event.id
        try tweets.flushIfFull()
    }

    private mutating func appendRow(_ event: Event, ledger: Ledger, into out: inout [UInt8]) {

        out.appendDecimal(UInt64(event.id))
        out.append(UInt8(ascii: ","))
        appendProfile(Int(event.account), into: &out)
        out.append(",en,")
        out.appendCSVField(renderer.text)
        out.append(UInt8(ascii: ","))
        out.appendDate(event.time)
        out.append(UInt8(ascii: " "))
        out.appendTimeOfDay(event.time, seconds: false, milliseconds: false)
        out.append(UInt8(ascii: ","))
        out.appendCSVField(world.clients[Int(world.accounts.clients[Int(event.account)])])
        out.append(UInt8(ascii: ","))
        // in_reply_to_userid, in_reply_to_tweetid, quoted_tweet_tweetid, is_retweet, retweet_userid, retweet_tweetid
        if let reference = event.reference, event.kind == .reply {
            out.appendDecimal(world.accounts.userIDs[Int(reference.account)])
            out.append(UInt8(ascii: ","))
            out.appendDecimal(UInt64(reference.id))
            out.append(",,False,,")
        } else if let reference = event.reference, event.kind == .quote {
            out.append(",,")
            out.appendDecimal(UInt64(reference.id))
            out.append(",False,,")
        } else if let reference = event.reference, event.kind == .repost {
            out.append(",,,True,")
            out.appendDecimal(world.accounts.userIDs[Int(reference.account)])
            out.append(UInt8(ascii: ","))
            out.appendDecimal(UInt64(reference.id))
        } else {
            out.append(",,,False,,")
        }
        out.append(",absent,absent,0,0,0,0,")

        // hashtags, urls, user_mentions; the scratch list is taken out for the while, like the row.
        var list: [UInt8] = []
        swap(&list, &self.list)
        out.appendPythonList(count: renderer.hashtags.count, scratch: &list) { index, list in
            let tag = renderer.hashtags[index]
            list += renderer.text[(tag.start + 1)..<tag.end]
        }
        out.append(UInt8(ascii: ","))
        out.appendPythonList(count: renderer.link == nil ? 0 : 1, scratch: &list) { _, list in
            renderer.appendURL(event.content.link, ledger: ledger, into: &list)
        }
        out.append(UInt8(ascii: ","))
        out.appendPythonList(count: renderer.mentions.count, scratch: &list) { index, list in
            list.appendDecimal(world.accounts.userIDs[Int(renderer.mentions[index].item)])
        }
        swap(&list, &self.list)
        out.append(",\n")
    }

    func lastPostID() -> String { String(lastID) }

    func writtenTime(_ time: Int64) -> Int64 { time }

    func accountID(_ account: Int32) -> String { String(world.accounts.userIDs[Int(account)]) }

    mutating func finish(ledger: Ledger) throws {
        try tweets.close()
        var users = try OutputFile(path: usersPath)
        users.bytes += Array((Self.userColumns.joined(separator: ",") + "\n").utf8)
        for account in 0..<world.accounts.count {
            appendProfile(account, into: &users.bytes)
            users.bytes.append(UInt8(ascii: "\n"))
            try users.flushIfFull()
        }
        try users.close()
    }

    private static func needsQuotes(_ field: ArraySlice<UInt8>) -> Bool {
        field.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    }

    /// `userid` to `account_language`: the ten profile columns both files share.
    private func appendProfile(_ account: Int, into out: inout [UInt8]) {
        out.appendDecimal(world.accounts.userIDs[account])
        out.append(UInt8(ascii: ","))
        let quoted = quoting[account]
        out.appendField(world.accounts.names[account], quoted: quoted & 1 != 0)
        out.append(UInt8(ascii: ","))
        out.append(contentsOf: world.accounts.handles[account])
        out.append(UInt8(ascii: ","))
        out.appendField(world.locations[Int(world.accounts.locations[account])], quoted: quoted & 2 != 0)
        out.append(UInt8(ascii: ","))
        out.appendField(world.descriptions[Int(world.accounts.descriptions[account])], quoted: quoted & 4 != 0)
        out.append(UInt8(ascii: ","))
        if world.accounts.sites[account] >= 0 {
            out.append("https://")
            out += world.domains[Int(world.accounts.sites[account])]
        }
        out.append(UInt8(ascii: ","))
        out.appendDecimal(Int(world.accounts.followers[account]))
        out.append(UInt8(ascii: ","))
        out.appendDecimal(Int(world.accounts.following[account]))
        out.append(UInt8(ascii: ","))
        out.appendDate(world.accounts.created[account])
        out.append(",en")
    }
}

extension Array where Element == UInt8 {
    /// A Python list literal of `count` quoted items (`['a', 'b']`) as one CSV field, built in
    /// `scratch`; `appendItem` writes the text of the item at an index between its quotes.
    fileprivate mutating func appendPythonList(
        count: Int, scratch: inout [UInt8], _ appendItem: (Int, inout [UInt8]) -> Void
    ) {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(UInt8(ascii: "["))
        for index in 0..<count {
            if index > 0 { scratch.append(", ") }
            scratch.append(UInt8(ascii: "'"))
            appendItem(index, &scratch)
            scratch.append(UInt8(ascii: "'"))
        }
        scratch.append(UInt8(ascii: "]"))
        appendCSVField(scratch)
    }
}
