import GRDB
import GRDBSQLite
import TangleCore
import TangleIngest

/// Writes the posts and accounts of one ingest through prepared statements, binding straight from
/// the records' UTF-8 bytes.
///
/// Posts are unique per (platform, platform id): a post seen again stores nothing, unless it brings
/// list items (links, hashtags, ...) the stored row lacks, which are merged in. Accounts are upserted
/// once per ingest, filling in fields a later file knows and an earlier one did not.
struct CaseWriter {
    let ingestID: Int64
    /// Account rowids by platform and platform id, so an account is looked up once, not per post.
    /// Bounded: past `accountCacheLimit` entries it starts afresh, so memory does not grow with the
    /// number of accounts; a miss costs one index lookup.
    private var accountIDs: [AccountKey: Int64] = [:]
    static let defaultAccountCacheLimit = 500_000
    private let accountCacheLimit: Int
    /// The accounts (by rowid) this ingest has written, one bit each: each account's profile is
    /// merged once per ingest however often the cache forgets it.
    private var written = RowIDSet()
    private let firstNewAccountID: Int64
    /// Rowids are handed out in increasing order, so the accounts this ingest created are exactly
    /// those from `firstNewAccountID` to the highest rowid it met.
    private var highestAccountID: Int64 = 0
    private(set) var counts = Counts()
    /// The post insert's text arguments, reused row after row.
    private var texts = TextArguments()

    struct Counts: Sendable, Equatable {
        var postsStored = 0
        var postsMerged = 0
        var postsDuplicate = 0
        var snowflakeTimes = 0
    }

    /// Accounts this ingest created (see `highestAccountID`).
    var accountsStored: Int { Int(max(0, highestAccountID - firstNewAccountID + 1)) }

    private struct AccountKey: Hashable {
        var platform: String
        var platformID: String
    }

    /// The prepared statements of one transaction, looked up once per batch rather than per row.
    struct Statements {
        let upsertAccount: Statement
        let insertPost: Statement
        let storedLists: Statement
        let mergePost: Statement
        let insertReject: Statement
        let selectAccount: Statement

        init(_ db: Database) throws {
            selectAccount = try db.cachedStatement(sql: "SELECT id FROM account WHERE platform = ? AND platform_id = ?")
            insertReject = try db.cachedStatement(sql: "INSERT INTO reject (ingest, line, reason, raw) VALUES (?, ?, ?, ?)")
            upsertAccount = try db.cachedStatement(sql: CaseWriter.upsertAccountSQL)
            insertPost = try db.cachedStatement(sql: CaseWriter.insertPostSQL)
            storedLists = try db.cachedStatement(sql: CaseWriter.storedListsSQL)
            mergePost = try db.cachedStatement(sql: CaseWriter.mergePostSQL)
        }
    }

    init(ingestID: Int64, firstNewAccountID: Int64, accountCacheLimit: Int = defaultAccountCacheLimit) {
        self.accountCacheLimit = accountCacheLimit
        self.ingestID = ingestID
        self.firstNewAccountID = firstNewAccountID
    }

    static let upsertAccountSQL = """
        INSERT INTO account (platform, platform_id, handle, display_name, created_at, followers, following,
            post_count, verified, language, location, description, profile_url, labels)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
        ON CONFLICT (platform, platform_id) DO UPDATE SET
            handle = coalesce(excluded.handle, handle),
            display_name = coalesce(excluded.display_name, display_name),
            created_at = coalesce(excluded.created_at, created_at),
            followers = coalesce(excluded.followers, followers),
            following = coalesce(excluded.following, following),
            post_count = coalesce(excluded.post_count, post_count),
            verified = coalesce(excluded.verified, verified),
            language = coalesce(excluded.language, language),
            location = coalesce(excluded.location, location),
            description = coalesce(excluded.description, description),
            profile_url = coalesce(excluded.profile_url, profile_url),
            labels = json_patch(labels, excluded.labels)
        RETURNING id
        """

    static let insertPostSQL = """
        INSERT INTO post (platform, platform_id, account, time, time_source, kind, ref_post, ref_account,
            ref_handle, text, language, client, urls, urls_raw, domains, hashtags, mentions, media, ingest, text_norm)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)
        ON CONFLICT (platform, platform_id) DO NOTHING
        """

    static let storedListsSQL = """
        SELECT urls, urls_raw, domains, hashtags, mentions, media FROM post WHERE platform = ? AND platform_id = ?
        """

