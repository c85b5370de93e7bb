import Foundation
import TangleCore
import TangleStore

/// What search and account lookup read, built once at startup in one pass over the case.
///
/// The dashboard never writes to the case, so it builds no index in the file: hashtags and URLs live in
/// space-separated columns that SQL cannot search without a full scan per request. The Frame loaded at
/// startup already interns them, so every later search is a bounded scan of distinct names in memory,
/// whatever the term.
struct CaseIndex: Sendable {
    struct Account: Sendable, Equatable {
        var rowID: Int64
        var platformID: String
        var handle: String?
        var posts: Int
        /// The id and handle lower-cased once at load: search compares them on every request.
        var searchID: String
        var searchHandle: String?

        init(rowID: Int64, platformID: String, handle: String?, posts: Int) {
            self.rowID = rowID
            self.platformID = platformID
            self.handle = handle
            self.posts = posts
            searchID = platformID.lowercased()
            searchHandle = handle?.lowercased()
        }
    }

    /// A hashtag or normalised URL and the number of posts carrying it.
    struct Item: Sendable, Equatable {
        var name: String
        var posts: Int
        var searchName: String

        init(name: String, posts: Int) {
            self.name = name
            self.posts = posts
            searchName = name.lowercased()
        }
    }

    /// Accounts with posts, by platform id.
    var accounts: [Account]
    /// Platform id → position in `accounts`. A platform id two platforms share names the first.
    var accountByPlatformID: [String: Int]
    /// Distinct hashtags and URLs, most posted first (ties by name): the order search lists them in.
    var hashtags: [Item]
    var urls: [Item]
    /// Positions in `accounts`, most posts first (ties by platform id): the order search lists them in.
    var accountsByPosts: [Int]

    func account(platformID: String) -> Account? { accountByPlatformID[platformID].map { accounts[$0] } }
    func account(rowID: Int64) -> Account? { accountByRowID[rowID].map { accounts[$0] } }

    private var accountByRowID: [Int64: Int]

    /// From the case's Frame and its accounts' names, in one pass over the Frame's columns.
    ///
    /// - Complexity: O(posts + hashtag and link occurrences), then a sort of the distinct names.
    static func build(frame: Frame, names: [AccountName]) -> CaseIndex {
        var posts = [Int](repeating: 0, count: frame.accountCount)
        for account in frame.accounts { posts[Int(account)] += 1 }
        var accounts = zip(frame.accountRowIDs, names).enumerated().map { dense, pair in
            Account(rowID: pair.0, platformID: pair.1.platformID, handle: pair.1.handle, posts: posts[dense])
        }
        accounts.sort { ($0.platformID, $0.rowID) < ($1.platformID, $1.rowID) }
        var byPlatformID: [String: Int] = [:]
        var byRowID: [Int64: Int] = [:]
        for (i, account) in accounts.enumerated() {
            if byPlatformID[account.platformID] == nil { byPlatformID[account.platformID] = i }
            byRowID[account.rowID] = i
        }
        let byPosts = accounts.indices.sorted { (-accounts[$0].posts, $0) < (-accounts[$1].posts, $1) }
        return CaseIndex(
            accounts: accounts, accountByPlatformID: byPlatformID, hashtags: items(frame.hashtags), urls: items(frame.links),
            accountsByPosts: byPosts, accountByRowID: byRowID)
    }

    /// Each name of a key column with the number of posts carrying it (a post lists a key once), most
    /// posted first, ties by name.
    private static func items(_ column: KeyColumn) -> [Item] {
        var counts = [Int](repeating: 0, count: column.names.count)
        for code in column.codes { counts[Int(code)] += 1 }
        return zip(column.names, counts).map { Item(name: $0, posts: $1) }.sorted { (-$0.posts, $0.name) < (-$1.posts, $1.name) }
    }
}

extension CaseIndex {
    /// Ranks a lower-cased name against a lower-cased term: 0 exact, 1 prefix, 2 substring, nil no
    /// match. Compared as UTF-8 bytes: no Unicode-aware string search per name and request.
    static func rank(_ lower: String, _ term: String) -> Int? {
        var lower = lower
        var term = term
        return lower.withUTF8 { name in
            term.withUTF8 { term in
                guard term.count <= name.count else { return nil }
                if name.starts(with: term) { return name.count == term.count ? 0 : 1 }
                guard let first = term.first else { return 2 }
                var start = 1
                while start + term.count <= name.count {
                    if name[start] == first, name[start..<(start + term.count)].elementsEqual(term) { return 2 }
                    start += 1
                }
                return nil
            }
        }
    }

    /// Positions in `accounts` of those whose handle or platform id contains `term`: best rank first,
    /// then most posts, then platform id. One pass in the order kept at load into three buckets of
    /// positions: no sort and no copy of an account per request; the caller names only its page.
    func searchAccounts(_ term: String) -> [Int] {
        var buckets: [[Int]] = [[], [], []]
        for position in accountsByPosts {
            let account = accounts[position]
            let best = min(Self.rank(account.searchID, term) ?? 3, account.searchHandle.flatMap { Self.rank($0, term) } ?? 3)
            if best < 3 { buckets[best].append(position) }
        }
        return buckets.flatMap { $0 }
    }

    /// Positions in `items` of those containing `term`: best rank first, then the items' own order
    /// (most posts, then name).
    static func search(_ items: [Item], _ term: String) -> [Int] {
        var buckets: [[Int]] = [[], [], []]
        for (position, item) in items.enumerated() {
            if let rank = rank(item.searchName, term) { buckets[rank].append(position) }
        }
        return buckets.flatMap { $0 }
    }
}
