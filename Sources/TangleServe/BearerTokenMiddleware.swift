import Foundation
import HTTPTypes
import Hummingbird

/// Checks the bearer token on every request when the server has one: `Authorization: Bearer T`, or the
/// `tangle_token` cookie a browser gets by opening any page once with `?token=T`.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    static var cookieName: String { "tangle_token" }

    let token: [UInt8]

    init(token: String) { self.token = Array(token.utf8) }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let header = request.headers[.authorization], header.hasPrefix("Bearer "), matches(header.dropFirst(7)) {
            return try await next(request, context)
        }
        if let cookie = request.cookies[Self.cookieName], matches(cookie.value[...]) {
            return try await next(request, context)
        }
        if let query = request.uri.queryParameters.get("token"), matches(query[...]) {
            var response = try await next(request, context)
            response.setCookie(Cookie(name: Self.cookieName, value: query, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        return DashboardError.unauthorized.response
    }

    /// Compares in time that depends only on the lengths, so the response time leaks no prefix of the token.
    func matches(_ candidate: Substring) -> Bool {
        let given = Array(candidate.utf8)
        var difference = UInt8(truncatingIfNeeded: given.count ^ token.count)
        for i in 0..<max(given.count, token.count) {
            let a = i < given.count ? given[i] : 0
            let b = i < token.count ? token[i] : 0
            difference |= a ^ b
        }
        return difference == 0 && !token.isEmpty
    }
}
