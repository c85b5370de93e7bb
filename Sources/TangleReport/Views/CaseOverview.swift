import Foundation
import TangleCore
import TangleStore

/// The first page: the dataset, the runs with their parameters, and the headline findings in sentences.
public struct CaseOverview: Codable, Sendable, Equatable {
    public struct File: Codable, Sendable, Equatable {
        public var path: String
        public var format: String
        public var bytes: Int
        public var sha256: String
        public var status: String
        public var rowsRead: Int
        public var postsStored: Int
        public var rejected: Int
    }

    public struct Run: Codable, Sendable, Equatable {
        public var id: Int64
        public var detector: String
        public var parameters: [Parameter]
        public var findings: [CaseSummary.Count]
    }

    public var files: [File]
    public var counts: CaseCounts
    public var runs: [Run]
    public var headlines: [String]
}

extension CaseViews {
    /// The overview: aggregates and saved findings only, never the posts' texts or a Frame.
    public func overview() throws -> CaseOverview {
        let files = try caseFile.ingestedFiles().map {
            CaseOverview.File(
                path: $0.path, format: $0.format, bytes: $0.size, sha256: $0.sha256, status: $0.status, rowsRead: $0.rowsRead,
                postsStored: $0.postsStored, rejected: $0.rejected)
        }
        let runs = try caseFile.latestRuns()
        return CaseOverview(
            files: files, counts: try caseFile.counts(),
            runs: runs.map { CaseOverview.Run(id: $0.id, detector: $0.detector, parameters: Parameter.list($0.parameters), findings: $0.findings) },
            headlines: try headlines())
    }

    /// One sentence per detector that found something, in the order an analyst reads a case.
    func headlines() throws -> [String] {
        var lines: [String] = []
        if let (_, networks) = try networkFindings() {
            if networks.isEmpty {
                lines.append("Coordination: no network of accounts acted together more often than chance allows.")
            } else {
                let details = networks.compactMap { try? NetworkDetails.of($0) }
                let members = details.reduce(0) { $0 + $1.size }
                let largest = zip(networks, details).max { ($0.1.size, $1.0.finding.key) < ($1.1.size, $0.0.finding.key) }
                var line = "Coordination: \(HTML.grouped(networks.count)) network\(networks.count == 1 ? "" : "s") of \(HTML.grouped(members)) accounts"
                if let (saved, d) = largest {
                    line += "; the largest, \(saved.finding.key), has \(HTML.grouped(d.size)) accounts and \(HTML.grouped(d.coactions)) co-actions"
                    if let key = d.topKeys.first { line += ", most often on \(key.signal) \(key.key)" }
                }
                lines.append(line + ".")
            }
        }
        if let run = try caseFile.latestRun(detector: Self.accounts) {
            let flagged = try caseFile.findings(of: run, kind: "account").count
            lines.append("Accounts: \(HTML.grouped(flagged)) account\(flagged == 1 ? "" : "s") scored at or above the threshold \(run.parameters["threshold"] ?? "?").")
        }
        if let run = try caseFile.latestRun(detector: Self.shifts) {
            let groups = try shiftGroups(run: run, limit: 0)
            let work = groups.groups.filter(\.isWorkSchedule)
            var line = "Shifts: \(groups.total) group\(groups.total == 1 ? "" : "s") keeping the same hours"
            if let first = work.first {
                line += "; \(work.count) on an office schedule, the largest at \(utcOffsetText(first.utcOffsetHours))"
            }
            lines.append(line + ".")
        }
        if let run = try caseFile.latestRun(detector: Self.timeline) {
            let pivots = try pivotViews(run: run).sorted { ($0.date, Self.order($0.network)) < ($1.date, Self.order($1.network)) }
            if let first = pivots.first {
                lines.append(
                    "Narratives: \(pivots.count) pivot\(pivots.count == 1 ? "" : "s") in the networks' mix of narratives; the first: "
                        + (first.label ?? "\(first.network) on \(first.date)") + ".")
            } else {
                lines.append("Narratives: no network changed its mix of narratives significantly.")
            }
        }
        if let run = try caseFile.latestRun(detector: Self.trace) {
            let origins = try caseFile.findings(of: run, kind: "origin").count
            let uptakes = try caseFile.findings(of: run, kind: "uptake").compactMap { Self.decode(SavedUptake.self, $0.finding.details) }
            var line = "Provenance: \(HTML.grouped(origins)) URL\(origins == 1 ? "" : "s") traced to their first post; \(HTML.grouped(uptakes.count)) uptake\(uptakes.count == 1 ? "" : "s") by watched or high-reach accounts"
            let lags = uptakes.map(\.lagSeconds).sorted()
            if !lags.isEmpty { line += ", median lag \(durationText(seconds: Double(lags[lags.count / 2])))" }
            lines.append(line + ".")
        }
        return lines
    }
}
