import Testing

@testable import TangleDetect
import TangleSimulate

/// The sweep against a line-by-line transcription of CooRTweet's R code (all pairs of each object in
/// `data.table`'s row order), on seeded random tables full of ties, loops and reused ids.
@Suite struct CooRTweetPropertyTests {
    typealias Row = (object: String, account: String, content: String, seconds: Int64)

    @Test(arguments: 0..<300 as Range<UInt64>)
    func sweepEqualsRsAllPairs(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let rows = Self.randomRows(&random)
        let window = Int64.random(in: 0...12, using: &random)
        let minParticipation = Int.random(in: 0...3, using: &random)
        let edgeWeight = [0, 0.25, 0.5, 0.9, 1][Int.random(in: 0..<5, using: &random)]

        let table = CooRTweetRows.table(rows)
        let pairs = CooRTweet.detectGroups(table, windowMilliseconds: window * 1000, minParticipation: minParticipation)
        let expectedPairs = Self.rPairs(rows, window: window, minParticipation: minParticipation)
        #expect(CooRTweetRows.pairs(pairs, table) == expectedPairs)

        let edges = CooRTweet.coordinatedNetwork(pairs, in: table, edgeWeight: edgeWeight)
        #expect(CooRTweetRows.edges(edges, table) == Self.rEdges(expectedPairs, edgeWeight: edgeWeight))
    }

    static func randomRows(_ random: inout SplitMix64) -> [Row] {
        var rows: [Row] = []
        for index in 0..<Int.random(in: 0...60, using: &random) {
            let object = "o\(Int.random(in: 0..<6, using: &random))"
            let account = "\(["a", "B", "c", "D", "e", "F", "g"][Int.random(in: 0..<7, using: &random)])"
            var content = "p\(index)"
            switch Int.random(in: 0..<10, using: &random) {
            case 0 where !rows.isEmpty: content = rows[Int.random(in: 0..<rows.count, using: &random)].content
            case 1: content = object
            default: break
            }
            rows.append((object, account, content, Int64.random(in: 0...30, using: &random)))
        }
        return rows
    }

    /// `do_detect_groups` as written in R, printed and sorted as CooRTweet's reference files.
    static func rPairs(_ input: [Row], window: Int64, minParticipation: Int) -> [[String]] {
        var rowsOfAccount: [String: Int] = [:]
        for row in input { rowsOfAccount[row.account, default: 0] += 1 }
        // x[, if (.N >= min_participation) .SD, by = account_id]: grouped by account, first seen first.
        var accountsInOrder: [String] = []
        for row in input where !accountsInOrder.contains(row.account) { accountsInOrder.append(row.account) }
        let x = accountsInOrder.filter { rowsOfAccount[$0, default: 0] >= minParticipation }.flatMap { account in
            input.filter { $0.account == account }
        }
        // calc_group_combinations by object: every earlier row with every later one.
        var result: [(object: String, content: String, contentY: String, delta: Int64, account: String, accountY: String)] = []
        for object in Set(x.map(\.object)) {
            let group = x.filter { $0.object == object }
            for i in group.indices {
                for j in group.indices where i < j {
                    let delta = group[i].seconds - group[j].seconds
                    if abs(delta) <= window {
                        result.append((object, group[i].content, group[j].content, delta, group[i].account, group[j].account))
                    }
                }
            }
        }
        result.removeAll {
            $0.object == $0.content || $0.object == $0.contentY || $0.content == $0.contentY || $0.account == $0.accountY
        }
        if minParticipation >= 1 {
            let contentIDs = Set(result.flatMap { [$0.content, $0.contentY] })
            var paired: [String: Int] = [:]
            for row in x where contentIDs.contains(row.content) { paired[row.account, default: 0] += 1 }
            let filt = Set(
                x.filter { contentIDs.contains($0.content) && paired[$0.account, default: 0] >= minParticipation }.map(\.content))
            result.removeAll { !filt.contains($0.content) && !filt.contains($0.contentY) }
        }
        let printed = result.map { row in
            row.delta > 0
                ? [row.object, row.contentY, row.content, String(row.delta), row.accountY, row.account]
                : [row.object, row.content, row.contentY, String(-row.delta), row.account, row.accountY]
        }
        return printed.sorted(by: codePointOrder)
    }

    /// `generate_coordinated_network`'s edge table of printed pairs.
    static func rEdges(_ pairs: [[String]], edgeWeight: Double) -> [[String]] {
        var byAccounts: [[String]: [[String]]] = [:]
        for pair in pairs {
            let accounts = [pair[4], pair[5]].sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            byAccounts[accounts, default: []].append(pair)
        }
        let weights = byAccounts.values.map { Double($0.count) }.sorted()
        let threshold = CooRTweet.quantile(weights, probability: edgeWeight)
        let edges = byAccounts.map { accounts, pairs -> [String] in
            let older = Set(pairs.map { $0[1] }).count
            let newer = Set(pairs.map { $0[2] }).count
            let total = pairs.reduce(0) { $0 + Int64($1[3])! }
            return [
                accounts[0], accounts[1], String(pairs.count), CooRTweet.numberText(Double(total) / Double(pairs.count)),
                String(older), String(newer), CooRTweet.numberText(Double(min(older, newer)) / Double(max(older, newer))),
                Double(pairs.count) > threshold ? "1" : "0",
            ]
        }
        return edges.sorted(by: codePointOrder)
    }

    static func codePointOrder(_ a: [String], _ b: [String]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x.utf8.lexicographicallyPrecedes(y.utf8) }
        return a.count < b.count
    }
}
