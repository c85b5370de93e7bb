/// UTF-8 validation of field bytes, fast on the ASCII that most fields are.
///
/// The standard library's `String(validating:as:)` is generic over any sequence and, unspecialised,
/// cost a tenth of the QUT reader's time; this checks eight ASCII bytes at a time and then lets
/// `String(decoding:as:)` take its fast path.
enum UTF8Validation {
    /// The bytes as a String, or nil when they are not valid UTF-8.
    ///
    /// - Complexity: O(n).
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard firstInvalidOffset(bytes) == nil else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where the first byte that does not begin a well-formed UTF-8 sequence is, or nil when all
    /// are well formed (no overlong forms, no surrogates, nothing above U+10FFFF).
    ///
    /// - Complexity: O(n).
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var i = 0
        while i < count {
            if i + 8 <= count,
                UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                i += 8
                continue
            }
            let lead = base[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var secondLow: UInt8 = 0x80
            var secondHigh: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                secondLow = 0xA0
            case 0xED:
                length = 3
                secondHigh = 0x9F
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xF0:
                length = 4
                secondLow = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                secondHigh = 0x8F
            default: return i
            }
            guard i + length <= count, base[i + 1] >= secondLow, base[i + 1] <= secondHigh else { return i }
            for k in 2..<length where base[i + k] & 0xC0 != 0x80 {
                return i
            }
            i += length
        }
        return nil
    }
}
