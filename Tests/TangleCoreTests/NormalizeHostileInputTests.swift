import Testing

@testable import TangleCore

/// One-megabyte fields built to make a scanner that re-reads what it has read take minutes: each must
/// be processed in linear time. The tests check what is found, not the time taken; a quadratic
/// scanner shows as a test that does not finish.
@Suite struct NormalizeHostileInputTests {
    private static let size = 1 << 20

    /// `text` repeated to about `size` bytes.
    private static func repeated(_ text: String) -> String {
        String(repeating: text, count: size / text.utf8.count)
    }

    /// Every `h` starts a candidate whose host does not start right: each is refused at once.
    @Test func candidatesWithoutAHost() {
        let text = Self.repeated("http://.")
        #expect(Normalize.urls(in: text).isEmpty)
        #expect(Normalize.text(text) == text)
        let withLink = text + " https://example.com/a"
        #expect(Normalize.urls(in: withLink) == ["https://example.com/a"])
    }

    /// Unbalanced closing brackets after a URL are cut, counted once rather than once per bracket.
    @Test(arguments: [")", "]", "}", ").", "?)"])
    func trailingClosingBrackets(_ tail: String) {
        let text = "http://x" + Self.repeated(tail)
        #expect(Normalize.urls(in: text) == ["http://x"])
        #expect(Normalize.text(text) == Self.repeated(tail))
    }

    /// Balanced brackets inside a URL are kept, however many.
    @Test func balancedBracketsAreKept() {
        let url = "http://x/" + String(repeating: "(a)", count: 1000)
        let text = url + Self.repeated(")")
        #expect(Normalize.urls(in: text) == [url])
    }

    /// A run of URL characters longer than `maxURLBytes` is no URL, nor is any URL inside it; the
    /// scan steps past it in one go.
    @Test func overlongRunIsNoURL() {
        let text = Self.repeated("http://ahttp://b")
        #expect(Normalize.urls(in: text).isEmpty)
        #expect(Normalize.text(text) == text)
        #expect(Normalize.urls(in: text + " http://c.example") == ["http://c.example"])
    }

    @Test func urlLengthLimitIsTwitterTexts() {
        let prefix = "https://example.com/"
        let longest = prefix + String(repeating: "p", count: EntityScanner.maxURLBytes - prefix.utf8.count)
        #expect(Normalize.urls(in: "see " + longest + " now") == [longest])
        #expect(Normalize.urls(in: "see " + longest + "p now").isEmpty)
        // Trailing punctuation is not part of the URL, so it does not count.
        #expect(Normalize.urls(in: longest + "...") == [longest])
    }

    /// Mentions and hashtags: each candidate reads its own run, which the next cannot share.
    @Test(arguments: ["@", "#", "@a", "#a", "a@", "@@a", "#1"])
    func sigilRuns(_ unit: String) {
        let text = Self.repeated(unit)
        let (hashtags, mentions) = Normalize.hashtagsAndMentions(in: text)
        #expect(hashtags.isEmpty)
        #expect(mentions.isEmpty)
        #expect(Normalize.text(text) == text)
    }

    /// A Punycode label longer than a DNS label may be (63 bytes) is kept as written: decoding takes
    /// time quadratic in the label's length.
    @Test func longPunycodeLabelIsKeptAsWritten() {
        let label = "xn--" + String(repeating: "a", count: Self.size)
        let normal = URLNormalizer.normalize("http://" + label + ".com/x")
        #expect(normal.url == label + ".com/x")
        #expect(URLNormalizer.normalize("http://xn--bcher-kva.de/").url == "bücher.de")
    }

    /// Leading `www.` labels go in one shift, not one shift of the whole host per label.
    @Test func manyLeadingWWWLabels() {
        let normal = URLNormalizer.normalize("http://" + Self.repeated("www.") + "example.com/a")
        #expect(normal.url == "example.com/a")
        #expect(normal.domain == "example.com")
        #expect(URLNormalizer.normalize("http://www.www.com").url == "www.com")
    }
}
