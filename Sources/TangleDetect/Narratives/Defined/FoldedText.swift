import Foundation

/// The form defined narratives match in: a post's `text_norm` (already lower-cased, NFC, URLs and
/// mentions removed; `Normalize.text`) with diacritics folded away, so that `élection`, `election`
/// and `ÉLECTION` meet.
///
/// Folding is limited to the Latin, Greek and Cyrillic blocks (accents removed after canonical
/// decomposition; `ß`, `æ`, `œ`, `ø`, `ł`, `đ` spelled out) and Arabic's optional vowel marks. Other
/// scripts pass through unchanged: dropping combining marks in, say, Devanagari would merge different
/// words. Full-width ASCII (`ＡＢＣ`) becomes ASCII, dashes and typographic quotes their ASCII forms.
public enum FoldedText {
    /// Appends the folded form of UTF-8 `text` to `out`.
    ///
    /// - Complexity: O(n), one table look-up per non-ASCII scalar below U+2000.
    public static func fold(_ text: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            if byte < 0x80 {
                out.append(byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte)
                index += 1
                continue
            }
            let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            guard index + length <= count, byte >= 0xC0 else {
                // Not UTF-8 (text_norm always is): kept as it is.
                out.append(byte)
                index += 1
                continue
            }
            let scalar = decode(text, at: index, length: length)
            if scalar < Table.limit {
                let table = Table.shared
                let slot = Int(scalar) - 0x80
                out.append(contentsOf: table.bytes[Int(table.starts[slot])..<Int(table.starts[slot + 1])])
            } else if scalar >= 0x2010, scalar <= 0x201F {
                out.append(punctuation[Int(scalar - 0x2010)])
            } else if scalar >= 0xFF01, scalar <= 0xFF5E {
                let ascii = UInt8(scalar - 0xFEE0)
                out.append(ascii &- UInt8(ascii: "A") < 26 ? ascii | 0x20 : ascii)
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<index + length]))
            }
            index += length
        }
    }

    /// The folded form of a string (a phrase, a hashtag) after `Normalize`-style lower-casing.
    public static func fold(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        var text = text.lowercased()
        text.withUTF8 { fold($0, into: &out) }
        return out
    }

    /// U+2010 to U+201F: dashes become `-`, typographic quotes `'` and `"`, so `don’t` meets `don't`.
    private static let punctuation: [UInt8] = Array(#"------|_''''"""""#.utf8)

    @inline(__always)
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        var scalar = UInt32(text[index]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { scalar = scalar << 6 | UInt32(text[index + offset] & 0x3F) }
        return scalar
    }

    /// Whether the scalar starting at `index` is part of a word, for word-boundary checks: a letter,
    /// digit, mark or `_` of a script that separates words with spaces. Scripts written without spaces
    /// (Chinese, Japanese, Korean, Thai, Lao, Myanmar, Khmer) never count, so their phrases match
    /// anywhere in a text.
    static func isWordScalar(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = text[index]
        if byte < 0x80 {
            return byte &- UInt8(ascii: "0") < 10 || byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "A") < 26
                || byte == UInt8(ascii: "_")
        }
        let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        guard byte >= 0xC0, index + length <= text.count else { return true }
        let value = decode(text, at: index, length: length)
        guard value < 0x2E80, let scalar = Unicode.Scalar(value) else { return false }
        switch value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF: return false
        default: break
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }

    /// The start of the scalar that ends just before `index`.
    @inline(__always)
    static func previousScalarStart(_ text: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var start = index - 1
        while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// Folded UTF-8 of every scalar from U+0080 to U+1FFF, built once.
    struct Table: Sendable {
        static let limit: UInt32 = 0x2000
        static let shared = Table()

        /// `bytes[starts[s - 0x80]..<starts[s - 0x7F]]` is the folded form of scalar `s`.
        let starts: [UInt32]
        let bytes: [UInt8]

        private static let spelledOut: [UInt32: String] = [
            0xDF: "ss", 0xE6: "ae", 0xC6: "ae", 0x153: "oe", 0x152: "oe", 0xF8: "o", 0xD8: "o", 0x142: "l", 0x141: "l",
            0x111: "d", 0x110: "d", 0xF0: "d", 0xD0: "d", 0xFE: "th", 0xDE: "th", 0x131: "i", 0x127: "h", 0x126: "h",
            0x167: "t", 0x166: "t", 0x3C2: "σ",
        ]

        private init() {
            var starts: [UInt32] = [0]
            var bytes: [UInt8] = []
            for value in 0x80..<Self.limit {
                if let scalar = Unicode.Scalar(value) { bytes += Self.folded(scalar) }
                starts.append(UInt32(bytes.count))
            }
            self.starts = starts
            self.bytes = bytes
        }

        private static func folded(_ scalar: Unicode.Scalar) -> [UInt8] {
            let value = scalar.value
            if let spelled = spelledOut[value] { return Array(spelled.utf8) }
            switch value {
            case 0x0300...0x036F, 0x064B...0x065F, 0x0670: return []
            case 0x80...0x024F, 0x0370...0x052F, 0x1E00...0x1FFF:
                let decomposed = String(Character(scalar)).lowercased().decomposedStringWithCanonicalMapping
                let kept = decomposed.unicodeScalars.filter { !(0x0300...0x036F).contains($0.value) }
                var out = ""
                out.unicodeScalars.append(contentsOf: kept)
                return Array(out.utf8)
            default:
                return Array(String(Character(scalar)).lowercased().utf8)
            }
        }
    }
}
