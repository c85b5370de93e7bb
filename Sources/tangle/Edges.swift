import ArgumentParser
import Foundation
import TangleDetect
import TangleStore

struct Edges: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the raw weighted co-action edges of one signal.",
        discussion: """
            --semantics tangle (default): undirected edges with distinct keys, co-actions, median gap and \
            popularity-discounted weight.
            --semantics qut: the QUT coordination-network-toolkit's directed edges, exactly (signals repost, \
            link, text, reply, similar-text).
            --semantics coortweet: CooRTweet 2.x's detect_groups + generate_coordinated_network, exactly.
            """)

    @OptionGroup var caseFile: CaseOption

    @Option(help: "The signal: \(Signal.allCases.map(\.rawValue).joined(separator: ", ")); with --semantics qut also similar-text.")
    var signal: String

    @Option(help: "Whose edge definition: tangle, qut or coortweet.")
    var semantics: Semantics = .tangle

    @Option(help: "The largest time gap that still counts as a co-action (default 60s; coortweet's own default is 10s).")
    var window: Window?

    @Option(help: "Drop edges lighter than this (qut: its min_edge_weight, default 1).")
    var minWeight: Double?

    @Option(help: "qut similar-text: the Jaccard threshold (default 0.8); tangle near-text: likewise.")
    var similarity: Double = 0.8

    @Option(help: "qut similar-text: documents with fewer tokens never match (QUT's --min_document_size_similarity, default 1).")
    var minDocumentSize: Int = 1

    @Option(help: "coortweet: its min_participation (default 2).")
    var minParticipation: Int = 2

    @Option(help: "coortweet: its edge_weight quantile (default 0.5).")
    var edgeWeight: Double = 0.5

    @Flag(help: "coortweet: print the pairs (detect_groups' output) instead of the edges.")
    var pairs = false

    @Option(help: "Output: csv (default), json or text.")
    var format: TableFormat = .csv

    func run() throws {
        let caseFile = try CaseFile(path: self.caseFile.path, create: false)
        switch semantics {
        case .qut: try printQUTEdges(caseFile)
        case .coortweet: try printCooRTweetEdges(caseFile)
        case .tangle: try printTangleEdges(caseFile)
        }
    }
}
