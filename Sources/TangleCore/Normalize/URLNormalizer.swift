/// Turns URLs as written into the form used for matching: one key per web page, however a post wrote it.
///
/// The normal form is a key, not a fetchable URL (`Link.raw` keeps the original):
/// - **Scheme**: none for `http`, `https` and scheme-less links, which name the same page for
///   matching (`https://bbc.co.uk/news` -> `bbc.co.uk/news`). Other schemes are kept, lower-cased
///   (`ftp://host/a`). Opaque URIs (`mailto:`, `javascript:`) are not links (see below).
/// - **Host**: lower-cased; IDN hosts stay in Unicode and `xn--` labels are decoded to Unicode, so both
///   spellings meet (and match the Public Suffix List, which is written in Unicode); `。`, `．` and `｡`
///   separate labels as `.` does; a trailing `.` and a leading `www.` are dropped (`www.` only when a
///   dot remains, so `www.com` stays). IPv4 and bracketed IPv6 hosts are kept, with no domain.
/// - **Dropped**: user info, default ports (80 and 443 for web links), the root path `/`, the
///   fragment (but a `#!` hash-bang route is kept: on old `twitter.com/#!/user/status/1` links it is
///   the content), and tracking parameters (`isTrackingParameter`). Other parameters keep their order.
/// - **Escapes**: percent-escapes of unreserved characters are decoded (`%7E` -> `~`), other escapes
///   are upper-cased, and bytes a URI may not hold (non-ASCII, space, `"`, `<`, `|`, ...) are
///   percent-encoded, so the encoded and the raw spellings of a path meet. Path and query keep
///   their case.
/// - **YouTube**: `youtu.be/ID` becomes `youtube.com/watch?v=ID`. YouTube's short form names exactly
///   one video, so it is an alias of the long form rather than a shortener, and counting both forms
///   as one link (and one domain) is what co-link detection wants.
///
/// Input that is not a URL (no host, a host with characters no host has, an opaque URI, a
/// scheme-less string whose host has no dot, plain text) comes back trimmed, with no domain.
///
/// Works on the UTF-8 bytes with one stack (or, for long URLs, heap) scratch buffer; the result
/// costs one `String` allocation, none when it fits the 15-byte small-string form.
public enum URLNormalizer {
    /// A URL's matching form, registrable domain and shortener mark.
    public struct Normalized: Sendable, Equatable {
        /// The matching form (see `URLNormalizer`), or the trimmed input when it is not a URL.
        public var url: String
        /// The registrable domain per the Public Suffix List (`news.bbc.co.uk` -> `bbc.co.uk`);
        /// nil for IP addresses, public suffixes themselves, `localhost`, and non-URLs.
        public var domain: String?
        /// True when the host is a link shortener (`URLNormalizer.isShortener(host:)`).
        public var isShortener: Bool

        public init(url: String, domain: String?, isShortener: Bool) {
            self.url = url
            self.domain = domain
            self.isShortener = isShortener
        }
    }

