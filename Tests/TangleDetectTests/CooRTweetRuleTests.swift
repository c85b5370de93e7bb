import Testing

@testable import TangleDetect

/// Each rule of CooRTweet's `detect_groups` and `generate_coordinated_network` on a table small
/// enough to check by hand.
@Suite struct CooRTweetRuleTests {
    @Test func theWindowIsInclusive() {
        let table = CooRTweetRows.table([("o", "A", "a1", 0), ("o", "B", "b1", 10), ("o", "C", "c1", 11)])
        let pairs = CooRTweet.detectGroups(table, windowMilliseconds: 10_000, minParticipation: 1)
        #expect(CooRTweetRows.pairs(pairs, table) == [["o", "a1", "b1", "10", "A", "B"], ["o", "b1", "c1", "1", "B", "C"]])
    }

    @Test func loopsAreDropped() {
        let table = CooRTweetRows.table([
            // one account twice
            ("o1", "A", "a1", 0), ("o1", "A", "a2", 1),
            // one post twice
            ("o2", "A", "p", 0), ("o2", "B", "p", 1),
            // the original listed under its own id, as a retweet table lists it, and two retweets
            ("p1", "A", "p1", 0), ("p1", "B", "r1", 3), ("p1", "C", "r2", 5),
        ])
        let pairs = CooRTweet.detectGroups(table, windowMilliseconds: 10_000, minParticipation: 1)
        #expect(CooRTweetRows.pairs(pairs, table) == [["p1", "r1", "r2", "2", "B", "C"]])
    }

