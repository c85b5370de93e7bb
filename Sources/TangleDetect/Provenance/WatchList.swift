import TangleCore

/// The accounts whose first repeat of a story counts as uptake: one handle (`@name`) or platform id per
/// line, `#` to the end of a line a comment, blank lines ignored.
public struct WatchList: Sendable, Equatable {
    /// Handles, lowercased, without `@`.
    public private(set) var handles: Set<String> = []
    /// Platform ids exactly as written.
    public private(set) var platformIDs: Set<String> = []

    public init(handles: Set<String> = [], platformIDs: Set<String> = []) {
        self.handles = Set(handles.map { $0.lowercased() })
        self.platformIDs = platformIDs
    }

    /// Parses a watch file's bytes; `file` names it in errors.
    ///
    /// - Complexity: O(bytes).
    public init(parsing bytes: some Collection<UInt8>, file: String) throws(InputFileError) {
        // Split on bytes: a CRLF pair is one Character and would hide the line break from a String split.
        for (index, lineBytes) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            var line = Substring(String(decoding: lineBytes, as: UTF8.self))
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let entry = line.trimmingSpaces
            guard !entry.isEmpty else { continue }
            let problem: String?
            if entry.contains(where: { $0 == " " || $0 == "\t" || $0 == "," }) {
                problem = "one handle or platform id per line, found \"\(entry)\""
            } else if entry == "@" {
                problem = "a handle after \"@\""
            } else {
                problem = nil
            }
            if let problem { throw InputFileError(file: file, line: index + 1, "expected \(problem)") }
            if entry.hasPrefix("@") {
                handles.insert(entry.dropFirst().lowercased())
            } else {
                platformIDs.insert(String(entry))
            }
        }
    }

    public var isEmpty: Bool { handles.isEmpty && platformIDs.isEmpty }

    /// Whether the list names this account, by platform id or by handle (case-insensitive).
    public func contains(platformID: String, handle: String?) -> Bool {
        platformIDs.contains(platformID) || handle.map { handles.contains($0.lowercased()) } == true
    }
}

extension Substring {
    /// Without leading and trailing blanks (and a byte-order mark a Windows editor may leave).
    fileprivate var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}
