import HTTPTypes
import Hummingbird

/// Refuses requests whose `Host` is not the loopback address the server listens on, so that a web page
/// elsewhere cannot read the case through DNS rebinding (its requests carry its own host name).
///
/// Only for a loopback server without a token; a server with a token checks the token instead.
struct HostCheckMiddleware<Context: RequestContext>: RouterMiddleware {
    let allowed: Set<String>

    static var hostField: HTTPField.Name { HTTPField.Name("Host")! }

    /// The names a rebinding page cannot send: loopback names and the address bound. The port is not
    /// compared, since the attacker's page names its own host whatever the port.
    init(host: String) {
        allowed = ["127.0.0.1", "localhost", "::1", host.lowercased()]
    }

    /// `name` without its port and IPv6 brackets.
    static func hostName(_ authority: String) -> String {
        var name = Substring(authority.lowercased())
        if name.hasPrefix("["), let close = name.firstIndex(of: "]") { return String(name[name.index(after: name.startIndex)..<close]) }
        if let colon = name.lastIndex(of: ":") { name = name[..<colon] }
        return String(name)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // HTTP/1 puts Host in the authority; a Host field is read first so that tests can set it.
        if let host = request.headers[Self.hostField] ?? request.head.authority, !allowed.contains(Self.hostName(host)) {
            throw DashboardError(status: .misdirectedRequest, message: "this server answers to 127.0.0.1 or localhost only, not \(host)")
        }
        return try await next(request, context)
    }
}
