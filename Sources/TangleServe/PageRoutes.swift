import Foundation
import Hummingbird
import TangleCore
import TangleDetect
import TangleReport

/// The HTML pages: each renders the same value its `/api/...` twin returns, plus what the template
/// needs to lay it out (pagers, heat-map cells).
struct PageRoutes: Sendable {
    let dashboard: Dashboard
    let pages: Pages
    var api: APIRoutes { APIRoutes(dashboard: dashboard) }

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in
            try pages.render("overview", OverviewPage(overview: dashboard.overview, casePath: dashboard.casePath,
                networks: dashboard.networks.count, flaggedAccounts: dashboard.accounts?.count))
        }
        router.get("/networks") { request, _ in
            let slice = try PageRequest(request).slice(dashboard.networks)
            return try pages.render("networks", ListPage(title: "Networks", items: slice.items, pager: Pager(slice, path: "/networks")))
        }
        router.get("/networks/:id") { _, context in
            let view = try api.network(context)
            return try pages.render("network", NetworkPage(network: view))
        }
        router.get("/accounts") { request, _ in
            let slice = try api.accounts(request)
            let sort = request.uri.queryParameters.get("sort") ?? "score"
            return try pages.render(
                "accounts",
                AccountsPage(items: slice.items, pager: Pager(slice, path: "/accounts", query: [("sort", sort)]), sort: sort,
                    accountsRan: dashboard.accounts != nil, shifts: dashboard.shifts.prefix(AccountsPage.shiftsShown).map(ShiftCard.init),
                    shiftsTotal: dashboard.shifts.count))
        }
        router.get("/accounts/:id") { _, context in
            let view = try api.account(context)
            return try pages.render(
                "account",
                AccountPage(account: view, coactions: try dashboard.coactions(of: view, limit: 50), days: dashboard.postsPerDay(view.id)))
        }
        router.get("/narratives") { _, _ in
            try pages.render("narratives", NarrativesPage(narratives: dashboard.narratives))
        }
        router.get("/trace") { request, _ in
            var page = TracePage(stories: try dashboard.stories())
            page.url = request.uri.queryParameters.get("url").map { String($0) } ?? ""
            page.story = request.uri.queryParameters.get("story").map { String($0) } ?? ""
            guard !page.url.isEmpty || !page.story.isEmpty else { return try pages.render("trace", page) }
            do {
                page.result = try api.trace(request)
                return try pages.render("trace", page)
            } catch let error as DashboardError {
                page.error = error.message
                return try pages.render("trace", page, status: error.status)
            }
        }
        router.get("/search") { request, _ in
            let q = request.uri.queryParameters.get("q").map { String($0) } ?? ""
            var page = SearchPage(q: q, kind: request.uri.queryParameters.get("kind").map { String($0) } ?? SearchPage.kind(of: q))
            guard !page.q.isEmpty else { return try pages.render("search", page) }
            do {
                let result = try api.search(request)
                page.result = result
                page.pager = Pager(Page(total: result.total, page: result.page, limit: result.limit, items: result.items),
                    path: "/search", query: [("q", page.q), ("kind", page.kind)])
                return try pages.render("search", page)
            } catch let error as DashboardError {
                page.error = error.message
                return try pages.render("search", page, status: error.status)
            }
        }
    }
}

struct OverviewPage: PageContext {
    var title = "Overview"
    var overview: CaseOverview
    var casePath: String
    var networks: Int
    var flaggedAccounts: Int?
}

struct ListPage<Item>: PageContext {
    var title: String
    var items: [Item]
    var pager: Pager
}

// Templates see stored properties only (Mustache reads values by reflection), so derived fields are set in init.

struct NetworkPage: PageContext {
    var network: NetworkView
    var title: String

    init(network: NetworkView) {
        self.network = network
        title = "Network \(network.summary.id)"
    }
}

