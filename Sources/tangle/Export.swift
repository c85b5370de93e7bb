import ArgumentParser
import Foundation
import TangleDetect
import TangleReport
import TangleStore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the coordination graph of the latest `tangle detect` run for Gephi, networkx or igraph.",
        discussion: """
            Nodes are the accounts with a flagged edge (attributes: handle, network, strength, degree, \
            max_surprise); edges are the flagged edges (attributes: weight, keys, expected_keys, surprise, \
            and the weight on each signal). --format csv writes the edges to --out and the nodes beside it \
            as <name>.nodes.csv. Files are written whole or not at all.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case gexf, graphml, csv, json
    }

    @OptionGroup var caseFile: CaseOption

    @Option(help: "gexf, graphml, csv (edges, plus a nodes file) or json.")
    var format: Format

    @Option(help: "The file to write.")
    var out: String

    func run() throws {
        let caseFile = try CaseFile(path: self.caseFile.path, create: false)
        guard let run = try caseFile.latestRun(detector: CoordinationFindings.detector) else {
            throw ValidationError("\(self.caseFile.path): no coordination run yet; run `tangle detect --case \(self.caseFile.path)` first")
        }
        let document = try Self.document(caseFile, run: run)
        switch format {
        case .gexf: try Self.writeAtomically(document, .gexf, to: out)
        case .graphml: try Self.writeAtomically(document, .graphML, to: out)
        case .json: try Self.writeAtomically(document, .json, to: out)
        case .csv:
            try Self.writeAtomically(document, .edgesCSV, to: out)
            try Self.writeAtomically(document, .nodesCSV, to: Self.nodesPath(out))
        }
        print("\(out): \(grouped(document.nodeIDs.count)) accounts, \(grouped(document.edgeCount)) edges (run \(run.id))"
            + (format == .csv ? "; nodes in \(Self.nodesPath(out))" : ""))
    }

    static func nodesPath(_ edgesPath: String) -> String {
        let url = URL(fileURLWithPath: edgesPath)
        return url.deletingPathExtension().path + ".nodes.csv"
    }

    /// Written beside the target and renamed over it, so an interrupted export leaves no half file.
    static func writeAtomically(_ document: GraphDocument, _ format: GraphFormat, to path: String) throws {
        let partial = path + ".partial"
        try document.write(format, toFile: partial)
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: partial, toPath: path)
    }

    /// The flagged graph of a run, from its saved findings.
    static func document(_ caseFile: CaseFile, run: SavedRun) throws -> GraphDocument {
        let decoder = JSONDecoder()
        let accounts = try caseFile.findings(of: run, kind: "account")
        var accountDetails: [String: AccountDetails] = [:]
        var handles: [String: String] = [:]
        for saved in accounts {
            accountDetails[saved.finding.key] = try decoder.decode(AccountDetails.self, from: Data(saved.finding.details.utf8))
        }
        let edges = try caseFile.findings(of: run, kind: "edge").map {
            (saved: $0, details: try decoder.decode(EdgeDetails.self, from: Data($0.finding.details.utf8)))
        }
        var rowIDOf: [String: Int64] = [:]
        for (saved, _) in edges {
            for (member, id) in zip(saved.finding.accounts, saved.accountPlatformIDs) { rowIDOf[id] = member.account }
        }
        let nodeIDs = Array(Set(edges.flatMap { [$0.details.source, $0.details.target] })).sorted()
        let names = try caseFile.accountNames(nodeIDs.map { rowIDOf[$0] ?? -1 })
        for (id, name) in zip(nodeIDs, names) { handles[id] = name.handle }
        var index: [String: UInt32] = [:]
        for (i, id) in nodeIDs.enumerated() { index[id] = UInt32(i) }
        let signals = CoordinationParameters(recorded: run.parameters).signals
        let ordered = edges.sorted { (index[$0.details.source]!, index[$0.details.target]!) < (index[$1.details.source]!, index[$1.details.target]!) }
        var attributes = [GraphDocument.Attribute("tool", .string("tangle")), .init("run", .int(Int(run.id)))]
        for (name, value) in run.parameters.sorted(by: { $0.key < $1.key }) { attributes.append(.init(name, .string(value))) }
        return GraphDocument(
            directed: false, attributes: attributes, nodeIDs: nodeIDs,
            nodeLabels: nodeIDs.map { handles[$0] ?? $0 },
            nodeColumns: [
                .string("handle", nodeIDs.map { handles[$0] }),
                .string("network", nodeIDs.map { accountDetails[$0]?.network }),
                .double("strength", nodeIDs.map { accountDetails[$0]?.strength }),
                .int("degree", nodeIDs.map { accountDetails[$0]?.degree }),
                .double("max_surprise", nodeIDs.map { accountDetails[$0]?.maxSurprise }),
            ],
            edgeSources: ordered.map { index[$0.details.source]! }, edgeTargets: ordered.map { index[$0.details.target]! },
            edgeWeights: ordered.map(\.details.weight),
            edgeColumns: [
                .int("keys", ordered.map { $0.details.keys }),
                .double("expected_keys", ordered.map { $0.details.expectedKeys }),
                .double("surprise", ordered.map { $0.details.surprise }),
                .string("network", ordered.map { $0.details.network }),
            ] + signals.map { signal in
                .double("weight_" + signal.rawValue.replacingOccurrences(of: "-", with: "_"), ordered.map { $0.details.signals[signal.rawValue]?.weight ?? 0 })
            })
    }
}
