/// The QUT toolkit's two views of a message's text, computed the way its Python computes them.
///
/// - The co-tweet form (`message_preprocessor`): Python's `str.lower()`, every `@mention` removed
///   (the toolkit's `@.*?(?=(?:\s|$))`: an `@` and everything up to the next whitespace), then words
///   split on `str.isspace` whitespace and joined by single spaces. URLs stay. A text that is only
///   mentions has the empty form, and the toolkit matches empty forms with each other.
/// - The token set (`tokenize`, then `similarity`'s re-split): the same lower-casing and mention
///   removal, then the `regex` module's split on `\b\p{Word_Break=WSegSpace}*'?` with its WORD flag
///   (a split at every default word boundary of UAX #29 as that module implements it, the horizontal
///   spaces and one apostrophe after the boundary dropped), the empty pieces dropped, and each piece
///   split again on whitespace, as `similarity` does with the joined pieces.
///
/// One processor is reused message after message: its buffers keep their capacity.
struct QUTTextProcessor {
    /// The text's code points.
    private var scalars: [UInt32] = []
    /// After lower-casing.
    private var lowered: [UInt32] = []
    /// After lower-casing and mention removal: what both views are made of.
    private(set) var cleaned: [UInt32] = []
    /// The Word_Break property of each code point of `cleaned`.
    private var breaks: [QUTUnicode.WordBreak] = []

    /// The last co-tweet form made, as UTF-8.
    private(set) var coTweetForm: [UInt8] = []
    /// The last tokens made, as UTF-8, one after the other; token `i` ends at `tokenEnds[i]`. Repeats
    /// are kept: the caller makes the set.
    private(set) var tokenBytes: [UInt8] = []
    private(set) var tokenEnds: [Int] = []

    init() {}

