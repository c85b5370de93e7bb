/// One row an importer skipped, with its line and why.
public struct SourceListProblem: Sendable, Equatable, Codable {
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}
