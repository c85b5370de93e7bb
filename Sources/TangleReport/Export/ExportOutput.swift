import Foundation

/// Where an export's bytes go: kept in memory, or passed to a file in chunks as they are written.
public struct ExportOutput {
    /// Everything written so far (in memory), or what waits for the next flush (to a file).
    public private(set) var bytes: [UInt8] = []
    private let file: FileHandle?
    private static let chunkSize = 1 << 18

    /// Keeps the bytes in memory, in `bytes`.
    public init() {
        file = nil
    }

    /// Writes the bytes to `file` (at its current offset) in chunks; call `flush()` at the end.
    public init(file: FileHandle) {
        self.file = file
        bytes.reserveCapacity(Self.chunkSize + 4096)
    }

    /// Passes what waits to the file, if there is one.
    public mutating func flush() throws {
        guard let file, !bytes.isEmpty else { return }
        do {
            try file.write(contentsOf: bytes)
        } catch {
            throw ExportError("cannot write the export: \(error.localizedDescription)")
        }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Flushes when a chunk's worth waits; writers call it after each node and edge.
    mutating func flushIfFull() throws {
        if file != nil, bytes.count >= Self.chunkSize { try flush() }
    }

    mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(_ value: Int) {
        append(String(value))
    }

    /// A finite double in Swift's shortest round-trip form (`2.0`, `0.1`, `1e-05`), or `nonFinite`'s
    /// spelling of NaN and the infinities.
    mutating func append(_ value: Double, nonFinite: NonFiniteSpelling) {
        if value.isFinite {
            append(value.description)
        } else {
            switch nonFinite {
            case .xmlSchema: append(value.isNaN ? "NaN" : value < 0 ? "-INF" : "INF")
            case .null: append("null")
            }
        }
    }

    /// How NaN and the infinities are written.
    enum NonFiniteSpelling {
        /// `NaN`, `INF`, `-INF`: XML Schema's `xs:double`, which Python's `float()` also reads.
        case xmlSchema
        /// `null`, as JSON has no such numbers.
        case null
    }

    /// Text escaped for XML 1.0: markup characters as entities, and every character XML 1.0 cannot
    /// hold (controls other than tab, newline and carriage return; U+FFFE; U+FFFF) replaced by U+FFFD.
    /// In attribute values, tab, newline and carriage return are written as character references, so
    /// that parsers keep them instead of normalising them to spaces.
    mutating func appendXMLEscaped(_ text: String, inAttribute: Bool) {
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                index += 1
                switch byte {
                case UInt8(ascii: "&"): append("&amp;")
                case UInt8(ascii: "<"): append("&lt;")
                case UInt8(ascii: ">"): append("&gt;")
                case UInt8(ascii: "\""): append("&quot;")
                case UInt8(ascii: "'") where inAttribute: append("&apos;")
                case 0x09 where inAttribute: append("&#9;")
                case 0x0A where inAttribute: append("&#10;")
                case 0x0D: append("&#13;")
                case 0x09, 0x0A: bytes.append(byte)
                case 0x00..<0x20: appendReplacementCharacter()
                case 0xEF where index + 1 < utf8.count && utf8[index] == 0xBF && utf8[index + 1] >= 0xBE:
                    appendReplacementCharacter()  // U+FFFE or U+FFFF
                    index += 2
                default: bytes.append(byte)
                }
            }
        }
    }

    private mutating func appendReplacementCharacter() {
        bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped; all else as UTF-8.
    mutating func appendJSONString(_ text: String) {
        let hex: StaticString = "0123456789abcdef"
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x00..<0x20:
                append("\\u00")
                bytes.append(hex.utf8Start[Int(byte >> 4)])
                bytes.append(hex.utf8Start[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A CSV field as RFC 4180 wants: in double quotes, with quotes doubled, when it holds a comma,
    /// a quote, a carriage return or a newline; as it is otherwise.
    mutating func appendCSVField(_ text: String) {
        guard text.utf8.contains(where: Self.needsCSVQuotes) else { return append(text) }
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsCSVQuotes(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A, 0x0D: true
        default: false
        }
    }
}
