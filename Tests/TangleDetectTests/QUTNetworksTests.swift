import Foundation
import Testing
import TangleStore
@testable import TangleDetect

/// QUT's networks: a hand-checked fixture ingested end to end (its expected edges, self-loops
/// included, are what the toolkit itself computes from the same file; `scripts/parity-qut` checks
/// that), small cases for each rule, and the sweep against a naive all-pairs definition on random
/// inputs.
@Suite struct QUTNetworksTests {
    typealias Edge = QUTNetworks.Edge

    // MARK: The hand-checked fixture

    /// `scripts/parity-fixtures/hand.csv`: users alice 10, bob 9, carol 100, dave 11; one block of
    /// messages per network, a window of 60 s.
    static let handFixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/parity-fixtures/hand.csv").path

    /// user_1, user_2, weight, as the toolkit's `*_network` tables hold them (loops included).
    static let handExpected: [QUTNetwork: [(String, String, Int)]] = [
        // Reposts of 900 at 0, 30 (alice), 60 (bob: the window is inclusive), 121 (carol: 61 s after
        // bob, alone); of 901 by bob and alice at the same second. Bob's one message at 60 is matched
        // by two of alice's and counts once.
        .coRetweet: [("10", "10", 3), ("10", "9", 3), ("100", "100", 2), ("11", "11", 2), ("9", "10", 2), ("9", "9", 2)],
        // Replies to 950 at 2000 (carol), 2030 (dave), 2100 (carol, 70 s after dave); dave's repost
        // that also names reply 950 does not count.
        .coReply: [("100", "100", 2), ("100", "11", 1), ("11", "100", 1), ("11", "11", 1)],
        // "Hello @bob World" and "hello   WORLD @carol" are one form; "@dave" and "" are both empty,
        // and empty forms match. Carol's repost of "hello world" does not count.
        .coTweet: [
            ("10", "10", 5), ("10", "9", 1), ("100", "100", 5), ("100", "11", 1), ("11", "100", 1), ("11", "11", 4),
            ("9", "10", 1), ("9", "9", 3),
        ],
        // URLs as written: http://example.com/x is not https://example.com/x. No empty URL matches.
        .coLink: [
            ("10", "10", 1), ("10", "100", 1), ("100", "10", 1), ("100", "100", 1), ("100", "11", 1), ("11", "100", 1),
            ("11", "11", 1), ("9", "9", 1),
        ],
        // "jumps" and "jumps!" (5 of 6 tokens, 0.83) match, "jumped" (4 of 6) does not; dave's copy is
        // 60 s after carol's and 80 s after alice's; "@only" has no tokens and matches nothing, itself
        // included.
        .coSimilarTweet: [
            ("10", "10", 4), ("10", "100", 1), ("10", "9", 1), ("100", "10", 1), ("100", "100", 4), ("100", "11", 1),
            ("11", "100", 1), ("11", "11", 3), ("9", "10", 1), ("9", "9", 3),
        ],
    ]

    @Test(arguments: QUTNetwork.allCases)
    func handFixtureGivesTheToolkitsEdges(_ network: QUTNetwork) throws {
        let (input, accountIDs) = try Self.ingest(Self.handFixture, columns: network.columns)
        let edges = QUTNetworks.compute(input, network: network, windowMilliseconds: 60_000)
        let named = edges.map { (accountIDs[Int($0.source)], accountIDs[Int($0.target)], $0.weight) }
        let expected = try #require(Self.handExpected[network])
        #expect(named.sorted(by: Self.byteOrder).map(Self.text) == expected.map(Self.text))
        #expect(edges == edges.sorted(), "sorted by source, then target")

        let heavy = QUTNetworks.compute(input, network: network, windowMilliseconds: 60_000, minEdgeWeight: 2)
        #expect(heavy == edges.filter { $0.weight >= 2 })
    }

    // MARK: One rule at a time

