import ArgumentParser
import Foundation
import TangleCore
import TangleDetect
import TangleStore

extension Edges {
    /// Tangle's own edges of one signal: every co-acting pair, not only the significant ones (those
    /// are `tangle detect`'s business).
    func printTangleEdges(_ caseFile: CaseFile) throws {
        guard let signal = Signal(rawValue: self.signal) else {
            throw ValidationError("--signal: unknown signal '\(self.signal)'; expected one of \(Signal.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let window = (self.window ?? Window(milliseconds: 60_000)).milliseconds
        let frame = try caseFile.frame(words: signal == .nearText)
        let nearText = signal == .nearText ? NearText.clusters(frame, threshold: similarity) : []
        let actions = KeyedActions(ActionList.of(signal, in: frame, nearText: nearText), frame: frame)
        let edges = CoactionSweep(window: window).edges(signal, actions, frame: frame)
        let names = try caseFile.accountNames(frame.accountRowIDs)
        let minWeight = self.minWeight ?? 0
        let rows = (0..<edges.count).filter { edges.weights[$0] >= minWeight }.map { i in
            TangleEdgeRow(
                source: names[Int(edges.sources[i])].platformID, target: names[Int(edges.targets[i])].platformID,
                keys: Int(edges.keys[i]), coactions: Int(edges.coactions[i]),
                medianGapSeconds: Double(edges.medianGaps[i]) / 1000, weight: edges.weights[i])
        }
        switch format {
        case .json:
            print(try jsonText(rows))
        case .csv, .text:
            var out = "source,target,keys,coactions,median_gap_s,weight\n"
            for row in rows {
                out += "\(csvField(row.source)),\(csvField(row.target)),\(row.keys),\(row.coactions),\(row.medianGapSeconds),\(row.weight)\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}

struct TangleEdgeRow: Encodable {
    var source: String
    var target: String
    var keys: Int
    var coactions: Int
    var medianGapSeconds: Double
    var weight: Double
}
