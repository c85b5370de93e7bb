import ArgumentParser
import Foundation
import TangleCore
import TangleDetect
import TangleStore

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Daily (or hourly) volume per narrative and network, with each network's narrative pivots.",
        discussion: """
            Narratives are those of the latest `tangle narratives --define` run when there is one, else the \
            themes of the latest `--discover` run (--narratives picks one). Networks are the latest \
            `tangle detect` run's. A pivot is a day where a network's daily mix of narratives changes: \
            binary segmentation with a multinomial likelihood-ratio statistic, each split tested by \
            permuting days (alpha divided by the number of networks), at least --min-segment-days on each \
            side and a total-variation shift of at least --min-shift. Pivots are always found on daily \
            counts and saved in the case as findings of kind "pivot" (detector "timeline").
            """)

    static let detector = "timeline"

    enum Grouping: String, ExpressibleByArgument, CaseIterable {
        case network, narrative
    }

    enum Source: String, ExpressibleByArgument, CaseIterable {
        case defined, discovered
    }

    @OptionGroup var caseFile: CaseOption

    @Option(help: "Volumes per network (members of the latest coordination run's networks) or per narrative over all posts.")
    var by: Grouping = .network

    @Flag(help: "Hourly bins instead of daily ones (pivots stay daily).")
    var hourly = false

    @Option(help: "Which narratives: analyst-defined or discovered themes (default: defined when there are any).")
    var narratives: Source?

    @Option(help: "The fewest days on each side of a pivot.")
    var minSegmentDays = 3

    @Option(help: "Significance level of a pivot, before dividing by the number of networks.")
    var alpha = 0.01

    @Option(help: "The least total-variation distance between the mixes before and after a pivot, in [0, 1].")
    var minShift = 0.2

    @Option(help: "Narratives with a smaller share of a network's posts are pooled into one for pivots.")
    var minNarrativeShare = 0.05

    @Option(help: "Day permutations per test.")
    var permutations = 999

    @Option(help: "Seed of the permutations.")
    var seed: UInt64 = 1

    @Option(help: "Narratives shown per group in the table (all are in --json).")
    var top = 6

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        guard minSegmentDays >= 1 else { throw ValidationError("--min-segment-days must be at least 1") }
        guard alpha > 0, alpha < 1 else { throw ValidationError("--alpha must be in (0, 1)") }
        guard (0.0...1.0).contains(minShift) else { throw ValidationError("--min-shift must be in [0, 1]") }
        guard permutations >= 19 else { throw ValidationError("--permutations must be at least 19") }
        guard (0.0..<1.0).contains(minNarrativeShare) else { throw ValidationError("--min-narrative-share must be in [0, 1)") }
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let store = try CaseFile(path: caseFile.path, create: false)
        let progress = ProgressLine()
        progress.show("loading posts…")
        let frame = try store.frame()
        let (source, run, records) = try loadNarratives(store)
        progress.show("reading \(records.count) narratives…")
        var indexOfRow: [Int64: UInt32] = [:]
        indexOfRow.reserveCapacity(frame.postCount)
        for (index, row) in frame.postRowIDs.enumerated() { indexOfRow[row] = UInt32(index) }
        let narrativePosts = try records.map { record in
            try store.narrativePosts(run: run.id, narrative: record.id).compactMap { indexOfRow[$0] }
        }
        let networks = try loadNetworks(store, frame: frame)
        if by == .network, !networks.ran {
            throw ValidationError("no coordination run in \(caseFile.path): run `tangle detect` first, or use --by narrative")
        }
        progress.show("finding pivots…")
        let daily = TangleDetect.Timeline.of(
            frame, narrativePosts: narrativePosts, groupOfAccount: networks.groupOfAccount, groupCount: networks.keys.count,
            binMillis: TangleDetect.Timeline.day)
        var parameters = PivotParameters()
        parameters.minimumSegmentDays = minSegmentDays
        parameters.alpha = alpha / Double(max(1, networks.keys.count))
        parameters.minimumShift = minShift
        parameters.permutations = permutations
        parameters.minimumNarrativeShare = minNarrativeShare
        parameters.seed = seed
        var pivots: [PivotReport] = []
        for (group, key) in networks.keys.enumerated() {
            for pivot in Pivots.detect(counts: daily.series(group: group), parameters: parameters) {
                pivots.append(PivotReport(pivot, network: key, timeline: daily, records: records))
            }
        }
        var recorded = parameters.recorded
        recorded["alpha_per_case"] = "\(alpha)"
        recorded["narratives"] = source.rawValue
        recorded["narratives_run"] = "\(run.id)"
        try store.saveRun(
            detector: Self.detector, parameters: recorded,
            findings: pivots.map { pivot in
                Finding(
                    kind: "pivot", key: "\(pivot.network)/\(pivot.date)", label: pivot.label, score: pivot.totalVariation,
                    details: (try? jsonText(pivot)) ?? "{}")
            })
        let shown: TangleDetect.Timeline
        let groupKeys: [String]
        switch by {
        case .network:
            shown =
                hourly
                ? TangleDetect.Timeline.of(
                    frame, narrativePosts: narrativePosts, groupOfAccount: networks.groupOfAccount,
                    groupCount: networks.keys.count, binMillis: TangleDetect.Timeline.hour) : daily
            groupKeys = networks.keys
        case .narrative:
            shown = TangleDetect.Timeline.of(
                frame, narrativePosts: narrativePosts, groupOfAccount: [UInt32](repeating: 0, count: frame.accountCount),
                groupCount: 1, binMillis: hourly ? TangleDetect.Timeline.hour : TangleDetect.Timeline.day)
            groupKeys = ["all"]
        }
        progress.clear()
        let report = TimelineReport(
            narratives: source.rawValue, bins: (0..<shown.binCount).map { shown.label(bin: $0) },
            groups: groupKeys.enumerated().map { group, key in
                TimelineReport.Group(
                    key: key,
                    series: records.indices.compactMap { narrative in
                        let counts = (0..<shown.binCount).map { shown.count(group: group, bin: $0, narrative: narrative) }
                        let total = counts.reduce(0, +)
                        guard total > 0 else { return nil }
                        return TimelineReport.Series(
                            narrative: records[narrative].id, label: records[narrative].label, total: total, counts: counts)
                    }.sorted { $0.total != $1.total ? $0.total > $1.total : $0.narrative < $1.narrative })
            }, pivots: pivots)
        print(json ? try jsonText(report) : report.text(top: top))
    }

    /// The narratives the timeline counts: `--narratives`, else the defined ones when a defined run
    /// exists (the analyst's own categories), else the discovered themes.
    private func loadNarratives(_ store: CaseFile) throws -> (Source, SavedRun, [NarrativeRecord]) {
        let order: [Source] = narratives.map { [$0] } ?? [.defined, .discovered]
        for source in order {
            let detector = source == .defined ? "narratives-defined" : Narratives.discoveredDetector
            guard let latest = try store.latestNarratives(detector: detector) else { continue }
            let kept = source == .defined ? latest.narratives : latest.narratives.filter { $0.kind == "theme" }
            if !kept.isEmpty || narratives != nil { return (source, latest.run, kept) }
        }
        throw ValidationError(
            "no narratives in \(caseFile.path): run `tangle narratives --define FILE` or `tangle narratives --discover` first")
    }

    /// The latest coordination run's networks: their keys and each account's network.
    private func loadNetworks(_ store: CaseFile, frame: Frame) throws -> (ran: Bool, keys: [String], groupOfAccount: [UInt32]) {
        var groupOfAccount = [UInt32](repeating: Frame.none, count: frame.accountCount)
        guard let run = try store.latestRun(detector: CoordinationFindings.detector) else { return (false, [], groupOfAccount) }
        var denseOfRow: [Int64: Int] = [:]
        for (dense, row) in frame.accountRowIDs.enumerated() { denseOfRow[row] = dense }
        let networks = try store.findings(of: run, kind: "network").filter(\.finding.flagged)
        for (group, network) in networks.enumerated() {
            for member in network.finding.accounts {
                if let dense = denseOfRow[member.account] { groupOfAccount[dense] = UInt32(group) }
            }
        }
        return (true, networks.map(\.finding.key), groupOfAccount)
    }
}