    /// Normalises one URL as written.
    ///
    /// - Complexity: O(n) in the URL length.
    public static func normalize(_ url: String) -> Normalized {
        var text = url
        return text.withUTF8 { bytes in
            let trimmed = trimmedRange(bytes)
            if let normal = normalizedURL(UnsafeBufferPointer(rebasing: bytes[trimmed])) { return normal }
            let raw =
                trimmed.count == bytes.count
                ? url : String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmed]), as: UTF8.self)
            return Normalized(url: raw, domain: nil, isShortener: false)
        }
    }

    /// Normalises one URL from its UTF-8 bytes, for readers that hold a field as bytes.
    ///
    /// - Complexity: O(n) in the URL length.
    public static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> Normalized {
        let trimmed = UnsafeBufferPointer(rebasing: bytes[trimmedRange(bytes)])
        return normalizedURL(trimmed)
            ?? Normalized(url: String(decoding: trimmed, as: UTF8.self), domain: nil, isShortener: false)
    }

    /// The bytes without leading and trailing ASCII whitespace and control characters.
    private static func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] <= 0x20 { start += 1 }
        while end > start, bytes[end - 1] <= 0x20 { end -= 1 }
        return start..<end
    }

    /// The normal form of trimmed bytes, or nil when they are not a URL.
    private static func normalizedURL(_ b: UnsafeBufferPointer<UInt8>) -> Normalized? {
        guard let parts = URLParts(parsing: b) else { return nil }
        let rawHost = UnsafeBufferPointer(rebasing: b[parts.host])
        var unicodeHost: String?
        if needsUnicodeMapping(rawHost) {
            guard let mapped = unicodeHostForm(rawHost) else { return nil }
            unicodeHost = mapped
        }
        // Percent-encoding at most triples a byte; the YouTube rewrite adds fewer than 32.
        let capacity = b.count * 3 + (unicodeHost?.utf8.count ?? 0) + 32
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var out = ByteWriter(buffer)
            return write(parts, of: b, unicodeHost: unicodeHost, to: &out)
        }
    }

    /// Writes the normal form of a parsed URL: scheme (if kept), host, port, path, query, hash-bang
    /// fragment. Nil when the host is not a valid host.
    private static func write(
        _ parts: URLParts, of b: UnsafeBufferPointer<UInt8>, unicodeHost: String?, to out: inout ByteWriter
    ) -> Normalized? {
        if let scheme = parts.keptScheme {
            for byte in b[scheme] { out.append(ByteStringTable.foldCase(byte)) }
            out.append("://")
        }
        let hostStart = out.count
        let written: Bool
        if var unicode = unicodeHost {
            written = unicode.withUTF8 { out.appendHost($0) }
        } else {
            written = out.appendHost(UnsafeBufferPointer(rebasing: b[parts.host]))
        }
        guard written, let kind = out.finishHost(from: hostStart, requireDomainShape: !parts.hasScheme) else {
            return nil
        }

        var hostEnd = out.count
        if let port = parts.port {
            out.append(UInt8(ascii: ":"))
            out.appendDecimal(port)
        }
        let pathStart = out.count
        if !isRootPath(b, parts.path) {
            out.appendComponent(b, parts.path, slashForBackslash: parts.isWeb)
        }
        var separator = UInt8(ascii: "?")
        if kind == .name, parts.port == nil, equals(out.bytes(hostStart..<hostEnd), "youtu.be"),
            isYouTubeVideoPath(out.bytes(from: pathStart))
        {
            out.rewriteYouTubeShortForm(from: hostStart)
            hostEnd = hostStart + 11  // "youtube.com"
            separator = UInt8(ascii: "&")
        }
        let host = out.bytes(hostStart..<hostEnd)
        let domainStart = kind == .name ? PublicSuffixList.shared.registrableDomainStart(in: host) : nil
        let domain = domainStart.map { UnsafeBufferPointer(rebasing: host[$0...]) }
        let shortener = kind == .name && shorteners.flags(of: host) != nil
        let siteMask = domain.flatMap { siteRules.flags(of: $0) } ?? 0
        let domainText = domain.map { String(decoding: $0, as: UTF8.self) }

        if let query = parts.query {
            appendQuery(b, query, siteMask: siteMask, separator: separator, to: &out)
        }
        if let fragment = parts.fragment, fragment.first.map({ b[$0] == UInt8(ascii: "!") }) == true {
            out.append(UInt8(ascii: "#"))
            out.appendComponent(b, fragment, slashForBackslash: false)
        }
        return Normalized(url: out.string(), domain: domainText, isShortener: shortener)
    }

    /// Appends the query's parameters that are not tracking, in their order, the first after
    /// `separator` (`?`, or `&` after the YouTube rewrite's `?v=`). Empty parameters (`a=1&&b=2`) go.
    ///
    /// - Complexity: O(n) in the query length.
    private static func appendQuery(
        _ b: UnsafeBufferPointer<UInt8>, _ query: Range<Int>, siteMask: UInt8, separator: UInt8,
        to out: inout ByteWriter
    ) {
        var separator = separator
        var start = query.lowerBound
        while start < query.upperBound {
            var end = start
            while end < query.upperBound, b[end] != UInt8(ascii: "&") { end += 1 }
            if end > start {
                // Written first and judged by its written name, so that `utm%5Fsource` is `utm_source`.
                let parameterStart = out.count
                out.append(separator)
                out.appendComponent(b, start..<end, slashForBackslash: false)
                let parameter = out.bytes(from: parameterStart + 1)
                let nameEnd = parameter.firstIndex(of: UInt8(ascii: "=")) ?? parameter.endIndex
                if isTrackingParameter(UnsafeBufferPointer(rebasing: parameter[..<nameEnd]), siteMask: siteMask) {
                    out.count = parameterStart
                } else {
                    separator = UInt8(ascii: "&")
                }
            }
            start = end + 1
        }
    }

    /// `/` alone, or nothing: the site's root, written without a path in the normal form.
    private static func isRootPath(_ b: UnsafeBufferPointer<UInt8>, _ path: Range<Int>) -> Bool {
        guard path.count == 1 else { return path.isEmpty }
        return b[path.lowerBound] == UInt8(ascii: "/") || b[path.lowerBound] == UInt8(ascii: "\\")
    }

    /// Whether a written path is `/ID`, ID being letters, digits, `-` and `_`: a `youtu.be` video.
    private static func isYouTubeVideoPath(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        path.count >= 2 && path[0] == UInt8(ascii: "/")
            && path.dropFirst().allSatisfy {
                URLParts.isAlpha($0) || URLParts.isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
            }
    }

    /// Whether the bytes are exactly `word`.
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        bytes.count == word.utf8CodeUnitCount
            && bytes.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    /// Whether a host holds non-ASCII bytes or an `xn--` label: the rare hosts that go through
    /// `String` for Unicode lower-casing and Punycode decoding.
    private static func needsUnicodeMapping(_ host: UnsafeBufferPointer<UInt8>) -> Bool {
        var labelStart = 0
        for (index, byte) in host.enumerated() {
            if byte >= 0x80 { return true }
            if byte == UInt8(ascii: ".") {
                labelStart = index + 1
            } else if index == labelStart + 3, host[labelStart] | 0x20 == UInt8(ascii: "x"),
                host[labelStart + 1] | 0x20 == UInt8(ascii: "n"), host[labelStart + 2] == UInt8(ascii: "-"),
                byte == UInt8(ascii: "-")
            {
                return true
            }
        }
        return false
    }

    /// The Unicode form of an internationalised host: IDNA full stops mapped to `.`, `xn--` labels
    /// decoded (kept as written when they do not decode to a valid label), lower-cased and composed
    /// (NFC). Nil when the host holds a character no host name may hold.
    private static func unicodeHostForm(_ host: UnsafeBufferPointer<UInt8>) -> String? {
        var dotted = String.UnicodeScalarView()
        for scalar in String(decoding: host, as: UTF8.self).unicodeScalars {
            guard isHostScalar(scalar) else { return nil }
            switch scalar.value {
            case 0x3002, 0xFF0E, 0xFF61: dotted.append(".")
            default: dotted.append(scalar)
            }
        }
        let labels = String(dotted).split(separator: ".", omittingEmptySubsequences: false).map { label in
            let utf8 = label.utf8
            let isPunycode =
                utf8.count > 4 && utf8.prefix(4).map(ByteStringTable.foldCase).elementsEqual("xn--".utf8)
            guard isPunycode, let decoded = Punycode.decode(utf8.dropFirst(4)),
                decoded.unicodeScalars.allSatisfy(isHostScalar)
            else { return String(label) }
            return decoded
        }
        return Normalize.composed(labels.joined(separator: ".").lowercased())
    }

    /// Whether a scalar may stand in a host name: not a control, format character, separator,
    /// surrogate, private-use or unassigned code point. (ASCII is checked when the host is written.)
    private static func isHostScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .spaceSeparator, .lineSeparator,
            .paragraphSeparator:
            false
        default:
            true
        }
    }
}
