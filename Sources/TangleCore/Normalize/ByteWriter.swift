/// What a URL's host is, once written in normal form.
enum HostKind {
    /// A domain name, which may have a registrable domain.
    case name
    /// A dotted IPv4 address (or any host whose last label is a number, which browsers read as one).
    case ipv4
    /// A bracketed IPv6 literal.
    case ipv6
}

/// Appends the normal form of a URL's parts to a scratch buffer sized by the caller.
///
/// The buffer must hold three bytes per input byte (percent-encoding) plus the rewrites; the writer
/// does not grow it. All operations are O(n) in what they append.
struct ByteWriter {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    mutating func append(_ text: StaticString) {
        for byte in UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount) { append(byte) }
    }

    mutating func appendDecimal(_ value: Int) {
        if value >= 10 { appendDecimal(value / 10) }
        append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// The bytes written since `start`.
    func bytes(from start: Int) -> UnsafeBufferPointer<UInt8> {
        bytes(start..<count)
    }

    /// The bytes written at `range`.
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: buffer[range])
    }

    /// Everything written, as a string.
    func string() -> String {
        String(decoding: bytes(from: 0), as: UTF8.self)
    }

    /// Appends a host lower-cased, or returns false when it holds a byte no host may hold.
    ///
    /// Names may hold ASCII letters, digits, `-`, `_` (common in real subdomains though not in the
    /// DNS standard), `.` and, after Unicode mapping, non-ASCII letters; IPv6 literals hex digits,
    /// `:` and `.` between their brackets.
    mutating func appendHost(_ host: UnsafeBufferPointer<UInt8>) -> Bool {
        let isIPv6 = host.first == UInt8(ascii: "[")
        for (index, byte) in host.enumerated() {
            let c = ByteStringTable.foldCase(byte)
            let allowed: Bool
            if isIPv6 {
                let isBracket = index == 0 || (index == host.count - 1 && c == UInt8(ascii: "]"))
                allowed = isBracket || Self.isHexDigit(c) || c == UInt8(ascii: ":") || c == UInt8(ascii: ".")
            } else {
                allowed = EntityScanner.isWordByte(c) || c >= 0x80 || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
            }
            guard allowed else { return false }
            append(c)
        }
        return true
    }

    /// Rewrites `youtu.be/ID`, written from `start` to the end, as `youtube.com/watch?v=ID`.
    mutating func rewriteYouTubeShortForm(from start: Int) {
        let shortPrefix = 9  // "youtu.be/"
        let longPrefix: StaticString = "youtube.com/watch?v="
        let shift = longPrefix.utf8CodeUnitCount - shortPrefix
        for index in stride(from: count - 1, through: start + shortPrefix, by: -1) {
            buffer[index + shift] = buffer[index]
        }
        count += shift
        let end = count
        self.count = start
        append(longPrefix)
        self.count = end
    }

    /// Finishes the host written since `start`: drops a trailing dot and leading `www.`s, checks the
    /// labels, and says what kind of host it is; nil when it is no valid host. `requireDomainShape`
    /// (for scheme-less input) demands a dot or a dotted-quad address, so that words are not links.
    mutating func finishHost(from start: Int, requireDomainShape: Bool) -> HostKind? {
        if count > start, buffer[count - 1] == UInt8(ascii: ".") { count -= 1 }
        let host = bytes(from: start)
        guard let first = host.first, host.last != UInt8(ascii: ".") else { return nil }
        if first == UInt8(ascii: "[") { return host.count > 2 ? .ipv6 : nil }
        var dots = 0
        var lastLabelStart = 0
        var previous = UInt8(ascii: ".")
        for (index, byte) in host.enumerated() {
            if byte == UInt8(ascii: ".") {
                guard previous != UInt8(ascii: ".") else { return nil }  // an empty label
                dots += 1
                lastLabelStart = index + 1
            }
            previous = byte
        }
        let lastLabel = host[lastLabelStart...]
        if lastLabel.allSatisfy(URLParts.isDigit) {
            guard !requireDomainShape || Self.isDottedQuad(host) else { return nil }
            return .ipv4
        }
        if requireDomainShape, dots == 0 { return nil }
        // Every leading `www.` that leaves a dot goes, in one shift: `www.www.....example.com` is linear.
        let www: StaticString = "www."
        var dropped = 0
        while dots >= 2, URLNormalizer.equals(bytes((start + dropped)..<(start + dropped + 4)), www) {
            dropped += 4
            dots -= 1
        }
        if dropped > 0 {
            for index in (start + dropped)..<count { buffer[index - dropped] = buffer[index] }
            count -= dropped
        }
        return .name
    }

    private static func isDottedQuad(_ host: UnsafeBufferPointer<UInt8>) -> Bool {
        let parts = host.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in
                (1...3).contains(part.count) && part.allSatisfy(URLParts.isDigit)
                    && part.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } <= 255
            }
    }

    /// Appends a path, query parameter or fragment: unreserved escapes decoded, other escapes
    /// upper-cased, a lone `%` and any byte outside RFC 3986's `pchar / "/" / "?"` percent-encoded.
    mutating func appendComponent(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, slashForBackslash: Bool) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = b[index]
            if byte == UInt8(ascii: "%") {
                if index + 2 < range.upperBound, let high = Self.hexValue(b[index + 1]),
                    let low = Self.hexValue(b[index + 2])
                {
                    let decoded = high << 4 | low
                    if Self.isUnreserved(decoded) {
                        append(decoded)
                    } else {
                        appendEscaped(decoded)
                    }
                    index += 3
                } else {
                    appendEscaped(byte)
                    index += 1
                }
                continue
            }
            if byte == UInt8(ascii: "\\"), slashForBackslash {
                append(UInt8(ascii: "/"))
            } else if Self.isURIByte(byte) {
                append(byte)
            } else {
                appendEscaped(byte)
            }
            index += 1
        }
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        let digits: StaticString = "0123456789ABCDEF"
        append(UInt8(ascii: "%"))
        append(digits.utf8Start[Int(byte >> 4)])
        append(digits.utf8Start[Int(byte & 0x0F)])
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        URLParts.isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 6
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        if URLParts.isDigit(byte) { return byte - UInt8(ascii: "0") }
        let folded = byte | 0x20
        return folded &- UInt8(ascii: "a") < 6 ? folded - UInt8(ascii: "a") + 10 : nil
    }

    /// RFC 3986 unreserved: letters, digits, `-`, `.`, `_`, `~`.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        URLParts.isAlpha(byte) || URLParts.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
    }

    /// Bytes a path, query or fragment may hold unescaped: unreserved, sub-delims, `:`, `@`, `/`, `?`.
    private static func isURIByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&")...UInt8(ascii: ","), UInt8(ascii: ";"),
            UInt8(ascii: "="):
            true
        case UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "?"):
            true
        default:
            false
        }
    }
}
