/// A strict JSON parser (RFC 8259) over bytes that writes a flat tape of nodes (see `JSONDocument`).
///
/// Strings are validated (escapes, UTF-8) but not decoded: a node keeps the byte range, and only the
/// strings a reader asks for become `String`s. A `\uXXXX` surrogate escape without its partner is
/// accepted, since Python's `json` module writes and reads it (a text cut inside an emoji); it decodes
/// as U+FFFD. Numbers keep their byte text, so a 64-bit id never passes through a `Double`. Iterative,
/// so deep nesting cannot overflow the stack.
///
/// - Complexity: O(n) in the input's length, one pass.
struct JSONParser {
    private let input: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
    }

    /// Parses exactly one JSON value filling `input` (surrounding whitespace allowed) into `nodes`;
    /// `stack` is scratch space, passed in so that its storage is reused from record to record.
    ///
    /// - Returns: true; false when the value holds more than `nodeLimit` nodes (values and keys),
    ///   having stopped there, its syntax unchecked beyond, with `nodes` incomplete.
    static func parse(
        _ input: UnsafeBufferPointer<UInt8>, into nodes: inout [JSONDocument.Node], stack: inout [Int],
        nodeLimit: Int
    ) throws(JSONSyntaxError) -> Bool {
        nodes.removeAll(keepingCapacity: true)
        stack.removeAll(keepingCapacity: true)
        var parser = JSONParser(input: input)
        return try parser.parseDocument(into: &nodes, stack: &stack, nodeLimit: nodeLimit)
    }

    private mutating func parseDocument(into nodes: inout [JSONDocument.Node], stack: inout [Int], nodeLimit: Int)
        throws(JSONSyntaxError) -> Bool
    {
        value: while true {
            // Every node is a value, or a key just before one: checking before each value is enough.
            guard nodes.count < nodeLimit else { return false }
            skipWhitespace()
            guard position < input.count else { throw failure(expected: Self.aValue) }
            switch input[position] {
            case UInt8(ascii: "{"):
                stack.append(nodes.count)
                nodes.append(JSONDocument.Node(kind: .object, start: position))
                position += 1
                skipWhitespace()
                if position < input.count, input[position] == UInt8(ascii: "}") {
                    position += 1
                    close(&nodes, &stack)
                } else {
                    try parseKey(into: &nodes)
                    continue value
                }
            case UInt8(ascii: "["):
                stack.append(nodes.count)
                nodes.append(JSONDocument.Node(kind: .array, start: position))
                position += 1
                skipWhitespace()
                if position < input.count, input[position] == UInt8(ascii: "]") {
                    position += 1
                    close(&nodes, &stack)
                } else {
                    continue value
                }
            case UInt8(ascii: "\""):
                try parseString(into: &nodes)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try parseNumber(into: &nodes)
            case UInt8(ascii: "t"):
                try parseLiteral("true", kind: .true, into: &nodes)
            case UInt8(ascii: "f"):
                try parseLiteral("false", kind: .false, into: &nodes)
            case UInt8(ascii: "n"):
                try parseLiteral("null", kind: .null, into: &nodes)
            default:
                throw failure(expected: Self.aValue)
            }
            // After a complete value: close containers, or go on to the next member or element.
            while let open = stack.last {
                skipWhitespace()
                let isObject = nodes[open].kind == .object
                guard position < input.count else {
                    throw failure(expected: isObject ? "',' or '}'" : "',' or ']'")
                }
                let byte = input[position]
                if byte == UInt8(ascii: ",") {
                    position += 1
                    if isObject {
                        skipWhitespace()
                        try parseKey(into: &nodes)
                    }
                    continue value
                }
                if byte == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    position += 1
                    close(&nodes, &stack)
                    continue
                }
                throw failure(expected: isObject ? "',' or '}'" : "',' or ']'")
            }
            skipWhitespace()
            guard position == input.count else { throw failure(expected: "the end of the record") }
            return true
        }
    }

    private static let aValue = "a value (object, array, string, number, true, false or null)"

    private mutating func close(_ nodes: inout [JSONDocument.Node], _ stack: inout [Int]) {
        let open = stack.removeLast()
        nodes[open].end = UInt32(truncatingIfNeeded: position)
        nodes[open].next = UInt32(truncatingIfNeeded: nodes.count)
    }

    /// A member's key and the `:` after it.
    private mutating func parseKey(into nodes: inout [JSONDocument.Node]) throws(JSONSyntaxError) {
        guard position < input.count, input[position] == UInt8(ascii: "\"") else {
            throw failure(expected: "'\"' to start a key")
        }
        try parseString(into: &nodes)
        skipWhitespace()
        guard position < input.count, input[position] == UInt8(ascii: ":") else {
            throw failure(expected: "':' after the key")
        }
        position += 1
    }

    private mutating func parseString(into nodes: inout [JSONDocument.Node]) throws(JSONSyntaxError) {
        let start = position + 1
        var index = start
        var isEscaped = false
        let count = input.count
        while true {
            index = Self.plainASCIIEnd(input, from: index)
            guard index < count else {
                throw JSONSyntaxError(
                    expected: "'\"' to close the string", found: "the end of the record", offset: index)
            }
            let byte = input[index]
            if byte == 0x22 { break }
            if byte == 0x5C {
                isEscaped = true
                index = try escapeEnd(at: index)
            } else if byte < 0x20 {
                throw JSONSyntaxError(
                    expected: "a control character in a string to be escaped (\\n, \\t, \\u00XX)",
                    found: "byte 0x" + Hex.text(byte, width: 2), offset: index)
            } else {
                index = try utf8SequenceEnd(at: index)
            }
        }
        var node = JSONDocument.Node(kind: .string, start: start)
        node.end = UInt32(truncatingIfNeeded: index)
        node.next = UInt32(truncatingIfNeeded: nodes.count + 1)
        node.isEscaped = isEscaped
        nodes.append(node)
        position = index + 1
    }

    /// The index of the first byte from `start` that is not plain ASCII string content (a quote, a
    /// backslash, a control character or a non-ASCII byte), or the end. Eight bytes at a time, since
    /// most of social-media JSON is such content.
    static func plainASCIIEnd(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = input.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= input.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let quote = word ^ (ones &* 0x22)
                let backslash = word ^ (ones &* 0x5C)
                // A byte's high bit is set in each term when it is zero (quote, backslash) or below
                // 0x20; `word & highs` catches non-ASCII bytes, which may make the others misfire,
                // harmlessly: the byte loop below decides.
                let special =
                    ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
                    | ((word &- ones &* 0x20) & ~word) | word
                if special & highs != 0 { break }
                index += 8
            }
        }
        while index < input.count {
            let byte = input[index]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 || byte >= 0x80 { break }
            index += 1
        }
        return index
    }

    /// Validates the escape at `index` (a backslash) and returns the index after it.
    private func escapeEnd(at index: Int) throws(JSONSyntaxError) -> Int {
        guard index + 1 < input.count else {
            throw JSONSyntaxError(
                expected: "an escape after '\\'", found: "the end of the record", offset: index + 1)
        }
        switch input[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return index + 2
        case UInt8(ascii: "u"):
            let unit = try hexUnit(at: index + 2)
            // A high surrogate and the low one after it make one escape; any other surrogate stands alone.
            if (0xD800...0xDBFF).contains(unit), index + 7 < input.count, input[index + 6] == UInt8(ascii: "\\"),
                input[index + 7] == UInt8(ascii: "u"), let low = try? hexUnit(at: index + 8),
                (0xDC00...0xDFFF).contains(low)
            {
                return index + 12
            }
            return index + 6
        default:
            throw JSONSyntaxError(
                expected: "an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
                found: JSONSyntaxError.describe(input, at: index + 1), offset: index + 1)
        }
    }

    private func hexUnit(at index: Int) throws(JSONSyntaxError) -> UInt16 {
        var value: UInt16 = 0
        for offset in index..<(index + 4) {
            guard offset < input.count, let digit = Hex.value(input[offset]) else {
                throw JSONSyntaxError(
                    expected: "4 hex digits after \\u", found: JSONSyntaxError.describe(input, at: offset),
                    offset: offset)
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// Validates the multi-byte UTF-8 sequence starting at `index` and returns the index after it.
    /// Rejects overlong forms, surrogates and code points above U+10FFFF (Unicode table 3-7).
    private func utf8SequenceEnd(at index: Int) throws(JSONSyntaxError) -> Int {
        let lead = input[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondRange = 0x80...0x9F
        case 0xF0:
            length = 4
            secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondRange = 0x80...0x8F
        default:
            throw invalidUTF8(at: index)
        }
        for offset in (index + 1)..<(index + length) {
            guard offset < input.count else { throw invalidUTF8(at: offset) }
            let range = offset == index + 1 ? secondRange : 0x80...0xBF
            guard range.contains(input[offset]) else { throw invalidUTF8(at: offset) }
        }
        return index + length
    }

    private func invalidUTF8(at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            expected: "valid UTF-8 in a string", found: JSONSyntaxError.describe(input, at: offset), offset: offset)
    }

    private mutating func parseNumber(into nodes: inout [JSONDocument.Node]) throws(JSONSyntaxError) {
        let start = position
        if input[position] == UInt8(ascii: "-") { position += 1 }
        guard position < input.count, Self.isDigit(input[position]) else {
            throw failure(expected: "a digit")
        }
        if input[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            skipDigits()
        }
        if position < input.count, input[position] == UInt8(ascii: ".") {
            position += 1
            guard position < input.count, Self.isDigit(input[position]) else {
                throw failure(expected: "a digit after '.'")
            }
            skipDigits()
        }
        if position < input.count, input[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < input.count, input[position] == UInt8(ascii: "+") || input[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < input.count, Self.isDigit(input[position]) else {
                throw failure(expected: "a digit in the exponent")
            }
            skipDigits()
        }
        var node = JSONDocument.Node(kind: .number, start: start)
        node.end = UInt32(truncatingIfNeeded: position)
        node.next = UInt32(truncatingIfNeeded: nodes.count + 1)
        nodes.append(node)
    }

    private mutating func parseLiteral(
        _ word: StaticString, kind: JSONDocument.Kind, into nodes: inout [JSONDocument.Node]
    ) throws(JSONSyntaxError) {
        let start = position
        let length = word.utf8CodeUnitCount
        guard position + length <= input.count else { throw failure(expected: Self.aValue) }
        for offset in 0..<length where input[position + offset] != word.utf8Start[offset] {
            position += offset
            throw failure(expected: "'\(word)'")
        }
        position += length
        var node = JSONDocument.Node(kind: kind, start: start)
        node.end = UInt32(truncatingIfNeeded: position)
        node.next = UInt32(truncatingIfNeeded: nodes.count + 1)
        nodes.append(node)
    }

    private mutating func skipWhitespace() {
        while position < input.count {
            switch input[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private mutating func skipDigits() {
        while position < input.count, Self.isDigit(input[position]) { position += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private func failure(expected: String) -> JSONSyntaxError {
        JSONSyntaxError(expected: expected, found: JSONSyntaxError.describe(input, at: position), offset: position)
    }
}
