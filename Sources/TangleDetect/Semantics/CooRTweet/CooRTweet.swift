/// CooRTweet 2.x's coordinated-sharing detection, exactly as its R source defines it and as CooRTweet
/// 2.1.3 computes it: `detect_groups` (pairs of shares) and `generate_coordinated_network` (edges).
public enum CooRTweet {
    /// CooRTweet's default `time_window`: 10 seconds.
    public static let defaultWindowMilliseconds: Int64 = 10_000
    /// CooRTweet's default `min_participation`.
    public static let defaultMinParticipation = 2
    /// CooRTweet's default `edge_weight` quantile: the median.
    public static let defaultEdgeWeight = 0.5

    /// CooRTweet's `detect_groups(x, time_window, min_participation)`, loops removed (its default):
    ///
    /// 1. accounts with fewer than `minParticipation` rows are left out;
    /// 2. within each object, every two rows at most the window apart (inclusive) form a pair;
    /// 3. a pair is dropped when both rows are one account's, or one post's, or when the object id is
    ///    one of the two post ids;
    /// 4. an account is active when at least `minParticipation` of its rows hold a post that is in a
    ///    pair; a pair stays when either of its posts has a row by an active account (skipped when
    ///    `minParticipation` is below 1, as in R);
    /// 5. each pair lists the older share first. Of two simultaneous shares, the older is the one whose
    ///    account's first row comes first in the table: `data.table` regroups the rows by account (in
    ///    order of first appearance) before pairing, and leaves a pair as it is when the gap is zero.
    ///
    /// The pairs come sorted as in CooRTweet's reference files: by object id, the two post ids, the gap
    /// as printed, then the two account ids, each compared as text in code-point order.
    ///
    /// - Complexity: O(n log n + p log p) for n rows and p pairs: one sort by object and time, then a
    ///   sweep that visits only the rows inside each window; never all pairs of an object.
    public static func detectGroups(
        _ table: CooRTweetTable, windowMilliseconds: Int64 = defaultWindowMilliseconds,
        minParticipation: Int = defaultMinParticipation
    ) -> [CooRTweetPair] {
        let objects = table.objects
        let accounts = table.accounts
        let contents = table.contents
        let times = table.timestamps

        var rowsOfAccount = [Int](repeating: 0, count: table.accountNames.count)
        for account in accounts { rowsOfAccount[Int(account)] += 1 }
        let isKeptAccount = rowsOfAccount.map { $0 >= minParticipation }

        // The kept rows grouped by object (a stable counting sort), then each object's rows by time;
        // simultaneous rows by account code, which is the order of the accounts' first rows.
        let objectCount = table.objectNames.count
        var groupStart = [Int](repeating: 0, count: objectCount + 1)
        for row in 0..<table.rowCount where isKeptAccount[Int(accounts[row])] { groupStart[Int(objects[row]) + 1] += 1 }
        for object in 0..<objectCount { groupStart[object + 1] += groupStart[object] }
        var order = [UInt32](repeating: 0, count: groupStart[objectCount])
        var cursor = groupStart
        for row in 0..<table.rowCount where isKeptAccount[Int(accounts[row])] {
            order[cursor[Int(objects[row])]] = UInt32(row)
            cursor[Int(objects[row])] += 1
        }
        for object in 0..<objectCount where groupStart[object + 1] - groupStart[object] > 1 {
            order[groupStart[object]..<groupStart[object + 1]].sort { a, b in
                let (ta, tb) = (times[Int(a)], times[Int(b)])
                if ta != tb { return ta < tb }
                let (aa, ab) = (accounts[Int(a)], accounts[Int(b)])
                return aa != ab ? aa < ab : a < b
            }
        }

        // In that order the earlier row of a pair is always CooRTweet's older share.
        var olderRows: [UInt32] = []
        var newerRows: [UInt32] = []
        for object in 0..<objectCount {
            let end = groupStart[object + 1]
            for i in groupStart[object]..<end {
                let older = Int(order[i])
                if table.objectIsOwnContent(row: older) { continue }
                for j in (i + 1)..<end {
                    let newer = Int(order[j])
                    if times[newer] - times[older] > windowMilliseconds { break }
                    if accounts[older] == accounts[newer] || contents[older] == contents[newer]
                        || table.objectIsOwnContent(row: newer)
                    {
                        continue
                    }
                    olderRows.append(UInt32(older))
                    newerRows.append(UInt32(newer))
                }
            }
        }

        var isActiveContent: [Bool]?
        if minParticipation >= 1 {
            var isPaired = [Bool](repeating: false, count: table.contentNames.count)
            for row in olderRows { isPaired[Int(contents[Int(row)])] = true }
            for row in newerRows { isPaired[Int(contents[Int(row)])] = true }
            var pairedRowsOfAccount = [Int](repeating: 0, count: table.accountNames.count)
            for row in 0..<table.rowCount where isKeptAccount[Int(accounts[row])] && isPaired[Int(contents[row])] {
                pairedRowsOfAccount[Int(accounts[row])] += 1
            }
            var active = [Bool](repeating: false, count: table.contentNames.count)
            for row in 0..<table.rowCount
            where isKeptAccount[Int(accounts[row])] && isPaired[Int(contents[row])]
                && pairedRowsOfAccount[Int(accounts[row])] >= minParticipation
            {
                active[Int(contents[row])] = true
            }
            isActiveContent = active
        }

        var pairs: [CooRTweetPair] = []
        for (olderRow, newerRow) in zip(olderRows, newerRows) {
            let (older, newer) = (Int(olderRow), Int(newerRow))
            if let isActiveContent, !isActiveContent[Int(contents[older])], !isActiveContent[Int(contents[newer])] {
                continue
            }
            pairs.append(
                CooRTweetPair(
                    object: objects[older], olderContent: contents[older], newerContent: contents[newer],
                    timeDelta: times[newer] - times[older], olderAccount: accounts[older],
                    newerAccount: accounts[newer]))
        }
        sortLikeCooRTweet(&pairs, in: table)
        return pairs
    }

