import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TangleServe

/// Every route of the dashboard, in process, on a small simulated case with every kind of finding.
@Suite struct DashboardServerTests: Sendable {
    let simulated: SimulatedCase
    let validator: OpenAPIValidator

    init() throws {
        simulated = try SimulatedCase.get()
        validator = try OpenAPIValidator(json: Assets.openAPI)
    }

    var dashboard: Dashboard { simulated.dashboard }

    func withClient(token: String? = nil, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: DashboardServer.makeRouter(dashboard, token: token))
        try await app.test(.router, body)
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    /// Ids to ask about: the first network, its strongest member, a story, a traced URL.
    var network: String { dashboard.networks.first?.id ?? "N1" }

    func member() throws -> String { try #require(try dashboard.network(network)?.members.first?.id) }

    func story() throws -> String { try #require(try dashboard.stories().first?.id) }

    func tracedURL() throws -> String {
        try #require(dashboard.index.urls.max { ($0.posts, $1.name) < ($1.posts, $0.name) }?.name)
    }

    @Test func theCaseHasEverythingThePagesShow() throws {
        #expect(dashboard.networks.count > 0)
        #expect((dashboard.accounts?.count ?? 0) > 0)
        #expect((dashboard.narratives?.narratives.count ?? 0) > 0)
        #expect((dashboard.narratives?.timelines.count ?? 0) > 0)
        #expect((dashboard.narratives?.pivots.count ?? 0) > 0)
        #expect(dashboard.index.hashtags.count > 0 && dashboard.index.urls.count > 0)
    }

    @Test func everyAPIRouteAnswersWhatTheOpenAPIDocumentSays() async throws {
        let member = try member()
        let url = try tracedURL()
        let encodedURL = try #require(url.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        let story = try story()
        let urlPart = try #require(String(url.prefix(12)).addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        let hashtag = try #require(dashboard.index.hashtags.first?.name.prefix(3))
        let routes: [(uri: String, path: String)] = [
            ("/api/overview", "/api/overview"),
            ("/api/networks", "/api/networks"),
            ("/api/networks?page=1&limit=2", "/api/networks"),
            ("/api/networks/\(network)", "/api/networks/{id}"),
            ("/api/networks/\(network)/graph", "/api/networks/{id}/graph"),
            ("/api/accounts", "/api/accounts"),
            ("/api/accounts?sort=network&limit=200", "/api/accounts"),
            ("/api/accounts?sort=id&page=2&limit=3", "/api/accounts"),
            ("/api/accounts/\(member)", "/api/accounts/{id}"),
            ("/api/accounts/\(member)/coactions", "/api/accounts/{id}/coactions"),
            ("/api/shifts", "/api/shifts"),
            ("/api/shifts?limit=1", "/api/shifts"),
            ("/api/narratives", "/api/narratives"),
            ("/api/timeline?by=network", "/api/timeline"),
            ("/api/trace?url=\(encodedURL)", "/api/trace"),
            ("/api/trace?story=\(story)", "/api/trace"),
            ("/api/search?q=a", "/api/search"),
            ("/api/search?q=%23\(hashtag)&kind=hashtag", "/api/search"),
            ("/api/search?q=\(urlPart)&kind=url&limit=5", "/api/search"),
        ]
        let validator = validator
        try await withClient { client in
            for route in routes {
                try await client.execute(uri: route.uri, method: .get) { response in
                    #expect(response.status == .ok, "\(route.uri): \(String(buffer: response.body).prefix(300))")
                    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                    let problems = try validator.problems(Array(buffer: response.body), path: route.path)
                    #expect(problems.isEmpty, "\(route.uri): \(problems.prefix(5))")
                }
            }
            try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                let document = try Self.json(response)
                #expect((document["openapi"] as? String)?.hasPrefix("3.") == true)
            }
        }
    }

    @Test func theNetworkPayloadHasStableIdsAndAPositionedGraph() async throws {
        try await withClient { client in
            try await client.execute(uri: "/api/networks/\(network)/graph", method: .get) { response in
                let graph = try Self.json(response)
                let nodes = try #require(graph["nodes"] as? [[String: Any]])
                #expect(!nodes.isEmpty)
                #expect(nodes.allSatisfy { $0["x"] is NSNumber && $0["y"] is NSNumber })
            }
            // Same case, same bytes.
            var first = ""
            try await client.execute(uri: "/api/networks/\(network)", method: .get) { first = String(buffer: $0.body) }
            try await client.execute(uri: "/api/networks/\(network)", method: .get) { #expect(String(buffer: $0.body) == first) }
            #expect(first.contains(#""id":"\#(network)""#))
        }
    }

    @Test(arguments: [
        "/api/networks?limit=0", "/api/networks?limit=201", "/api/networks?page=0", "/api/networks?page=abc",
        "/api/networks?limit=99999999999999999999", "/api/accounts?sort=handle; DROP TABLE post", "/api/accounts?page=-1",
        "/api/timeline?by=account", "/api/trace", "/api/trace?url=a&story=S1", "/api/search", "/api/search?q=%20%20",
        "/api/search?q=a&kind=post", "/networks?limit=500",
    ])
    func badParametersAreA400AsJSON(_ uri: String) async throws {
        try await withClient { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest, "\(uri)")
                let body = try Self.json(response)
                #expect(body["error"] is String)
            }
        }
    }

