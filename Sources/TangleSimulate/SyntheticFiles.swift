import Foundation
import TangleCore

/// Writes synthetic datasets in the formats Tangle reads, streaming, for the demo and the benchmarks.
///
/// The world is small and simple: organic accounts posting placeholder texts, links and hashtags with
/// Zipf-like popularity, reposting each other; and one coordinated group that reposts an outlet's posts
/// within seconds. Texts are neutral token strings. Same parameters, same bytes.
public struct SyntheticFiles: Sendable {
    /// Rows written in all, the coordinated reposts included.
    public var posts: Int
    public var accounts: Int
    public var seed: UInt64
    /// The first post's time, UTC milliseconds.
    public var start: Int64 = Timestamp.epochMillis(year: 2016, month: 9, day: 1)
    public var days = 30
    /// Accounts in the coordinated group (0 for none).
    public var groupSize = 12

    public init(posts: Int, accounts: Int? = nil, seed: UInt64 = 7) {
        self.posts = posts
        self.accounts = accounts ?? max(50, posts / 20)
        self.seed = seed
    }

    public enum Layout: String, Sendable, CaseIterable {
        case ioArchive = "io-archive"
        case qut
    }

    /// Writes the posts to `path` (and, for the IO archive, the users CSV to `usersPath`).
    public func write(_ layout: Layout, to path: String, usersPath: String? = nil) throws {
        var out = try BufferedFile(path: path)
        switch layout {
        case .ioArchive: out.write(Self.ioArchiveHeader + "\n")
        case .qut: out.write("message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n")
        }
        var rng = SplitMix64(seed: seed)
        var recent: [Row] = []
        let span = Int64(days) * 86_400_000
        var time = start
        var sequence: Int64 = 0
        var written = 0
        var index = 0
        while written < posts {
            index += 1
            time += Int64.random(in: 0...(2 * span / Int64(max(posts, 1))), using: &rng)
            sequence += 1
            var row = Row(
                id: snowflake(time, sequence), account: organicAccount(&rng), time: time, kind: .original,
                topic: zipf(40, &rng), token: Int.random(in: 0..<5000, using: &rng), domain: zipf(60, &rng))
            let roll = Int.random(in: 0..<100, using: &rng)
            if roll == 0 && groupSize > 0 {
                row.account = 0
            } else if roll < 30, let original = recent.randomElement(using: &rng) {
                row.kind = .repost
                row.referenced = original
            } else if roll < 38, let original = recent.randomElement(using: &rng) {
                row.kind = .reply
                row.referenced = original
            }
            emit(row, layout, &out)
            written += 1
            if groupSize > 0, row.account == 0 {
                // The outlet (account 0) posts; the group reposts it within seconds.
                for member in 0..<min(groupSize, posts - written) {
                    written += 1
                    sequence += 1
                    let lag = Int64.random(in: 2_000...40_000, using: &rng)
                    var repost = row
                    repost.id = snowflake(time + lag, sequence)
                    repost.account = accounts - groupSize + member
                    repost.time = time + lag
                    repost.kind = .repost
                    repost.referenced = row
                    emit(repost, layout, &out)
                }
            }
            if recent.count < 512 { recent.append(row) } else { recent[index % 512] = row }
        }
        try out.close()
        if let usersPath, layout == .ioArchive { try writeUsers(to: usersPath) }
    }

    static let ioArchiveHeader = """
        tweetid,userid,user_display_name,user_screen_name,user_reported_location,user_profile_description,\
        user_profile_url,follower_count,following_count,account_creation_date,account_language,tweet_language,\
        tweet_text,tweet_time,tweet_client_name,in_reply_to_userid,in_reply_to_tweetid,quoted_tweet_tweetid,\
        is_retweet,retweet_userid,retweet_tweetid,latitude,longitude,quote_count,reply_count,like_count,\
        retweet_count,hashtags,urls,user_mentions,poll_choices
        """

    private struct Row {
        var id: Int64
        var account: Int
        var time: Int64
        var kind: PostKind
        var topic: Int
        var token: Int
        var domain: Int
        var referencedID: Int64 = 0
        var referencedAccount = 0

