import Foundation
import HTTPTypes
import Hummingbird
import TangleDetect
import TangleReport

/// The JSON API behind every page (documented in openapi.json). Lists are paginated (`page`, `limit`;
/// responses carry `total` and `items`); ids are the case's own: network `N1`, account platform id,
/// story `S1`, normalised URL.
struct APIRoutes: Sendable {
    let dashboard: Dashboard

    /// Search terms longer than this are refused: matching is a scan of names in memory.
    static let maxTermLength = 100

    func register(on router: Router<BasicRequestContext>) {
        router.get("/api/openapi.json") { _, _ in Assets.response(Assets.openAPI, contentType: "application/json; charset=utf-8") }
        router.get("/api/overview") { _, _ in try JSONResponse.of(dashboard.overview) }
        router.get("/api/networks") { request, _ in try JSONResponse.of(try PageRequest(request).slice(dashboard.networks)) }
        router.get("/api/networks/:id") { _, context in try JSONResponse.of(try network(context)) }
        router.get("/api/networks/:id/graph") { _, context in try JSONResponse.of(dashboard.graph(of: try network(context))) }
        router.get("/api/accounts") { request, _ in try JSONResponse.of(try accounts(request)) }
        router.get("/api/accounts/:id") { _, context in try JSONResponse.of(try account(context)) }
        router.get("/api/accounts/:id/coactions") { request, context in
            try JSONResponse.of(try coactions(context, limit: try PageRequest(request).limit))
        }
        router.get("/api/shifts") { request, _ in try JSONResponse.of(try PageRequest(request).slice(dashboard.shifts)) }
        router.get("/api/narratives") { request, _ in try JSONResponse.of(try narratives(request)) }
        router.get("/api/timeline") { request, _ in try JSONResponse.of(try timeline(request)) }
        router.get("/api/trace") { request, _ in try JSONResponse.of(try trace(request)) }
        router.get("/api/search") { request, _ in try JSONResponse.of(try search(request)) }
    }

    func network(_ context: BasicRequestContext) throws -> NetworkView {
        let id = try context.parameters.require("id")
        guard let view = try dashboard.network(id) else { throw DashboardError.notFound("no network \(id) in the latest coordination run") }
        return view
    }

    static let accountSorts = ["score", "id", "network"]

    func accounts(_ request: Request) throws -> Page<AccountSummary> {
        let page = try PageRequest(request)
        let sort = try request.text("sort", maxLength: 16) ?? "score"
        guard Self.accountSorts.contains(sort) else {
            throw DashboardError.badRequest("sort must be one of \(Self.accountSorts.joined(separator: ", "))")
        }
        var accounts = dashboard.accounts ?? []
        switch sort {
        case "id": accounts.sort { $0.id < $1.id }
        case "network":
            // N2 before N10, accounts in no network last; highest score first within a network.
            func key(_ a: AccountSummary) -> (Int, String) { (a.network.map(Self.networkOrder) ?? .max, a.network ?? "") }
            accounts.sort { (key($0).0, key($0).1, $1.score, $0.id) < (key($1).0, key($1).1, $0.score, $1.id) }
        default: break
        }
        return page.slice(accounts)
    }

    static func networkOrder(_ id: String) -> Int { Int(id.dropFirst()) ?? .max }

    func account(_ context: BasicRequestContext) throws -> AccountView {
        let id = try context.parameters.require("id")
        guard let view = try dashboard.account(id) else { throw DashboardError.notFound("no account with platform id \(id) has posts in this case") }
        return view
    }

    func coactions(_ context: BasicRequestContext, limit: Int) throws -> AccountCoactions {
        let view = try account(context)
        return try dashboard.coactions(of: view, limit: limit)
    }

    func narratives(_ request: Request) throws -> NarrativeList {
        let page = try PageRequest(request).slice(dashboard.narratives?.narratives ?? [])
        return NarrativeList(detector: dashboard.narratives?.detector, total: page.total, page: page.page, limit: page.limit, items: page.items)
    }

