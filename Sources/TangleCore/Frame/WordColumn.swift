/// The words of every post's normalised text as 32-bit hashes, in compressed-sparse-row layout: post
/// `i` holds `words[offsets[i]..<offsets[i + 1]]`, in text order, repeats kept. Near-duplicate text
/// detection shingles these; loaded only when asked for, since it is the Frame's largest column.
public struct WordColumn: Sendable, Equatable {
    public private(set) var offsets: [UInt32] = [0]
    public private(set) var words: [UInt32] = []

    public init() {}

    public var count: Int { offsets.count - 1 }

    public subscript(post: Int) -> ArraySlice<UInt32> {
        words[Int(offsets[post])..<Int(offsets[post + 1])]
    }

    /// Appends the next post's words: maximal runs of ASCII letters and digits or of non-ASCII bytes
    /// (so any script counts as letters and a multi-byte character is never split). Everything else,
    /// punctuation, `#`, `@`, spaces, separates words.
    public mutating func append(text: some Collection<UInt8>) {
        var hash = Self.offsetBasis
        var inWord = false
        for byte in text {
            if Self.isWordByte(byte) {
                hash = (hash ^ UInt64(byte)) &* Self.prime
                inWord = true
            } else if inWord {
                words.append(Self.fold(hash))
                hash = Self.offsetBasis
                inWord = false
            }
        }
        if inWord { words.append(Self.fold(hash)) }
        offsets.append(UInt32(words.count))
    }

    /// The hash `append(text:)` gives a single word, for tests and for looking words up.
    public static func hash(word: some Collection<UInt8>) -> UInt32 {
        var hash = offsetBasis
        for byte in word { hash = (hash ^ UInt64(byte)) &* prime }
        return fold(hash)
    }

    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    // FNV-1a, 64-bit, folded: a plain, well-mixed hash that is the same on every run and platform.
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3
    @inline(__always) private static func fold(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash ^ (hash >> 32)) }
}
