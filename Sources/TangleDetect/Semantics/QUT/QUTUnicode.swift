/// The Unicode facts the QUT toolkit's text handling rests on, as its Python (3.11, Unicode 14) and its
/// `regex` module have them, not as Swift's own Unicode version does: `str.lower`, `str.isspace`, the
/// `regex` module's `\s`, Word_Break and Extended_Pictographic. The tables are generated from those
/// very programs (`QUTUnicode+Tables.swift`); `scripts/parity-qut` checks they are current.
enum QUTUnicode {
    /// A code point's Word_Break property (UAX #29), with the raw values the generated table uses.
    enum WordBreak: UInt8 {
        case other, cr, lf, newline, extend, zwj, regionalIndicator, format, katakana, hebrewLetter, aLetter
        case singleQuote, doubleQuote, midNumLet, midLetter, midNum, numeric, extendNumLet, wSegSpace

        /// ALetter or Hebrew_Letter (UAX #29's AHLetter).
        @inline(__always) var isAHLetter: Bool { self == .aLetter || self == .hebrewLetter }
        /// AHLetter or Numeric: no boundary between two of these (WB5, WB8, WB9, WB10).
        @inline(__always) var isAlphanumeric: Bool { self == .aLetter || self == .hebrewLetter || self == .numeric }
        /// MidNumLet or Single_Quote (UAX #29's MidNumLetQ).
        @inline(__always) var isMidNumLetQ: Bool { self == .midNumLet || self == .singleQuote }
        /// Extend, Format or ZWJ: what rule WB4 makes the preceding character absorb.
        @inline(__always) var isIgnored: Bool { self == .extend || self == .format || self == .zwj }
        /// Newline, CR or LF: breaks on both sides (WB3a, WB3b).
        @inline(__always) var isLineBreak: Bool { self == .newline || self == .cr || self == .lf }
    }

    /// The Word_Break property of every Basic Multilingual Plane code point, so that the common case
    /// is one load.
    static let basicPlaneWordBreak: [WordBreak] = {
        var table = [WordBreak](repeating: .other, count: 0x10000)
        var index = 0
        while index < wordBreakRanges.count, wordBreakRanges[index] < 0x10000 {
            let property = WordBreak(rawValue: UInt8(wordBreakRanges[index + 2])) ?? .other
            for scalar in wordBreakRanges[index]...min(wordBreakRanges[index + 1], 0xFFFF) { table[Int(scalar)] = property }
            index += 3
        }
        return table
    }()

    /// The Word_Break property of a code point above the Basic Multilingual Plane (below it, read
    /// `basicPlaneWordBreak`).
    ///
    /// - Complexity: O(log ranges)
    static func supplementaryWordBreak(_ scalar: UInt32) -> WordBreak {
        guard let range = rangeIndex(of: scalar, in: wordBreakRanges, stride: 3) else { return .other }
        return WordBreak(rawValue: UInt8(wordBreakRanges[range + 2])) ?? .other
    }

    static func isExtendedPictographic(_ scalar: UInt32) -> Bool {
        scalar >= 0xA9 && rangeIndex(of: scalar, in: extendedPictographicRanges, stride: 2) != nil
    }

    /// Python's `str.isspace`: what `str.split()` splits on.
    static func isPythonSpace(_ scalar: UInt32) -> Bool {
        scalar < 0x80 ? (scalar >= 0x09 && scalar <= 0x0D) || (scalar >= 0x1C && scalar <= 0x20) : pythonWhitespace.contains(scalar)
    }

    /// The `regex` module's `\s` (the White_Space property): what ends an @mention.
    static func isRegexSpace(_ scalar: UInt32) -> Bool {
        scalar < 0x80 ? (scalar >= 0x09 && scalar <= 0x0D) || scalar == 0x20 : regexWhitespace.contains(scalar)
    }

    /// Appends Python's `str.lower()` of `scalars` to `lowered`, final sigma included.
    ///
    /// - Complexity: O(n); O(log runs) per non-ASCII code point.
    static func appendLowercase(_ scalars: [UInt32], to lowered: inout [UInt32]) {
        for (index, scalar) in scalars.enumerated() {
            if scalar < 0x80 {
                lowered.append(scalar &- 0x41 < 26 ? scalar | 0x20 : scalar)
            } else if scalar == 0x130 {
                // LATIN CAPITAL LETTER I WITH DOT ABOVE: `i` and a combining dot, its one multi-character
                // lower case.
                lowered.append(0x69)
                lowered.append(0x307)
            } else if scalar == 0x3A3 {
                lowered.append(isFinalSigma(at: index, in: scalars) ? 0x3C2 : 0x3C3)
            } else {
                lowered.append(lowercase(scalar))
            }
        }
    }

    /// Python's lower case of one code point other than U+0130 and U+03A3.
    static func lowercase(_ scalar: UInt32) -> UInt32 {
        var low = 0
        var high = lowercaseRuns.count / 4 - 1
        let value = Int32(bitPattern: scalar)
        while low <= high {
            let middle = (low + high) / 2
            let first = lowercaseRuns[middle * 4]
            if value < first {
                high = middle - 1
            } else if value > lowercaseRuns[middle * 4 + 1] {
                low = middle + 1
            } else {
                let stride = lowercaseRuns[middle * 4 + 2]
                return (value - first) % stride == 0 ? UInt32(bitPattern: value + lowercaseRuns[middle * 4 + 3]) : scalar
            }
        }
        return scalar
    }

    /// Python's Final_Sigma context: a cased letter before (skipping case-ignorable ones) and none
    /// after.
    private static func isFinalSigma(at index: Int, in scalars: [UInt32]) -> Bool {
        var before = index - 1
        while before >= 0, isCaseIgnorable(scalars[before]) { before -= 1 }
        guard before >= 0, isCased(scalars[before]) else { return false }
        var after = index + 1
        while after < scalars.count, isCaseIgnorable(scalars[after]) { after += 1 }
        return after == scalars.count || !isCased(scalars[after])
    }

    private static func isCaseIgnorable(_ scalar: UInt32) -> Bool {
        rangeIndex(of: scalar, in: caseIgnorableRanges, stride: 2) != nil
    }

    private static func isCased(_ scalar: UInt32) -> Bool {
        rangeIndex(of: scalar, in: casedRanges, stride: 2) != nil
    }

    /// The offset of the range holding `scalar` in a table of `stride`-wide rows starting `first, last`.
    ///
    /// - Complexity: O(log rows)
    private static func rangeIndex(of scalar: UInt32, in table: [UInt32], stride: Int) -> Int? {
        var low = 0
        var high = table.count / stride - 1
        while low <= high {
            let middle = (low + high) / 2
            if scalar < table[middle * stride] {
                high = middle - 1
            } else if scalar > table[middle * stride + 1] {
                low = middle + 1
            } else {
                return middle * stride
            }
        }
        return nil
    }
}
