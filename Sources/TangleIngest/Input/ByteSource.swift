import CZlib
import TangleCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read as a stream of bytes, transparently gunzipped when it starts with the gzip magic.
///
/// Memory stays bounded by the chunk size whatever the file size.
// A class because it owns a file descriptor and a zlib stream, which must be released exactly once.
public final class ByteSource {
    public let path: String
    /// The file's size on disk (compressed size for gzip).
    public let size: Int
    public let isGzip: Bool
    /// Bytes read from disk so far, for progress.
    public private(set) var bytesFromDisk = 0
    /// The SHA-256 of the bytes read from disk so far; the file's digest once it is read to the end.
    public private(set) var digest = SHA256()

    private let fd: Int32
    private var zstream = z_stream()
    private var zInput: [UInt8] = []
    private var zInputStart = 0
    private var zInputEnd = 0
    private var zFinished = false
    private var diskEOF = false

    static let chunkSize = 1 << 20

    public init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw IngestError(.unreadable, file: path, "cannot open: \(String(cString: strerror(errno)))")
        }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw IngestError(.unreadable, file: path, "not a regular file")
        }
        self.fd = fd
        self.size = Int(st.st_size)
        var magic: [UInt8] = [0, 0]
        let n = pread(fd, &magic, 2, 0)
        self.isGzip = n == 2 && magic[0] == 0x1f && magic[1] == 0x8b
        if isGzip {
            zInput = [UInt8](repeating: 0, count: Self.chunkSize)
            // 15 + 32: a 32 KiB window, gzip or zlib header detected automatically.
            let status = inflateInit2_(&zstream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
            guard status == Z_OK else {
                close(fd)
                throw IngestError(.unreadable, file: path, "cannot start gzip decoding (zlib status \(status))")
            }
        }
    }

    deinit {
        if isGzip { inflateEnd(&zstream) }
        close(fd)
    }

    /// Reads up to `buffer.count` bytes into `buffer`; returns how many, 0 at the end of the input.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count > 0 else { return 0 }
        if !isGzip { return try readDisk(into: buffer) }
        return try inflate(into: buffer)
    }

    /// Reads the rest of the file from disk without decoding it, so that `digest` covers the whole
    /// file even when a reader stopped early (a truncated gzip stream, a trailing record it skipped).
    public func finishDigest() throws {
        var scratch = [UInt8](repeating: 0, count: Self.chunkSize)
        while try scratch.withUnsafeMutableBytes({ try readDisk(into: $0) }) > 0 {}
    }

    /// The size and SHA-256 of the file at `path` as stored on disk (compressed bytes for `.gz`).
    public static func sha256(path: String) throws -> (size: Int, hex: String) {
        let source = try ByteSource(path: path)
        try source.finishDigest()
        return (source.size, source.digest.hexDigest)
    }

    /// Reads the whole (decompressed) input up to `limit` bytes; for format detection.
    public func readPrefix(limit: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: limit)
        var filled = 0
        while filled < limit {
            let n = try bytes.withUnsafeMutableBytes { raw in
                try read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    private func readDisk(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if n >= 0 {
                bytesFromDisk += n
                // Hashing as the bytes go by saves a second pass over the file.
                digest.update(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
                return n
            }
            if errno == EINTR { continue }
            throw IngestError(.unreadable, file: path, "read failed: \(String(cString: strerror(errno)))")
        }
    }

    private func inflate(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            if zFinished && zInputStart == zInputEnd {
                // A gzip file may hold several members back to back; read on if more bytes follow.
                if diskEOF { return 0 }
                try refill()
                if zInputStart == zInputEnd { return 0 }
            }
            if zInputStart == zInputEnd && !diskEOF {
                try refill()
            }
            if zFinished {
                guard inflateReset(&zstream) == Z_OK else {
                    throw IngestError(.unreadable, file: path, "cannot restart gzip decoding")
                }
                zFinished = false
            }
            let available = zInputEnd - zInputStart
            let (status, produced, consumed) = zInput.withUnsafeMutableBufferPointer { input in
                zstream.next_in = input.baseAddress.map { $0 + zInputStart }
                zstream.avail_in = UInt32(available)
                zstream.next_out = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self)
                zstream.avail_out = UInt32(buffer.count)
                let status = CZlib.inflate(&zstream, Z_NO_FLUSH)
                return (status, buffer.count - Int(zstream.avail_out), available - Int(zstream.avail_in))
            }
            zInputStart += consumed
            switch status {
            case Z_STREAM_END:
                zFinished = true
            case Z_OK:
                break
            case Z_BUF_ERROR where available == 0 && diskEOF:
                throw truncated()
            case Z_BUF_ERROR:
                break
            default:
                let offset = bytesFromDisk - (zInputEnd - zInputStart)
                throw IngestError(
                    .truncatedGzip, file: path,
                    "corrupt gzip data near compressed byte \(offset) (zlib status \(status))")
            }
            if produced > 0 { return produced }
            if status != Z_STREAM_END && zInputStart == zInputEnd && diskEOF { throw truncated() }
        }
    }

    private func truncated() -> IngestError {
        IngestError(
            .truncatedGzip, file: path,
            "gzip stream ends early after \(bytesFromDisk) compressed bytes (file truncated?); "
                + "rows before the cut were read")
    }

    private func refill() throws {
        let n = try zInput.withUnsafeMutableBytes { try readDisk(into: $0) }
        zInputStart = 0
        zInputEnd = n
        if n == 0 { diskEOF = true }
    }
}
