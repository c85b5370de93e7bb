/// Where the parts of one URL lie in its bytes: the split that `URLNormalizer` rewrites.
///
/// Parsing follows the WHATWG URL standard where social-media data needs it (`http:` and `https:`
/// take any number of `/` or `\`, `\` separates path segments, an empty port is no port) and is
/// stricter where the input is more likely text than a link: a string without a scheme must not
/// hold a user name (`user@example.com` is an e-mail address), and `ByteWriter.finishHost` then
/// demands that its host have a dot.
///
/// - Complexity: O(n) in the URL length; no allocation.
struct URLParts {
    /// A scheme other than http or https, kept in the normal form (`ftp://`); nil for web links.
    var keptScheme: Range<Int>?
    /// `\` is a path separator (http, https and scheme-less links, as browsers treat them).
    var isWeb: Bool
    /// The URL named a scheme or started with `//`; without one the host must look like a domain.
    var hasScheme: Bool
    var host: Range<Int>
    /// The port when it is not the scheme's default.
    var port: Int?
    var path: Range<Int>
    /// The query without `?`.
    var query: Range<Int>?
    /// The fragment without `#`.
    var fragment: Range<Int>?

    /// The parts of a trimmed URL, or nil when the bytes are not a URL Tangle can normalise.
    init?(parsing b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        guard n > 0 else { return nil }
        var index = 0
        var isWeb = true
        var keptScheme: Range<Int>?
        var defaultPort = 80
        var hasScheme = false

        if Self.isAlpha(b[0]) {
            var end = 1
            while end < n, Self.isSchemeByte(b[end]) { end += 1 }
            if end < n, b[end] == UInt8(ascii: ":") {
                if Self.equalsLowercased(b, 0..<end, "http") || Self.equalsLowercased(b, 0..<end, "https") {
                    defaultPort = end == 5 ? 443 : 80
                    index = end + 1
                    while index < n, b[index] == UInt8(ascii: "/") || b[index] == UInt8(ascii: "\\") { index += 1 }
                    hasScheme = true
                } else if end + 2 < n, b[end + 1] == UInt8(ascii: "/"), b[end + 2] == UInt8(ascii: "/") {
                    isWeb = false
                    keptScheme = 0..<end
                    defaultPort = Self.defaultPort(b, 0..<end)
                    index = end + 3
                    hasScheme = true
                } else if !Self.isPort(b, from: end + 1) {
                    return nil  // an opaque URI: `mailto:`, `tel:`, `javascript:`
                }
            }
        }
        if !hasScheme, n >= 2, b[0] == UInt8(ascii: "/"), b[1] == UInt8(ascii: "/") {
            index = 2  // protocol-relative: `//example.com/a`
            hasScheme = true
        }

        var authorityEnd = index
        while authorityEnd < n, !Self.endsAuthority(b[authorityEnd], isWeb: isWeb) { authorityEnd += 1 }
        var hostStart = index
        var at = authorityEnd
        while at > index {
            at -= 1
            if b[at] == UInt8(ascii: "@") {
                guard hasScheme else { return nil }
                hostStart = at + 1  // drop the user info
                break
            }
        }

        var hostEnd = hostStart
        if hostStart < authorityEnd, b[hostStart] == UInt8(ascii: "[") {
            while hostEnd < authorityEnd, b[hostEnd] != UInt8(ascii: "]") { hostEnd += 1 }
            guard hostEnd < authorityEnd else { return nil }
            hostEnd += 1
            guard hostEnd == authorityEnd || b[hostEnd] == UInt8(ascii: ":") else { return nil }
        } else {
            while hostEnd < authorityEnd, b[hostEnd] != UInt8(ascii: ":") { hostEnd += 1 }
        }
        guard hostEnd > hostStart else { return nil }
        var port: Int?
        if hostEnd + 1 < authorityEnd {
            var value = 0
            for byte in b[(hostEnd + 1)..<authorityEnd] {
                guard Self.isDigit(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                guard value <= 65_535 else { return nil }
            }
            if value != defaultPort { port = value }
        }

        var cursor = authorityEnd
        while cursor < n, b[cursor] != UInt8(ascii: "?"), b[cursor] != UInt8(ascii: "#") { cursor += 1 }
        let path = authorityEnd..<cursor
        var query: Range<Int>?
        if cursor < n, b[cursor] == UInt8(ascii: "?") {
            let queryStart = cursor + 1
            cursor = queryStart
            while cursor < n, b[cursor] != UInt8(ascii: "#") { cursor += 1 }
            query = queryStart..<cursor
        }
        self.keptScheme = keptScheme
        self.isWeb = isWeb
        self.hasScheme = hasScheme
        self.host = hostStart..<hostEnd
        self.port = port
        self.path = path
        self.query = query
        self.fragment = cursor < n ? (cursor + 1)..<n : nil
    }

    /// Whether the bytes from `start` are a port (digits, possibly none) up to the end of the
    /// authority: then `example.com:8080/a` is a host and port, not a scheme `example.com`.
    private static func isPort(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start
        while index < b.count, isDigit(b[index]) { index += 1 }
        return index == b.count || endsAuthority(b[index], isWeb: true)
    }

    private static func defaultPort(_ b: UnsafeBufferPointer<UInt8>, _ scheme: Range<Int>) -> Int {
        if equalsLowercased(b, scheme, "ftp") { return 21 }
        if equalsLowercased(b, scheme, "ws") { return 80 }
        if equalsLowercased(b, scheme, "wss") { return 443 }
        return -1
    }

    @inline(__always)
    private static func endsAuthority(_ byte: UInt8, isWeb: Bool) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
            || (isWeb && byte == UInt8(ascii: "\\"))
    }

    static func equalsLowercased(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let expected = word.utf8Start
        for offset in 0..<range.count where ByteStringTable.foldCase(b[range.lowerBound + offset]) != expected[offset] {
            return false
        }
        return true
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isAlpha(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always)
    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isAlpha(byte) || isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
    }
}
