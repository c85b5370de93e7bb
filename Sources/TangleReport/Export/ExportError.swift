/// Why a graph could not be exported: a document that does not hold together, or a file that could
/// not be written.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
