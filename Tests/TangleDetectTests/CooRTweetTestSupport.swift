import Foundation
import Testing

@testable import TangleDetect
@testable import TangleIngest

/// CooRTweet 2.1.3's own output on the German elections data, in `../shared/data/coortweet` beside
/// the package (see that folder's README); the tests that need it skip when it is absent.
enum CooRTweetReference {
    static let directory: String = {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/coortweet").path
    }()

    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: directory + "/reference/input_german_url.csv")
    }

    static let absent = Comment(rawValue: "\(directory) is absent (CooRTweet's reference output)")

    /// One of the four reference runs.
    struct Run: Sendable, CustomTestStringConvertible {
        var input: String
        var name: String
        var windowSeconds: Int64

        var testDescription: String { name }
        var pairsPath: String { CooRTweetReference.directory + "/reference/\(name)_pairs.csv" }
        var edgesPath: String { CooRTweetReference.directory + "/reference/\(name)_edges.csv" }
        var inputPath: String { CooRTweetReference.directory + "/reference/input_german_\(input).csv" }
    }

    static let runs = [
        Run(input: "url", name: "german_url_tw60_mp2_ew0.5", windowSeconds: 60),
        Run(input: "url", name: "german_url_default_tw10_mp2_ew0.5", windowSeconds: 10),
        Run(input: "hashtag", name: "german_hashtag_tw60_mp2_ew0.5", windowSeconds: 60),
        Run(input: "hashtag", name: "german_hashtag_default_tw10_mp2_ew0.5", windowSeconds: 10),
    ]

    /// The records of a CSV file after its header, read with the ingest's byte parser.
    static func records(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String]] {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let parser = CSVParser(bytes: bytes, path: path)
        var records: [[String]] = []
        while let step = try parser.next() {
            guard case .record = step else {
                Issue.record("\(path):\(parser.line): not a CSV record", sourceLocation: sourceLocation)
                continue
            }
            records.append((0..<parser.fieldCount).map { index in parser.withField(index) { String(decoding: $0, as: UTF8.self) } })
        }
        return Array(records.dropFirst())
    }

    /// A long table (`object_id, account_id, content_id, timestamp_share` in whole seconds).
    static func table(_ path: String) throws -> CooRTweetTable {
        var builder = CooRTweetTable.Builder()
        for record in try records(path) {
            let seconds = try #require(Int64(record[3]), "\(path): timestamp \(record[3])")
            builder.append(object: record[0], account: record[1], content: record[2], timestamp: seconds * 1000)
        }
        return builder.table
    }
}

/// Tables, pairs and edges written as CooRTweet's files write them.
enum CooRTweetRows {
    static func table(_ rows: [(object: String, account: String, content: String, seconds: Int64)]) -> CooRTweetTable {
        var builder = CooRTweetTable.Builder()
        for row in rows {
            builder.append(object: row.object, account: row.account, content: row.content, timestamp: row.seconds * 1000)
        }
        return builder.table
    }

    /// `object_id, content_id, content_id_y, time_delta, account_id, account_id_y`.
    static func pairs(_ pairs: [CooRTweetPair], _ table: CooRTweetTable) -> [[String]] {
        pairs.map { pair in
            [
                table.objectNames[Int(pair.object)], table.contentNames[Int(pair.olderContent)],
                table.contentNames[Int(pair.newerContent)], CooRTweet.secondsText(milliseconds: pair.timeDelta),
                table.accountNames[Int(pair.olderAccount)], table.accountNames[Int(pair.newerAccount)],
            ]
        }
    }

    /// `from, to, weight, avg_time_delta, n_content_id, n_content_id_y, edge_symmetry_score, weight_threshold`.
    static func edges(_ edges: [CooRTweetEdge], _ table: CooRTweetTable) -> [[String]] {
        edges.map { edge in
            [
                table.accountNames[Int(edge.from)], table.accountNames[Int(edge.to)], String(edge.weight),
                CooRTweet.numberText(edge.averageTimeDelta), String(edge.olderContentCount),
                String(edge.newerContentCount), CooRTweet.numberText(edge.symmetryScore),
                edge.isAboveThreshold ? "1" : "0",
            ]
        }
    }

    /// Expects `edges` to equal the reference rows: ids exactly, figures to 1e-9.
    static func expectEdges(
        _ edges: [[String]], equal reference: [[String]], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(edges.count == reference.count, sourceLocation: sourceLocation)
        var mismatches = 0
        for (row, expected) in zip(edges, reference) {
            let same =
                row.count == expected.count && row[..<2] == expected[..<2]
                && zip(row.dropFirst(2), expected.dropFirst(2)).allSatisfy { mine, theirs in
                    guard let mine = Double(mine), let theirs = Double(theirs) else { return false }
                    return abs(mine - theirs) <= 1e-9
                }
            if !same {
                mismatches += 1
                if mismatches <= 5 { Issue.record("edge \(row) differs from \(expected)", sourceLocation: sourceLocation) }
            }
        }
        #expect(mismatches == 0, sourceLocation: sourceLocation)
    }
}
