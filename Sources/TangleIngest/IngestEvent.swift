import TangleCore

/// One thing a reader found in its input.
public enum IngestEvent: Sendable {
    /// A post with its author.
    case post(PostRecord)
    /// An account from a profile-only file (the IO archive's users CSV).
    case account(AccountRecord)
    /// A row the reader could not use, with why.
    case rejected(Rejection)
}

/// A row a reader could not use: where it was, why, and the row as written.
public struct Rejection: Sendable, Equatable {
    /// The 1-based line on which the row starts.
    public var line: Int
    /// Why, in words a person can act on: what was expected and what was found.
    public var reason: String
    /// The raw row, cut to `Rejection.maxRawBytes`.
    public var raw: String

    /// Rejected rows are written out; a 10 MB field is not worth writing out whole.
    public static let maxRawBytes = 4096

    public init(line: Int, reason: String, raw: some Collection<UInt8>) {
        self.line = line
        self.reason = reason
        let cut = raw.prefix(Self.maxRawBytes)
        self.raw = String(decoding: cut, as: UTF8.self)
    }
}

/// Reads one input file, record by record, in bounded memory.
public protocol RecordReader {
    /// The next event, or nil at the end of the input.
    ///
    /// Throws `IngestError` only for what stops the whole file (I/O, a truncated gzip stream);
    /// a bad row is returned as `.rejected`.
    mutating func next() throws -> IngestEvent?
}