    /// Reads a message's UTF-8 text, lower-cases it and removes its mentions, ready for
    /// `makeCoTweetForm` and `makeTokens`.
    ///
    /// - Complexity: O(n)
    mutating func load(_ text: UnsafeBufferPointer<UInt8>) {
        cleaned.removeAll(keepingCapacity: true)
        var inMention = false
        if text.allSatisfy({ $0 < 0x80 }) {
            // ASCII, the common case: lower-case and remove mentions in one pass over the bytes.
            for byte in text {
                if inMention {
                    guard byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) else { continue }
                    inMention = false
                }
                if byte == 0x40 {
                    inMention = true
                } else {
                    cleaned.append(UInt32(byte &- 0x41 < 26 ? byte | 0x20 : byte))
                }
            }
            return
        }
        scalars.removeAll(keepingCapacity: true)
        // Invalid sequences become U+FFFD, as Swift's String would read them.
        _ = transcode(text.makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: false) { scalars.append($0) }
        lowered.removeAll(keepingCapacity: true)
        QUTUnicode.appendLowercase(scalars, to: &lowered)
        for scalar in lowered {
            if inMention {
                guard QUTUnicode.isRegexSpace(scalar) else { continue }
                inMention = false
            }
            if scalar == 0x40 {
                inMention = true
            } else {
                cleaned.append(scalar)
            }
        }
    }

    /// The co-tweet form of the loaded text into `coTweetForm`.
    ///
    /// - Complexity: O(n)
    mutating func makeCoTweetForm() {
        coTweetForm.removeAll(keepingCapacity: true)
        var pendingSpace = false
        for scalar in cleaned {
            if QUTUnicode.isPythonSpace(scalar) {
                pendingSpace = !coTweetForm.isEmpty
                continue
            }
            if pendingSpace {
                coTweetForm.append(0x20)
                pendingSpace = false
            }
            Self.appendUTF8(scalar, to: &coTweetForm)
        }
    }

    /// The tokens of the loaded text into `tokenBytes` and `tokenEnds`.
    ///
    /// - Complexity: O(n) when no long run of Extend, Format or ZWJ characters or of regional
    ///   indicators (which a boundary test walks back over) occurs; O(n²) at worst.
    mutating func makeTokens() {
        tokenBytes.removeAll(keepingCapacity: true)
        tokenEnds.removeAll(keepingCapacity: true)
        breaks.removeAll(keepingCapacity: true)
        QUTUnicode.basicPlaneWordBreak.withUnsafeBufferPointer { basicPlane in
            for scalar in cleaned {
                breaks.append(scalar < 0x10000 ? basicPlane[Int(scalar)] : QUTUnicode.supplementaryWordBreak(scalar))
            }
        }
        let count = cleaned.count
        var pieceStart = 0
        var position = 0
        while position <= count {
            // Inside a word or number, the common case, no rule before WB5 applies: no boundary.
            let isInsideWord = position > 0 && position < count && breaks[position - 1].isAlphanumeric && breaks[position].isAlphanumeric
            guard !isInsideWord, isBoundary(position) else {
                position += 1
                continue
            }
            // The separator: the boundary, the horizontal spaces after it, then one apostrophe.
            var separatorEnd = position
            while separatorEnd < count, breaks[separatorEnd] == .wSegSpace { separatorEnd += 1 }
            if separatorEnd < count, cleaned[separatorEnd] == 0x27 { separatorEnd += 1 }
            appendTokens(of: pieceStart..<position)
            pieceStart = separatorEnd
            position = separatorEnd > position ? separatorEnd : position + 1
        }
        appendTokens(of: pieceStart..<count)
    }

    /// The piece's whitespace-separated parts as tokens.
    private mutating func appendTokens(of piece: Range<Int>) {
        var inToken = false
        for index in piece {
            let scalar = cleaned[index]
            if QUTUnicode.isPythonSpace(scalar) {
                if inToken { tokenEnds.append(tokenBytes.count) }
                inToken = false
            } else {
                Self.appendUTF8(scalar, to: &tokenBytes)
                inToken = true
            }
        }
        if inToken { tokenEnds.append(tokenBytes.count) }
    }

    /// Whether a default word boundary lies before `cleaned[position]`, by the rules of UAX #29 as the
    /// `regex` module applies them: WB4 makes a character absorb the Extend, Format and ZWJ after it,
    /// except at the start of the text, where they stand alone; the rules that look two characters
    /// away (WB6, WB7, WB7b, WB7c, WB11, WB12) skip those too.
    private func isBoundary(_ position: Int) -> Bool {
        let count = cleaned.count
        // WB1, WB2 (no boundary at all in an empty text).
        if position <= 0 || position >= count { return count > 0 }
        var left = position - 1
        var leftBreak = breaks[left]
        let rightBreak = breaks[position]
        // WB3, WB3a, WB3b.
        if leftBreak == .cr && rightBreak == .lf { return false }
        if leftBreak.isLineBreak || rightBreak.isLineBreak { return true }
        // WB3c, WB3d.
        if leftBreak == .zwj && QUTUnicode.isExtendedPictographic(cleaned[position]) { return false }
        if leftBreak == .wSegSpace && rightBreak == .wSegSpace { return false }
        // WB4.
        if rightBreak.isIgnored { return false }
        while leftBreak.isIgnored {
            if left == 0 { return true }
            left -= 1
            leftBreak = breaks[left]
        }
        var after = position + 1
        while after < count, breaks[after].isIgnored { after += 1 }
        let afterBreak = after < count ? breaks[after] : .other
        var before = left - 1
        while before >= 0, breaks[before].isIgnored { before -= 1 }
        let beforeBreak = before >= 0 ? breaks[before] : .other
        // WB5 to WB7c: letters, and letters across certain punctuation (WB5, WB8, WB9, WB10 also
        // checked before the call, for speed).
        if leftBreak.isAHLetter && rightBreak.isAHLetter { return false }
        if leftBreak.isAHLetter && (rightBreak == .midLetter || rightBreak.isMidNumLetQ) && afterBreak.isAHLetter { return false }
        if beforeBreak.isAHLetter && (leftBreak == .midLetter || leftBreak.isMidNumLetQ) && rightBreak.isAHLetter { return false }
        if leftBreak == .hebrewLetter && rightBreak == .singleQuote { return false }
        if leftBreak == .hebrewLetter && rightBreak == .doubleQuote && afterBreak == .hebrewLetter { return false }
        if beforeBreak == .hebrewLetter && leftBreak == .doubleQuote && rightBreak == .hebrewLetter { return false }
        // WB8 to WB12: digits, digits beside letters, and numbers like 3.2 or 3,456.789.
        if leftBreak == .numeric && rightBreak == .numeric { return false }
        if leftBreak.isAHLetter && rightBreak == .numeric { return false }
        if leftBreak == .numeric && rightBreak.isAHLetter { return false }
        if beforeBreak == .numeric && (leftBreak == .midNum || leftBreak.isMidNumLetQ) && rightBreak == .numeric { return false }
        if leftBreak == .numeric && (rightBreak == .midNum || rightBreak.isMidNumLetQ) && afterBreak == .numeric { return false }
        // WB13 to WB13b: Katakana and extenders.
        if leftBreak == .katakana && rightBreak == .katakana { return false }
        if rightBreak == .extendNumLet
            && (leftBreak.isAHLetter || leftBreak == .numeric || leftBreak == .katakana || leftBreak == .extendNumLet)
        {
            return false
        }
        if leftBreak == .extendNumLet && (rightBreak.isAHLetter || rightBreak == .numeric || rightBreak == .katakana) {
            return false
        }
        // WB15, WB16: regional indicators pair up.
        if rightBreak == .regionalIndicator {
            var indicators = 0
            var index = left
            while index >= 0, breaks[index] == .regionalIndicator || breaks[index].isIgnored {
                if breaks[index] == .regionalIndicator { indicators += 1 }
                index -= 1
            }
            if indicators % 2 == 1 { return false }
        }
        // WB999.
        return true
    }

    @inline(__always)
    static func appendUTF8(_ scalar: UInt32, to bytes: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            bytes.append(UInt8(scalar))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | scalar >> 6))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            bytes.append(UInt8(0xE0 | scalar >> 12))
            bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | scalar >> 18))
            bytes.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}

/// QUT's text views of single strings, for tests and for explaining a match.
enum QUTText {
    /// The toolkit's `message_preprocessor(text)`.
    static func coTweetForm(_ text: String) -> String {
        var processor = QUTTextProcessor()
        var text = text
        text.withUTF8 { processor.load($0) }
        processor.makeCoTweetForm()
        return String(decoding: processor.coTweetForm, as: UTF8.self)
    }

    /// `set(tokenize(text).split())`: the token set the toolkit's Jaccard similarity compares, in code
    /// point order. Tokens are told apart by their code points, as Python does, not by Swift's
    /// canonical equivalence.
    static func tokens(_ text: String) -> [String] {
        var processor = QUTTextProcessor()
        var text = text
        text.withUTF8 { processor.load($0) }
        processor.makeTokens()
        var tokens: Set<[UInt8]> = []
        var start = 0
        for end in processor.tokenEnds {
            tokens.insert(Array(processor.tokenBytes[start..<end]))
            start = end
        }
        // UTF-8 byte order is code point order.
        return tokens.sorted { $0.lexicographicallyPrecedes($1) }.map { String(decoding: $0, as: UTF8.self) }
    }
}