    static let mergePostSQL = """
        UPDATE post SET urls = ?, urls_raw = ?, domains = ?, hashtags = ?, mentions = ?, media = ?
        WHERE platform = ? AND platform_id = ?
        """

    /// Records a rejected row in the same transaction as the rows around it, so that a killed ingest
    /// keeps exactly the rejects of what it committed.
    func write(_ rejection: Rejection, _ statements: Statements, in db: Database) throws {
        try statements.insertReject.execute(arguments: [ingestID, rejection.line, rejection.reason, rejection.raw])
    }

    /// Writes an account (from a users file, or a post's author); returns its rowid.
    @discardableResult
    mutating func write(_ account: AccountRecord, _ statements: Statements, in db: Database) throws -> Int64 {
        // Once per account per ingest: GRDB's own binding is fast enough here.
        let arguments: StatementArguments = [
            account.platform, account.platformID, account.handle, account.displayName, account.createdAt,
            account.followers, account.following, account.postCount, account.verified, account.language,
            account.location, account.description, account.profileURL, JSONText.object(account.labels),
        ]
        guard let id = try Int64.fetchOne(statements.upsertAccount, arguments: arguments) else {
            throw StoreError("account \(account.platformID): the upsert returned no row id")
        }
        highestAccountID = max(highestAccountID, id)
        written.insert(id)
        if accountIDs.count >= accountCacheLimit { accountIDs.removeAll(keepingCapacity: true) }
        accountIDs[AccountKey(platform: account.platform, platformID: account.platformID)] = id
        return id
    }

    /// The rowid of an account this ingest has already written but the cache forgot.
    private mutating func knownAccount(_ key: AccountKey, _ statements: Statements) throws -> Int64? {
        guard let id = try Int64.fetchOne(statements.selectAccount, arguments: [key.platform, key.platformID]),
            written.contains(id)
        else { return nil }
        accountIDs[key] = id
        return id
    }

    /// A post's derived fields in their stored form: the matching form of its text and its list fields
    /// (see `ListColumn`). Computed on the reading thread so that the writing thread, the slower one,
    /// only binds and steps.
    struct Lists: Sendable, Equatable {
        var textNorm: String
        var urls: String
        var urlsRaw: String
        var domains: String
        var hashtags: String
        var mentions: String
        var media: String

        init(_ post: PostRecord) {
            textNorm = Normalize.text(post.text)
            // One raw form per normalised URL, in the same order, so the two columns pair up.
            var normalized: [String] = []
            var raw: [String] = []
            for link in post.links where !link.normalized.isEmpty && !normalized.contains(link.normalized) {
                normalized.append(link.normalized)
                raw.append(link.raw)
            }
            urls = ListColumn.encode(normalized)
            urlsRaw = ListColumn.join(raw)
            domains = ListColumn.encode(post.links.lazy.compactMap(\.domain))
            hashtags = ListColumn.encode(post.hashtags)
            mentions = ListColumn.encode(post.mentions)
            media = ListColumn.encode(post.mediaHashes)
        }

        init(urls: String, urlsRaw: String, domains: String, hashtags: String, mentions: String, media: String) {
            self.textNorm = ""
            self.urls = urls
            self.urlsRaw = urlsRaw
            self.domains = domains
            self.hashtags = hashtags
            self.mentions = mentions
            self.media = media
        }

        var isEmpty: Bool {
            urls.isEmpty && domains.isEmpty && hashtags.isEmpty && mentions.isEmpty && media.isEmpty
        }

        /// These lists with the items of `other` they lack appended; a URL brings its raw form along.
        func merging(_ other: Lists) -> Lists {
            var urlItems = ListColumn.decode(urls).map(String.init)
            var rawItems = ListColumn.decode(urlsRaw).map(String.init)
            for (url, raw) in zip(ListColumn.decode(other.urls), ListColumn.decode(other.urlsRaw)) where !urlItems.contains(String(url)) {
                urlItems.append(String(url))
                rawItems.append(String(raw))
            }
            func union(_ a: String, _ b: String) -> String {
                b.isEmpty ? a : ListColumn.encode((ListColumn.decode(a) + ListColumn.decode(b)).map(String.init))
            }
            var merged = self
            merged.urls = ListColumn.join(urlItems)
            merged.urlsRaw = ListColumn.join(rawItems)
            merged.domains = union(domains, other.domains)
            merged.hashtags = union(hashtags, other.hashtags)
            merged.mentions = union(mentions, other.mentions)
            merged.media = union(media, other.media)
            return merged
        }
    }

