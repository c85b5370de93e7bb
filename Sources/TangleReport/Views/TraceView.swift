import Foundation
import TangleCore
import TangleDetect
import TangleStore

/// What a `trace` run saves per URL (its first post).
struct SavedOrigin: Decodable {
    var url: String
    var postID: String
    var accountID: String
    var time: String
    var label: String?
    var posts: Int
}

/// What a `trace` run saves per uptake.
struct SavedUptake: Decodable {
    var url: String
    var accountID: String
    var lagSeconds: Int
    var postID: String
    var time: String
    var reasons: [String]
    var path: [String]
}

/// The latest batch trace: where URLs first appeared, who took them up and how late, and the full
/// traces of the URLs with the most uptakes.
public struct TraceView: Encodable, Sendable, Equatable {
    public struct Origin: Codable, Sendable, Equatable {
        public var url: String
        public var postID: String
        public var accountID: String
        public var time: String
        public var label: String?
        public var posts: Int
        public var uptakes: Int
    }

    public struct Uptake: Codable, Sendable, Equatable {
        public var url: String
        public var accountID: String
        public var lagSeconds: Int
        public var postID: String
        public var time: String
        public var reasons: [String]
        public var path: [String]
    }

    public var parameters: [Parameter]
    /// URLs with uptakes first (most uptakes first), then by posts.
    public var origins: [Origin]
    public var originsTotal: Int
    /// Shortest lag first.
    public var uptakes: [Uptake]
    public var uptakesTotal: Int
    /// The traces of the URLs heading `origins`, recomputed from the case with the same engine as `tangle trace`.
    public var traces: [TraceReport]
}

extension CaseViews {
    /// The latest `trace` run, or nil. With a Frame, the first `traces` URLs with uptakes are traced again in full.
    public func traceView(limit: Int = 50, traces: Int = 3, frame: Frame? = nil) throws -> TraceView? {
        guard let run = try caseFile.latestRun(detector: Self.trace) else { return nil }
        let uptakes = try caseFile.findings(of: run, kind: "uptake").compactMap { Self.decode(SavedUptake.self, $0.finding.details) }
            .map { TraceView.Uptake(url: $0.url, accountID: $0.accountID, lagSeconds: $0.lagSeconds, postID: $0.postID, time: $0.time, reasons: $0.reasons, path: $0.path) }
            .sorted { ($0.lagSeconds, $0.url, $0.accountID) < ($1.lagSeconds, $1.url, $1.accountID) }
        var uptakesOf: [String: Int] = [:]
        for u in uptakes { uptakesOf[u.url, default: 0] += 1 }
        let origins = try caseFile.findings(of: run, kind: "origin").compactMap { Self.decode(SavedOrigin.self, $0.finding.details) }
            .map {
                TraceView.Origin(
                    url: $0.url, postID: $0.postID, accountID: $0.accountID, time: $0.time,
                    label: $0.label ?? registry.entry(forURL: $0.url, host: String(SourceRegistry.host(ofNormalizedURL: $0.url)))?.label,
                    posts: $0.posts,
                    uptakes: uptakesOf[$0.url] ?? 0)
            }
            .sorted { ($1.uptakes, $1.posts, $0.url) < ($0.uptakes, $0.posts, $1.url) }
        var reports: [TraceReport] = []
        if let frame {
            reports = try traceReports(origins.filter { $0.uptakes > 0 }.prefix(traces).map(\.url), uptakes: uptakes, frame: frame)
        }
        return TraceView(
            parameters: Parameter.list(run.parameters), origins: Array(origins.prefix(limit)), originsTotal: origins.count,
            uptakes: Array(uptakes.prefix(limit)), uptakesTotal: uptakes.count, traces: reports)
    }

    /// Traces URLs again as `tangle trace --url` would: watched and high-reach accounts are those the
    /// saved run found taking a URL up, so the uptakes match the run's.
    private func traceReports(_ urls: [String], uptakes: [TraceView.Uptake], frame: Frame) throws -> [TraceReport] {
        guard !urls.isEmpty else { return [] }
        let names = try caseFile.accountNames(frame.accountRowIDs)
        var denseOf: [String: Int] = [:]
        for (dense, name) in names.enumerated() where denseOf[name.platformID] == nil { denseOf[name.platformID] = dense }
        var classes = [TraceAccountClass](repeating: [], count: frame.accountCount)
        for u in uptakes {
            guard let dense = denseOf[u.accountID] else { continue }
            if u.reasons.contains(TraceClass.watched.rawValue) { classes[dense].insert(.watched) }
            if u.reasons.contains(TraceClass.highReach.rawValue) { classes[dense].insert(.highReach) }
        }
        let networkOf = try networkOfAccount()
        var networkOfDense = [String?](repeating: nil, count: frame.accountCount)
        for (dense, row) in frame.accountRowIDs.enumerated() {
            networkOfDense[dense] = networkOf[row]
            if networkOf[row] != nil { classes[dense].insert(.network) }
        }
        let labels = SourceLabels(registry: registry, frame: frame)
        var codeOf: [String: Int] = [:]
        for (code, name) in frame.links.names.enumerated() { codeOf[name] = code }
        var tracer = FrameTracer(frame: frame)
        var reports: [TraceReport] = []
        for url in urls {
            guard let code = codeOf[url] else { continue }
            var stateMedia: [Bool] = []
            var postLabels: [String?] = []
            let (posts, _) = tracer.input(ofLink: code, accountClasses: classes, stateMedia: [Bool](repeating: false, count: frame.postCount))
            for p in posts {
                let entry = labels.labelIndex(ofEntry: labels.entryIndex(post: p, in: frame))
                postLabels.append(entry == SourceLabels.none ? nil : labels.labels[Int(entry)])
                stateMedia.append(postLabels.last! == BuiltInSources.label)
            }
            var marks = [Bool](repeating: false, count: frame.postCount)
            for (i, p) in posts.enumerated() { marks[p] = stateMedia[i] }
            let (_, input) = tracer.input(ofLink: code, accountClasses: classes, stateMedia: marks)
            let ids = try caseFile.postPlatformIDs(posts.map { frame.postRowIDs[$0] })
            let traced = posts.enumerated().map { i, p in
                let account = Int(frame.accounts[p])
                return TracedPostName(
                    platformID: ids[i], accountID: names[account].platformID, handle: names[account].handle, label: postLabels[i],
                    network: networkOfDense[account])
            }
            reports.append(TraceReport(target: "url", id: url, label: nil, trace: ProvenanceTrace(input, firstCount: 5), input: input, names: traced))
        }
        return reports
    }
}
