import Foundation
import TangleCore
import TangleDetect
import TangleStore

/// Everything the case report shows, gathered once from a case's saved runs: each part is nil or
/// empty when its detector has not run, and the report leaves its section out.
public struct CaseReport: Sendable {
    public var title: String
    public var top: Int
    public var overview: CaseOverview
    public var networks: [NetworkView]
    public var networksTotal: Int
    /// The coordination run's parameters, when it ran.
    public var coordination: [String: String]?
    public var accounts: (accounts: [AccountSummary], total: Int)?
    public var accountsParameters: [String: String]?
    public var shiftGroups: [ShiftGroupView]
    public var shiftGroupsTotal: Int
    public var shiftParameters: [String: String]?
    public var narratives: NarrativesView?
    public var timelineParameters: [String: String]?
    public var trace: TraceView?

    /// Reads the case. A Frame is loaded once, only when narratives or traces need posts.
    ///
    /// - Parameters:
    ///   - top: the most rows of any list (networks, members, accounts, evidence, uptakes).
    ///   - graphNodes: the most accounts drawn in one network picture.
    public static func build(_ views: CaseViews, title: String, top: Int = 20, graphNodes: Int = 120) throws -> CaseReport {
        let caseFile = views.caseFile
        let overview = try views.overview()
        let needsFrame = try [CaseViews.trace, CaseViews.narrativesDefined, CaseViews.narrativesDiscovered, CaseViews.coordination]
            .contains { try caseFile.latestRun(detector: $0) != nil }
        let frame = needsFrame ? try caseFile.frame() : nil
        let list = try views.networkSummaries(limit: top)
        let networks = try views.networks(count: top, limit: top, graphNodes: graphNodes, frame: frame)
        let shifts = try views.shiftGroups(limit: top)
        return CaseReport(
            title: title, top: top, overview: overview, networks: networks, networksTotal: list.total,
            coordination: try caseFile.latestRun(detector: CaseViews.coordination)?.parameters,
            accounts: try views.accountSummaries(limit: top),
            accountsParameters: try caseFile.latestRun(detector: CaseViews.accounts)?.parameters,
            shiftGroups: shifts.groups, shiftGroupsTotal: shifts.total,
            shiftParameters: try caseFile.latestRun(detector: CaseViews.shifts)?.parameters,
            narratives: try frame.flatMap { try views.narratives(frame: $0, limit: top) },
            timelineParameters: try caseFile.latestRun(detector: CaseViews.timeline)?.parameters,
            trace: try views.traceView(limit: top, traces: 3, frame: frame))
    }
}
