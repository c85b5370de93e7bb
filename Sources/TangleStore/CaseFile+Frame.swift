import GRDB
import TangleCore

extension CaseFile {
    /// Loads every post as a `Frame`, sorted by time (ties by row id); with `words`, also each post's
    /// words for near-duplicate text.
    ///
    /// - Complexity: O(posts + list items), one pass over the post table in time order.
    public func frame(words: Bool = false) throws -> Frame {
        try database.read { db in
            var frame = Frame()
            var denseAccount: [Int64: UInt32] = [:]
            var referencedPosts = KeyColumn.Builder()
            var links = KeyColumn.Builder()
            var domains = KeyColumn.Builder()
            var hashtags = KeyColumn.Builder()
            var mentions = KeyColumn.Builder()
            var mediaHashes = KeyColumn.Builder()
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM post") ?? 0
            frame.times.reserveCapacity(count)
            frame.accounts.reserveCapacity(count)
            frame.kinds.reserveCapacity(count)
            frame.postRowIDs.reserveCapacity(count)
            frame.textHashes.reserveCapacity(count)
            var wordColumn = WordColumn()
            var idHashes: [UInt64] = []
            idHashes.reserveCapacity(count)
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT id, account, time, kind, ref_post, urls, domains, hashtags, mentions, media, ref_handle, text_norm, platform_id
                    FROM post ORDER BY time, id
                    """)
            while let row = try rows.next() {
                let accountRowID: Int64 = row[1]
                let account: UInt32
                if let known = denseAccount[accountRowID] {
                    account = known
                } else {
                    account = UInt32(frame.accountRowIDs.count)
                    denseAccount[accountRowID] = account
                    frame.accountRowIDs.append(accountRowID)
                }
                frame.postRowIDs.append(row[0])
                frame.accounts.append(account)
                frame.times.append(row[2])
                let kind = UInt8(clamping: row[3] as Int)
                frame.kinds.append(kind)
                let referenced: String? = row[4]
                if let referenced {
                    referencedPosts.append([Substring(referenced)])
                } else if kind == PostKind.repost.rawValue {
                    referencedPosts.append([Substring(Self.repostKey(handle: row[10], textNorm: row[11]))])
                } else {
                    referencedPosts.append([])
                }
                links.append(ListColumn.decode(row[5]))
                domains.append(ListColumn.decode(row[6]))
                hashtags.append(ListColumn.decode(row[7]))
                mentions.append(ListColumn.decode(row[8]))
                mediaHashes.append(ListColumn.decode(row[9]))
                let platformID: String = row[12]
                idHashes.append(TextHash.of(platformID))
                var textNorm: String = row[11]
                textNorm.withUTF8 { bytes in
                    frame.textHashes.append(bytes.isEmpty ? 0 : max(1, TextHash.of(bytes)))
                    if words { wordColumn.append(text: bytes) }
                }
            }
            frame.words = wordColumn
            frame.referencedPosts = referencedPosts.column
            frame.referencedAs = Self.referencedAs(idHashes: idHashes, referenced: frame.referencedPosts.names)
            frame.links = links.column
            frame.domains = domains.column
            frame.hashtags = hashtags.column
            frame.mentions = mentions.column
            frame.mediaHashes = mediaHashes.column
            return frame
        }
    }

    /// Each post's code in the referenced-post column, matched by a 64-bit hash of its platform id.
    static func referencedAs(idHashes: [UInt64], referenced names: [String]) -> [UInt32] {
        var codeOfHash: [UInt64: UInt32] = [:]
        codeOfHash.reserveCapacity(names.count)
        for (code, name) in names.enumerated() where !name.hasPrefix("~") {
            codeOfHash[TextHash.of(name)] = UInt32(code)
        }
        return idHashes.map { codeOfHash[$0] ?? Frame.none }
    }

    /// The key of a repost whose data gives no reposted id (FiveThirtyEight's IRA release): the
    /// reposted text in its matching form, with a leading `rt :` (what `RT @handle:` leaves) removed,
    /// prefixed by the reposted handle when the text named it. The `~` keeps it apart from real ids.
    static func repostKey(handle: String?, textNorm: String) -> String {
        var text = Substring(textNorm)
        for prefix in ["rt :", "rt:"] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count).drop(while: { $0 == " " })
        }
        return "~" + (handle.map { Normalize.mention($0) } ?? "") + "|" + text
    }
}
