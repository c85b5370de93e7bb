#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One parsed JSON value: its bytes and a flat tape of nodes over them.
///
/// Node 0 is the root. A container's members follow it in document order, and each node knows the
/// index just past its subtree (`next`), so skipping a whole subtree is one step. An object's children
/// alternate key, value. Values are looked up by node index; nothing becomes a `String` until a reader
/// asks for it, which keeps the per-record cost to one validating pass over the bytes.
///
/// A reader keeps one document and re-parses into it, so its storage is reused from record to record.
struct JSONDocument {
    enum Kind: UInt8, Sendable {
        case object, array, string, number, `true`, `false`, null
    }

    /// 16 bytes per value. Offsets are 32-bit: records are capped well below 4 GiB.
    struct Node {
        var kind: Kind
        /// A string holding at least one escape, which must be decoded rather than copied.
        var isEscaped = false
        /// Strings: the first byte after the opening quote. Others: the first byte.
        var start: UInt32
        /// Strings: the closing quote. Others: the byte after the value.
        var end: UInt32 = 0
        /// The index of the first node after this one's subtree.
        var next: UInt32 = 0

        init(kind: Kind, start: Int) {
            self.kind = kind
            self.start = UInt32(truncatingIfNeeded: start)
        }
    }

    /// The bytes of the last record parsed (also what a rejection shows as the raw record).
    private(set) var bytes: [UInt8] = []
    private(set) var nodes: [Node] = []
    private var stack: [Int] = []

    init() {}