        var referenced: Row {
            get { self }
            set {
                referencedID = newValue.id
                referencedAccount = newValue.account
                topic = newValue.topic
                token = newValue.token
                domain = newValue.domain
            }
        }

        var text: String { "placeholder text topic\(topic) token\(token) #topic\(topic) https://news\(domain).example/story\(token)" }
        var url: String { "https://news\(domain).example/story\(token)" }
    }

    private func emit(_ row: Row, _ layout: Layout, _ out: inout BufferedFile) {
        let user = String(userID(row.account))
        let text = row.kind == .repost ? "RT @user\(row.referencedAccount): " + row.text : row.text
        switch layout {
        case .qut:
            let repost = row.kind == .repost ? String(row.referencedID) : ""
            let reply = row.kind == .reply ? String(row.referencedID) : ""
            let seconds = String(format: "%.3f", Double(row.time) / 1000)
            out.write("\(row.id),\(user),user\(row.account),\(repost),\(reply),\(text),\(seconds),\(row.url)\n")
        case .ioArchive:
            let minute = Timestamp.iso8601(row.time / 60_000 * 60_000)
            let tweetTime = minute.prefix(10) + " " + minute.dropFirst(11).prefix(5)
            let isRepost = row.kind == .repost
            let isReply = row.kind == .reply
            let fields: [String] = [
                String(row.id), user, "User \(row.account)", "user\(row.account)", "", "", "",
                String(followers(row.account)), "100", "2015-0\(row.account % 9 + 1)-1\(row.account % 9)", "en", "en",
                text, String(tweetTime), "Twitter Web Client",
                isReply ? String(userID(row.referencedAccount)) : "", isReply ? String(row.referencedID) : "", "",
                isRepost ? "True" : "False", isRepost ? String(userID(row.referencedAccount)) : "",
                isRepost ? String(row.referencedID) : "", "", "", "0", "0", "0", "0",
                "['topic\(row.topic)']", "['\(row.url)']", isRepost ? "['\(userID(row.referencedAccount))']" : "[]", "",
            ]
            out.write(fields.map(csvField).joined(separator: ",") + "\n")
        }
    }

    private func writeUsers(to path: String) throws {
        var out = try BufferedFile(path: path)
        out.write(
            "userid,user_display_name,user_screen_name,user_reported_location,user_profile_description,"
                + "user_profile_url,follower_count,following_count,account_creation_date,account_language\n")
        for account in 0..<accounts {
            out.write("\(userID(account)),User \(account),user\(account),,,,\(followers(account)),100,2015-01-01,en\n")
        }
        try out.close()
    }

    private func organicAccount(_ rng: inout SplitMix64) -> Int {
        // Account 0 is the outlet; the group's accounts only repost it.
        1 + zipf(accounts - groupSize - 1, &rng)
    }

    private func userID(_ account: Int) -> Int64 { 700_000_000 + Int64(account) * 7919 }
    private func followers(_ account: Int) -> Int { 1_000_000 / (account + 1) }
    private func snowflake(_ time: Int64, _ sequence: Int64) -> Int64 {
        ((time - 1_288_834_974_657) << 22) | (sequence & 0xFFF)
    }

    /// A rank in 0..<n with probability ∝ 1/(rank+1): a few very active items, a long tail.
    private func zipf(_ n: Int, _ rng: inout SplitMix64) -> Int {
        let u = Double.random(in: 0..<1, using: &rng)
        return min(n - 1, Int(exp(u * log(Double(n + 1)))) - 1)
    }
}

private func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// Appends text to a file through a 1 MiB buffer.
struct BufferedFile {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        self.handle = handle
        buffer.reserveCapacity(1 << 20)
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 {
            handle.write(Data(buffer))
            buffer.removeAll(keepingCapacity: true)
        }
    }

    mutating func close() throws {
        handle.write(Data(buffer))
        buffer.removeAll()
        try handle.close()
    }
}
