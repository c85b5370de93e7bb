import Foundation
import HTTPTypes
import Hummingbird

/// A request the dashboard refuses or cannot answer, as the JSON `{"error": "..."}` with its status.
struct DashboardError: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String

    static func badRequest(_ message: String) -> Self { Self(status: .badRequest, message: message) }
    static func notFound(_ message: String) -> Self { Self(status: .notFound, message: message) }
    static let unauthorized = Self(status: .unauthorized, message: "a bearer token is required (Authorization: Bearer TOKEN)")

    var response: Response {
        let body = (try? JSONEncoder().encode(["error": message])) ?? Data(#"{"error":"internal error"}"#.utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        if status == .unauthorized { headers[.wwwAuthenticate] = #"Bearer realm="tangle""# }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// Turns every error into `{"error": "..."}`: the dashboard's own with their status, Hummingbird's with
/// theirs, anything else as a 500 whose message names no internals (no stack, no SQL, no path).
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as DashboardError {
            return error.response
        } catch let error as HTTPError {
            let message = error.body ?? (error.status == .notFound ? "no such page: \(request.uri.path)" : error.status.reasonPhrase)
            return DashboardError(status: error.status, message: message).response
        } catch {
            context.logger.error("\(request.method) \(request.uri.path): \(error)")
            return DashboardError(status: .internalServerError, message: "internal error; the server log has the details").response
        }
    }
}