/// A pivot as saved in its finding's details and printed; `date` and `network` are what `tangle evaluate` reads.
struct PivotReport: Codable {
    var network: String
    /// The first day of the new mix, `YYYY-MM-DD` UTC.
    var date: String
    /// The days tested around it.
    var from: String
    var to: String
    var before: [String: Double]
    var after: [String: Double]
    var postsBefore: Int
    var postsAfter: Int
    var totalVariation: Double
    var statistic: Double
    var pValue: Double
    /// The narrative whose share rose most, and the one that fell most.
    var rising: String
    var falling: String
    /// The rising narrative's label.
    var risingLabel: String

    init(_ pivot: Pivot, network: String, timeline: TangleDetect.Timeline, records: [NarrativeRecord]) {
        self.network = network
        date = timeline.label(bin: pivot.day)
        from = timeline.label(bin: pivot.segment.lowerBound)
        to = timeline.label(bin: pivot.segment.upperBound - 1)
        var before: [String: Double] = [:]
        var after: [String: Double] = [:]
        for (index, record) in records.enumerated() where pivot.before[index] > 0 || pivot.after[index] > 0 {
            before[record.id] = (pivot.before[index] * 1000).rounded() / 1000
            after[record.id] = (pivot.after[index] * 1000).rounded() / 1000
        }
        self.before = before
        self.after = after
        postsBefore = pivot.postsBefore
        postsAfter = pivot.postsAfter
        totalVariation = (pivot.totalVariation * 1000).rounded() / 1000
        statistic = (pivot.statistic * 100).rounded() / 100
        pValue = pivot.pValue
        let changes = records.indices.map { (id: records[$0].id, change: pivot.after[$0] - pivot.before[$0]) }
        rising = changes.max { $0.change != $1.change ? $0.change < $1.change : $0.id > $1.id }?.id ?? ""
        falling = changes.min { $0.change != $1.change ? $0.change < $1.change : $0.id < $1.id }?.id ?? ""
        let rising = rising
        risingLabel = records.first { $0.id == rising }?.label ?? ""
    }

