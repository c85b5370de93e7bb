import Testing

@testable import TangleCore

/// Seeded random inputs built from the pieces real links and posts are made of: whatever the mix,
/// normalising never traps and a normal form normalises to itself.
@Suite struct NormalizePropertyTests {
    static let urlPieces = [
        "http://", "https://", "HTTP://", "//", "www.", "WWW.", "www.www.", "example", "Ex", "xn--bcher-kva",
        "bücher", ".", ".com", ".co.uk", ".blogspot.com", ":", "80", "443", "8080", "/", "\\", "?", "&", "=", "#",
        "#!", "%",
        "%41", "%2f", "%5F", "%zz", "utm_source", "utm%5Fsource", "fbclid", "s", "t", "v", "@", "user", "[", "]",
        "::1", "1.2.3.4", " ", "é", "日本", "。", "-", "_", "~", "youtu.be/", "abc", "t.co/", "mailto:", "|",
    ]

    static let textPieces = [
        "RT", " ", "  ", "\n", ":", "@user", "@", "＠x", "#Tag", "#", "＃タグ", "https://t.co/x", "www.a.com", "http://",
        "Привет", "\u{200B}", "\u{3000}", "é", "e\u{301}", ".", ",", "(", ")", "日本", "&", "a", "Z", "_", "…", "\"",
        "mail@x.com", "123",
    ]

    static func randomString(from pieces: [String], using generator: inout SplitMix64) -> String {
        let count = Int(generator.next() % 12) + 1
        return (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
    }

    @Test func urlNormalFormsAreFixedPoints() {
        var generator = SplitMix64(seed: 2016)
        for _ in 0..<20_000 {
            let input = Self.randomString(from: Self.urlPieces, using: &generator)
            let once = URLNormalizer.normalize(input)
            guard once.domain != nil else { continue }
            let twice = URLNormalizer.normalize(once.url)
            #expect(twice == once, "\(input.debugDescription) -> \(once.url.debugDescription)")
            if twice != once { return }
        }
    }

    @Test func textNormalFormsAreFixedPoints() {
        var generator = SplitMix64(seed: 2020)
        for _ in 0..<20_000 {
            let input = Self.randomString(from: Self.textPieces, using: &generator)
            let once = Normalize.text(input)
            #expect(Normalize.text(once) == once, "\(input.debugDescription) -> \(once.debugDescription)")
            #expect(once.first != " " && once.last != " " && !once.contains("  "))
            if Normalize.text(once) != once { return }
        }
    }

    @Test func extractedEntitiesAreNormal() {
        var generator = SplitMix64(seed: 2024)
        for _ in 0..<20_000 {
            let input = Self.randomString(from: Self.textPieces, using: &generator)
            for tag in Normalize.hashtags(in: input) {
                #expect(!tag.isEmpty && Normalize.hashtag(tag) == tag)
            }
            for handle in Normalize.mentions(in: input) {
                #expect((1...15).contains(handle.count) && handle == handle.lowercased())
            }
            for url in Normalize.urls(in: input) {
                #expect(input.contains(url) && !url.contains(" "))
            }
        }
    }
}
