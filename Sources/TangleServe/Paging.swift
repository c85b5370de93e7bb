import Hummingbird

/// `page` and `limit` from a query: page from 1, limit from 1 to `maxLimit`.
struct PageRequest: Sendable, Equatable {
    static let maxLimit = 200
    static let defaultLimit = 50

    var page: Int
    var limit: Int

    var offset: Int { (page - 1) * limit }

    init(page: Int = 1, limit: Int = Self.defaultLimit) {
        self.page = page
        self.limit = limit
    }

    init(_ request: Request) throws {
        page = try Self.integer(request, "page") ?? 1
        limit = try Self.integer(request, "limit") ?? Self.defaultLimit
        guard page >= 1 else { throw DashboardError.badRequest("page must be 1 or more") }
        guard (1...Self.maxLimit).contains(limit) else { throw DashboardError.badRequest("limit must be from 1 to \(Self.maxLimit)") }
    }

    static func integer(_ request: Request, _ name: String) throws -> Int? {
        guard let text = request.uri.queryParameters.get(name) else { return nil }
        guard text.utf8.count <= 9, let value = Int(text) else { throw DashboardError.badRequest("\(name) must be an integer") }
        return value
    }

    /// The slice of `items` this page shows, with the total.
    func slice<Item: Encodable & Sendable>(_ items: [Item]) -> Page<Item> {
        let start = min(offset, items.count)
        return Page(total: items.count, page: page, limit: limit, items: Array(items[start..<min(start + limit, items.count)]))
    }
}

/// One page of a list, as every list endpoint returns it.
struct Page<Item: Encodable & Sendable>: Encodable, Sendable {
    var total: Int
    var page: Int
    var limit: Int
    var items: [Item]

    var pages: Int { total == 0 ? 1 : (total + limit - 1) / limit }
}

extension Request {
    /// A query parameter as text, at most `maxLength` bytes.
    func text(_ name: String, maxLength: Int = 200) throws -> String? {
        guard let value = uri.queryParameters.get(name) else { return nil }
        guard value.utf8.count <= maxLength else { throw DashboardError.badRequest("\(name) is longer than \(maxLength) bytes") }
        return value
    }
}
