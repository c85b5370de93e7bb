import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import TangleReport

/// The Mustache templates, compiled into the binary, and how a page is rendered.
struct Pages: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        let templates: [(String, [UInt8])] = [
            ("top", PackageResources.layout_top_mustache), ("bottom", PackageResources.layout_bottom_mustache),
            ("overview", PackageResources.overview_mustache), ("networks", PackageResources.networks_mustache),
            ("network", PackageResources.network_mustache), ("accounts", PackageResources.accounts_mustache),
            ("account", PackageResources.account_mustache), ("narratives", PackageResources.narratives_mustache),
            ("trace", PackageResources.trace_mustache), ("search", PackageResources.search_mustache),
        ]
        for (name, bytes) in templates { try library.register(String(decoding: bytes, as: UTF8.self), named: name) }
        self.library = library
    }

    /// `template` rendered with `context` (whose `title` names the page), as an HTML response.
    func render(_ template: String, _ context: some PageContext, status: HTTPResponse.Status = .ok) throws -> Response {
        guard let html = library.render(context, withTemplate: template) else {
            throw DashboardError(status: .internalServerError, message: "no page template \(template)")
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        // Everything the pages load comes from this server; no inline script runs.
        headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
        headers[.xContentTypeOptions] = "nosniff"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}

/// What every page's template reads: its title, plus its own fields.
protocol PageContext {
    var title: String { get }
}

/// Links to the previous and next pages of a list.
struct Pager: Sendable {
    var page: Int
    var pages: Int
    var total: Int
    var previous: String?
    var next: String?

    /// `path` with `page` set and the other query items kept as given (percent-encoded).
    init<Item>(_ slice: Page<Item>, path: String, query: [(String, String)] = []) {
        page = slice.page
        pages = slice.pages
        total = slice.total
        func link(_ page: Int) -> String {
            var components = URLComponents()
            components.path = path
            components.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) } + [
                URLQueryItem(name: "page", value: String(page)), URLQueryItem(name: "limit", value: String(slice.limit)),
            ]
            return components.string ?? path
        }
        previous = slice.page > 1 ? link(slice.page - 1) : nil
        next = slice.page < slice.pages ? link(slice.page + 1) : nil
    }
}

/// Number formats the templates ask for by name: `{{fixed2(x)}}`, `{{percent(share)}}`.
extension Double: @retroactive MustacheTransformable {
    public func transform(_ name: String) -> Any? {
        switch name {
        case "fixed1": String(format: "%.1f", self)
        case "fixed2": String(format: "%.2f", self)
        case "fixed3": String(format: "%.3f", self)
        case "percent": String(format: "%.1f%%", self * 100)
        case "duration": durationText(seconds: self)
        default: nil
        }
    }
}
