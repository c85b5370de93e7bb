import Foundation
import GRDB
import TangleCore

/// What a frame load reads besides every post's time, account, kind and references.
public struct FrameContent: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Links, domains, hashtags, mentions and media hashes.
    public static let lists = FrameContent(rawValue: 1)
    /// `Frame.textHashes`.
    public static let textHashes = FrameContent(rawValue: 2)
    /// `Frame.words`, for near-duplicate text.
    public static let words = FrameContent(rawValue: 4)
}

extension CaseFile {
    /// Loads every post as a `Frame`, sorted by time (ties by row id), with its lists and text hashes;
    /// with `words`, also each post's words for near-duplicate text.
    public func frame(words: Bool = false) throws -> Frame {
        try frame(content: words ? [.lists, .textHashes, .words] : [.lists, .textHashes])
    }

    /// Loads every post as a `Frame` with only `content` beyond the times, accounts, kinds and
    /// references; the columns not asked for stay empty. Account signals and shift groups need none of
    /// it, and skipping the texts and lists roughly halves the load of a large case.
    ///
    /// - Complexity: O(posts + list items), one pass over the post table in time order.
    public func frame(content: FrameContent) throws -> Frame {
        let lists = content.contains(.lists)
        let texts = !content.isDisjoint(with: [.textHashes, .words])
        let words = content.contains(.words)
        let listColumns = lists ? "urls, domains, hashtags, mentions, media" : "NULL, NULL, NULL, NULL, NULL"
        // A repost without a reposted id is keyed by its text (`repostKey`), so that text is read always.
        let text = texts ? "text_norm" : "CASE WHEN ref_post IS NULL AND kind = \(PostKind.repost.rawValue) THEN text_norm END"
        return try database.read { db in
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
            if texts { frame.textHashes.reserveCapacity(count) }
            var wordColumn = WordColumn()
            var idHashes: [UInt64] = []
            idHashes.reserveCapacity(count)
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT id, account, time, kind, ref_post, \(listColumns), ref_handle, \(text), platform_id
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
                // Text columns are read as bytes in place: no String per value on the hot path.
                let hasReference = try row.withUnsafeData(atIndex: 4) { data in
                    data.map { data in data.withUnsafeBytes { referencedPosts.append(spaceSeparated: $0) } } != nil
                }
                if !hasReference {
                    if kind == PostKind.repost.rawValue {
                        referencedPosts.append([Substring(Self.repostKey(handle: row[10], textNorm: row[11] ?? ""))])
                    } else {
                        referencedPosts.append([])
                    }
                }
                if lists {
                    try Self.appendList(row, 5, to: &links)
                    try Self.appendList(row, 6, to: &domains)
                    try Self.appendList(row, 7, to: &hashtags)
                    try Self.appendList(row, 8, to: &mentions)
                    try Self.appendList(row, 9, to: &mediaHashes)
                }
                try row.withUnsafeData(atIndex: 12) { data in
                    (data ?? Data()).withUnsafeBytes { idHashes.append(TextHash.of($0.assumingMemoryBound(to: UInt8.self))) }
                }
                if texts {
                    try row.withUnsafeData(atIndex: 11) { data in
                        (data ?? Data()).withUnsafeBytes { raw in
                            let bytes = raw.assumingMemoryBound(to: UInt8.self)
                            frame.textHashes.append(bytes.isEmpty ? 0 : max(1, TextHash.of(bytes)))
                            if words { wordColumn.append(text: bytes) }
                        }
                    }
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

    private static func appendList(_ row: Row, _ column: Int, to builder: inout KeyColumn.Builder) throws {
        try row.withUnsafeData(atIndex: column) { data in
            (data ?? Data()).withUnsafeBytes { builder.append(spaceSeparated: $0) }
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
