import Testing

@testable import TangleCore

/// One URL as written and what it should normalise to.
struct URLCase: CustomTestStringConvertible, Sendable {
    let input: String
    let url: String
    let domain: String?
    var isShortener = false

    var testDescription: String { input.debugDescription }
}

@Suite struct URLNormalizerTests {
    static let cases: [URLCase] = [
        // Scheme and host case, www, root path.
        URLCase(
            input: "https://www.BBC.co.uk/news/world-12345", url: "bbc.co.uk/news/world-12345",
            domain: "bbc.co.uk"),
        URLCase(input: "HTTP://Example.COM/Path/To?Q=1", url: "example.com/Path/To?Q=1", domain: "example.com"),
        URLCase(input: "http://example.com/", url: "example.com", domain: "example.com"),
        URLCase(input: "https://example.com", url: "example.com", domain: "example.com"),
        URLCase(input: "https://EXAMPLE.com/A/B/", url: "example.com/A/B/", domain: "example.com"),
        URLCase(input: "https://www.com/", url: "www.com", domain: "www.com"),
        URLCase(input: "https://example.com./a", url: "example.com/a", domain: "example.com"),
        URLCase(input: "  https://example.com/a \n", url: "example.com/a", domain: "example.com"),
        // Ports.
        URLCase(input: "https://example.com:443/a", url: "example.com/a", domain: "example.com"),
        URLCase(input: "http://example.com:80/a", url: "example.com/a", domain: "example.com"),
        URLCase(input: "http://example.com:0080/a", url: "example.com/a", domain: "example.com"),
        URLCase(input: "https://example.com:8443/a", url: "example.com:8443/a", domain: "example.com"),
        URLCase(input: "http://example.com:443/a", url: "example.com:443/a", domain: "example.com"),
        URLCase(input: "http://example.com:/a", url: "example.com/a", domain: "example.com"),
        // Fragments and user info.
        URLCase(input: "https://example.com/a#section", url: "example.com/a", domain: "example.com"),
        URLCase(input: "https://example.com/a?x=1#frag", url: "example.com/a?x=1", domain: "example.com"),
        URLCase(
            input: "http://twitter.com/#!/jack/status/20", url: "twitter.com#!/jack/status/20",
            domain: "twitter.com"),
        URLCase(input: "https://user:pass@example.com/a", url: "example.com/a", domain: "example.com"),
        // Tracking parameters.
        URLCase(
            input: "https://example.com/a?utm_source=twitter&utm_medium=social&id=7", url: "example.com/a?id=7",
            domain: "example.com"),
        URLCase(
            input: "https://example.com/a?b=2&fbclid=IwAR0x&a=1", url: "example.com/a?b=2&a=1",
            domain: "example.com"),
        URLCase(
            input: "https://example.com/a?gclid=1&dclid=2&igshid=3&mc_cid=4&mc_eid=5&_ga=6&yclid=7&msclkid=8&ref_url=9",
            url: "example.com/a", domain: "example.com"),
        URLCase(input: "https://example.com?UTM_SOURCE=x", url: "example.com", domain: "example.com"),
        URLCase(input: "https://example.com/a?__twitter_impression=true", url: "example.com/a", domain: "example.com"),
        URLCase(input: "http://www.example.com:80/?utm_campaign=x#top", url: "example.com", domain: "example.com"),
        URLCase(input: "https://example.com/?", url: "example.com", domain: "example.com"),
        URLCase(input: "https://example.com/a?&&x=1&", url: "example.com/a?x=1", domain: "example.com"),
        URLCase(
            input: "https://twitter.com/jack/status/20?s=20&t=abcDEF", url: "twitter.com/jack/status/20",
            domain: "twitter.com"),
        URLCase(
            input: "https://mobile.twitter.com/jack/status/20?ref_src=twsrc%5Etfw",
            url: "mobile.twitter.com/jack/status/20", domain: "twitter.com"),
        URLCase(input: "https://x.com/jack/status/20?s=46", url: "x.com/jack/status/20", domain: "x.com"),
        URLCase(
            input: "https://example.com/search?s=20&t=5", url: "example.com/search?s=20&t=5",
            domain: "example.com"),
        URLCase(
            input: "https://m.facebook.com/story.php?story_fbid=1&id=2&mibextid=abc",
            url: "m.facebook.com/story.php?story_fbid=1&id=2", domain: "facebook.com"),
        // YouTube.
        URLCase(
            input: "https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=share", url: "youtube.com/watch?v=dQw4w9WgXcQ",
            domain: "youtube.com"),
        URLCase(
            input: "https://youtu.be/dQw4w9WgXcQ?si=abc&t=42", url: "youtube.com/watch?v=dQw4w9WgXcQ&t=42",
            domain: "youtube.com"),
        URLCase(input: "youtu.be/dQw4w9WgXcQ", url: "youtube.com/watch?v=dQw4w9WgXcQ", domain: "youtube.com"),
        URLCase(input: "https://youtu.be/", url: "youtu.be", domain: "youtu.be"),
        URLCase(input: "https://youtube.com/watch?v=x&t=42", url: "youtube.com/watch?v=x&t=42", domain: "youtube.com"),
        // Percent-encoding.
        URLCase(input: "https://example.com/%7Euser/a%2fb%41", url: "example.com/~user/a%2FbA", domain: "example.com"),
        URLCase(input: "https://example.com/caf%c3%a9", url: "example.com/caf%C3%A9", domain: "example.com"),
        URLCase(input: "https://example.com/café", url: "example.com/caf%C3%A9", domain: "example.com"),
        URLCase(input: "https://example.com/a?q=%e2%9c%93", url: "example.com/a?q=%E2%9C%93", domain: "example.com"),
        URLCase(input: "https://example.com/a%zz", url: "example.com/a%25zz", domain: "example.com"),
        URLCase(input: "https://example.com/a|b", url: "example.com/a%7Cb", domain: "example.com"),
        URLCase(input: "http:\\\\example.com\\a\\b", url: "example.com/a/b", domain: "example.com"),
        // IDN.
        URLCase(input: "https://bücher.de/x", url: "bücher.de/x", domain: "bücher.de"),
        URLCase(input: "https://xn--bcher-kva.de/x", url: "bücher.de/x", domain: "bücher.de"),
        URLCase(input: "https://BÜCHER.DE", url: "bücher.de", domain: "bücher.de"),
        URLCase(input: "https://пример.рф/", url: "пример.рф", domain: "пример.рф"),
        URLCase(input: "https://xn--e1afmkfd.xn--p1ai/", url: "пример.рф", domain: "пример.рф"),
        URLCase(input: "https://例え。テスト/パス", url: "例え.テスト/%E3%83%91%E3%82%B9", domain: "例え.テスト"),
        // IP addresses.
        URLCase(input: "http://192.168.0.1:8080/admin", url: "192.168.0.1:8080/admin", domain: nil),
        URLCase(input: "http://[2001:DB8::1]/a", url: "[2001:db8::1]/a", domain: nil),
        URLCase(input: "http://[::1]:80/", url: "[::1]", domain: nil),
        URLCase(input: "10.0.0.1/x", url: "10.0.0.1/x", domain: nil),
        // No scheme, other schemes.
        URLCase(input: "example.com/a", url: "example.com/a", domain: "example.com"),
        URLCase(input: "www.example.com", url: "example.com", domain: "example.com"),
        URLCase(input: "example.com:8080/a", url: "example.com:8080/a", domain: "example.com"),
        URLCase(input: "//cdn.example.com/x.js", url: "cdn.example.com/x.js", domain: "example.com"),
        URLCase(input: "ftp://Files.Example.com/pub/", url: "ftp://files.example.com/pub/", domain: "example.com"),
        URLCase(input: "http://localhost:8080/x", url: "localhost:8080/x", domain: nil),
        // Shorteners.
        URLCase(input: "https://t.co/AbC123", url: "t.co/AbC123", domain: "t.co", isShortener: true),
        URLCase(input: "http://www.bit.ly/2xYz", url: "bit.ly/2xYz", domain: "bit.ly", isShortener: true),
        URLCase(input: "https://on.rt.com/8abc", url: "on.rt.com/8abc", domain: "rt.com", isShortener: true),
        // Not URLs: returned trimmed, without a domain.
        URLCase(input: " not a url ", url: "not a url", domain: nil),
        URLCase(input: "", url: "", domain: nil),
        URLCase(input: "hello", url: "hello", domain: nil),
        URLCase(input: "Hello.", url: "Hello.", domain: nil),
        URLCase(input: "1.5", url: "1.5", domain: nil),
        URLCase(input: "mailto:someone@example.com", url: "mailto:someone@example.com", domain: nil),
        URLCase(input: "javascript:alert(1)", url: "javascript:alert(1)", domain: nil),
        URLCase(input: "user@example.com", url: "user@example.com", domain: nil),
        URLCase(input: "http://", url: "http://", domain: nil),
        URLCase(input: "https://ex ample.com", url: "https://ex ample.com", domain: nil),
        URLCase(input: "https://exa%6dple.com", url: "https://exa%6dple.com", domain: nil),
        URLCase(input: "https://a..b.com", url: "https://a..b.com", domain: nil),
        URLCase(input: "https://example.com:99999/", url: "https://example.com:99999/", domain: nil),
        URLCase(input: "https://[::1/", url: "https://[::1/", domain: nil),
    ]

