import GRDB

/// How an account is named in output: its platform id, and its handle when the data gave one.
public struct AccountName: Sendable, Equatable, Codable {
    public var platformID: String
    public var handle: String?

    /// `@handle (id)`, or the id alone.
    public var display: String {
        handle.map { "@\($0) (\(platformID))" } ?? platformID
    }
}

extension CaseFile {
    /// The names of accounts given by case-file row id, in the same order.
    public func accountNames(_ rowIDs: [Int64]) throws -> [AccountName] {
        try fetch(rowIDs, sql: "SELECT id, platform_id, handle FROM account") { AccountName(platformID: $0[1], handle: $0[2]) }
            .map { $0 ?? AccountName(platformID: "?", handle: nil) }
    }

    /// Rows by id in chunks (SQLite bounds the number of parameters), returned in the order asked.
    func fetch<T>(_ rowIDs: [Int64], sql: String, _ make: (Row) -> T) throws -> [T?] {
        try database.read { db in
            var byID: [Int64: T] = [:]
            for chunk in stride(from: 0, to: rowIDs.count, by: 500) {
                let ids = Array(rowIDs[chunk..<min(chunk + 500, rowIDs.count)])
                let rows = try Row.fetchCursor(
                    db, sql: sql + " WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
                    arguments: StatementArguments(ids))
                while let row = try rows.next() { byID[row[0]] = make(row) }
            }
            return rowIDs.map { byID[$0] }
        }
    }
}

/// How a post is cited: its platform id and its text.
public struct PostName: Sendable, Equatable, Codable {
    public var platformID: String
    public var text: String
}

extension CaseFile {
    /// The platform ids and texts of posts given by case-file row id, in the same order.
    public func postNames(_ rowIDs: [Int64]) throws -> [PostName] {
        try fetch(rowIDs, sql: "SELECT id, platform_id, text FROM post") { PostName(platformID: $0[1], text: $0[2]) }
            .map { $0 ?? PostName(platformID: "?", text: "") }
    }
}
