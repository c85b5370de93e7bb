import Foundation
import TangleIngest

/// `<case>.rejects.csv`: every rejected row with its file, line, reason and raw text, appended across
/// ingests so that nothing is silently dropped.
struct RejectsFile {
    let path: String
    private var handle: FileHandle?
    private var pending = Data()

    init(path: String) {
        self.path = path
    }

    mutating func append(file: String, _ rejection: Rejection) throws {
        if handle == nil { try open() }
        let row = [file, String(rejection.line), rejection.reason, rejection.raw].map(Self.quoted).joined(separator: ",")
        pending.append(contentsOf: Array((row + "\n").utf8))
        if pending.count > 1 << 16 { try flush() }
    }

    mutating func close() throws {
        try flush()
        try handle?.close()
        handle = nil
    }

    private mutating func open() throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: Data("file,line,reason,raw\n".utf8)) else {
                throw StoreError("\(path): cannot create the rejects file")
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw StoreError("\(path): cannot open the rejects file for writing")
        }
        try handle.seekToEnd()
        self.handle = handle
    }

    private mutating func flush() throws {
        guard let handle, !pending.isEmpty else { return }
        try handle.write(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