    @Test(arguments: cases)
    func normalises(_ c: URLCase) {
        let normal = URLNormalizer.normalize(c.input)
        #expect(normal.url == c.url)
        #expect(normal.domain == c.domain)
        #expect(normal.isShortener == c.isShortener)
    }

    @Test(arguments: cases)
    func bytesAgreeWithString(_ c: URLCase) {
        var input = c.input
        let fromBytes = input.withUTF8 { URLNormalizer.normalize($0) }
        #expect(fromBytes == URLNormalizer.normalize(c.input))
    }

    @Test(arguments: cases)
    func isIdempotentOnWebLinks(_ c: URLCase) {
        // The normal form of a link normalises to itself (except the YouTube rewrite's source and
        // hash-bang links, whose normal forms read as other URLs).
        guard c.domain != nil, !c.input.contains("#!") else { return }
        #expect(URLNormalizer.normalize(c.url).url == c.url)
    }

    @Test func linkKeepsTheRawForm() {
        let link = Link(url: "https://www.Example.com/a?utm_source=x")
        #expect(link.raw == "https://www.Example.com/a?utm_source=x")
        #expect(link.normalized == "example.com/a")
        #expect(link.domain == "example.com")
        #expect(!link.isShortener)
    }

    @Test func longURLsAreHandled() {
        let path = String(repeating: "é", count: 20_000)
        let normal = URLNormalizer.normalize("https://example.com/" + path)
        #expect(normal.url == "example.com/" + String(repeating: "%C3%A9", count: 20_000))
    }

