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
        try database.read { db in
            var byID: [Int64: AccountName] = [:]
            for chunk in stride(from: 0, to: rowIDs.count, by: 500) {
                let ids = rowIDs[chunk..<min(chunk + 500, rowIDs.count)]
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT id, platform_id, handle FROM account WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
                    arguments: StatementArguments(Array(ids)))
                while let row = try rows.next() {
                    byID[row[0]] = AccountName(platformID: row[1], handle: row[2])
                }
            }
            return rowIDs.map { byID[$0] ?? AccountName(platformID: "#\($0)", handle: nil) }
        }
    }
}