    /// Sorts pairs by their printed columns, as text in code-point order.
    ///
    /// - Complexity: O(p log p + k log k) for p pairs naming k distinct ids.
    private static func sortLikeCooRTweet(_ pairs: inout [CooRTweetPair], in table: CooRTweetTable) {
        var objectUsed = [Bool](repeating: false, count: table.objectNames.count)
        var contentUsed = [Bool](repeating: false, count: table.contentNames.count)
        var accountUsed = [Bool](repeating: false, count: table.accountNames.count)
        for pair in pairs {
            objectUsed[Int(pair.object)] = true
            contentUsed[Int(pair.olderContent)] = true
            contentUsed[Int(pair.newerContent)] = true
            accountUsed[Int(pair.olderAccount)] = true
            accountUsed[Int(pair.newerAccount)] = true
        }
        let objectRank = codePointRanks(of: table.objectNames, used: objectUsed)
        let contentRank = codePointRanks(of: table.contentNames, used: contentUsed)
        let accountRank = codePointRanks(of: table.accountNames, used: accountUsed)
        pairs.sort { a, b in
            if a.object != b.object { return objectRank[Int(a.object)] < objectRank[Int(b.object)] }
            if a.olderContent != b.olderContent {
                return contentRank[Int(a.olderContent)] < contentRank[Int(b.olderContent)]
            }
            if a.newerContent != b.newerContent {
                return contentRank[Int(a.newerContent)] < contentRank[Int(b.newerContent)]
            }
            if a.timeDelta != b.timeDelta {
                return secondsText(milliseconds: a.timeDelta).utf8.lexicographicallyPrecedes(
                    secondsText(milliseconds: b.timeDelta).utf8)
            }
            if a.olderAccount != b.olderAccount {
                return accountRank[Int(a.olderAccount)] < accountRank[Int(b.olderAccount)]
            }
            return accountRank[Int(a.newerAccount)] < accountRank[Int(b.newerAccount)]
        }
    }

    /// Each used name's rank in code-point (UTF-8 byte) order; unused names rank `UInt32.max`.
    ///
    /// - Complexity: O(k log k) comparisons for k used names.
    static func codePointRanks(of names: [String], used: [Bool]) -> [UInt32] {
        var codes = names.indices.filter { used[$0] }
        codes.sort { names[$0].utf8.lexicographicallyPrecedes(names[$1].utf8) }
        var ranks = [UInt32](repeating: .max, count: names.count)
        for (rank, code) in codes.enumerated() { ranks[code] = UInt32(rank) }
        return ranks
    }
}