    /// Parses a whole text; for tests and small inputs.
    init(parsing text: some Sequence<UInt8>) throws(JSONSyntaxError) {
        let bytes = Array(text)
        var parsed = JSONDocument()
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) in try parsed.parse(buffer) }
        self = parsed
    }

    /// Parses `record` into this document, replacing what it held. The bytes are copied even when the
    /// parse fails, so that the caller can show them.
    mutating func parse(_ record: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) {
        _ = try parse(record, nodeLimit: .max)
    }

    /// Parses `record` as `parse(_:)` does, unless it holds more than `nodeLimit` values (keys
    /// counted): then it stops there, leaves the document unusable, and returns false. Each value
    /// costs 16 bytes, so the limit bounds the memory of one record.
    mutating func parse(_ record: UnsafeBufferPointer<UInt8>, nodeLimit: Int) throws(JSONSyntaxError) -> Bool {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: record)
        return try JSONParser.parse(record, into: &nodes, stack: &stack, nodeLimit: nodeLimit)
    }

    /// The root value's node.
    var root: Int { 0 }

    func kind(_ node: Int) -> Kind { nodes[node].kind }

    // MARK: - Navigation

    /// The value under `key` in `object`; nil when `object` is nil or not an object, the key is
    /// absent, or its value is `null` (the APIs write `null` for "not there").
    ///
    /// - Complexity: O(members), comparing lengths before bytes.
    func member(_ object: Int?, _ key: StaticString) -> Int? {
        let value = key.withUTF8Buffer { memberValue(object, key: $0) }
        guard let value, nodes[value].kind != .null else { return nil }
        return value
    }

    /// The value under a key given as bytes (a column map's key path); as `member(_:_:)`.
    func member(_ object: Int?, key: [UInt8]) -> Int? {
        let value = key.withUnsafeBufferPointer { memberValue(object, key: $0) }
        guard let value, nodes[value].kind != .null else { return nil }
        return value
    }

    /// Whether `object` has `key`, even with a `null` value.
    func contains(_ object: Int?, _ key: StaticString) -> Bool {
        key.withUTF8Buffer { memberValue(object, key: $0) } != nil
    }

    /// Follows a path of keys: `member(member(object, a), b)`.
    func member(_ object: Int?, _ first: StaticString, _ second: StaticString) -> Int? {
        member(member(object, first), second)
    }

    func member(_ object: Int?, _ first: StaticString, _ second: StaticString, _ third: StaticString) -> Int? {
        member(member(member(object, first), second), third)
    }

    private func memberValue(_ object: Int?, key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let object else { return nil }
        // One pass with raw pointers: readers look up a score of keys per record.
        return nodes.withUnsafeBufferPointer { nodes -> Int? in
            guard nodes[object].kind == .object else { return nil }
            return bytes.withUnsafeBufferPointer { bytes -> Int? in
                var index = object + 1
                let end = Int(nodes[object].next)
                while index < end {
                    let node = nodes[index]
                    if node.isEscaped {
                        if decodedBytes(index).elementsEqual(key) { return index + 1 }
                    } else if Int(node.end) - Int(node.start) == key.count,
                        Self.equal(bytes, from: Int(node.start), key)
                    {
                        return index + 1
                    }
                    index = Int(nodes[index + 1].next)
                }
                return nil
            }
        }
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ key: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard let base = bytes.baseAddress, let keyBase = key.baseAddress else { return key.isEmpty }
        return memcmp(base + start, keyBase, key.count) == 0
    }

    private func keyEquals(_ node: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let item = nodes[node]
        if item.isEscaped { return decodedBytes(node).elementsEqual(key) }
        guard Int(item.end) - Int(item.start) == key.count else { return false }
        return bytes.withUnsafeBufferPointer { Self.equal($0, from: Int(item.start), key) }
    }

    /// The elements of an array (none when `array` is nil or not an array).
    func elements(_ array: Int?) -> Children {
        guard let array, nodes[array].kind == .array else { return Children(nodes: nodes, range: 0..<0, stride: 1) }
        return Children(nodes: nodes, range: (array + 1)..<Int(nodes[array].next), stride: 1)
    }

    /// The key nodes of an object, in order; the value of key `k` is node `k + 1`.
    func keys(_ object: Int?) -> Children {
        guard let object, nodes[object].kind == .object else {
            return Children(nodes: nodes, range: 0..<0, stride: 2)
        }
        return Children(nodes: nodes, range: (object + 1)..<Int(nodes[object].next), stride: 2)
    }

    /// Direct children of a container, stepping over each child's subtree.
    struct Children: Sequence, IteratorProtocol {
        fileprivate let nodes: [Node]
        fileprivate var range: Range<Int>
        /// 1 for array elements; 2 for object keys (skip the key, then the value's subtree).
        fileprivate let stride: Int

        mutating func next() -> Int? {
            guard range.lowerBound < range.upperBound else { return nil }
            let current = range.lowerBound
            let skipTo = stride == 2 ? Int(nodes[current + 1].next) : Int(nodes[current].next)
            range = skipTo..<range.upperBound
            return current
        }
    }

    // MARK: - Values

    /// A string value as a `String`; nil for other kinds and for the empty string.
    func string(_ node: Int?) -> String? {
        guard let node, nodes[node].kind == .string, nodes[node].end > nodes[node].start else { return nil }
        return makeString(node)
    }

    /// An id or code as written: a string's text or a number's digits (so `"id": 1234` and
    /// `"id": "1234"` read the same and a 64-bit number keeps every digit); nil otherwise or empty.
    func text(_ node: Int?) -> String? {
        guard let node else { return nil }
        switch nodes[node].kind {
        case .string: return string(node)
        case .number: return makeString(node)
        default: return nil
        }
    }

    /// An integer from a number or a string of digits (counts are sometimes quoted); nil when it has
    /// a fraction, an exponent, or does not fit.
    func int(_ node: Int?) -> Int? {
        guard let node, nodes[node].kind == .number || nodes[node].kind == .string, !nodes[node].isEscaped else {
            return nil
        }
        let item = nodes[node]
        return bytes.withUnsafeBufferPointer { all -> Int? in
            var index = Int(item.start)
            let end = Int(item.end)
            let negative = index < end && all[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            guard index < end else { return nil }
            var value = 0
            while index < end {
                let digit = Int(all[index]) - 0x30
                guard digit >= 0, digit <= 9 else { return nil }
                let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(digit)
                guard !overflow1, !overflow2 else { return nil }
                value = sum
                index += 1
            }
            return negative ? -value : value
        }
    }

    /// `true` or `false`; nil for anything else.
    func bool(_ node: Int?) -> Bool? {
        guard let node else { return nil }
        switch nodes[node].kind {
        case .true: return true
        case .false: return false
        default: return nil
        }
    }

    /// Whether a string value equals `literal` exactly.
    func string(_ node: Int?, equals literal: StaticString) -> Bool {
        guard let node, nodes[node].kind == .string else { return false }
        return literal.withUTF8Buffer { keyEquals(node, $0) }
    }

    /// Calls `body` with a scalar's content bytes, decoded for an escaped string: for parsing times and
    /// numbers without making a `String`.
    func withContent<Result>(_ node: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let item = nodes[node]
        if item.isEscaped { return decodedBytes(node).withUnsafeBufferPointer(body) }
        return bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(item.start)..<Int(item.end)]))
        }
    }

    /// The bytes of a value as written (a container from its bracket to its closing bracket).
    func raw(_ node: Int) -> ArraySlice<UInt8> {
        let item = nodes[node]
        return bytes[Int(item.start)..<Int(item.end)]
    }

    /// The keys of an object as strings, for messages that say what was found.
    func keyNames(_ object: Int?) -> [String] {
        keys(object).map { makeString($0) }
    }

    private func makeString(_ node: Int) -> String {
        let item = nodes[node]
        if item.isEscaped { return String(decoding: decodedBytes(node), as: UTF8.self) }
        return bytes.withUnsafeBufferPointer { all in
            String(decoding: UnsafeBufferPointer(rebasing: all[Int(item.start)..<Int(item.end)]), as: UTF8.self)
        }
    }

    /// A string's content with its escapes decoded to UTF-8: a surrogate pair to its character, a
    /// lone surrogate (which the parser lets through) to U+FFFD. The parser has validated the other
    /// escapes, so a malformed one cannot occur; U+FFFD stands in should it ever.
    private func decodedBytes(_ node: Int) -> [UInt8] {
        let item = nodes[node]
        var index = Int(item.start)
        let end = Int(item.end)
        var out: [UInt8] = []
        out.reserveCapacity(end - index)
        while index < end {
            var runEnd = index
            while runEnd < end, bytes[runEnd] != UInt8(ascii: "\\") { runEnd += 1 }
            out.append(contentsOf: bytes[index..<runEnd])
            index = runEnd
            guard index + 1 < end else { break }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = UInt32(hexUnit(at: index, end: end) ?? 0xFFFD)
                index += 4
                if (0xD800...0xDBFF).contains(scalar), index + 6 <= end, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u"), let low = hexUnit(at: index + 2, end: end),
                    (0xDC00...0xDFFF).contains(low)
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    index += 6
                }
                UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { out.append($0) }
            default: out.append(escape)
            }
        }
        return out
    }

    private func hexUnit(at index: Int, end: Int) -> UInt16? {
        guard index + 4 <= end else { return nil }
        var value: UInt16 = 0
        for offset in index..<(index + 4) {
            guard let digit = Hex.value(bytes[offset]) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
