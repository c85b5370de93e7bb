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

    @Option(help: "The co-action window of topic signals (domain, hashtag, hashtag-seq).")
    var window = Window(milliseconds: 60_000)

    @Option(help: "The window of signals keyed by one item (repost, quote, reply, link, text, near-text, media), never below --window.")
    var itemWindow = Window(milliseconds: 3_600_000)

    @Option(help: "The window between an original post and its reposts (never above the item window).")
    var originalWindow = Window(milliseconds: 600_000)

    @Option(help: "Near-text: the Jaccard threshold of word-shingle sets.")
    var similarity = 0.8

    @Option(help: "An edge is flagged only with at least this many distinct shared keys over all signals.")
    var minKeys = 3

    @Option(help: "The smallest network reported.")
    var minNetworkSize = 3

    @Option(help: "A network member must be flagged with at least this many other accounts (stars are not networks).")
    var minPartners = 2

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
        parameters.itemWindow = itemWindow.milliseconds
        parameters.originalWindow = originalWindow.milliseconds
        parameters.nearTextThreshold = similarity
        parameters.minKeys = max(1, minKeys)
        parameters.minNetworkSize = max(2, minNetworkSize)
        parameters.minPartners = max(1, minPartners)
        parameters.maxKeyAccounts = max(2, maxKeyAccounts)
        parameters.nullBlock = nullBlock.milliseconds
        parameters.seed = seed
        return parameters
    }

    func run() throws {
        let parameters = try parameters()
        let caseFile = try CaseFile(path: self.caseFile.path, create: false)
        let summary = try Self.detect(caseFile, parameters: parameters)
        print(json ? try jsonText(summary) : summary.text)
    }

    /// Runs the coordination detector on a case and saves its findings: what `tangle detect` and
    /// `tangle demo` do.
    static func detect(_ caseFile: CaseFile, parameters: CoordinationParameters) throws -> DetectSummary {
        let progress = ProgressLine()
        defer { progress.clear() }
        var stages = StageClock()
        stages.start("load")
        progress.show("loading posts")
        let useNearText = parameters.signals.contains(.nearText)
        let frame = try caseFile.frame(words: useNearText)
        if useNearText { stages.start("near-text") }
        let nearText = useNearText ? NearText.clusters(frame, threshold: parameters.nearTextThreshold) : []
        let result = Coordination.run(frame, parameters: parameters, nearText: nearText) { stage in
            stages.start(stage.hasPrefix("sweeping") ? "sweep" : stage)
            progress.show("detecting: \(stage)")
        }
        stages.start("findings")
        progress.show("saving findings")
        let names = try caseFile.accountNames(frame.accountRowIDs)
        let findings = try CoordinationFindings(result: result, frame: frame, nearText: nearText, names: names, caseFile: caseFile).findings()
        try caseFile.saveRun(detector: CoordinationFindings.detector, parameters: parameters.recorded, findings: findings)
        stages.stop()
        return DetectSummary(result: result, names: names, stages: stages.laps)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// Wall-clock time per stage of a command, for its summary.
struct StageClock {
    struct Lap: Encodable {
        var stage: String
        var seconds: Double
    }
    private(set) var laps: [Lap] = []
    private var current: (String, ContinuousClock.Instant)?

    mutating func start(_ stage: String) {
        stop()
        current = (stage, .now)
    }

    mutating func stop() {
        if let (stage, start) = current { laps.append(Lap(stage: stage, seconds: (ContinuousClock.now - start).seconds)) }
        current = nil
    }
}