    @Test(arguments: [
        ("t.co", true), ("bit.ly", true), ("goo.gl", true), ("tinyurl.com", true), ("ow.ly", true),
        ("buff.ly", true), ("dlvr.it", true), ("ift.tt", true), ("is.gd", true), ("trib.al", true),
        ("fb.me", true), ("lnkd.in", true), ("tiny.cc", true), ("rebrand.ly", true), ("cutt.ly", true),
        ("shorturl.at", true), ("nyti.ms", true), ("sptnkne.ws", true), ("BIT.LY", true),
        ("youtu.be", false), ("bbc.co.uk", false), ("rt.com", false), ("sub.t.co", false), ("t.com", false),
    ])
    func shorteners(host: String, expected: Bool) {
        #expect(URLNormalizer.isShortener(host: host) == expected)
    }

    @Test(arguments: [
        ("utm_content", "example.com", true), ("UTM_Term", "example.com", true), ("fbclid", "example.com", true),
        ("s", "twitter.com", true), ("s", "example.com", false), ("t", "youtube.com", false),
        ("si", "youtube.com", true), ("si", "spotify.com", true), ("si", "example.com", false),
        ("ref", "facebook.com", true), ("ref", "github.com", false), ("id", "example.com", false),
        ("utm", "example.com", false),
    ])
    func trackingParameters(name: String, domain: String, expected: Bool) {
        var name = name
        let mask = URLNormalizer.siteRules.flags(of: domain) ?? 0
        #expect(name.withUTF8 { URLNormalizer.isTrackingParameter($0, siteMask: mask) } == expected)
    }
}
