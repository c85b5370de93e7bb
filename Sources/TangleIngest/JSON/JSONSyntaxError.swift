/// Why bytes are not JSON: what the parser expected, what it found instead, and where.
struct JSONSyntaxError: Error, Equatable, Sendable {
    /// What would have been valid here, e.g. `',' or '}'`.
    var expected: String
    /// What was there instead, e.g. `'x'`, `byte 0xFF`, `the end of the record`.
    var found: String
    /// The 0-based byte offset in the parsed bytes.
    var offset: Int

    /// Describes the byte at `offset` of `bytes` for a message: printable ASCII quoted, anything else
    /// as its hex value, past the end as the end of the record.
    static func describe(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the record" }
        return describe(byte: bytes[offset])
    }

    static func describe(byte: UInt8) -> String {
        switch byte {
        case 0x0A: return "a line break"
        case 0x20: return "a space"
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        default: return "byte 0x" + Hex.text(byte, width: 2)
        }
    }
}
