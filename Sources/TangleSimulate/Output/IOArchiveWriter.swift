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

    init(folder: String, world: World) throws {
        self.world = world
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
        let accounts = world.accounts

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
        out.appendCSVField(world.clients[Int(accounts.clients[Int(event.account)])])
        out.append(UInt8(ascii: ","))
        // in_reply_to_userid, in_reply_to_tweetid, quoted_tweet_tweetid, is_retweet, retweet_userid, retweet_tweetid
        if let reference = event.reference, event.kind == .reply {
            out.appendDecimal(accounts.userIDs[Int(reference.account)])
            out.append(UInt8(ascii: ","))
            out.appendDecimal(UInt64(reference.id))
            out.append(",,False,,")
        } else if let reference = event.reference, event.kind == .quote {
            out.append(",,")
            out.appendDecimal(UInt64(reference.id))
            out.append(",False,,")
        } else if let reference = event.reference, event.kind == .repost {
            out.append(",,,True,")
            out.appendDecimal(accounts.userIDs[Int(reference.account)])
            out.append(UInt8(ascii: ","))
            out.appendDecimal(UInt64(reference.id))
        } else {
            out.append(",,,False,,")
        }
        out.append(",absent,absent,0,0,0,0,")

        list.removeAll(keepingCapacity: true)
        list.append(UInt8(ascii: "["))
        for (position, tag) in renderer.hashtags.enumerated() {
            if position > 0 { list.append(", ") }
            list.append(UInt8(ascii: "'"))
            list += renderer.text[(tag.start + 1)..<tag.end]
            list.append(UInt8(ascii: "'"))
        }
        list.append(UInt8(ascii: "]"))
        out.appendCSVField(list)
        out.append(UInt8(ascii: ","))

        list.removeAll(keepingCapacity: true)
        list.append(UInt8(ascii: "["))
        if renderer.link != nil {
            list.append(UInt8(ascii: "'"))
            renderer.appendURL(event.content.link, ledger: ledger, into: &list)
            list.append(UInt8(ascii: "'"))
        }
        list.append(UInt8(ascii: "]"))
        out.appendCSVField(list)
        out.append(UInt8(ascii: ","))

        list.removeAll(keepingCapacity: true)
        list.append(UInt8(ascii: "["))
        for (position, mention) in renderer.mentions.enumerated() {
            if position > 0 { list.append(", ") }
            list.append(UInt8(ascii: "'"))
            list.appendDecimal(accounts.userIDs[Int(mention.item)])
            list.append(UInt8(ascii: "'"))
        }
        list.append(UInt8(ascii: "]"))
        out.appendCSVField(list)
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

    /// `userid` to `account_language`: the ten profile columns both files share.
    private func appendProfile(_ account: Int, into out: inout [UInt8]) {
        let accounts = world.accounts
        out.appendDecimal(accounts.userIDs[account])
        out.append(UInt8(ascii: ","))
        out.appendCSVField(accounts.names[account])
        out.append(UInt8(ascii: ","))
        out.append(contentsOf: accounts.handles[account])
        out.append(UInt8(ascii: ","))
        out.appendCSVField(world.locations[Int(accounts.locations[account])])
        out.append(UInt8(ascii: ","))
        out.appendCSVField(world.descriptions[Int(accounts.descriptions[account])])
        out.append(UInt8(ascii: ","))
        if accounts.sites[account] >= 0 {
            out.append("https://")
            out += world.domains[Int(accounts.sites[account])]
        }
        out.append(UInt8(ascii: ","))
        out.appendDecimal(Int(accounts.followers[account]))
        out.append(UInt8(ascii: ","))
        out.appendDecimal(Int(accounts.following[account]))
        out.append(UInt8(ascii: ","))
        out.appendDate(accounts.created[account])
        out.append(",en")
    }
}
