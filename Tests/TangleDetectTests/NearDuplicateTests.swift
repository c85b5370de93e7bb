import TangleCore
import Testing

@testable import TangleDetect

/// Hand-made texts with the clusters a reader would draw by hand.
@Suite struct NearDuplicateTests {
    /// The words of each text's normal form, as the Frame loads them.
    static func column(_ texts: [String]) -> WordColumn {
        var column = WordColumn()
        for text in texts { column.append(text: Normalize.text(text).utf8) }
        return column
    }

    /// Each post's cluster, nil for none.
    static func clusterOfEachPost(_ clusters: NearDuplicateClusters) -> [UInt32?] {
        clusters.codes.indices.map { clusters.cluster(of: $0) }
    }

    @Test func copyPasteVariantsClusterAndUnrelatedTextsDoNot() {
        let texts = [
            "officials confirm the new border deal will cost taxpayers billions next year",
            "my cat knocked a glass of water off the kitchen table this morning",
            // One word replaced: 11 shared of 13, Jaccard 0.85.
            "officials confirm the new border deal will cost families billions next year",
            // One word added: 12 of 13, 0.92.
            "officials confirm the new border deal will cost taxpayers billions next year sad",
            "good morning",
            // Two words replaced: 0.71 from the first, but 0.85 from the first variant (chaining).
            "officials admit the new border deal will cost families billions next year",
            "my cat knocked a glass of water off the kitchen table this morning",
            "good morning",
            "the weather in the mountains was lovely for our hike on saturday afternoon",
        ]
        let clusters = NearDuplicates.clusters(words: Self.column(texts))
        #expect(Self.clusterOfEachPost(clusters) == [0, 1, 0, 0, nil, 0, 1, nil, nil])
        #expect(clusters.count == 2)
        #expect(Array(clusters.members(of: 0)) == [0, 2, 3, 5])
        #expect(Array(clusters.members(of: 1)) == [1, 6])
        // Three joins tie the four distinct variants; the exact copy needs none.
        #expect(clusters.joins.count == 3)
        #expect(clusters.joins.allSatisfy { $0.jaccard >= 0.8 && $0.earlier < $0.later })
        #expect(clusters.joins.contains { $0.earlier == 2 && $0.later == 5 && abs($0.jaccard - 11.0 / 13) < 1e-12 })
        #expect(!clusters.joins.contains { $0.earlier == 0 && $0.later == 5 })
    }

    @Test func shortTextsGetNoClusterEvenWhenCopied() {
        let texts = [
            "good morning", "Good morning!", "so true", "so true", "Wake up people, now!", "wake up people now",
        ]
        let clusters = NearDuplicates.clusters(words: Self.column(texts))
        #expect(clusters.count == 0)
        let lowered = NearDuplicates.clusters(
            words: Self.column(texts), parameters: NearDuplicateParameters(minimumShingles: 2))
        #expect(Self.clusterOfEachPost(lowered) == [0, 0, 1, 1, 2, 2])
    }

    @Test func punctuationCaseMentionsAndLinksDoNotSeparateCopies() {
        let texts = [
            "They are hiding the truth about the ballots in Fulton county! https://t.co/abc123",
            "@someone they are hiding the truth about the ballots in fulton county",
            "THEY ARE HIDING THE TRUTH ABOUT THE BALLOTS IN FULTON COUNTY?! @a @b",
        ]
        #expect(Self.clusterOfEachPost(NearDuplicates.clusters(words: Self.column(texts))) == [0, 0, 0])
    }

    @Test func aTextPostedFiftyThousandTimesCostsNoComparisons() {
        var column = WordColumn()
        let copied = "share this before they delete it the truth about the election".utf8
        for post in 0..<50_000 {
            column.append(
                text: post == 20_000
                    ? "share this before they delete it the real truth about the election".utf8 : copied)
        }
        let clusters = NearDuplicates.clusters(words: column)
        #expect(clusters.count == 1)
        #expect(clusters.members(of: 0).count == 50_000)
        // Two texts: compared once, in the first band that buckets them together; after that they
        // share a cluster. The copies add 10 words, `the` twice; the variant one more: 10 / 11.
        #expect(clusters.comparisons == 1)
        #expect(clusters.joins == [NearDuplicateJoin(earlier: 0, later: 20_000, jaccard: 10.0 / 11)])
    }

    @Test func thousandsOfDistinctVariantsCostAtMostWindowComparisonsPerBand() {
        var column = WordColumn()
        let base = "breaking the mayor was seen taking cash from developers behind city hall"
        for variant in 0..<5_000 { column.append(text: "\(base) v\(variant)".utf8) }
        let clusters = NearDuplicates.clusters(words: column)
        #expect(clusters.count == 1)
        #expect(clusters.members(of: 0).count == 5_000)
        #expect(clusters.joins.count == 4_999)
        let parameters = clusters.parameters
        #expect(clusters.comparisons <= 5_000 * parameters.bands * NearDuplicates.window)
        // Once joined, the rest of each bucket is skipped: close to one comparison per variant.
        #expect(clusters.comparisons < 2 * 5_000)
    }

    @Test func skippedPostsGetNoCluster() {
        let text = "the media will not report this so we must share it everywhere now"
        let column = Self.column([text, text, text])
        let clusters = NearDuplicates.clusters(words: column, skipping: { $0 == 1 })
        #expect(Self.clusterOfEachPost(clusters) == [0, nil, 0])
        let alone = NearDuplicates.clusters(words: column, skipping: { $0 != 2 })
        #expect(alone.count == 0)
    }

    @Test func longerShinglesAreStricter() {
        let texts = [
            "officials confirm the new border deal will cost taxpayers billions next year",
            "officials confirm the new border deal will cost families billions next year",
            "officials confirm the new border deal will cost taxpayers billions next year sad",
        ]
        // Bigrams: the replacement leaves 9 of 13 (0.69), the addition 11 of 12 (0.92).
        let bigrams = NearDuplicates.clusters(
            words: Self.column(texts), parameters: NearDuplicateParameters(shingleSize: 2))
        #expect(Self.clusterOfEachPost(bigrams) == [0, nil, 0])
    }

    @Test func emptyAndSingleInputs() {
        #expect(NearDuplicates.clusters(words: WordColumn()).count == 0)
        #expect(
            NearDuplicates.clusters(words: Self.column(["one two three four five six"])).codes == [
                NearDuplicateClusters.none
            ])
    }

    @Test(arguments: [
        (0.8, 4, 16), (0.9, 7, 9), (0.5, 2, 32), (1.0, 8, 8),
    ])
    func bandsAndRowsFollowTheThreshold(threshold: Double, rows: Int, bands: Int) {
        let parameters = NearDuplicateParameters(threshold: threshold)
        #expect(parameters.rows == rows)
        #expect(parameters.bands == bands)
        #expect(parameters.candidateProbability(jaccard: threshold) >= 0.995)
    }

    @Test func defaultSCurve() {
        let parameters = NearDuplicateParameters()
        #expect(parameters.candidateProbability(jaccard: 0.8) > 0.9997)
        #expect(abs(parameters.candidateProbability(jaccard: 0.7) - 0.988) < 0.001)
        #expect(parameters.candidateProbability(jaccard: 0.3) < 0.13)
    }
}
