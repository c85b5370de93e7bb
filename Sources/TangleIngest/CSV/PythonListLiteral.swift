/// A list of strings as Python's `repr` writes it, which is how the IO archive stores its
/// `hashtags`, `urls` and `user_mentions` columns: `['a', 'b']`, `["it's"]`, `[]`, and in some
/// releases unquoted items, `[a, b]`.
enum PythonListLiteral {
    /// The items of the list in `bytes`; an empty field is an empty list. Nil when the bytes are not
    /// a list. Quoted items may use Python's backslash escapes (`\\`, `\'`, `\n`, `\xe9`, `\u00e9`, ...).
    /// The bytes must be valid UTF-8.
    ///
    /// - Complexity: O(n) in the bytes.
    static func items(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var index = 0
        func skipSpaces() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        }
        skipSpaces()
        if index == bytes.count { return [] }
        guard bytes[index] == UInt8(ascii: "[") else { return nil }
        index += 1
        var items: [String] = []
        var escaped: [UInt8] = []
        while true {
            skipSpaces()
            guard index < bytes.count else { return nil }
            let first = bytes[index]
            if first == UInt8(ascii: "]") {
                index += 1
                break
            }
            if first == UInt8(ascii: "'") || first == UInt8(ascii: "\"") {
                index += 1
                let itemStart = index
                while index < bytes.count, bytes[index] != first, bytes[index] != UInt8(ascii: "\\") { index += 1 }
                guard index < bytes.count else { return nil }
                if bytes[index] == first {
                    // No escapes: the item is the bytes between the quotes.
                    if index > itemStart { items.append(string(bytes, itemStart..<index)) }
                    index += 1
                } else {
                    escaped.removeAll(keepingCapacity: true)
                    escaped += UnsafeBufferPointer(rebasing: bytes[itemStart..<index])
                    guard readQuoted(bytes, &index, closing: first, into: &escaped) else { return nil }
                    if !escaped.isEmpty { items.append(String(decoding: escaped, as: UTF8.self)) }
                }
            } else {
                let itemStart = index
                while index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "]") {
                    index += 1
                }
                var itemEnd = index
                while itemEnd > itemStart, bytes[itemEnd - 1] == 0x20 || bytes[itemEnd - 1] == 0x09 { itemEnd -= 1 }
                if itemEnd > itemStart { items.append(string(bytes, itemStart..<itemEnd)) }
            }
            skipSpaces()
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] != UInt8(ascii: "]") {
                return nil
            }
        }
        skipSpaces()
        return index == bytes.count ? items : nil
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Reads a quoted item up to its closing quote, undoing backslash escapes; false when it never closes.
    private static func readQuoted(
        _ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, closing: UInt8, into item: inout [UInt8]
    ) -> Bool {
        while index < bytes.count {
            let b = bytes[index]
            index += 1
            if b == closing { return true }
            guard b == UInt8(ascii: "\\"), index < bytes.count else {
                item.append(b)
                continue
            }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "n"): item.append(0x0A)
            case UInt8(ascii: "t"): item.append(0x09)
            case UInt8(ascii: "r"): item.append(0x0D)
            case UInt8(ascii: "x"): appendScalar(bytes, &index, digits: 2, escape: escaped, into: &item)
            case UInt8(ascii: "u"): appendScalar(bytes, &index, digits: 4, escape: escaped, into: &item)
            case UInt8(ascii: "U"): appendScalar(bytes, &index, digits: 8, escape: escaped, into: &item)
            case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): item.append(escaped)
            default: item += [UInt8(ascii: "\\"), escaped]
            }
        }
        return false
    }

    /// Appends the scalar written as `digits` hex digits after `\x`, `\u` or `\U`; keeps the escape
    /// as written when the digits are not there.
    private static func appendScalar(
        _ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, digits: Int, escape: UInt8, into item: inout [UInt8]
    ) {
        var value: UInt32 = 0
        var count = 0
        while count < digits, index + count < bytes.count, let digit = Hex.value(bytes[index + count]) {
            value = value << 4 | UInt32(digit)
            count += 1
        }
        guard count == digits, let scalar = Unicode.Scalar(value) else {
            item += [UInt8(ascii: "\\"), escape]
            return
        }
        index += digits
        UTF8.encode(scalar) { item.append($0) }
    }
}
