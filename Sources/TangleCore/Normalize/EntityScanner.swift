/// A URL, mention or hashtag found in a text, by byte offsets into its UTF-8.
struct TextEntity {
    enum Kind {
        case url
        case mention
        case hashtag
    }

    var kind: Kind
    /// The whole entity, `@` or `#` included.
    var range: Range<Int>
    /// The handle or tag without its sigil; the whole URL for URLs.
    var body: Range<Int>
}

/// Finds URLs, mentions and hashtags in a text, approximately as Twitter's `twitter-text` does.
///
/// - URLs start with `http://` or `https://` (any case; anywhere, since truncated exports glue them
///   to the previous word: `...text.https://t.co/x`) or with `www.` after a non-word character, and
///   run to whitespace, `"`, `<`, `>`, `…` or CJK punctuation. Trailing `.,!?':;*` are not part of
///   them, nor is a trailing `)`, `]` or `}` without its opening partner (Wikipedia's `Foo_(bar)` keeps
///   its `)`). A URL longer than `maxURLBytes` is none, and no URL starts inside it.
/// - Mentions are `@` or `＠` and 1–15 of `[A-Za-z0-9_]`, not after `[A-Za-z0-9_!#$%&*@＠]` (so an
///   e-mail address is none) unless after `RT`, and not followed by `@`, a letter, or `://`. A longer
///   run is not a handle at all.
/// - Hashtags are `#` or `＃` and letters, marks, digits, `_` and a few script joiners of any script,
///   with at least one letter or mark (`#2016` is none), not after such a character or `&` (so
///   `a#b` and HTML entities `&#39;` are none), not a keycap emoji, and not followed by `#` or `://`.
///
/// URLs are found first: a `#` or `@` inside a URL is part of it.
///
/// - Complexity: O(n) in the text length, whatever the text: each byte is scanned by at most one URL
///   candidate, and by one mention or hashtag candidate; no allocation.
enum EntityScanner {
    /// The longest URL, in bytes, as twitter-text's `MAX_URL_LENGTH`.
    static let maxURLBytes = 4096

    static func scan(_ b: UnsafeBufferPointer<UInt8>, _ found: (TextEntity) -> Void) {
        var index = 0
        var previous: UInt32 = 0x20
        // A URL candidate before this lies inside a run already found too long to be a URL.
        var noURLBefore = 0
        while index < b.count {
            let (scalar, length) = decode(b, at: index)
            var entity: TextEntity?
            switch scalar {
            case 0x68, 0x48, 0x77, 0x57:  // h H w W
                guard index >= noURLBefore else { break }
                switch url(b, at: index, after: previous) {
                case .url(let url): entity = url
                case .tooLong(let runEnd): noURLBefore = runEnd
                case .none: break
                }
            case 0x40, 0xFF20:  // @ ＠
                entity = mention(b, at: index, sigilLength: length, after: previous)
            case 0x23, 0xFF03:  // # ＃
                entity = hashtag(b, at: index, sigilLength: length, after: previous)
            default:
                break
            }
            if let entity {
                found(entity)
                index = entity.range.upperBound
                previous = scalarBefore(b, entity.range.upperBound)
            } else {
                previous = scalar
                index += length
            }
        }
    }

    // MARK: URLs

    private enum URLCandidate {
        case url(TextEntity)
        /// A URL longer than `maxURLBytes`, whose run of URL characters ends at `runEnd`.
        case tooLong(runEnd: Int)
        case none
    }

    /// The URL starting at `start`, if one does.
    ///
    /// - Complexity: O(1) when the host does not start right; else O(length of the run to the next
    ///   character that ends a URL), a run that the caller then steps past, as a URL or as too long.
    private static func url(_ b: UnsafeBufferPointer<UInt8>, at start: Int, after previous: UInt32) -> URLCandidate {
        let hostStart: Int
        if hasPrefix(b, at: start, "http://") {
            hostStart = start + 7
        } else if hasPrefix(b, at: start, "https://") {
            hostStart = start + 8
        } else if hasPrefix(b, at: start, "www."), !isURLPrecedingBlocker(previous) {
            hostStart = start + 4
        } else {
            return .none
        }
        // Checked before the run is scanned. A host that starts right is not cut by
        // `withoutTrailingPunctuation`, so the URL is then not empty.
        guard hostStart < b.count else { return .none }
        let (first, _) = decode(b, at: hostStart)
        guard first == 0x5B || isLetterOrDigit(first) else { return .none }  // `[` starts an IPv6 host
        var end = hostStart
        while end < b.count {
            let (scalar, length) = decode(b, at: end)
            if endsURL(scalar) { break }
            end += length
        }
        let runEnd = end
        end = withoutTrailingPunctuation(b, start..<end)
        guard end - start <= maxURLBytes else { return .tooLong(runEnd: runEnd) }
        return .url(TextEntity(kind: .url, range: start..<end, body: start..<end))
    }

