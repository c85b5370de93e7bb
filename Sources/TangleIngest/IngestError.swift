/// Why a file could not be read. Each message names the file, the line where there is one, and
/// what was expected.
public struct IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case unreadable
        case emptyFile
        case unrecognisedFormat
        case missingColumns
        case truncatedGzip
        case badColumnMap
        case rejectedRow
    }

    public var kind: Kind
    public var file: String
    /// The 1-based line, when the error belongs to one.
    public var line: Int?
    public var message: String

    public init(_ kind: Kind, file: String, line: Int? = nil, _ message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
