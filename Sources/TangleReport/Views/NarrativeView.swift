import Foundation
import TangleCore
import TangleDetect
import TangleStore

/// What a `timeline` run saves per pivot.
struct SavedPivot: Decodable {
    var network: String
    var date: String
    var from: String
    var to: String
    var rising: String?
    var falling: String?
    var totalVariation: Double
    var pValue: Double
}

/// One narrative of the latest narratives run.
public struct NarrativeSummary: Codable, Sendable, Equatable {
    public var id: String
    /// `defined`, `story` or `theme`.
    public var kind: String
    public var label: String
    public var posts: Int
}

/// A pivot: the day a network's mix of narratives changed.
public struct PivotView: Codable, Sendable, Equatable {
    public var network: String
    public var date: String
    /// The first and last days of the segment that was split.
    public var from: String
    public var to: String
    /// The narratives whose share rose and fell the most.
    public var rising: String?
    public var falling: String?
    /// In words: `N1 pivots on 2016-09-19: T14 (...) 16% → 69%, ...`.
    public var label: String?
    public var totalVariation: Double
    public var pValue: Double
}

/// One network's daily posts per narrative, with its pivots.
public struct NetworkTimeline: Codable, Sendable, Equatable {
    public struct Series: Codable, Sendable, Equatable {
        /// A narrative id, or `other` for the narratives beyond the top ones.
        public var narrative: String
        public var label: String
        public var total: Int
        public var counts: [Int]
    }

    public var network: String
    /// The days, `YYYY-MM-DD`.
    public var days: [String]
    /// Largest first; `other` last.
    public var series: [Series]
    public var pivots: [PivotView]
}

/// The narratives, their volume per network per day, and the pivots.
public struct NarrativesView: Codable, Sendable, Equatable {
    /// `narratives-defined` or `narratives-discovered`.
    public var detector: String
    public var narratives: [NarrativeSummary]
    public var narrativesTotal: Int
    public var timelines: [NetworkTimeline]
    public var pivots: [PivotView]
}

extension CaseViews {
    /// The narratives the timeline run used (else the latest defined, else discovered themes), the
    /// daily series of the first `networks` networks (`series` narratives each, the rest pooled), and
    /// every pivot. Nil when no narratives run exists.
    public func narratives(frame: Frame, limit: Int = 20, networks: Int = 10, series: Int = 6) throws -> NarrativesView? {
        let timelineRun = try caseFile.latestRun(detector: Self.timeline)
        var order = [Self.narrativesDefined, Self.narrativesDiscovered]
        if timelineRun?.parameters["narratives"] == "discovered" { order.reverse() }
        var found: (detector: String, run: SavedRun, records: [NarrativeRecord])?
        for detector in order where found == nil {
            guard let latest = try caseFile.latestNarratives(detector: detector) else { continue }
            let kept = detector == Self.narrativesDefined ? latest.narratives : latest.narratives.filter { $0.kind == "theme" }
            if !kept.isEmpty { found = (detector, latest.run, kept) }
        }
        guard let (detector, run, records) = found else { return nil }

        var indexOfRow: [Int64: UInt32] = [:]
        indexOfRow.reserveCapacity(frame.postCount)
        for (index, row) in frame.postRowIDs.enumerated() { indexOfRow[row] = UInt32(index) }
        let posts = try records.map { try caseFile.narrativePosts(run: run.id, narrative: $0.id).compactMap { indexOfRow[$0] } }
        let summaries = zip(records, posts).map { NarrativeSummary(id: $0.id, kind: $0.kind, label: $0.label, posts: $1.count) }
            .sorted { ($1.posts, $0.id) < ($0.posts, $1.id) }

        var pivots: [PivotView] = []
        if let timelineRun {
            pivots = try pivotViews(run: timelineRun)
                .sorted { (Self.order($0.network), $0.date) < (Self.order($1.network), $1.date) }
        }

        var timelines: [NetworkTimeline] = []
        if let (_, saved) = try networkFindings() {
            let shown = Array(saved.filter(\.finding.flagged).prefix(networks))
            var denseOfRow: [Int64: Int] = [:]
            for (dense, row) in frame.accountRowIDs.enumerated() { denseOfRow[row] = dense }
            var groupOfAccount = [UInt32](repeating: Frame.none, count: frame.accountCount)
            for (group, network) in shown.enumerated() {
                for member in network.finding.accounts { if let dense = denseOfRow[member.account] { groupOfAccount[dense] = UInt32(group) } }
            }
            let daily = TangleDetect.Timeline.of(
                frame, narrativePosts: posts, groupOfAccount: groupOfAccount, groupCount: shown.count, binMillis: TangleDetect.Timeline.day)
            let days = (0..<daily.binCount).map { daily.label(bin: $0) }
            for (group, network) in shown.enumerated() {
                var all = records.indices.compactMap { n -> NetworkTimeline.Series? in
                    let counts = (0..<daily.binCount).map { daily.count(group: group, bin: $0, narrative: n) }
                    let total = counts.reduce(0, +)
                    return total > 0 ? NetworkTimeline.Series(narrative: records[n].id, label: records[n].label, total: total, counts: counts) : nil
                }
                all.sort { ($1.total, $0.narrative) < ($0.total, $1.narrative) }
                guard !all.isEmpty else { continue }
                var kept = Array(all.prefix(series))
                if all.count > series {
                    var other = [Int](repeating: 0, count: daily.binCount)
                    for s in all[series...] { for (i, c) in s.counts.enumerated() { other[i] += c } }
                    kept.append(NetworkTimeline.Series(narrative: "other", label: "\(all.count - series) other narratives", total: other.reduce(0, +), counts: other))
                }
                let key = network.finding.key
                timelines.append(NetworkTimeline(network: key, days: days, series: kept, pivots: pivots.filter { $0.network == key }))
            }
        }
        return NarrativesView(
            detector: detector, narratives: Array(summaries.prefix(limit)), narrativesTotal: summaries.count, timelines: timelines,
            pivots: pivots)
    }
}

extension CaseViews {
    /// A timeline run's pivots, by network then date.
    func pivotViews(run: SavedRun) throws -> [PivotView] {
        try caseFile.findings(of: run, kind: "pivot").compactMap { saved -> PivotView? in
            guard let p = Self.decode(SavedPivot.self, saved.finding.details) else { return nil }
            return PivotView(
                network: p.network, date: p.date, from: p.from, to: p.to, rising: p.rising, falling: p.falling, label: saved.finding.label,
                totalVariation: p.totalVariation, pValue: p.pValue)
        }.sorted { (Self.order($0.network), $0.date) < (Self.order($1.network), $1.date) }
    }
}
