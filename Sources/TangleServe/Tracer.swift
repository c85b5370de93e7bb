import Foundation
import Synchronization
import TangleCore
import TangleDetect
import TangleReport
import TangleStore

/// Traces one URL or one discovered story on request, over the Frame loaded at startup, with the same
/// engine as `tangle trace` (`ProvenanceTrace`, `TraceReport`).
///
/// `tangle trace --url` reads indexes it builds in the case file; the dashboard never writes to the
/// case, so it gathers a URL's posts with `FrameTracer` (built once, O(posts)) and a story's from its
/// saved posts. Watched and high-reach accounts are those the saved `trace` run found taking a URL up,
/// as in the report's traces (the report's helper for that is private to its view).
final class Tracer: Sendable {
    private let frame: Frame
    private let caseFile: CaseFile
    private let names: [AccountName]
    private let labels: SourceLabels
    private let classes: [TraceAccountClass]
    private let networkOfAccount: [String?]
    private let codeOfLink: [String: Int]
    /// Frame posts by case-file row id, for a story's saved posts: (row id, post) sorted by row id.
    private let postOfRow: [(row: Int64, post: Int32)]
    private let tracer: Mutex<FrameTracer>

    static let firstCount = 10

    init(frame: Frame, names: [AccountName], views: CaseViews) throws {
        self.frame = frame
        self.names = names
        caseFile = views.caseFile
        labels = SourceLabels(registry: views.registry, frame: frame)
        var classes = [TraceAccountClass](repeating: [], count: frame.accountCount)
        var denseOf: [String: Int] = [:]
        for (dense, name) in names.enumerated() where denseOf[name.platformID] == nil { denseOf[name.platformID] = dense }
        for uptake in try views.traceView(limit: .max, traces: 0)?.uptakes ?? [] {
            guard let dense = denseOf[uptake.accountID] else { continue }
            if uptake.reasons.contains(TraceClass.watched.rawValue) { classes[dense].insert(.watched) }
            if uptake.reasons.contains(TraceClass.highReach.rawValue) { classes[dense].insert(.highReach) }
        }
        var networkOf = [String?](repeating: nil, count: frame.accountCount)
        // Members straight from the network findings (one query), not through each network's view.
        if let run = try caseFile.latestRun(detector: CaseViews.coordination) {
            let networks = try caseFile.findings(of: run, kind: "network")
                .sorted { (Int($0.finding.key.dropFirst()) ?? .max, $0.finding.key) < (Int($1.finding.key.dropFirst()) ?? .max, $1.finding.key) }
            for network in networks {
                for id in network.accountPlatformIDs {
                    guard let dense = denseOf[id], networkOf[dense] == nil else { continue }
                    networkOf[dense] = network.finding.key
                    classes[dense].insert(.network)
                }
            }
        }
        self.classes = classes
        networkOfAccount = networkOf
        var codes: [String: Int] = [:]
        for (code, name) in frame.links.names.enumerated() { codes[name] = code }
        codeOfLink = codes
        postOfRow = frame.postRowIDs.enumerated().map { ($1, Int32($0)) }.sorted { $0.row < $1.row }
        tracer = Mutex(FrameTracer(frame: frame))
    }

    /// The trace of a URL in any spelling, or nil when no post links it.
    func trace(url: String) throws -> TraceReport? {
        let normalized = URLNormalizer.normalize(url).url
        guard let code = codeOfLink[normalized] else { return nil }
        let marks = [Bool](repeating: false, count: frame.postCount)
        let (posts, unlabelled) = tracer.withLock { $0.input(ofLink: code, accountClasses: classes, stateMedia: marks) }
        var input = unlabelled
        input.stateMedia = posts.map(isStateMedia)
        return try report(target: "url", id: normalized, label: nil, posts: posts, input: input)
    }

    /// The trace of a story of the latest discovery run (`S1`), or nil when there is no such story.
    func trace(story: String) throws -> TraceReport? {
        guard let (run, records) = try caseFile.latestNarratives(detector: CaseViews.narrativesDiscovered),
            let record = records.first(where: { $0.id == story })
        else { return nil }
        let posts = try caseFile.narrativePosts(run: run.id, narrative: record.id).compactMap(post(ofRow:)).sorted()
        guard !posts.isEmpty else { return nil }
        // A post hangs from the story post it reposts, quotes or replies to; else the tracer orders by time.
        var localOfCode: [UInt32: Int32] = [:]
        for (i, p) in posts.enumerated() where frame.referencedAs[p] != Frame.none { localOfCode[frame.referencedAs[p]] = Int32(i) }
        var input = TraceInput()
        input.accountClasses = classes
        for (i, p) in posts.enumerated() {
            var reference: Int32 = -1
            if let code = frame.referencedPosts[p].first, let parent = localOfCode[code], parent < i { reference = parent }
            input.append(
                time: frame.times[p], account: frame.accounts[p], kind: frame.kinds[p], reference: reference, attachKey: 0,
                stateMedia: isStateMedia(p))
        }
        return try report(target: "story", id: record.id, label: record.label, posts: posts, input: input)
    }

    private func report(target: String, id: String, label: String?, posts: [Int], input: TraceInput) throws -> TraceReport {
        let ids = try caseFile.postPlatformIDs(posts.map { frame.postRowIDs[$0] })
        let traced = posts.enumerated().map { i, p in
            let account = Int(frame.accounts[p])
            return TracedPostName(
                platformID: ids[i], accountID: names[account].platformID, handle: names[account].handle, label: sourceLabel(of: p),
                network: networkOfAccount[account])
        }
        return TraceReport(
            target: target, id: id, label: label, trace: ProvenanceTrace(input, firstCount: Self.firstCount), input: input, names: traced)
    }

    private func sourceLabel(of post: Int) -> String? {
        let entry = labels.labelIndex(ofEntry: labels.entryIndex(post: post, in: frame))
        return entry == SourceLabels.none ? nil : labels.labels[Int(entry)]
    }

    private func isStateMedia(_ post: Int) -> Bool { sourceLabel(of: post) == BuiltInSources.label }

    private func post(ofRow row: Int64) -> Int? {
        var low = 0
        var high = postOfRow.count
        while low < high {
            let mid = (low + high) / 2
            if postOfRow[mid].row < row { low = mid + 1 } else { high = mid }
        }
        return low < postOfRow.count && postOfRow[low].row == row ? Int(postOfRow[low].post) : nil
    }
}