    @Test func aPageBeyondTheEndIsEmptyWithTheTotal() async throws {
        let total = dashboard.networks.count
        try await withClient { client in
            try await client.execute(uri: "/api/networks?page=1000&limit=200", method: .get) { response in
                #expect(response.status == .ok)
                let page = try Self.json(response)
                #expect((page["items"] as? [Any])?.isEmpty == true)
                #expect(page["total"] as? Int == total)
            }
            try await client.execute(uri: "/api/networks?limit=1", method: .get) { response in
                let page = try Self.json(response)
                #expect((page["items"] as? [Any])?.count == min(1, total))
            }
        }
    }

    @Test(arguments: [
        "/api/networks/N9999", "/api/networks/N9999/graph", "/api/accounts/no-such-account", "/api/accounts/no-such/coactions",
        "/api/trace?url=https://nowhere.example/never", "/api/trace?story=S999999", "/no/such/page", "/api/nothing",
        "/networks/N9999", "/accounts/nobody",
    ])
    func unknownThingsAreA404AsJSON(_ uri: String) async throws {
        try await withClient { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .notFound, "\(uri)")
                let body = try Self.json(response)
                #expect(body["error"] is String, "\(uri)")
            }
        }
    }

    @Test(arguments: [
        "/assets/../../etc/passwd", "/assets/..%2f..%2fetc%2fpasswd", "/assets/%2e%2e/%2e%2e/etc/passwd",
        "/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/assets/..%5c..%5cetc%5cpasswd", "/assets/dashboard.css/../../../etc/passwd",
        "/assets/%252e%252e%252fetc%252fpasswd", "/assets//etc/passwd", "/assets/", "/../../etc/passwd",
        "/assets/Package.swift", "/assets/openapi.json",
    ])
    func pathTraversalFindsNothing(_ uri: String) async throws {
        try await withClient { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .notFound || response.status == .badRequest, "\(uri): \(response.status)")
                let body = String(buffer: response.body)
                #expect(!body.contains("root:") && !body.contains("PackageDescription"), "\(uri)")
            }
        }
    }

    @Test func theAssetsAreServed() async throws {
        try await withClient { client in
            for (name, type) in [("dashboard.css", "text/css"), ("dashboard.js", "text/javascript"), ("graph.js", "text/javascript")] {
                try await client.execute(uri: "/assets/" + name, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix(type) == true)
                    #expect(response.body.readableBytes > 100)
                }
            }
        }
    }

    @Test func aTokenIsRequiredOnEveryRequestWhenConfigured() async throws {
        let token = "s3cret-token-0123456789"
        try await withClient(token: token) { client in
            for uri in ["/api/overview", "/", "/assets/graph.js", "/api/openapi.json", "/nowhere"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .unauthorized, "\(uri)")
                    let body = try Self.json(response)
                #expect(body["error"] is String)
                }
            }
            for header in ["Bearer wrong-token-0123456789", "Bearer " + token + "x", "Bearer", "Basic " + token, token] {
                try await client.execute(uri: "/api/overview", method: .get, headers: [.authorization: header]) { response in
                    #expect(response.status == .unauthorized, "\(header)")
                }
            }
            try await client.execute(uri: "/api/overview", method: .get, headers: [.authorization: "Bearer " + token]) { response in
                #expect(response.status == .ok)
            }
            // A browser opens a page once with ?token= and carries the cookie after.
            try await client.execute(uri: "/?token=" + token, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.setCookie]?.contains("tangle_token=" + token) == true)
                #expect(response.headers[.setCookie]?.contains("HttpOnly") == true)
            }
            try await client.execute(uri: "/networks", method: .get, headers: [.cookie: "tangle_token=" + token]) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/networks", method: .get, headers: [.cookie: "tangle_token=nope"]) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func aLoopbackServerAnswersOnlyToItsOwnHostName() async throws {
        let app = Application(router: DashboardServer.makeRouter(dashboard, token: nil, loopback: "127.0.0.1"))
        let host = HostCheckMiddleware<BasicRequestContext>.hostField
        try await app.test(.router) { client in
            for name in ["127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080", "127.0.0.1"] {
                try await client.execute(uri: "/api/overview", method: .get, headers: [host: name]) { response in
                    #expect(response.status == .ok, "\(name): \(String(buffer: response.body))")
                }
            }
            // A rebinding attacker's page sends its own name.
            for name in ["evil.example:8080", "127.0.0.1.evil.example", "evil.example", "[::2]:8080"] {
                try await client.execute(uri: "/api/overview", method: .get, headers: [host: name]) { response in
                    #expect(response.status == .misdirectedRequest, "\(name)")
                    let body = try Self.json(response)
                    #expect(body["error"] is String)
                }
            }
        }
    }

    @Test func aNonLoopbackAddressNeedsAToken() throws {
        let registry = simulated.dashboard.views.registry
        #expect(throws: ConfigurationError.self) {
            try DashboardConfiguration(casePath: "c", host: "0.0.0.0", registry: registry).validate()
        }
        #expect(throws: ConfigurationError.self) {
            try DashboardConfiguration(casePath: "c", host: "0.0.0.0", token: "short", registry: registry).validate()
        }
        #expect(throws: ConfigurationError.self) {
            try DashboardConfiguration(casePath: "c", host: "0.0.0.0", token: "has spaces; and=semicolons", registry: registry).validate()
        }
        try DashboardConfiguration(casePath: "c", host: "0.0.0.0", token: "0123456789abcdef0123", registry: registry).validate()
        try DashboardConfiguration(casePath: "c", registry: registry).validate()
        try DashboardConfiguration(casePath: "c", host: "::1", registry: registry).validate()
    }

    @Test func theTokenComparisonChecksEveryByte() {
        let check = BearerTokenMiddleware<BasicRequestContext>(token: "abcdefghijklmnop")
        #expect(check.matches("abcdefghijklmnop"))
        #expect(!check.matches("abcdefghijklmnoq"))
        #expect(!check.matches("abcdefghijklmno"))
        #expect(!check.matches("abcdefghijklmnopq"))
        #expect(!check.matches(""))
        #expect(!BearerTokenMiddleware<BasicRequestContext>(token: "").matches(""))
    }

    @Test(arguments: [
        "' OR 1=1 --", "\"; DROP TABLE post; --", "%", "_", "a%' UNION SELECT platform_id FROM account --", "\\", "@'", "#%_",
        "<script>alert(1)</script>",
    ])
    func searchTermsWithSQLOrHTMLMetacharactersAreHarmless(_ term: String) async throws {
        let encoded = try #require(term.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        let validator = validator
        try await withClient { client in
            for kind in ["account", "hashtag", "url"] {
                try await client.execute(uri: "/api/search?q=\(encoded)&kind=\(kind)", method: .get) { response in
                    #expect(response.status == .ok, "\(term)")
                    let problems = try validator.problems(Array(buffer: response.body), path: "/api/search")
                    #expect(problems.isEmpty)
                    // Matched as literal text: every hit contains the term itself, wildcards included.
                    var literal = term.lowercased()
                    if kind == "account", literal.hasPrefix("@") { literal.removeFirst() }
                    if kind == "hashtag", literal.hasPrefix("#") { literal.removeFirst() }
                    let items = try #require(try Self.json(response)["items"] as? [[String: Any]])
                    for item in items {
                        let text = ((item["id"] as? String ?? "") + " " + (item["label"] as? String ?? "")).lowercased()
                        #expect(text.contains(literal), "\(term) matched \(text)")
                    }
                }
            }
            try await client.execute(uri: "/search?q=\(encoded)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!String(buffer: response.body).contains("<script>alert"))
            }
        }
        #expect(try SimulatedCase.tangle(["info", "--case", simulated.casePath]).status == 0)
        #expect(!dashboard.networks.isEmpty)
    }

    @Test func aLongSearchTermIsRefused() async throws {
        try await withClient { client in
            try await client.execute(uri: "/api/search?q=" + String(repeating: "a", count: 101), method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func searchFindsAnAccountByHandle() async throws {
        let member = try member()
        let handle = try #require(dashboard.index.account(platformID: member)?.handle)
        try await withClient { client in
            try await client.execute(uri: "/api/search?q=@\(handle)", method: .get) { response in
                let items = try #require(try Self.json(response)["items"] as? [[String: Any]])
                #expect(items.first?["id"] as? String == member)
            }
        }
    }

    @Test func theHeaderSearchBoxReadsTheKindFromTheTerm() {
        #expect(SearchPage.kind(of: "#cobalt") == "hashtag")
        #expect(SearchPage.kind(of: "site.example/2016/story") == "url")
        #expect(SearchPage.kind(of: "rt.com") == "url")
        #expect(SearchPage.kind(of: "@sarah.k") == "account")
        #expect(SearchPage.kind(of: "sarah") == "account")
        #expect(CaseIndex.rank("sarahk92", "sarah") == 1 && CaseIndex.rank("sarah", "sarah") == 0)
        #expect(CaseIndex.rank("bigsarah", "sarah") == 2 && CaseIndex.rank("anna", "sarah") == nil)
    }

    @Test func everyPageRendersItsKeyElements() async throws {
        let member = try member()
        let url = try #require(try tracedURL().addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        let urlPart = try #require(String(try tracedURL().prefix(12)).addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        let story = try story()
        let pages: [(uri: String, elements: [String])] = [
            ("/", ["<h1>Overview</h1>", "id=\"headlines\"", "<tbody>", "/assets/dashboard.css"]),
            ("/networks", ["id=\"networks\"", "href=\"/networks/\(network)\""]),
            ("/networks/\(network)", ["<svg id=\"graph\"", "data-src=\"/api/networks/\(network)/graph\"", "id=\"members\"", "id=\"evidence\"", "/assets/graph.js", "href=\"/accounts/\(member)\""]),
            ("/accounts", ["id=\"accounts\"", "href=\"/accounts/", "id=\"shifts\""]),
            ("/accounts?sort=network&page=2&limit=5", ["id=\"accounts\""]),
            ("/accounts/\(member)", ["id=\"profile\"", "id=\"signals\"", "class=\"heatmap\"", "class=\"bars\"", "id=\"partners\"", "id=\"coaction-evidence\"", "id=\"posts\""]),
            ("/narratives", ["id=\"narratives\"", "id=\"pivots\"", "id=\"timelines\"", "<svg class=\"chart\""]),
            ("/trace", ["id=\"trace-form\"", "<option value=\"\(story)\""]),
            ("/trace?url=\(url)", ["id=\"stages\"", "id=\"uptakes\"", "id=\"first-posts\""]),
            ("/trace?story=\(story)", ["id=\"stages\"", "id=\"first-posts\""]),
            ("/search", ["name=\"q\""]),
            ("/search?q=a", ["id=\"results\"", "href=\"/accounts/"]),
            ("/search?q=\(urlPart)&kind=url", ["id=\"results\"", "class=\"trace-link\""]),
        ]
        try await withClient { client in
            for page in pages {
                try await client.execute(uri: page.uri, method: .get) { response in
                    #expect(response.status == .ok, "\(page.uri): \(String(buffer: response.body).prefix(300))")
                    #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                    let html = String(buffer: response.body)
                    for element in page.elements { #expect(html.contains(element), "\(page.uri) lacks \(element)") }
                    #expect(html.contains("</html>"), "\(page.uri)")
                    #expect(!html.contains("{{"), "\(page.uri) has an unrendered tag")
                }
            }
            try await client.execute(uri: "/trace?url=https://nowhere.example/x", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("class=\"error\""))
            }
        }
    }
}
