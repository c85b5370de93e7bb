import Foundation
import Hummingbird
import Logging
import TangleDetect

/// How `tangle serve` runs: which case, where to listen, and the token guarding a non-loopback address.
public struct DashboardConfiguration: Sendable {
    public var casePath: String
    public var host: String
    public var port: Int
    public var token: String?
    public var registry: SourceRegistry

    public init(casePath: String, host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, registry: SourceRegistry) {
        self.casePath = casePath
        self.host = host
        self.port = port
        self.token = token
        self.registry = registry
    }

    /// Refuses a configuration that would expose the case without a token, or a token a cookie cannot carry.
    public func validate() throws {
        if let token {
            guard token.utf8.count >= 16, token.utf8.allSatisfy(Self.isTokenByte) else {
                throw ConfigurationError(
                    "--token must be at least 16 characters of A-Z a-z 0-9 . _ ~ + / = - (e.g. `openssl rand -hex 24`)")
            }
        } else if !Self.isLoopback(host) {
            throw ConfigurationError("binding \(host) exposes the case to the network: give --token TOKEN (checked on every request)")
        }
        guard (1...65535).contains(port) else { throw ConfigurationError("--port must be from 1 to 65535") }
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="),
            UInt8(ascii: "-"):
            true
        default: false
        }
    }
}

/// A configuration `tangle serve` refuses, in words a person can act on.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The read-only local dashboard over one case file: HTML pages and the JSON API behind them.
public enum DashboardServer {
    /// Opens the case, builds the search index (reporting progress) and serves until interrupted.
    public static func run(_ configuration: DashboardConfiguration, progress: @escaping @Sendable (String) -> Void) async throws {
        try configuration.validate()
        let dashboard = try Dashboard(casePath: configuration.casePath, registry: configuration.registry, progress: progress)
        let router = makeRouter(dashboard, token: configuration.token, loopback: configuration.token == nil ? configuration.host : nil)
        var logger = Logger(label: "tangle-serve")
        logger.logLevel = .warning
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "tangle"),
            onServerRunning: { _ in
                let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                progress("serving \(configuration.casePath) read-only at http://\(host):\(configuration.port)/ (Ctrl-C stops)")
            },
            logger: logger)
        try await app.runService()
    }

    /// Every route, behind the error middleware (errors as JSON), the token check when `token` is set,
    /// and the Host check when `loopback` (the loopback address listened on) is set.
    static func makeRouter(_ dashboard: Dashboard, token: String?, loopback: String? = nil) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ErrorMiddleware())
        if let token { router.add(middleware: BearerTokenMiddleware(token: token)) }
        if let loopback { router.add(middleware: HostCheckMiddleware(host: loopback)) }
        APIRoutes(dashboard: dashboard).register(on: router)
        PageRoutes(dashboard: dashboard, pages: dashboard.pages).register(on: router)
        Assets.register(on: router)
        return router
    }
}