    private static func isURLPrecedingBlocker(_ scalar: UInt32) -> Bool {
        isWordScalar(scalar) || scalar == 0x2E || scalar == 0x40 || scalar == 0x2F || scalar == 0x2D
            || scalar == 0x23 || scalar == 0xFF20 || scalar == 0xFF03
    }

    private static func endsURL(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0...0x20, 0x7F, 0x22, 0x3C, 0x3E:  // controls, space, " < >
            true
        case 0x2026, 0x201C, 0x201D, 0xAB, 0xBB, 0x3001, 0x3002, 0x300C...0x300F, 0xFF08, 0xFF09, 0xFF0C:
            true  // … “ ” « » 、 。 「 」 『 』 （ ） ，
        case 0x80...:
            isWhitespace(scalar)
        default:
            false
        }
    }

    /// The end of a URL once trailing sentence punctuation and unbalanced closing brackets are cut.
    ///
    /// - Complexity: O(n) in the range: the brackets are counted once, then kept up to date as closing
    ///   ones are cut.
    private static func withoutTrailingPunctuation(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var end = range.upperBound
        var balance: BracketBalance?
        while end > range.lowerBound {
            let last = b[end - 1]
            switch last {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"),
                UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "*"):
                end -= 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                var counted = balance ?? BracketBalance(b[range.lowerBound..<end])
                guard counted.openMinusClosed(closing: last) < 0 else { return end }
                counted.removeClosing(last)
                balance = counted
                end -= 1
            default:
                return end
            }
        }
        return end
    }

    /// Opening minus closing brackets of each kind, `()`, `[]` and `{}`, in some bytes.
    private struct BracketBalance {
        private var round = 0
        private var square = 0
        private var curly = 0

        init(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "("): round += 1
                case UInt8(ascii: ")"): round -= 1
                case UInt8(ascii: "["): square += 1
                case UInt8(ascii: "]"): square -= 1
                case UInt8(ascii: "{"): curly += 1
                case UInt8(ascii: "}"): curly -= 1
                default: break
                }
            }
        }

        /// The balance of the kind that `closing` (`)`, `]` or `}`) closes.
        func openMinusClosed(closing: UInt8) -> Int {
            closing == UInt8(ascii: ")") ? round : closing == UInt8(ascii: "]") ? square : curly
        }

        /// Takes one `closing` bracket out of the bytes counted.
        mutating func removeClosing(_ closing: UInt8) {
            switch closing {
            case UInt8(ascii: ")"): round += 1
            case UInt8(ascii: "]"): square += 1
            default: curly += 1
            }
        }
    }

    // MARK: Mentions

    private static func mention(
        _ b: UnsafeBufferPointer<UInt8>, at start: Int, sigilLength: Int, after previous: UInt32
    ) -> TextEntity? {
        guard !blocksMention(previous) || followsRetweetMark(b, before: start) else { return nil }
        let bodyStart = start + sigilLength
        var end = bodyStart
        while end < b.count, isWordByte(b[end]) { end += 1 }
        if let urlStart = gluedURLStart(b, bodyStart..<end) {
            end = urlStart
        } else if end < b.count {
            let (next, _) = decode(b, at: end)
            guard next != 0x40, next != 0xFF20, !isLetterOrMark(next), !hasPrefix(b, at: end, "://") else { return nil }
        }
        guard (1...15).contains(end - bodyStart) else { return nil }
        return TextEntity(kind: .mention, range: start..<end, body: bodyStart..<end)
    }

    private static func blocksMention(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x21, 0x23, 0x24, 0x25, 0x26, 0x2A, 0x40, 0xFF20: true  // ! # $ % & * @ ＠
        default: isWordScalar(scalar)
        }
    }

    /// `RT@user` and `RT:@user`: a retweet mark glued to the handle still mentions it.
    ///
    /// - Complexity: O(1).
    private static func followsRetweetMark(_ b: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
        var end = start
        if end > 0, b[end - 1] == UInt8(ascii: ":") { end -= 1 }
        guard end >= 2, b[end - 2] | 0x20 == UInt8(ascii: "r"), b[end - 1] | 0x20 == UInt8(ascii: "t") else {
            return false
        }
        guard end > 2 else { return true }
        // `RT` must be a word of its own: not the end of `@RT`, which would make `@RT@user` two handles.
        switch scalarBefore(b, end - 2) {
        case 0x2B, 0x7E, 0x2E, 0x2D, 0x40, 0xFF20: return false  // + ~ . - @ ＠
        case let scalar: return !isWordScalar(scalar)
        }
    }

    // MARK: Hashtags

    private static func hashtag(
        _ b: UnsafeBufferPointer<UInt8>, at start: Int, sigilLength: Int, after previous: UInt32
    ) -> TextEntity? {
        guard !isHashtagScalar(previous), previous != 0x26 else { return nil }  // `&#39;`
        let bodyStart = start + sigilLength
        var end = bodyStart
        while end < b.count {
            let (scalar, length) = decode(b, at: end)
            if end == bodyStart, scalar == 0xFE0F || scalar == 0x20E3 { return nil }  // keycap #️⃣
            guard isHashtagScalar(scalar) else { break }
            end += length
        }
        if let urlStart = gluedURLStart(b, bodyStart..<end) {
            end = urlStart
        } else if end < b.count {
            let (next, _) = decode(b, at: end)
            guard next != 0x23, next != 0xFF03, !hasPrefix(b, at: end, "://") else { return nil }
        }
        var hasLetter = false
        var index = bodyStart
        while index < end, !hasLetter {
            let (scalar, length) = decode(b, at: index)
            hasLetter = isLetterOrMark(scalar)
            index += length
        }
        guard hasLetter else { return nil }
        return TextEntity(kind: .hashtag, range: start..<end, body: bodyStart..<end)
    }

    private static func isHashtagScalar(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return isWordScalar(scalar) }
        switch scalar {
        case 0x200C, 0x200D, 0xA67E, 0x05BE, 0x05F3, 0x05F4, 0xFF5E, 0x301C, 0x309B, 0x309C, 0x30A0, 0x30FB,
            0x3003, 0x0F0B, 0x0F0C, 0xB7:
            return true
        default:
            guard let properties = Unicode.Scalar(scalar)?.properties else { return false }
            return isLetterOrMark(properties.generalCategory) || properties.generalCategory == .decimalNumber
        }
    }

    /// Where a URL glued to the end of a handle or tag starts (`@userhttps://t.co/x`), or nil.
    /// URLs are found anywhere (see above), so the name ends where the URL begins; otherwise the
    /// name would be refused for its `://`, and found once the URL was removed from the text.
    private static func gluedURLStart(_ b: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Int? {
        guard hasPrefix(b, at: name.upperBound, "://") else { return nil }
        for scheme: StaticString in ["https", "http"] {
            let start = name.upperBound - scheme.utf8CodeUnitCount
            if start >= name.lowerBound, URLParts.equalsLowercased(b, start..<name.upperBound, scheme) { return start }
        }
        return nil
    }

    // MARK: Characters

    /// `[A-Za-z0-9_]`
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        URLParts.isAlpha(byte) || URLParts.isDigit(byte) || byte == UInt8(ascii: "_")
    }

    @inline(__always)
    private static func isWordScalar(_ scalar: UInt32) -> Bool {
        scalar < 0x80 && isWordByte(UInt8(scalar))
    }

    private static func isLetterOrMark(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return URLParts.isAlpha(UInt8(scalar)) }
        guard let properties = Unicode.Scalar(scalar)?.properties else { return false }
        return isLetterOrMark(properties.generalCategory)
    }

    private static func isLetterOrDigit(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return URLParts.isAlpha(UInt8(scalar)) || URLParts.isDigit(UInt8(scalar)) }
        guard let category = Unicode.Scalar(scalar)?.properties.generalCategory else { return false }
        return isLetterOrMark(category) || category == .decimalNumber
    }

    private static func isLetterOrMark(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark:
            true
        default:
            false
        }
    }

    /// Unicode's White_Space, with every ASCII control counted as space.
    static func isWhitespace(_ scalar: UInt32) -> Bool {
        if scalar <= 0x20 || scalar == 0x7F { return true }
        return scalar >= 0x80 && Unicode.Scalar(scalar)?.properties.isWhitespace == true
    }

    private static func hasPrefix(_ b: UnsafeBufferPointer<UInt8>, at start: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count <= b.count else { return false }
        return URLParts.equalsLowercased(b, start..<(start + count), prefix)
    }

    /// The scalar starting at `index` and its length in bytes. The bytes come from a `String`, so
    /// they are valid UTF-8; a stray byte decodes as U+FFFD to keep the scan total.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = b[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= b.count else { return (0xFFFD, 1) }
        var value = UInt32(lead) & (0x7F >> UInt32(length))
        for offset in 1..<length { value = value << 6 | UInt32(b[index + offset] & 0x3F) }
        return (value, length)
    }

    /// The scalar that ends just before `end`.
    private static func scalarBefore(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> UInt32 {
        var start = end - 1
        while start > 0, b[start] & 0xC0 == 0x80 { start -= 1 }
        return decode(b, at: start).0
    }
}
