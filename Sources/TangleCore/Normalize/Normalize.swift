/// Normal forms of hashtags, mentions and texts, used as matching keys, and their extraction from text.
///
/// Keys are lower-cased with Unicode's rules (`#Москва` and `#МОСКВА` meet) and composed to NFC, so
/// that a tag typed with a combining accent meets the same tag typed precomposed. ASCII keys, the
/// common case, take a byte path that allocates only the result.
public enum Normalize {
    /// A hashtag without its leading `#` or full-width `＃`, lower-cased and in NFC.
    ///
    /// - Complexity: O(n).
    public static func hashtag(_ tag: String) -> String {
        key(stripping: tag, sigils: "#", "＃")
    }

    /// A handle without its leading `@` or full-width `＠`, lower-cased: handles are
    /// case-insensitive on every platform Tangle reads.
    ///
    /// - Complexity: O(n).
    public static func mention(_ handle: String) -> String {
        key(stripping: handle, sigils: "@", "＠")
    }

    /// The hashtags and the mentioned handles of a text in one pass, as `hashtags(in:)` and
    /// `mentions(in:)` find them.
    ///
    /// - Complexity: O(n) in the text length.
    public static func hashtagsAndMentions(in text: String) -> (hashtags: [String], mentions: [String]) {
        var text = text
        return text.withUTF8 { b in
            var hashtags: [String] = []
            var mentions: [String] = []
            EntityScanner.scan(b) { entity in
                switch entity.kind {
                case .hashtag: hashtags.append(key(body(of: entity, in: b)))
                case .mention: mentions.append(key(body(of: entity, in: b)))
                default: break
                }
            }
            return (hashtags, mentions)
        }
    }

    /// The matching form of a text: URLs and mentions (as `urls(in:)` and `mentions(in:)` find them)
    /// removed, lower-cased, in NFC, runs of whitespace collapsed to one space, trimmed; zero-width
    /// spaces and joiners that change nothing visible (U+200B, U+2060, U+FEFF) are dropped, since
    /// copy-paste variants use them to defeat exact matching.
    ///
    /// Hashtags stay, with their `#`. A retweet's `RT @handle: ...` keeps `rt :` after its handle is
    /// removed: this function removes what the specification names and no more, and the detectors
    /// decide what a leading `rt` means.
    ///
    /// - Complexity: O(n) in the text length.
    public static func text(_ text: String) -> String {
        var text = text
        return text.withUTF8 { b in
            guard let firstInvisible = firstInvisibleCharacter(b) else { return matchingForm(b) }
            // Dropped before entities are found: `http://\u{200B}x` is a link once the space is gone.
            var visible = Array(b[..<firstInvisible])
            var index = firstInvisible
            while index < b.count {
                if isInvisibleCharacter(b, at: index) {
                    index += 3
                } else {
                    visible.append(b[index])
                    index += 1
                }
            }
            return visible.withUnsafeBufferPointer(matchingForm)
        }
    }

