import Testing

@testable import TangleCore

@Suite struct PublicSuffixListTests {
    /// An excerpt of the real list with each kind of rule, so these tests do not depend on the machine.
    static let excerpt = PublicSuffixList(
        rules: """
            // ===BEGIN ICANN DOMAINS===
            com
            uk
            co.uk
            jp
            // a wildcard and its exceptions
            *.kawasaki.jp
            !city.kawasaki.jp
            *.ck
            !www.ck
            io
            // ===BEGIN PRIVATE DOMAINS===
            blogspot.com
            github.io
            *.compute.amazonaws.com
            """,
        origin: "excerpt")

    @Test(arguments: [
        ("bbc.co.uk", "bbc.co.uk"), ("news.bbc.co.uk", "bbc.co.uk"), ("a.b.news.bbc.co.uk", "bbc.co.uk"),
        ("co.uk", nil), ("uk", nil), ("com", nil), ("example.com", "example.com"),
        ("foo.blogspot.com", "foo.blogspot.com"), ("www.foo.blogspot.com", "foo.blogspot.com"), ("blogspot.com", nil),
        ("a.b.github.io", "b.github.io"), ("github.io", nil),
        ("city.kawasaki.jp", "city.kawasaki.jp"), ("www.city.kawasaki.jp", "city.kawasaki.jp"),
        ("foo.kawasaki.jp", nil), ("a.foo.kawasaki.jp", "a.foo.kawasaki.jp"),
        ("kawasaki.jp", "kawasaki.jp"),  // `*.kawasaki.jp` needs a label for its `*`; `jp` is the suffix
        ("www.ck", "www.ck"), ("a.www.ck", "www.ck"), ("foo.ck", nil), ("a.foo.ck", "a.foo.ck"),
        ("x.y.compute.amazonaws.com", "x.y.compute.amazonaws.com"), ("y.compute.amazonaws.com", nil),
        ("s3.amazonaws.com", "amazonaws.com"),
        ("localhost", nil), ("example.unknowntld", "example.unknowntld"), ("", nil), ("a..com", nil),
        (".com", nil), ("example.com.", nil),
    ] as [(String, String?)])
    func excerptRules(host: String, expected: String?) {
        #expect(Self.excerpt.registrableDomain(of: host) == expected)
        #expect(Self.excerpt.ruleCount == 12)
    }

    @Test(
        .enabled(if: PublicSuffixList.shared.origin != "built-in", "needs Debian's publicsuffix package"),
        arguments: [
            ("bbc.co.uk", "bbc.co.uk"), ("news.bbc.co.uk", "bbc.co.uk"), ("foo.blogspot.com", "foo.blogspot.com"),
            ("a.b.github.io", "b.github.io"), ("city.kawasaki.jp", "city.kawasaki.jp"), ("foo.kawasaki.jp", nil),
            ("com", nil), ("localhost", nil), ("www.ck", "www.ck"), ("sputniknews.com", "sputniknews.com"),
            ("de.rt.com", "rt.com"), ("news.yahoo.co.jp", "yahoo.co.jp"), ("www.gov.uk", "www.gov.uk"),
            ("пример.рф", "пример.рф"), ("a.b.c.example.com.au", "example.com.au"),
        ] as [(String, String?)])
    func systemList(host: String, expected: String?) {
        #expect(PublicSuffixList.shared.registrableDomain(of: host) == expected)
    }

    @Test(.enabled(if: PublicSuffixList.shared.origin != "built-in", "needs Debian's publicsuffix package"))
    func systemListIsLoadedWhole() {
        #expect(PublicSuffixList.systemPaths.contains(PublicSuffixList.shared.origin))
        #expect(PublicSuffixList.shared.ruleCount > 9000)
    }

    @Test(arguments: [
        ("news.bbc.co.uk", "bbc.co.uk"), ("www.abc.net.au", "abc.net.au"), ("www3.nhk.or.jp", "nhk.or.jp"),
        ("g1.globo.com.br", "globo.com.br"), ("foo.blogspot.com", "foo.blogspot.com"), ("a.b.github.io", "b.github.io"),
        ("lenta.ru", "lenta.ru"), ("x.y.bd", "x.y.bd"), ("y.bd", nil), ("com", nil), ("co.uk", nil),
    ] as [(String, String?)])
    func builtInFallback(host: String, expected: String?) {
        #expect(PublicSuffixList.builtIn.origin == "built-in")
        #expect(PublicSuffixList.builtIn.registrableDomain(of: host) == expected)
    }

    @Test func ipAddressesHaveNoDomain() {
        #expect(URLNormalizer.normalize("http://203.0.113.7/a").domain == nil)
        #expect(URLNormalizer.normalize("http://[2001:db8::7]/a").domain == nil)
    }
}