    @Test func theWindowIsInclusive() {
        var builder = QUTInput.Builder()
        builder.append(account: 0, time: 0, repostID: "r")
        builder.append(account: 1, time: 60_000, repostID: "r")
        let input = builder.build()
        #expect(
            QUTNetworks.compute(input, network: .coRetweet, windowMilliseconds: 60_000).filter { !$0.isLoop } == [
                Edge(source: 0, target: 1, weight: 1), Edge(source: 1, target: 0, weight: 1),
            ])
        let narrower = QUTNetworks.compute(input, network: .coRetweet, windowMilliseconds: 59_999)
        #expect(narrower.allSatisfy { $0.isLoop })
    }

    @Test func weightsCountDistinctMessagesOfTheSource() {
        var builder = QUTInput.Builder()
        // One message of account 0, matched by three of account 1, twice through two shared URLs.
        builder.append(account: 0, time: 10_000, urls: ["u", "v"])
        for time in [0, 5_000, 20_000] as [Int64] { builder.append(account: 1, time: time, urls: ["u", "v"]) }
        let edges = QUTNetworks.compute(builder.build(), network: .coLink, windowMilliseconds: 60_000)
        #expect(
            edges == [
                Edge(source: 0, target: 0, weight: 1), Edge(source: 0, target: 1, weight: 1),
                Edge(source: 1, target: 0, weight: 3), Edge(source: 1, target: 1, weight: 3),
            ])
    }

    @Test func repostsCountOnlyForCoRetweet() {
        var builder = QUTInput.Builder()
        builder.append(account: 0, time: 0, text: "same words here", urls: ["u"])
        builder.append(account: 1, time: 1_000, repostID: "r", replyID: "p", text: "same words here", urls: ["u"])
        builder.append(account: 2, time: 2_000, replyID: "p")
        let input = builder.build()
        #expect(input.isRepost == [false, true, false])
        #expect(input.replyKeys == [QUTInput.none, QUTInput.none, 0], "a repost's reply id is not read")
        for network in [QUTNetwork.coLink, .coTweet, .coSimilarTweet, .coReply] {
            let edges = QUTNetworks.compute(input, network: network, windowMilliseconds: 60_000)
            #expect(edges.allSatisfy { $0.source != 1 && $0.target != 1 }, "\(network)")
        }
        #expect(QUTNetworks.compute(input, network: .coRetweet, windowMilliseconds: 60_000) == [Edge(source: 1, target: 1, weight: 1)])
    }

    @Test func emptyURLsNeverMatchButEmptyTextsDo() {
        var builder = QUTInput.Builder()
        builder.append(account: 0, time: 0, text: "@someone", urls: [""])
        builder.append(account: 1, time: 1_000, text: "", urls: ["", ""])
        let input = builder.build()
        #expect(input.urlCodes.isEmpty)
        #expect(QUTNetworks.compute(input, network: .coLink, windowMilliseconds: 60_000).isEmpty)
        #expect(QUTNetworks.compute(input, network: .coTweet, windowMilliseconds: 60_000).count == 4)
        #expect(QUTNetworks.compute(input, network: .coSimilarTweet, windowMilliseconds: 60_000).isEmpty)
    }

    @Test func similarityThresholdAndDocumentSize() {
        var builder = QUTInput.Builder()
        builder.append(account: 0, time: 0, text: "a b c d")
        builder.append(account: 1, time: 0, text: "a b c e")  // 3 of 5: 0.6
        builder.append(account: 2, time: 0, text: "")
        let input = builder.build()
        func pairs(_ threshold: Double, _ minDocumentSize: Int) -> Set<[UInt32]> {
            Set(
                QUTNetworks.compute(
                    input, network: .coSimilarTweet, windowMilliseconds: 0, similarityThreshold: threshold,
                    minDocumentSize: minDocumentSize
                ).filter { !$0.isLoop }.map { [$0.source, $0.target] })
        }
        #expect(pairs(0.6, 1) == [[0, 1], [1, 0]])
        #expect(pairs(0.61, 1).isEmpty)
        #expect(pairs(0.6, 5).isEmpty, "documents under the minimum size match nothing")
        // At a threshold of 0 every pair matches, as 0 >= 0; the empty text too.
        #expect(pairs(0, 1).count == 6)
        // Two empty sets: the toolkit's plain similarity divides by zero; here they are not similar.
        #expect(pairs(0.5, 0) == [[0, 1], [1, 0]])
    }

    @Test func unsortedInputIsSortedStably() {
        var builder = QUTInput.Builder()
        builder.append(account: 2, time: 5, repostID: "x", urls: ["b"])
        builder.append(account: 0, time: 1, urls: ["a"])
        builder.append(account: 1, time: 5, urls: ["c", "a"])
        let input = builder.build()
        #expect(input.times == [1, 5, 5])
        #expect(input.accounts == [0, 2, 1])
        #expect(input.urls(of: 0) == [0])
        #expect(input.urls(of: 1).isEmpty, "a repost's URLs are not read")
        #expect(Array(input.urls(of: 2)) == [0, 1])
        #expect(input.repostKeys == [QUTInput.none, 0, QUTInput.none])
    }

    // MARK: Against all pairs

    @Test(arguments: 0..<200)
    func sweepEqualsAllPairs(_ seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let messages = (0..<Int.random(in: 0...40, using: &random)).map { _ in RawMessage.random(using: &random) }
        var builder = QUTInput.Builder()
        for message in messages {
            builder.append(
                account: message.account, time: message.time, repostID: message.repostID, replyID: message.replyID,
                text: message.text, urls: message.urls)
        }
        let input = builder.build()
        let window = [0, 1_000, 60_000, 1_000_000].randomElement(using: &random) ?? Int64(0)
        let minEdgeWeight = Int.random(in: 0...3, using: &random)
        let threshold = [0, 0.3, 0.5, 0.8, 1, 1.5].randomElement(using: &random) ?? Double(0.8)
        let minDocumentSize = Int.random(in: 0...3, using: &random)
        for network in QUTNetwork.allCases {
            let swept = QUTNetworks.compute(
                input, network: network, windowMilliseconds: window, minEdgeWeight: minEdgeWeight,
                similarityThreshold: threshold, minDocumentSize: minDocumentSize)
            let naive = Self.allPairs(
                messages, network: network, window: window, minEdgeWeight: minEdgeWeight, threshold: threshold,
                minDocumentSize: minDocumentSize)
            #expect(swept == naive, "\(network), seed \(seed)")
        }
    }

    /// The toolkit's definition, literally: every ordered pair of messages, itself included.
    static func allPairs(
        _ messages: [RawMessage], network: QUTNetwork, window: Int64, minEdgeWeight: Int, threshold: Double,
        minDocumentSize: Int
    ) -> [Edge] {
        var matched: Set<[Int]> = []
        for (i, first) in messages.enumerated() {
            for second in messages where abs(first.time - second.time) <= window && first.matches(second, network, threshold, minDocumentSize) {
                matched.insert([Int(first.account), Int(second.account), i])
            }
        }
        var weights: [[Int]: Int] = [:]
        for match in matched { weights[[match[0], match[1]], default: 0] += 1 }
        return weights.filter { $0.value >= minEdgeWeight }
            .map { Edge(source: UInt32($0.key[0]), target: UInt32($0.key[1]), weight: $0.value) }
            .sorted()
    }

    // MARK: Helpers

    /// A case file of `path`, read back as the QUT input.
    static func ingest(_ path: String, columns: QUTInput.Columns) throws -> (QUTInput, [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qut-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let caseFile = try CaseFile(path: folder.appendingPathComponent("case.tangle").path)
        _ = try caseFile.ingest(path: path)
        var builder = QUTInput.Builder(columns: columns)
        let accountIDs = try caseFile.forEachQUTMessage(text: true, urls: true) { message in
            builder.append(
                account: message.account, time: message.time, repostID: message.repostID, replyID: message.replyID,
                text: message.text, urls: message.urls)
        }
        return (builder.build(), accountIDs)
    }

    static func byteOrder(_ a: (String, String, Int), _ b: (String, String, Int)) -> Bool {
        Array(a.0.utf8).lexicographicallyPrecedes(b.0.utf8) || (a.0 == b.0 && Array(a.1.utf8).lexicographicallyPrecedes(b.1.utf8))
    }

    static func text(_ edge: (String, String, Int)) -> String { "\(edge.0),\(edge.1),\(edge.2)" }
}