    /// Writes a post and, the first time this ingest meets it, its author.
    mutating func write(_ post: PostRecord, _ lists: Lists, _ statements: Statements, in db: Database) throws {
        let key = AccountKey(platform: post.account.platform, platformID: post.account.platformID)
        let accountID = try accountIDs[key] ?? knownAccount(key, statements) ?? write(post.account, statements, in: db)

        let insert = statements.insertPost.sqliteStatement
        sqlite3_reset(insert)
        texts.removeAll()
        texts.set(1, post.account.platform)
        texts.set(2, post.platformID)
        texts.set(7, post.referencedPostID)
        texts.set(8, post.referencedAccountID)
        texts.set(9, post.referencedHandle)
        texts.set(10, post.text)
        texts.set(11, post.language)
        texts.set(12, post.client)
        texts.set(13, lists.urls)
        texts.set(14, lists.urlsRaw)
        texts.set(15, lists.domains)
        texts.set(16, lists.hashtags)
        texts.set(17, lists.mentions)
        texts.set(18, lists.media)
        texts.set(20, lists.textNorm)
        sqlite3_bind_int64(insert, 3, accountID)
        sqlite3_bind_int64(insert, 4, post.time)
        sqlite3_bind_int64(insert, 5, Int64(post.timeSource.rawValue))
        sqlite3_bind_int64(insert, 6, Int64(post.kind.rawValue))
        sqlite3_bind_int64(insert, 19, ingestID)
        try texts.bound(to: insert) {
            try step(insert, db)
            // The texts were bound without a copy; do not leave the cached statement pointing at them.
            sqlite3_clear_bindings(insert)
        }
        if sqlite3_changes(db.sqliteConnection) == 1 {
            counts.postsStored += 1
            if post.timeSource == .snowflake { counts.snowflakeTimes += 1 }
            return
        }
        if !lists.isEmpty, let stored = try Row.fetchOne(statements.storedLists, arguments: [post.account.platform, post.platformID]) {
            let old = Lists(
                urls: stored[0], urlsRaw: stored[1], domains: stored[2], hashtags: stored[3], mentions: stored[4], media: stored[5])
            let merged = old.merging(lists)
            if merged != old {
                try statements.mergePost.execute(arguments: [
                    merged.urls, merged.urlsRaw, merged.domains, merged.hashtags, merged.mentions, merged.media,
                    post.account.platform, post.platformID,
                ])
                counts.postsMerged += 1
                return
            }
        }
        counts.postsDuplicate += 1
    }

    private func step(_ s: OpaquePointer?, _ db: Database) throws {
        let code = sqlite3_step(s)
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}

/// Text arguments bound without SQLite copying them: a row's texts are laid out in one reusable
/// buffer that stays alive until the statement has stepped (SQLITE_STATIC). Saves a malloc and a
/// copy per text per row on the hottest path of an ingest.
struct TextArguments {
    private var bytes: [UInt8] = []
    private var slots: [(index: Int32, start: Int, count: Int)] = []

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        slots.removeAll(keepingCapacity: true)
    }

    /// Sets parameter `index` to `value`; nil binds NULL.
    mutating func set(_ index: Int32, _ value: String?) {
        guard let value else {
            slots.append((index, 0, -1))
            return
        }
        let start = bytes.count
        bytes.append(contentsOf: value.utf8)
        slots.append((index, start, bytes.count - start))
    }

    /// Binds the texts to `statement` and runs `body` (the step) while their bytes are alive.
    func bound<R>(to statement: OpaquePointer?, _ body: () throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { buffer in
            // An empty buffer has no address; any non-null pointer with length 0 binds "".
            let base = UnsafeRawPointer(buffer.baseAddress) ?? UnsafeRawPointer(bitPattern: 1)
            for slot in slots {
                if slot.count < 0 {
                    sqlite3_bind_null(statement, slot.index)
                } else {
                    let text = base.map { ($0 + slot.start).assumingMemoryBound(to: CChar.self) }
                    sqlite3_bind_text(statement, slot.index, text, Int32(slot.count), nil)
                }
            }
            return try body()
        }
    }
}

/// A set of rowids as a bitmap: one bit per row of the table, whatever the number of members.
struct RowIDSet {
    private var words: [UInt64] = []

    mutating func insert(_ id: Int64) {
        let word = Int(id >> 6)
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
        words[word] |= 1 << UInt64(id & 63)
    }

    func contains(_ id: Int64) -> Bool {
        let word = Int(id >> 6)
        return word < words.count && words[word] & (1 << UInt64(id & 63)) != 0
    }
}