    func timeline(_ request: Request) throws -> TimelineResponse {
        let by = try request.text("by", maxLength: 16) ?? "network"
        guard by == "network" else { throw DashboardError.badRequest("by must be network (the timelines are per network)") }
        return TimelineResponse(
            by: by, detector: dashboard.narratives?.detector, timelines: dashboard.narratives?.timelines ?? [],
            pivots: dashboard.narratives?.pivots ?? [])
    }

    func trace(_ request: Request) throws -> TraceResponse {
        let url = try request.text("url", maxLength: 2048).flatMap { $0.isEmpty ? nil : $0 }
        let story = try request.text("story", maxLength: 32).flatMap { $0.isEmpty ? nil : $0 }
        switch (url, story) {
        case (let url?, nil):
            guard let report = try dashboard.tracer.trace(url: url) else { throw DashboardError.notFound("no post in this case links \(url)") }
            return TraceResponse(target: "url", query: url, trace: report)
        case (nil, let story?):
            guard let report = try dashboard.tracer.trace(story: story) else {
                throw DashboardError.notFound("no story \(story) with posts in the latest narratives --discover run")
            }
            return TraceResponse(target: "story", query: story, trace: report)
        default:
            throw DashboardError.badRequest("give one of url=URL or story=ID")
        }
    }

    static let searchKinds = ["account", "hashtag", "url"]

    func search(_ request: Request) throws -> SearchResponse {
        let page = try PageRequest(request)
        let kind = try request.text("kind", maxLength: 16) ?? "account"
        guard Self.searchKinds.contains(kind) else {
            throw DashboardError.badRequest("kind must be one of \(Self.searchKinds.joined(separator: ", "))")
        }
        guard let q = try request.text("q", maxLength: Self.maxTermLength) else { throw DashboardError.badRequest("give a search term: q=TEXT") }
        var term = q.trimmingCharacters(in: .whitespaces).lowercased()
        if kind == "account", term.hasPrefix("@") { term.removeFirst() }
        if kind == "hashtag", term.hasPrefix("#") { term.removeFirst() }
        guard !term.isEmpty else { throw DashboardError.badRequest("the search term is empty") }
        let index = dashboard.index
        let positions: [Int]
        let hit: (Int) -> SearchHit
        switch kind {
        case "account":
            positions = index.searchAccounts(term)
            hit = { position in
                let account = index.accounts[position]
                return SearchHit(kind: kind, id: account.platformID, label: account.handle.map { "@" + $0 } ?? account.platformID, posts: account.posts)
            }
        case "hashtag":
            positions = CaseIndex.search(index.hashtags, term)
            hit = { SearchHit(kind: kind, id: index.hashtags[$0].name, label: "#" + index.hashtags[$0].name, posts: index.hashtags[$0].posts) }
        default:
            positions = CaseIndex.search(index.urls, term)
            hit = { SearchHit(kind: kind, id: index.urls[$0].name, label: index.urls[$0].name, posts: index.urls[$0].posts) }
        }
        // Only the page shown becomes hits: a one-letter term matches most of a large case.
        let shown = page.slice(positions)
        let slice = Page(total: shown.total, page: shown.page, limit: shown.limit, items: shown.items.map(hit))
        return SearchResponse(query: q, kind: kind, total: slice.total, page: slice.page, limit: slice.limit, items: slice.items)
    }
}

struct NarrativeList: Encodable, Sendable {
    /// `narratives-defined` or `narratives-discovered`; nil when no narratives run exists.
    var detector: String?
    var total: Int
    var page: Int
    var limit: Int
    var items: [NarrativeSummary]
}

struct TimelineResponse: Encodable, Sendable {
    var by: String
    var detector: String?
    var timelines: [NetworkTimeline]
    var pivots: [PivotView]
}

struct TraceResponse: Encodable, Sendable {
    var target: String
    var query: String
    var trace: TraceReport
}

struct SearchHit: Encodable, Sendable, Equatable {
    var kind: String
    var id: String
    var label: String
    var posts: Int
}

struct SearchResponse: Encodable, Sendable {
    var query: String
    var kind: String
    var total: Int
    var page: Int
    var limit: Int
    var items: [SearchHit]
}

/// JSON bodies: sorted keys, so the same case gives the same bytes.
enum JSONResponse {
    static func of<T: Encodable>(_ value: T) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}
