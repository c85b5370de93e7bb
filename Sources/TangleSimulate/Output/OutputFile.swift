import Foundation

/// A file written through one reusable byte buffer, handed to the system in pieces of about 1 MiB.
struct OutputFile {
    static let pieceSize = 1 << 20

    let path: String
    private let handle: FileHandle
    /// Bytes not yet written; writers append to it, then call `flushIfFull`.
    var bytes: [UInt8] = []

    init(path: String) throws {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw SimulationError("cannot create \(path): check that the folder exists and is writable")
        }
        do {
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        } catch {
            throw SimulationError("cannot open \(path) for writing: \(error.localizedDescription)")
        }
        bytes.reserveCapacity(Self.pieceSize + 64 * 1024)
    }

    @inline(__always)
    mutating func flushIfFull() throws {
        if bytes.count >= Self.pieceSize { try flush() }
    }

    mutating func close() throws {
        try flush()
        do {
            try handle.close()
        } catch {
            throw SimulationError("cannot close \(path): \(error.localizedDescription)")
        }
    }

    private mutating func flush() throws {
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            throw SimulationError("cannot write \(path): \(error.localizedDescription)")
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
