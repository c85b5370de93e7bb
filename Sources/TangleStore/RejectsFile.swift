import Foundation

/// Writes `<case>.rejects.csv`: `file,line,reason,raw`, quoted as RFC 4180 wants.
struct RejectsFile {
    private let handle: FileHandle
    private var pending: [UInt8] = []

    /// Creates (or empties) the file at `path` and writes the header.
    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data("file,line,reason,raw\n".utf8)),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw StoreError("\(path): cannot write the rejects file") }
        try handle.seekToEnd()
        self.handle = handle
    }

    mutating func append(_ fields: [String]) throws {
        pending.append(contentsOf: fields.map(Self.quoted).joined(separator: ",").utf8)
        pending.append(0x0A)
        if pending.count > 1 << 16 { try flush() }
    }

    mutating func close() throws {
        try flush()
        try handle.close()
    }

    private mutating func flush() throws {
        guard !pending.isEmpty else { return }
        try handle.write(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
