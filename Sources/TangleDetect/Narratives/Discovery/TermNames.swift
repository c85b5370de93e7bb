import TangleCore

/// The words behind term hashes: the Frame keeps words only as hashes, so labels read them back from
/// the texts of a few posts that use them.
public struct TermNames: Sendable {
    private var words: [UInt32: String] = [:]
    private let hashtags: [String]

    /// - Parameter hashtags: the Frame's hashtag names (`frame.hashtags.names`).
    public init(hashtags: [String]) {
        self.hashtags = hashtags
    }

    /// Learns the words of one post's text, tokenised as `WordColumn.append(text:)` tokenises its
    /// normalised form (`Normalize.text`).
    public mutating func learn(text: String) {
        let normalized = Array(Normalize.text(text).utf8)
        var start: Int?
        for index in 0...normalized.count {
            let isWord = index < normalized.count && Self.isWordByte(normalized[index])
            if isWord, start == nil { start = index }
            if !isWord, let first = start {
                let word = normalized[first..<index]
                let hash = WordColumn.hash(word: word)
                if words[hash] == nil { words[hash] = String(decoding: word, as: UTF8.self) }
                start = nil
            }
        }
    }

    /// `#tag` for a hashtag, the word for a word learnt, else its hash in hex.
    public func name(of term: Term) -> String {
        if let code = term.hashtagCode { return "#" + hashtags[Int(code)] }
        let hash = term.wordHash ?? 0
        return words[hash] ?? "~" + String(hash, radix: 16)
    }

    /// The rule of `WordColumn`: ASCII letters and digits, and any non-ASCII byte.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
