import ArgumentParser
import Foundation
import TangleDetect
import TangleStore

extension Edges {
    /// The QUT coordination-network-toolkit's directed edges of one network, exactly as its
    /// `compute` and `export_network` give them: `source,target,weight` with its user ids (the
    /// accounts' platform ids), self-loops dropped as its export drops them by default, sorted by
    /// source then target in byte order.
    func printQUTEdges(_ caseFile: CaseFile) throws {
        let network = try qutNetwork()
        let minEdgeWeight = try qutMinEdgeWeight()
        guard !similarity.isNaN else { throw ValidationError("--similarity: expected a number, got nan") }
        let columns = network.columns
        var builder = QUTInput.Builder(columns: columns)
        let accountIDs = try caseFile.forEachQUTMessage(
            text: !columns.isDisjoint(with: [.coTweetText, .tokens]), urls: columns.contains(.urls)
        ) { message in
            builder.append(
                account: message.account, time: message.time, repostID: message.repostID, replyID: message.replyID,
                text: message.text, urls: message.urls)
        }
        let edges = QUTNetworks.compute(
            builder.build(), network: network, windowMilliseconds: (window ?? Window(milliseconds: 60_000)).milliseconds,
            minEdgeWeight: minEdgeWeight, similarityThreshold: similarity, minDocumentSize: minDocumentSize)
        FileHandle.standardOutput.write(Data(Self.qutEdgeRows(edges.filter { !$0.isLoop }, accountIDs: accountIDs, format: format)))
    }

    /// The network a `--signal` names: Tangle's signal name or the toolkit's own network name.
    private func qutNetwork() throws -> QUTNetwork {
        switch signal {
        case "repost", QUTNetwork.coRetweet.rawValue: return .coRetweet
        case "link", QUTNetwork.coLink.rawValue: return .coLink
        case "text", QUTNetwork.coTweet.rawValue: return .coTweet
        case "reply", QUTNetwork.coReply.rawValue: return .coReply
        case "similar-text", QUTNetwork.coSimilarTweet.rawValue: return .coSimilarTweet
        default:
            throw ValidationError(
                "--signal: --semantics qut has the networks repost (co_retweet), link (co_link), text (co_tweet), reply (co_reply) and similar-text (co_similar_tweet); got '\(signal)'"
            )
        }
    }

    /// `--min-weight` as the toolkit's whole-number `min_edge_weight` (default 1, as its compute
    /// functions; its command line's default is 2).
    private func qutMinEdgeWeight() throws -> Int {
        guard let minWeight else { return 1 }
        guard minWeight.isFinite else { throw ValidationError("--min-weight: expected a number, got \(minWeight)") }
        // Weights are whole: at least 2.5 is at least 3.
        return minWeight <= 0 ? 0 : minWeight >= 1e15 ? Int.max : Int(minWeight.rounded(.up))
    }

    /// The edges as CSV, JSON or aligned text, sorted by source then target id in byte order.
    private static func qutEdgeRows(_ edges: [QUTNetworks.Edge], accountIDs: [String], format: TableFormat) -> [UInt8] {
        let idBytes = accountIDs.map { Array($0.utf8) }
        var rank = [Int](repeating: 0, count: idBytes.count)
        for (position, account) in idBytes.indices.sorted(by: { idBytes[$0].lexicographicallyPrecedes(idBytes[$1]) }).enumerated() {
            rank[account] = position
        }
        let sorted = edges.sorted { (rank[Int($0.source)], rank[Int($0.target)]) < (rank[Int($1.source)], rank[Int($1.target)]) }
        let rows = sorted.map { (source: accountIDs[Int($0.source)], target: accountIDs[Int($0.target)], weight: String($0.weight)) }
        var out: [UInt8] = []
        switch format {
        case .csv:
            out += Array("source,target,weight\n".utf8)
            for row in rows {
                out += Array("\(csvField(row.source)),\(csvField(row.target)),\(row.weight)\n".utf8)
            }
        case .json:
            out += Array("[".utf8)
            for (index, row) in rows.enumerated() {
                out += Array("\(index == 0 ? "" : ",")\n  {\"source\": \(JSONText.string(row.source)), \"target\": \(JSONText.string(row.target)), \"weight\": \(row.weight)}".utf8)
            }
            out += Array((rows.isEmpty ? "]\n" : "\n]\n").utf8)
        case .text:
            let sourceWidth = rows.reduce("source".count) { max($0, $1.source.count) }
            let targetWidth = rows.reduce("target".count) { max($0, $1.target.count) }
            func line(_ source: String, _ target: String, _ weight: String) -> String {
                source.padding(toLength: sourceWidth, withPad: " ", startingAt: 0) + "  "
                    + target.padding(toLength: targetWidth, withPad: " ", startingAt: 0) + "  " + weight + "\n"
            }
            out += Array(line("source", "target", "weight").utf8)
            for row in rows { out += Array(line(row.source, row.target, row.weight).utf8) }
        }
        return out
    }
}
