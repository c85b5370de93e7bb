import HTTPTypes
import Hummingbird

/// The static files, compiled into the binary. A request names one of this fixed set by its exact
/// name; nothing is ever read from a path the request gives, so `..` and encoded variants find nothing.
enum Assets {
    struct Asset: Sendable {
        var bytes: [UInt8]
        var contentType: String
    }

    static let files: [String: Asset] = [
        "dashboard.css": Asset(bytes: PackageResources.dashboard_css, contentType: "text/css; charset=utf-8"),
        "dashboard.js": Asset(bytes: PackageResources.dashboard_js, contentType: "text/javascript; charset=utf-8"),
        "graph.js": Asset(bytes: PackageResources.graph_js, contentType: "text/javascript; charset=utf-8"),
    ]

    static var openAPI: [UInt8] { PackageResources.openapi_json }

    static func register(on router: Router<BasicRequestContext>) {
        router.get("/assets/:name") { _, context in
            let name = try context.parameters.require("name")
            guard let asset = files[name] else { throw DashboardError.notFound("no asset \(name)") }
            return response(asset.bytes, contentType: asset.contentType)
        }
    }

    static func response(_ bytes: [UInt8], contentType: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
