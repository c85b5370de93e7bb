import Foundation
import Synchronization
import TangleCore
import TangleDetect
import TangleReport
import TangleStore

/// What the pages and the API show: the report's views of one case, computed once where they cost a
/// pass over the case, and the search index.
///
/// The dashboard is a snapshot: runs saved after it started show after a restart. That keeps every
/// request a lookup or a bounded slice instead of a scan, and the pages consistent with one another.
final class Dashboard: Sendable {
    let casePath: String
    let views: CaseViews
    let frame: Frame
    let index: CaseIndex
    let overview: CaseOverview
    /// Every network of the latest coordination run, N1 first.
    let networks: [NetworkSummary]
    /// Every flagged account of the latest `accounts` run, highest score first; nil when it never ran.
    let accounts: [AccountSummary]?
    /// Every shift group of the latest `shifts` run, S1 first, with up to 20 members named each.
    let shifts: [ShiftGroupView]
    /// Every narrative and timeline; nil when no narratives run exists.
    let narratives: NarrativesView?
    let tracer: Tracer
    let edges: EdgeIndex
    let pages: Pages
    /// Frame account index by account row id.
    private let denseAccount: [Int64: UInt32]

    /// Views built on first request; a network's is the same every time, accounts are many, so only
    /// the most recent few are kept.
    private let networkViews = Mutex<[String: NetworkView]>([:])
    private let networkGraphs = Mutex<[String: NetworkGraph]>([:])
    private let accountViews = Mutex<[String: AccountView]>([:])
    static let accountViewsKept = 256

    init(casePath: String, registry: SourceRegistry, progress: (String) -> Void = { _ in }) throws {
        self.casePath = casePath
        let caseFile = try CaseFile(path: casePath, create: false, readOnly: true)
        views = CaseViews(caseFile: caseFile, registry: registry)
        progress("loading \(casePath)")
        frame = try caseFile.frame()
        let names = try caseFile.accountNames(frame.accountRowIDs)
        var dense: [Int64: UInt32] = [:]
        for (i, row) in frame.accountRowIDs.enumerated() { dense[row] = UInt32(i) }
        denseAccount = dense
        index = CaseIndex.build(frame: frame, names: names)
        overview = try views.overview()
        networks = try views.networkSummaries(limit: .max).networks
        accounts = try views.accountSummaries(limit: .max)?.accounts
        shifts = try views.shiftGroups(limit: .max, members: 20).groups
        progress("reading narratives and timelines")
        narratives = try views.narratives(frame: frame, limit: .max, networks: 50)
        progress("indexing links and co-actions for tracing and evidence")
        tracer = try Tracer(frame: frame, names: names, views: views)
        edges = try EdgeIndex(caseFile)
        pages = try Pages()
    }

    /// One network by id, or nil.
    func network(_ id: String) throws -> NetworkView? {
        if let cached = networkViews.withLock({ $0[id] }) { return cached }
        guard networks.contains(where: { $0.id == id }), let view = try views.network(id, limit: 200, graphNodes: 300, frame: frame)
        else { return nil }
        networkViews.withLock { $0[id] = view }
        return view
    }

    /// One account by platform id, or nil when the case has no posts by it.
    func account(_ id: String) throws -> AccountView? {
        guard index.account(platformID: id) != nil else { return nil }
        if let cached = accountViews.withLock({ $0[id] }) { return cached }
        guard let view = try views.account(id, recent: 50, frame: frame) else { return nil }
        accountViews.withLock { cache in
            if cache.count >= Self.accountViewsKept { cache.removeAll(keepingCapacity: true) }
            cache[id] = view
        }
        return view
    }

    /// A network's graph laid out (the layout is O(n²) per iteration, so computed once per network).
    func graph(of view: NetworkView) -> NetworkGraph {
        if let cached = networkGraphs.withLock({ $0[view.summary.id] }) { return cached }
        let graph = NetworkGraph(view)
        networkGraphs.withLock { $0[view.summary.id] = graph }
        return graph
    }

    /// An account's partners and the saved co-actions of its networks that name it.
    func coactions(of account: AccountView, limit: Int) throws -> AccountCoactions {
        let evidence = try account.networks.flatMap { try network($0)?.evidence ?? [] }
        return edges.coactions(of: account.id, evidence: evidence, limit: limit)
    }

    /// An account's posts per day, from the Frame.
    ///
    /// - Complexity: O(posts) over one integer column; no query.
    func postsPerDay(_ id: String) -> DailyPosts {
        guard let account = index.account(platformID: id), let dense = denseAccount[account.rowID] else { return DailyPosts(times: []) }
        var times: [Int64] = []
        for (post, owner) in frame.accounts.enumerated() where owner == dense { times.append(frame.times[post]) }
        return DailyPosts(times: times)
    }

    /// The stories of the latest discovery run, for the trace form, in saved order.
    func stories() throws -> [StoryOption] {
        guard let (_, records) = try views.caseFile.latestNarratives(detector: CaseViews.narrativesDiscovered) else { return [] }
        return records.filter { $0.kind == "story" }.map { StoryOption(id: $0.id, label: $0.label) }
    }
}

/// A story the trace form offers.
struct StoryOption: Sendable, Equatable {
    var id: String
    var label: String
}
