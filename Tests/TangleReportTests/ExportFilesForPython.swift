import Foundation
import Testing
import TangleReport

/// Writes the example exports that `scripts/check-exports` loads with networkx. Runs only when
/// `TANGLE_EXPORT_DIR` names the directory to write to.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["TANGLE_EXPORT_DIR"] != nil))
struct ExportFilesForPython {
    /// Awkward on purpose: markup characters, whitespace, a forbidden control character and a
    /// non-character, text outside ASCII, a 64-bit integer, NaN and an infinity, missing values.
    /// `scripts/check-exports` holds the values it expects back.
    static let example = GraphDocument(
        attributes: [.init("signal", .string("repost")), .init("window", .int(60)), .init("resolution", .double(1))],
        nodeIDs: ["1001", "1002", "x<y>&z", "1004"],
        nodeLabels: ["alice & <bob>", "Ünïcødé 😀 \"quoted\" 'single'", "ctrl\u{1}char\u{FFFF}", "dave"],
        nodeColumns: [
            .int("posts", [3, 1 << 40, -2, nil]),
            .double("strength", [3.5, .nan, -.infinity, 0.1]),
            .string("note", ["tab\there\nnewline", nil, "a,b", nil]),
        ],
        edgeSources: [0, 0, 2], edgeTargets: [1, 2, 3], edgeWeights: [2, 0.25, 1e-05],
        edgeColumns: [.int("coactions", [4, 1, nil]), .string("keys", ["k1", nil, "é,\"q\""])])

    @Test func writeExamples() throws {
        let directory = try #require(ProcessInfo.processInfo.environment["TANGLE_EXPORT_DIR"])
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let files: [(GraphFormat, String)] = [
            (.graphML, "example.graphml"), (.gexf, "example.gexf"), (.json, "example.json"),
            (.edgesCSV, "example-edges.csv"), (.nodesCSV, "example-nodes.csv"),
        ]
        for (format, name) in files { try Self.example.write(format, toFile: "\(directory)/\(name)") }
    }
}
