import ArgumentParser
import Foundation
import TangleCore
import TangleDetect
import TangleStore

struct Detect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find coordinated networks: co-action edges per signal, their significance, and communities.",
        discussion: """
            Two accounts co-act when they act on the same key (reposted post, link, domain, hashtag, text, \
            near-duplicate text, ...) within the window. Each account pair gets a weight per signal that \
            discounts popular keys; the weights are summed, and an edge is flagged when it is heavier than \
            every edge of a null model that keeps each account's activity times but shuffles keys among the \
            actions of each time block. Networks are the communities of the flagged graph. The findings are \
            saved in the case with the parameters and input hashes.
            """)

    @OptionGroup var caseFile: CaseOption

    @Option(help: "Comma-separated signals (default: all): \(Signal.allCases.map(\.rawValue).joined(separator: ",")).")
    var signals: String?

    @Option(help: "The co-action window (default 60s).")
    var window = Window(milliseconds: 60_000)

    @Option(help: "The window of text and near-text, whose copy-paste posters rarely act in the same minute (default 1h; never below --window).")
    var textWindow = Window(milliseconds: 3_600_000)

    @Option(help: "Near-text: the Jaccard threshold of word-shingle sets.")
    var similarity = 0.8

    @Option(help: "An edge is flagged only with at least this many distinct shared keys over all signals.")
    var minKeys = 3

    @Option(help: "The smallest network reported.")
    var minNetworkSize = 3

    @Option(help: "Keys shared by more accounts than this are skipped as too common to be evidence.")
    var maxKeyAccounts = 5_000

    @Option(help: "The null model's time block.")
    var nullBlock = Window(milliseconds: 3_600_000)

    @Option(help: "Seed of the null model's shuffle and of community detection.")
    var seed: UInt64 = 1

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func parameters() throws -> CoordinationParameters {
        var parameters = CoordinationParameters()
        if let signals {
            parameters.signals = try signals.split(separator: ",").map {
                let name = $0.trimmingCharacters(in: .whitespaces)
                guard let signal = Signal(rawValue: name) else {
                    throw ValidationError("--signals: unknown signal '\(name)'; expected some of \(Signal.allCases.map(\.rawValue).joined(separator: ","))")
                }
                return signal
            }
        }
        guard window.milliseconds > 0 else { throw ValidationError("--window must be positive") }
        guard (0.0...1.0).contains(similarity), similarity > 0 else { throw ValidationError("--similarity must be in (0, 1]") }
        guard nullBlock.milliseconds > 0 else { throw ValidationError("--null-block must be positive") }
        parameters.window = window.milliseconds
        parameters.textWindow = textWindow.milliseconds
        parameters.nearTextThreshold = similarity
        parameters.minKeys = max(1, minKeys)
        parameters.minNetworkSize = max(2, minNetworkSize)
        parameters.maxKeyAccounts = max(2, maxKeyAccounts)
        parameters.nullBlock = nullBlock.milliseconds
        parameters.seed = seed
        return parameters
    }

    func run() throws {
        let parameters = try parameters()
        let caseFile = try CaseFile(path: self.caseFile.path, create: false)
        let progress = ProgressLine()
        let clock = ContinuousClock()
        let start = clock.now
        progress.show("loading posts")
        let frame = try caseFile.frame(words: parameters.signals.contains(.nearText))
        let nearText = parameters.signals.contains(.nearText) ? NearText.clusters(frame, threshold: parameters.nearTextThreshold) : []
        let result = Coordination.run(frame, parameters: parameters, nearText: nearText) { stage in
            progress.show("detecting: \(stage)")
        }
        progress.show("saving findings")
        let names = try caseFile.accountNames(frame.accountRowIDs)
        let findings = CoordinationFindings(result: result, frame: frame, names: names).findings()
        try caseFile.saveRun(detector: CoordinationFindings.detector, parameters: parameters.recorded, findings: findings)
        progress.clear()
        let summary = DetectSummary(result: result, names: names, seconds: (clock.now - start).seconds)
        print(json ? try jsonText(summary) : summary.text)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