struct AccountsPage: PageContext {
    var title = "Accounts"
    var items: [AccountSummary]
    var pager: Pager
    var sort: String
    var accountsRan: Bool
    var sortScore: Bool
    var sortID: Bool
    var sortNetwork: Bool
    var shifts: [ShiftCard]
    var shiftsTotal: Int

    static let shiftsShown = 12

    init(items: [AccountSummary], pager: Pager, sort: String, accountsRan: Bool, shifts: [ShiftCard], shiftsTotal: Int) {
        self.items = items
        self.shifts = shifts
        self.shiftsTotal = shiftsTotal
        self.pager = pager
        self.sort = sort
        self.accountsRan = accountsRan
        sortScore = sort == "score"
        sortID = sort == "id"
        sortNetwork = sort == "network"
    }
}

struct AccountPage: PageContext {
    struct HeatRow {
        var day: String
        var y: Int
        var cells: [HeatCell]
    }

    struct HeatCell {
        var count: String
        var hour: Int
        var x: Int
        var y: Int
        /// A blue from white (no posts) to full (the busiest hour).
        var color: String
    }

    var account: AccountView
    var coactions: AccountCoactions
    var days: DailyPosts
    var title: String
    var hours = Array(0..<24)
    var heat: [HeatRow]

    init(account: AccountView, coactions: AccountCoactions, days: DailyPosts) {
        self.account = account
        self.coactions = coactions
        self.days = days
        title = account.handle.map { "@" + $0 } ?? account.id
        heat = Self.heat(account.activity.hourOfWeek.map(Double.init))
    }

    /// The hour-of-week counts (Monday 00:00 UTC first) as seven rows of 24 cells.
    static func heat(_ counts: [Double]) -> [HeatRow] {
        let busiest = max(counts.max() ?? 1, 1e-9)
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return names.enumerated().map { day, name in
            HeatRow(
                day: name, y: 18 + day * 20,
                cells: (0..<24).map { hour in
                    let index = day * 24 + hour
                    let count = index < counts.count ? counts[index] : 0
                    let level = count <= 0 ? 0 : 0.15 + 0.85 * count / busiest
                    return HeatCell(count: count.rounded() == count ? String(Int(count)) : String(format: "%.2f", count), hour: hour, x: 40 + hour * 20, y: 4 + day * 20, color: Self.blue(level))
                })
        }
    }

    static func blue(_ level: Double) -> String {
        let mix = { (full: Double) in Int((255 - (255 - full) * level).rounded()) }
        return String(format: "#%02x%02x%02x", mix(31), mix(95), mix(168))
    }
}

struct NarrativesPage: PageContext {
    var title = "Narratives"
    var narratives: NarrativesView?
}

struct TracePage: PageContext {
    var title = "Trace"
    var stories: [StoryOption]
    var url = ""
    var story = ""
    var result: TraceResponse?
    var error: String?
}

struct SearchPage: PageContext {
    var title = "Search"
    var q: String
    var kind: String
    var result: SearchResponse?
    var pager: Pager?
    var error: String?
    var kindAccount: Bool
    var kindHashtag: Bool
    var kindURL: Bool

    /// The kind the header's one box means when it gives none: `#tag` a hashtag, anything with a `/`
    /// or a dot between letters a URL, else an account (`@handle`, a name or an id).
    static func kind(of term: String) -> String {
        if term.hasPrefix("#") { return "hashtag" }
        if term.contains("/") || (term.contains(".") && !term.hasPrefix("@")) { return "url" }
        return "account"
    }

    init(q: String, kind: String) {
        self.q = q
        self.kind = kind
        kindAccount = kind == "account"
        kindHashtag = kind == "hashtag"
        kindURL = kind == "url"
    }
}

/// A shift group as the accounts page shows it: its figures and its weekly activity as a heat map.
struct ShiftCard {
    var group: ShiftGroupView
    var offset: String
    var heat: [AccountPage.HeatRow]

    init(_ group: ShiftGroupView) {
        self.group = group
        offset = utcOffsetText(group.utcOffsetHours)
        heat = AccountPage.heat(group.fingerprint)
    }
}
