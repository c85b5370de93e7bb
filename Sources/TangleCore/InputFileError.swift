/// A file a person gave that cannot be read, in words they can act on: the file, the line, and what
/// was expected there. Shared by every reader of hand-written inputs (source lists, narratives files,
/// watch lists), so that their errors read alike.
public struct InputFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when the problem is the file as a whole.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