    var label: String {
        let up = "\(rising) (\(risingLabel)) \(Self.percent(before[rising])) → \(Self.percent(after[rising]))"
        return "\(network) pivots on \(date): \(up), shift \(String(format: "%.2f", totalVariation)), p = \(String(format: "%.4f", pValue))"
    }

    static func percent(_ share: Double?) -> String { String(format: "%.0f%%", 100 * (share ?? 0)) }
}

/// What `tangle timeline` prints.
struct TimelineReport: Encodable {
    var narratives: String
    var bins: [String]
    var groups: [Group]
    var pivots: [PivotReport]

    struct Group: Encodable {
        var key: String
        /// Narratives with posts in this group, most posts first.
        var series: [Series]
    }

    struct Series: Encodable {
        var narrative: String
        var label: String
        var total: Int
        var counts: [Int]
    }

    func text(top: Int) -> String {
        var lines: [String] = []
        for group in groups {
            let shown = Array(group.series.prefix(top))
            let others = group.series.dropFirst(top)
            lines.append("\(group.key): \(grouped(group.series.reduce(0) { $0 + $1.total })) posts in \(group.series.count) narratives")
            for series in shown { lines.append("  \(series.narrative)  \(series.label)") }
            guard !shown.isEmpty else { continue }
            let width = max(6, shown.map(\.narrative.count).max() ?? 0) + 1
            func cell(_ text: String) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
            let header = bins.first.map { String(repeating: " ", count: $0.count) } ?? ""
            lines.append("  " + header + shown.map { cell($0.narrative) }.joined() + (others.isEmpty ? "" : cell("other")))
            for (bin, label) in bins.enumerated() {
                let other = others.reduce(0) { $0 + $1.counts[bin] }
                lines.append(
                    "  " + label + shown.map { cell(grouped($0.counts[bin])) }.joined()
                        + (others.isEmpty ? "" : cell(grouped(other))))
            }
        }
        if groups.isEmpty { lines.append("no flagged networks") }
        lines.append(pivots.isEmpty ? "no pivots" : "pivots:")
        for pivot in pivots { lines.append("  " + pivot.label) }
        return lines.joined(separator: "\n")
    }
}