    @Test func participationCountsRowsBeforeAndPairedRowsAfterPairing() {
        let table = CooRTweetRows.table([
            ("o1", "A", "a1", 0), ("o1", "B", "b1", 5), ("o1", "F", "f1", 3),
            ("o2", "A", "a2", 100), ("o2", "C", "c1", 103),
            ("o3", "B", "b2", 1000), ("o3", "C", "c2", 5000),
            ("o4", "D", "d1", 2000), ("o4", "E", "e1", 2001),
            ("o5", "D", "d2", 9000), ("o5", "E", "e2", 20000),
        ])
        // F has one row, so never pairs; A has two paired rows, so its pairs stay although B and C
        // have one each; D and E have two rows but one paired, so their pair goes.
        let pairs = CooRTweet.detectGroups(table, windowMilliseconds: 10_000, minParticipation: 2)
        #expect(CooRTweetRows.pairs(pairs, table) == [["o1", "a1", "b1", "5", "A", "B"], ["o2", "a2", "c1", "3", "A", "C"]])

        let everyPair = CooRTweet.detectGroups(table, windowMilliseconds: 10_000, minParticipation: 1)
        #expect(
            CooRTweetRows.pairs(everyPair, table) == [
                ["o1", "a1", "b1", "5", "A", "B"], ["o1", "a1", "f1", "3", "A", "F"], ["o1", "f1", "b1", "2", "F", "B"],
                ["o2", "a2", "c1", "3", "A", "C"], ["o4", "d1", "e1", "1", "D", "E"],
            ])
    }

    @Test func simultaneousSharesPutTheAccountSeenFirstInTheTableFirst() {
        let table = CooRTweetRows.table([
            // B's first row comes before A's and C's, on another object.
            ("x", "B", "b0", 500),
            ("o", "A", "a1", 0), ("o", "B", "b1", 0), ("o", "C", "c1", 0),
            // Not simultaneous: the older share comes first whatever the row order.
            ("q", "A", "a2", 20), ("q", "C", "c2", 15),
        ])
        let pairs = CooRTweet.detectGroups(table, windowMilliseconds: 10_000, minParticipation: 1)
        #expect(
            CooRTweetRows.pairs(pairs, table) == [
                ["o", "a1", "c1", "0", "A", "C"], ["o", "b1", "a1", "0", "B", "A"], ["o", "b1", "c1", "0", "B", "C"],
                ["q", "c2", "a2", "5", "C", "A"],
            ])
    }

    @Test func pairsSortAsTextInCodePointOrder() {
        let table = CooRTweetRows.table([("9", "A", "a1", 0), ("9", "B", "b1", 1), ("10", "A", "a2", 0), ("10", "B", "b2", 1)])
        let pairs = CooRTweet.detectGroups(table, windowMilliseconds: 10_000, minParticipation: 1)
        #expect(CooRTweetRows.pairs(pairs, table) == [["10", "a2", "b2", "1", "A", "B"], ["9", "a1", "b1", "1", "A", "B"]])
    }

    @Test func anEdgeCountsOlderAndNewerPostsWhicheverAccountWroteThem() throws {
        let table = CooRTweetRows.table([
            ("o1", "alice", "a1", 0), ("o1", "Zed", "z1", 1),
            ("o2", "Zed", "z2", 0), ("o2", "alice", "a2", 1),
            // a1 shared a second object
            ("o3", "alice", "a1", 0), ("o3", "Zed", "z3", 2),
        ])
        let pairs = CooRTweet.detectGroups(table, windowMilliseconds: 10_000, minParticipation: 1)
        let edges = CooRTweet.coordinatedNetwork(pairs, in: table, edgeWeight: 0.5)
        let edge = try #require(edges.first)
        #expect(edges.count == 1)
        // "Z" (U+005A) comes before "a" (U+0061).
        #expect(table.accountNames[Int(edge.from)] == "Zed")
        #expect(table.accountNames[Int(edge.to)] == "alice")
        #expect(edge.weight == 3)
        #expect(edge.averageTimeDelta == 4.0 / 3)
        #expect(edge.olderContentCount == 2)  // a1, z2
        #expect(edge.newerContentCount == 3)  // z1, a2, z3
        #expect(edge.symmetryScore == 2.0 / 3)
        // The only weight is the quantile itself, and not above it.
        #expect(!edge.isAboveThreshold)
    }

    @Test func theThresholdIsStrictlyAboveRsType7Quantile() {
        // Edge weights A–B 1, A–C 2, A–D 2, A–E 3: one object per pair.
        var rows: [(object: String, account: String, content: String, seconds: Int64)] = []
        for (other, weight) in [("B", 1), ("C", 2), ("D", 2), ("E", 3)] {
            for index in 0..<weight {
                let object = "\(other)\(index)"
                rows += [(object, "A", "a-\(object)", 0), (object, other, "\(other)-\(object)", 0)]
            }
        }
        let table = CooRTweetRows.table(rows)
        let pairs = CooRTweet.detectGroups(table, windowMilliseconds: 10_000, minParticipation: 1)
        func marked(_ edgeWeight: Double) -> [String] {
            CooRTweet.coordinatedNetwork(pairs, in: table, edgeWeight: edgeWeight).filter(\.isAboveThreshold).map {
                table.accountNames[Int($0.to)]
            }
        }
        #expect(marked(0.5) == ["E"])  // quantile 2: the weights 2 are not above it
        #expect(marked(0.25) == ["C", "D", "E"])  // quantile 1.75
        #expect(marked(0) == ["C", "D", "E"])
        #expect(marked(1) == [])
    }

    @Test func quantileIsRsType7() {
        #expect(CooRTweet.quantile([1, 1, 2, 3], probability: 0.5) == 1.5)
        #expect(CooRTweet.quantile([1, 2, 2, 3], probability: 0.5) == 2)
        #expect(abs(CooRTweet.quantile([1, 2, 3, 4, 10], probability: 0.3) - 2.2) < 1e-12)
        #expect(CooRTweet.quantile([1, 2, 3, 4, 10], probability: 0) == 1)
        #expect(CooRTweet.quantile([1, 2, 3, 4, 10], probability: 1) == 10)
        #expect(CooRTweet.quantile([5], probability: 0.9) == 5)
        #expect(CooRTweet.quantile([], probability: 0.5).isNaN)
    }

    @Test func noPairsMeansNoEdges() {
        let table = CooRTweetRows.table([("o", "A", "a1", 0), ("o", "B", "b1", 100)])
        let pairs = CooRTweet.detectGroups(table, windowMilliseconds: 10_000, minParticipation: 1)
        #expect(pairs.isEmpty)
        #expect(CooRTweet.coordinatedNetwork(pairs, in: table).isEmpty)
    }

    @Test func figuresPrintAsRPrintsThem() {
        #expect(CooRTweet.secondsText(milliseconds: 12_000) == "12")
        #expect(CooRTweet.secondsText(milliseconds: 1_500) == "1.5")
        #expect(CooRTweet.numberText(3) == "3")
        #expect(CooRTweet.numberText(0.25) == "0.25")
        #expect(Double(CooRTweet.numberText(10.0 / 6)) == 10.0 / 6)
    }
}
