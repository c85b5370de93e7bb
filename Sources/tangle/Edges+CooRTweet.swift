import ArgumentParser
import Foundation
import TangleDetect
import TangleStore

extension Edges {
    /// CooRTweet 2.x's `detect_groups` and `generate_coordinated_network` on one signal, exactly: its
    /// edge table, or with `--pairs` its pairs, in the columns and order of CooRTweet's reference files.
    func printCooRTweetEdges(_ caseFile: CaseFile) throws {
        guard let signal = Signal(rawValue: self.signal) else {
            let signals = Signal.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--signal: unknown signal '\(self.signal)'; expected one of \(signals)")
        }
        guard let object = Self.cooRTweetObject(of: signal) else {
            throw ValidationError(
                "--semantics coortweet has no \(signal.rawValue) signal (CooRTweet compares similar texts with "
                    + "detect_similar_text, not detect_groups); use --semantics tangle or qut")
        }
        guard (0...1).contains(edgeWeight) else {
            throw ValidationError("--edge-weight: expected a quantile between 0 and 1, got \(edgeWeight)")
        }
        guard minWeight == nil else {
            throw ValidationError(
                "--min-weight: --semantics coortweet keeps every edge and marks the heavy ones in weight_threshold; "
                    + "set the quantile with --edge-weight")
        }
        var builder = CooRTweetTable.Builder()
        try caseFile.forEachCooRTweetRow(of: object) { object, account, content, timestamp in
            builder.append(object: object, account: account, content: content, timestamp: timestamp)
        }
        let table = builder.table
        let pairs = CooRTweet.detectGroups(
            table, windowMilliseconds: window?.milliseconds ?? CooRTweet.defaultWindowMilliseconds,
            minParticipation: minParticipation)
        let output: String
        if self.pairs {
            output = try Self.cooRTweetText(pairs, table, format: format)
        } else {
            let edges = CooRTweet.coordinatedNetwork(pairs, in: table, edgeWeight: edgeWeight)
            output = try Self.cooRTweetText(edges, table, format: format)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// The case column that holds a signal's CooRTweet `object_id`; nil for near-text, which CooRTweet
    /// detects otherwise.
    private static func cooRTweetObject(of signal: Signal) -> CooRTweetObject? {
        switch signal {
        case .repost: .repost
        case .quote: .quote
        case .reply: .reply
        case .link: .link
        case .domain: .domain
        case .hashtag: .hashtag
        case .hashtagSeq: .hashtagSequence
        case .text: .text
        case .media: .media
        case .nearText: nil
        }
    }

    private static func cooRTweetText(
        _ pairs: [CooRTweetPair], _ table: CooRTweetTable, format: TableFormat
    ) throws -> String {
        if format == .json {
            return try jsonText(
                pairs.map { pair in
                    CooRTweetPairRow(
                        objectID: table.objectNames[Int(pair.object)],
                        contentID: table.contentNames[Int(pair.olderContent)],
                        contentIDY: table.contentNames[Int(pair.newerContent)],
                        timeDelta: Double(pair.timeDelta) / 1000,
                        accountID: table.accountNames[Int(pair.olderAccount)],
                        accountIDY: table.accountNames[Int(pair.newerAccount)])
                }) + "\n"
        }
        let rows = pairs.map { pair in
            [
                table.objectNames[Int(pair.object)], table.contentNames[Int(pair.olderContent)],
                table.contentNames[Int(pair.newerContent)], CooRTweet.secondsText(milliseconds: pair.timeDelta),
                table.accountNames[Int(pair.olderAccount)], table.accountNames[Int(pair.newerAccount)],
            ]
        }
        return rendered(CooRTweetPairRow.columns, rows, format: format)
    }

    private static func cooRTweetText(
        _ edges: [CooRTweetEdge], _ table: CooRTweetTable, format: TableFormat
    ) throws -> String {
        if format == .json {
            return try jsonText(
                edges.map { edge in
                    CooRTweetEdgeRow(
                        from: table.accountNames[Int(edge.from)], to: table.accountNames[Int(edge.to)],
                        weight: edge.weight, avgTimeDelta: edge.averageTimeDelta, nContentID: edge.olderContentCount,
                        nContentIDY: edge.newerContentCount, edgeSymmetryScore: edge.symmetryScore,
                        weightThreshold: edge.isAboveThreshold ? 1 : 0)
                }) + "\n"
        }
        let rows = edges.map { edge in
            [
                table.accountNames[Int(edge.from)], table.accountNames[Int(edge.to)], String(edge.weight),
                CooRTweet.numberText(edge.averageTimeDelta), String(edge.olderContentCount),
                String(edge.newerContentCount), CooRTweet.numberText(edge.symmetryScore),
                edge.isAboveThreshold ? "1" : "0",
            ]
        }
        return rendered(CooRTweetEdgeRow.columns, rows, format: format)
    }

    /// CSV (RFC 4180 quoting) or, for text, columns padded to line up.
    private static func rendered(_ header: [String], _ rows: [[String]], format: TableFormat) -> String {
        var out = ""
        if format == .text {
            var widths = header.map(\.count)
            for row in rows {
                for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
            }
            for row in [header] + rows {
                let padded = row.enumerated().map { column, cell in
                    column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
                }
                out += padded.joined(separator: "  ") + "\n"
            }
            return out
        }
        for row in [header] + rows {
            out += row.map(csvField).joined(separator: ",") + "\n"
        }
        return out
    }
}

/// A row of `detect_groups`' output, in CooRTweet's column names.
private struct CooRTweetPairRow: Encodable {
    static let columns = ["object_id", "content_id", "content_id_y", "time_delta", "account_id", "account_id_y"]

    var objectID: String
    var contentID: String
    var contentIDY: String
    var timeDelta: Double
    var accountID: String
    var accountIDY: String

    enum CodingKeys: String, CodingKey {
        case objectID = "object_id", contentID = "content_id", contentIDY = "content_id_y"
        case timeDelta = "time_delta", accountID = "account_id", accountIDY = "account_id_y"
    }
}

/// A row of `generate_coordinated_network`'s edge table, in CooRTweet's column names.
private struct CooRTweetEdgeRow: Encodable {
    static let columns = [
        "from", "to", "weight", "avg_time_delta", "n_content_id", "n_content_id_y", "edge_symmetry_score",
        "weight_threshold",
    ]

    var from: String
    var to: String
    var weight: Int
    var avgTimeDelta: Double
    var nContentID: Int
    var nContentIDY: Int
    var edgeSymmetryScore: Double
    var weightThreshold: Int

    enum CodingKeys: String, CodingKey {
        case from, to, weight
        case avgTimeDelta = "avg_time_delta", nContentID = "n_content_id", nContentIDY = "n_content_id_y"
        case edgeSymmetryScore = "edge_symmetry_score", weightThreshold = "weight_threshold"
    }
}
