/// Which column (CSV) or key path (JSONL, dotted: `user.id`) holds each field of a generic input.
///
/// Written on the command line as `--map account=user_id,time=created_at,text=body,url=link`.
public struct ColumnMap: Sendable, Equatable {
    public enum Field: String, CaseIterable, Sendable {
        case id, account, handle, time, text, url, hashtag, mention, repost, reply, quote, language, client
    }

    /// Field to column name (or dotted JSON key path).
    public var columns: [Field: String]

    /// The fields a generic input cannot do without.
    public static let required: [Field] = [.account, .time]

    public init(columns: [Field: String]) {
        self.columns = columns
    }

    /// Parses `field=column,field=column`.
    public init(parsing text: String) throws {
        var columns: [Field: String] = [:]
        for part in text.split(separator: ",", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1)
            let known = Field.allCases.map(\.rawValue).joined(separator: ", ")
            guard pieces.count == 2, !pieces[1].isEmpty else {
                throw IngestError(.badColumnMap, file: "--map", "'\(part)' is not field=column (fields: \(known))")
            }
            guard let field = Field(rawValue: String(pieces[0]).trimmingSpaces) else {
                throw IngestError(.badColumnMap, file: "--map", "unknown field '\(pieces[0])' (fields: \(known))")
            }
            columns[field] = String(pieces[1]).trimmingSpaces
        }
        let missing = Self.required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw IngestError(
                .badColumnMap, file: "--map",
                "missing \(missing.map(\.rawValue).joined(separator: ", ")); a generic input needs at least account and time")
        }
        self.columns = columns
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
