/// Formatting straight into an output buffer, by hand: no `String` per field, no locale, the same
/// bytes on every run.
extension Array where Element == UInt8 {
    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A non-negative integer in decimal, written back to front into a scratch of 20 bytes.
    mutating func appendDecimal(_ value: UInt64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value
            var start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<20]))
        }
    }

    @inline(__always)
    mutating func appendDecimal(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDecimal(UInt64(value.magnitude))
    }

    @inline(__always)
    mutating func appendDecimal(_ value: Int64) {
        appendDecimal(Int(value))
    }

    /// `value` in exactly `width` digits, zero-padded.
    @inline(__always)
    mutating func appendPadded(_ value: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// A CSV field: quoted, with quotes doubled, when it holds a comma, a quote or a line break.
    mutating func appendCSVField(_ field: ArraySlice<UInt8>) {
        field.withUnsafeBufferPointer { appendCSVField($0) }
    }

    mutating func appendCSVField(_ field: [UInt8]) {
        field.withUnsafeBufferPointer { appendCSVField($0) }
    }

    /// A CSV field whose need for quotes is known.
    mutating func appendField(_ field: ArraySlice<UInt8>, quoted: Bool) {
        if quoted { appendCSVField(field) } else { append(contentsOf: field) }
    }

    private mutating func appendCSVField(_ field: UnsafeBufferPointer<UInt8>) {
        var needsQuotes = false
        for byte in field where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
        {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            append(contentsOf: field)
            return
        }
        append(UInt8(ascii: "\""))
        for byte in field {
            if byte == UInt8(ascii: "\"") { append(UInt8(ascii: "\"")) }
            append(byte)
        }
        append(UInt8(ascii: "\""))
    }

    /// A JSON string with its quotes: `"` and `\` escaped, control bytes as `\u00XX`, the rest
    /// (UTF-8 included) as is.
    mutating func appendJSONString(_ text: some Collection<UInt8>) {
        append(UInt8(ascii: "\""))
        for byte in text {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                append(UInt8(ascii: "\\"))
                append(byte)
            case 0x0A: append("\\n")
            case 0..<0x20:
                append("\\u00")
                append(hexDigit(byte >> 4))
                append(hexDigit(byte & 0xF))
            default: append(byte)
            }
        }
        append(UInt8(ascii: "\""))
    }

    /// A decimal id as a JSON string, as the Twitter API writes ids.
    @inline(__always)
    mutating func appendQuotedDecimal(_ value: UInt64) {
        append(UInt8(ascii: "\""))
        appendDecimal(value)
        append(UInt8(ascii: "\""))
    }

    private func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
