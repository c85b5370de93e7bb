/// Finds where one JSON value ends without parsing it, by tracking nesting depth and strings, across
/// as many chunks as the value spans. Malformed values end somewhere; the parser then says why.
///
/// - Complexity: O(n) in the bytes scanned, with tight loops over string contents.
struct JSONValueScanner {
    private var depth = 0
    private var inString = false
    private var afterBackslash = false
    private var started = false
    private var isScalar = false
    /// Line breaks seen; the caller reads and resets it.
    var lineBreaks = 0
    /// The index after the last line break seen.
    private(set) var lastLineStart = 0

    /// Scans `bytes[start..<end]` and returns the index just past the value, or nil when the value
    /// goes on past `end` (call again with the following bytes).
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var index = start
        if !started {
            guard index < end else { return nil }
            started = true
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth = 1
            case UInt8(ascii: "\""): inString = true
            default: isScalar = true
            }
            index += 1
        }
        if isScalar {
            // A number, a literal, or garbage: ends at whitespace or a delimiter, which it leaves.
            while index < end {
                switch bytes[index] {
                case 0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"),
                    UInt8(ascii: ":"):
                    return index
                default: index += 1
                }
            }
            return nil
        }
        while index < end {
            if inString {
                if afterBackslash {
                    afterBackslash = false
                    index += 1
                    continue
                }
                while index < end {
                    let byte = bytes[index]
                    if byte == 0x22 || byte == 0x5C || byte == 0x0A { break }
                    index += 1
                }
                guard index < end else { return nil }
                switch bytes[index] {
                case 0x22:
                    inString = false
                    if depth == 0 { return index + 1 }
                case 0x5C:
                    afterBackslash = true
                default:
                    countLineBreak(at: index)
                }
                index += 1
                continue
            }
            switch bytes[index] {
            case 0x22: inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index + 1 }
            case 0x0A: countLineBreak(at: index)
            default: break
            }
            index += 1
        }
        return nil
    }

    private mutating func countLineBreak(at index: Int) {
        lineBreaks += 1
        lastLineStart = index + 1
    }
}