    private static func matchingForm(_ b: UnsafeBufferPointer<UInt8>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(b.count, 1)) { out in
            var collapser = WhitespaceCollapser(out)
            var cursor = 0
            EntityScanner.scan(b) { entity in
                guard entity.kind != .hashtag else { return }
                collapser.copy(b, cursor..<entity.range.lowerBound)
                collapser.separate()
                cursor = entity.range.upperBound
            }
            collapser.copy(b, cursor..<b.count)
            let result = String(decoding: UnsafeBufferPointer(rebasing: out[0..<collapser.count]), as: UTF8.self)
            return collapser.isASCII ? result : composed(result.lowercased())
        }
    }

    /// The offset of the first U+200B, U+2060 or U+FEFF, or nil.
    private static func firstInvisibleCharacter(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < b.count {
            if isInvisibleCharacter(b, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// U+200B zero width space (E2 80 8B), U+2060 word joiner (E2 81 A0), U+FEFF byte order mark (EF BB BF).
    @inline(__always)
    private static func isInvisibleCharacter(_ b: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = b[index]
        guard lead == 0xE2 || lead == 0xEF, index + 2 < b.count else { return false }
        return (lead == 0xE2 && b[index + 1] == 0x80 && b[index + 2] == 0x8B)
            || (lead == 0xE2 && b[index + 1] == 0x81 && b[index + 2] == 0xA0)
            || (lead == 0xEF && b[index + 1] == 0xBB && b[index + 2] == 0xBF)
    }

    /// The hashtags written in a text, normalised (`hashtag(_:)`), in order of appearance, repeats kept.
    ///
    /// - Complexity: O(n) in the text length.
    public static func hashtags(in text: String) -> [String] {
        entities(.hashtag, in: text) { key($0) }
    }

    /// The handles mentioned in a text, normalised (`mention(_:)`), in order of appearance, repeats kept.
    ///
    /// - Complexity: O(n) in the text length.
    public static func mentions(in text: String) -> [String] {
        entities(.mention, in: text) { key($0) }
    }

    /// The URLs written in a text, as written, in order of appearance.
    ///
    /// - Complexity: O(n) in the text length.
    public static func urls(in text: String) -> [String] {
        entities(.url, in: text) { $0 }
    }

    private static func entities(
        _ kind: TextEntity.Kind, in text: String, _ transform: (String) -> String
    ) -> [String] {
        var text = text
        return text.withUTF8 { b in
            var found: [String] = []
            EntityScanner.scan(b) { entity in
                guard entity.kind == kind else { return }
                found.append(transform(body(of: entity, in: b)))
            }
            return found
        }
    }

    /// An entity's body (a tag or handle without its sigil, or a URL) as a string.
    private static func body(of entity: TextEntity, in b: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[entity.body]), as: UTF8.self)
    }

    /// `text` without its leading sigils, as a key.
    private static func key(stripping text: String, sigils ascii: Character, _ fullWidth: Character) -> String {
        guard let first = text.first, first == ascii || first == fullWidth else { return key(text) }
        return key(String(text.drop(while: { $0 == ascii || $0 == fullWidth })))
    }

    /// Lower-cased and composed; ASCII on a byte path.
    private static func key(_ text: String) -> String {
        var text = text
        return text.withUTF8 { utf8 in
            var hasUpper = false
            for byte in utf8 {
                if byte >= 0x80 { return composed(String(decoding: utf8, as: UTF8.self).lowercased()) }
                if byte &- UInt8(ascii: "A") < 26 { hasUpper = true }
            }
            guard hasUpper else { return String(decoding: utf8, as: UTF8.self) }
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                for index in 0..<utf8.count { buffer[index] = ByteStringTable.foldCase(utf8[index]) }
                return utf8.count
            }
        }
    }

    /// The text in Unicode Normalization Form C.
    ///
    /// Uses the standard library's `_nfcCodeUnits`, a public (underscored) entry point that
    /// swift-foundation itself relies on, to keep TangleCore free of Foundation. ASCII text is NFC
    /// already and returns at once.
    ///
    /// - Complexity: O(n).
    static func composed(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        let nfc = text._nfcCodeUnits
        return nfc.elementsEqual(text.utf8) ? text : String(decoding: nfc, as: UTF8.self)
    }
}

/// Copies text into a buffer with whitespace runs collapsed to one space, leading and trailing
/// whitespace dropped, and ASCII letters lower-cased.
private struct WhitespaceCollapser {
    let out: UnsafeMutableBufferPointer<UInt8>
    var count = 0
    var isASCII = true
    private var pendingSpace = false

    init(_ out: UnsafeMutableBufferPointer<UInt8>) {
        self.out = out
    }

    /// Marks a word boundary, as where a URL or mention was removed.
    mutating func separate() {
        pendingSpace = count > 0
    }

    mutating func copy(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = EntityScanner.decode(b, at: index)
            if EntityScanner.isWhitespace(scalar) {
                separate()
            } else {
                if pendingSpace {
                    out[count] = 0x20
                    count += 1
                    pendingSpace = false
                }
                if length == 1 {
                    out[count] = ByteStringTable.foldCase(b[index])
                    count += 1
                } else {
                    isASCII = false
                    for offset in 0..<length {
                        out[count] = b[index + offset]
                        count += 1
                    }
                }
            }
            index += length
        }
    }
}
