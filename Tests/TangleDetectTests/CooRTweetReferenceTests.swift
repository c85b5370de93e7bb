import Foundation
import Testing

@testable import TangleDetect
@testable import TangleStore

/// The four CooRTweet 2.1.3 runs on the German elections data: every pair and every edge.
@Suite(.enabled(if: CooRTweetReference.isPresent, CooRTweetReference.absent))
struct CooRTweetReferenceTests {
    @Test(arguments: CooRTweetReference.runs)
    func pairsAndEdgesEqualCooRTweets(run: CooRTweetReference.Run) throws {
        let table = try CooRTweetReference.table(run.inputPath)
        let pairs = CooRTweet.detectGroups(table, windowMilliseconds: run.windowSeconds * 1000, minParticipation: 2)
        let expectedPairs = try CooRTweetReference.records(run.pairsPath)
        let pairRows = CooRTweetRows.pairs(pairs, table)
        #expect(pairRows.count == expectedPairs.count)
        #expect(pairRows == expectedPairs)

        let edges = CooRTweet.coordinatedNetwork(pairs, in: table, edgeWeight: 0.5)
        CooRTweetRows.expectEdges(CooRTweetRows.edges(edges, table), equal: try CooRTweetReference.records(run.edgesPath))
    }

    /// Ingests the wide table CooRTweet ships (german_elections.csv) into a case, rebuilds the long
    /// tables CooRTweet was given from it, and gets CooRTweet's edges from them.
    @Test func aCaseIngestedFromTheWideTableGivesCooRTweetsTablesAndEdges() throws {
        let folder = NSTemporaryDirectory() + "tangle-coortweet-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let caseFile = try CaseFile(path: folder + "/german.tangle")
        let summary = try caseFile.ingest(path: CooRTweetReference.directory + "/german_elections.csv")
        #expect(summary.format == "coortweet-wide")

        for (object, input) in [(CooRTweetObject.link, "url"), (.hashtag, "hashtag")] {
            var rows: [[String]] = []
            var builder = CooRTweetTable.Builder()
            try caseFile.forEachCooRTweetRow(of: object) { object, account, content, timestamp in
                rows.append([object, account, content, CooRTweet.secondsText(milliseconds: timestamp)])
                builder.append(object: object, account: account, content: content, timestamp: timestamp)
            }
            let expected = try CooRTweetReference.records(CooRTweetReference.directory + "/reference/input_german_\(input).csv")
            #expect(rows.count == expected.count, "\(input)")
            #expect(rows == expected, "\(input): the long table differs from the one CooRTweet was given")

            let table = builder.table
            let pairs = CooRTweet.detectGroups(table, windowMilliseconds: 60_000, minParticipation: 2)
            let edges = CooRTweet.coordinatedNetwork(pairs, in: table, edgeWeight: 0.5)
            let reference = try CooRTweetReference.records(
                CooRTweetReference.directory + "/reference/german_\(input)_tw60_mp2_ew0.5_edges.csv")
            CooRTweetRows.expectEdges(CooRTweetRows.edges(edges, table), equal: reference)
        }
    }
}