extension QUTNetworksTests {
    /// A message as the toolkit's CSV has it, for the all-pairs definition.
    struct RawMessage {
        var account: UInt32
        var time: Int64
        var repostID: String?
        var replyID: String?
        var text: String
        var urls: [String]

        var isRepost: Bool { !(repostID ?? "").isEmpty }

        func matches(_ other: RawMessage, _ network: QUTNetwork, _ threshold: Double, _ minDocumentSize: Int) -> Bool {
            switch network {
            case .coRetweet:
                return isRepost && repostID == other.repostID
            case .coReply:
                return !isRepost && !other.isRepost && !(replyID ?? "").isEmpty && replyID == other.replyID
            case .coTweet:
                return !isRepost && !other.isRepost && Array(QUTText.coTweetForm(text).utf8) == Array(QUTText.coTweetForm(other.text).utf8)
            case .coLink:
                return !isRepost && !other.isRepost && !Set(urls.filter { !$0.isEmpty }).isDisjoint(with: other.urls.filter { !$0.isEmpty })
            case .coSimilarTweet:
                guard !isRepost, !other.isRepost else { return false }
                let a = Set(QUTText.tokens(text).map { Array($0.utf8) })
                let b = Set(QUTText.tokens(other.text).map { Array($0.utf8) })
                let union = a.union(b).count
                let similarity = a.count < minDocumentSize || b.count < minDocumentSize || union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
                return similarity >= threshold
            }
        }

        static func random(using random: inout SeededGenerator) -> RawMessage {
            let words = ["a", "b", "c", "d", "A", "b!", "@m", "don't", "x.y", "", "  "]
            let isRepost = Double.random(in: 0..<1, using: &random) < 0.3
            return RawMessage(
                account: UInt32.random(in: 0..<5, using: &random),
                time: Int64.random(in: 0...8, using: &random) * 15_000 + [0, 1, 500].randomElement(using: &random)!,
                repostID: isRepost ? ["r1", "r2", "r3"].randomElement(using: &random) : nil,
                replyID: Double.random(in: 0..<1, using: &random) < 0.4 ? ["p1", "p2", ""].randomElement(using: &random) : nil,
                text: (0..<Int.random(in: 0...5, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " "),
                urls: (0..<Int.random(in: 0...3, using: &random)).map { _ in ["u1", "u2", "u3", ""].randomElement(using: &random)! })
        }
    }

    /// SplitMix64: a repeatable random generator, so a failing seed can be run again.
    struct SeededGenerator: RandomNumberGenerator {
        private var state: UInt64

        init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

        mutating func next() -> UInt64 {
            state = state &+ 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
