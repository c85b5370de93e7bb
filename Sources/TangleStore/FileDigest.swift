import TangleCore

#if canImport(Glibc)
import Glibc
#endif

/// The size and SHA-256 of a file as stored on disk (compressed bytes for `.gz`), recorded with each
/// ingest so that every finding can name the exact input it came from.
public enum FileDigest {
    public static func sha256(path: String) throws -> (size: Int, hex: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw StoreError("\(path): cannot open: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var size = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError("\(path): read failed: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            size += n
            buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        }
        let digest = hasher.finalize()
        return (size, digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined())
    }
}
