import TangleCore
import Testing
@testable import TangleDetect

@Suite struct NarrativeDefinitionTests {
    static let goodFile = """
        # Narratives of the 2020 case.
        narratives:
          - id: voter-fraud
            name: "Voter fraud"   # shown in reports
            terms: ["stolen election", 'ballot harvesting', rigged AND (mail OR postal)]
            hashtags: [StopTheSteal, "#voterfraud"]
            urls: ["example.com/elections/*"]
            domains: [example-news.com]
          - id: health
            terms:
              - vaccine AND NOT satire
              - "it's a \\"plandemic\\""
            domains: example.org

        """

    private func parse(_ text: String) throws(InputFileError) -> [NarrativeDefinition] {
        try NarrativeDefinition.parse(Array(text.utf8), file: "n.yaml")
    }

    @Test func aGoodFileReadsInOrder() throws {
        let definitions = try parse(Self.goodFile)
        #expect(definitions.map(\.id) == ["voter-fraud", "health"])
        #expect(definitions[0].name == "Voter fraud")
        #expect(definitions[0].terms == ["stolen election", "ballot harvesting", "rigged AND (mail OR postal)"])
        #expect(definitions[0].hashtags == ["StopTheSteal", "#voterfraud"])
        #expect(definitions[0].urls == ["example.com/elections/*"])
        #expect(definitions[0].domains == ["example-news.com"])
        #expect(definitions[0].line == 3)
        #expect(definitions[1].name == "health")
        #expect(definitions[1].terms == ["vaccine AND NOT satire", #"it's a "plandemic""#])
        #expect(definitions[1].termLines == [11, 12])
        #expect(definitions[1].domains == ["example.org"])
    }

    @Test func yamlNodesKeepTheirLines() throws {
        let node = try YAMLReader.parse(Array("a:\n  - x\n  - [y, 'z']\nb: c\nd:\n".utf8), file: "f")
        #expect(
            node
                == .mapping(
                    [
                        ("a", .sequence([.scalar("x", line: 2), .sequence([.scalar("y", line: 3), .scalar("z", line: 3)], line: 3)], line: 2)),
                        ("b", .scalar("c", line: 4)), ("d", .empty(line: 5)),
                    ], line: 1))
    }

    @Test func itemsMayStartAtTheIndentationOfTheirKey() throws {
        let text = "---\r\nnarratives:\r\n- id: a\r\n  terms:\r\n  - x   # why\r\n- id: 'b'\r\n  hashtags: y\r\n"
        let definitions = try parse(text)
        #expect(definitions.map(\.id) == ["a", "b"])
        #expect(definitions.map(\.terms) == [["x"], []])
        #expect(definitions[1].hashtags == ["y"])
        #expect(definitions[1].line == 6)
    }

    @Test(arguments: [
        ("narratives:\n  - id: a\n\tterms: [x]\n", 3, "tab"),
        ("narratives:\n  - id: a\n    terms: [x, y\n", 3, "`,` or `]`"),
        ("narratives:\n  - id: a\n    terms: [\"x]\n", 3, "closing"),
        ("narratives:\n  - id: a\n    tags: [x]\n", 3, "unknown key `tags`"),
        ("narratives:\n  - name: A\n    terms: [x]\n", 2, "`id:`"),
        ("narratives:\n  - id: a\n    terms: [x]\n  - id: a\n    terms: [y]\n", 4, "already used by the narrative on line 2"),
        ("narratives:\n  - id: a\n    terms: [x]\n    terms: [y]\n", 4, "appears twice"),
        ("narratives:\n  - id: a\n    terms: [x]\n   hashtags: [y]\n", 4, "line up"),
        ("narratives:\n  - id: a\n    terms: {x: 1}\n", 3, "flow mappings"),
        ("narratives:\n  - id: a\n    terms: *x\n", 3, "must be quoted"),
        ("narratives:\n  - id: a\n    terms: |\n", 3, "block scalars"),
        ("narratives:\n  - id: a\n", 2, "at least one of terms"),
        ("narratives:\n  - id: a b\n    terms: [x]\n", 2, "expected an id"),
        ("narratives:\n  - id: a\n    terms: [x]\nother: 1\n", 4, "unknown key `other`"),
        ("stories: []\n", 1, "`narratives:`"),
        ("narratives:\n  - id: a\n    hashtags: #x\n", 3, "expected a list"),
        ("narratives:\n  - id: a\n    name: a: b\n    terms: [x]\n", 3, "`: `"),
    ])
    func eachErrorNamesItsLine(text: String, line: Int, expected: String) throws {
        let error = try #require(throws: InputFileError.self) { try parse(text) }
        #expect(error.file == "n.yaml")
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(expected), "\(error)")
    }

    @Test(arguments: [
        ("narratives:\n  - id: a\n    terms: [\"x AND\"]\n", 3, "at the end of the term"),
        ("narratives:\n  - id: a\n    terms: [\"(x OR y\"]\n", 3, "expected `)`"),
        ("narratives:\n  - id: a\n    terms: [\"NOT x\"]\n", 3, "none of its phrases"),
        ("narratives:\n  - id: a\n    terms:\n      - ok\n      - x ) y\n", 5, "found `)`"),
        ("narratives:\n  - id: a\n    terms: [\"@someone\"]\n", 3, "empty once normalised"),
        ("narratives:\n  - id: a\n    urls: [\"a*b.com\"]\n", 2, "`*` only at the end"),
    ])
    func compileErrorsNameTheirLine(text: String, line: Int, expected: String) throws {
        let definitions = try parse(text)
        let error = try #require(throws: InputFileError.self) {
            try DefinedNarrativeMatcher(definitions: definitions, file: "n.yaml")
        }
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(expected), "\(error)")
    }

    /// The narratives each post carries, posts given as raw text (normalised as ingest does) and lists.
    private func matched(
        _ definitions: [NarrativeDefinition], _ posts: [(text: String, hashtags: String, links: String, domains: String)]
    ) throws -> [[String]] {
        let matcher = try DefinedNarrativeMatcher(definitions: definitions, file: "test")
        var batch = NarrativePostBatch()
        for post in posts {
            var text = Normalize.text(post.text)
            var hashtags = post.hashtags
            var links = post.links
            var domains = post.domains
            text.withUTF8 { text in
                hashtags.withUTF8 { hashtags in
                    links.withUTF8 { links in
                        domains.withUTF8 { domains in batch.append(text: text, hashtags: hashtags, links: links, domains: domains) }
                    }
                }
            }
        }
        var result = [[String]](repeating: [], count: posts.count)
        for pair in matcher.matches(in: batch) { result[pair.post].append(definitions[pair.narrative].id) }
        return result
    }

    private func texts(_ terms: [String], _ texts: [String]) throws -> [Bool] {
        try matched([NarrativeDefinition(id: "n", terms: terms)], texts.map { ($0, "", "", "") }).map { !$0.isEmpty }
    }

    @Test func booleanTerms() throws {
        let terms = ["rigged AND (mail OR postal) AND NOT satire", "stolen election"]
        #expect(
            try texts(terms, [
                "The vote was rigged by mail", "Rigged postal votes", "rigged", "mail and postal", "rigged mail, satire",
                "they STOLEN ELECTION", "stolen elections",
            ]) == [true, true, false, false, false, true, false])
        #expect(try texts(["a OR b AND c"], ["a", "b", "b c"]) == [true, false, true], "AND binds tighter than OR")
        #expect(try texts(["x and y"], ["x and y", "x y"]) == [true, false], "lower-case and is a word")
    }

    @Test func phrasesMatchWholeWords() throws {
        #expect(
            try texts(["election"], [
                "election", "Election!", "the election.", "#election", "elections", "reelection", "election_day", "election2020",
                "(election)",
            ]) == [true, true, true, true, false, false, false, false, true])
        #expect(try texts(["#stopthesteal"], ["join #StopTheSteal now", "#stopthestealing"]) == [true, false])
    }

    @Test func caseAndAccentsDoNotMatter() throws {
        #expect(try texts(["élection volée"], ["ELECTION VOLEE", "Élection Volée", "election volée!"]) == [true, true, true])
        #expect(try texts(["Straße"], ["STRASSE", "strasse", "straße"]) == [true, true, true])
        #expect(try texts(["Łódź"], ["lodz"]) == [true])
        #expect(try texts(["naïve"], ["nai\u{308}ve"]) == [true], "a decomposed accent folds like a composed one")
        #expect(try texts(["don't stop"], ["DON’T STOP", "ｄｏｎ'ｔ ｓｔｏｐ"]) == [true, true], "typographic quotes and full-width letters")
    }

    @Test func nonLatinScripts() throws {
        #expect(try texts(["фальсификация выборов"], ["ФАЛЬСИФИКАЦИЯ ВЫБОРОВ!", "фальсификация выборовв"]) == [true, false])
        #expect(try texts(["εκλογές"], ["ΕΚΛΟΓΈΣ τώρα", "Εκλογες"]) == [true, true])
        #expect(try texts(["选举舞弊"], ["他们说选举舞弊了", "选举"]) == [true, false], "no word boundaries in Chinese")
        #expect(try texts(["تزوير الانتخابات"], ["قالوا تَزوير الانتخابات"]) == [true], "Arabic vowel marks are optional")
        #expect(try texts(["चुनाव"], ["चुनाव में धांधली", "चुनावों"]) == [true, false])
    }

    @Test func hashtagsLinksAndDomains() throws {
        let definitions = [
            NarrativeDefinition(id: "tags", hashtags: ["#StopTheSteal", "Élection"]),
            NarrativeDefinition(id: "links", urls: ["https://www.example.com/elections/*", "example.com/exact?id=1"]),
            NarrativeDefinition(id: "root", urls: ["site.org/*"]),
            NarrativeDefinition(id: "domains", domains: ["Example-News.com"]),
        ]
        let found = try matched(definitions, [
            ("", "stopthesteal other", "", ""),
            ("", "election", "", ""),
            ("", "stopthestealing", "", ""),
            ("", "", "example.com/elections/2020/x", "example.com"),
            ("", "", "example.com/elections", "example.com"),
            ("", "", "example.com/exact?id=1", "example.com"),
            ("", "", "example.com/exact?id=12", "example.com"),
            ("", "", "site.org site.org/a", "site.org"),
            ("", "", "site.organic/a", "site.organic"),
            ("", "", "", "example-news.com"),
            ("", "", "live.example-news.com/story", "example-news.com"),
            ("", "", "", "notexample-news.com"),
        ])
        #expect(
            found == [
                ["tags"], ["tags"], [], ["links"], ["links"], ["links"], [], ["root"], [], ["domains"], ["domains"], [],
            ])
    }

    @Test func matchesAreOrderedByPostThenNarrative() throws {
        let definitions = [NarrativeDefinition(id: "b", terms: ["x"]), NarrativeDefinition(id: "a", hashtags: ["x"])]
        let posts = (0..<3000).map { index in (index % 3 == 0 ? "x" : "y", index % 2 == 0 ? "x" : "", "", "") }
        let found = try matched(definitions, posts)
        #expect(found.count == 3000)
        for (index, narratives) in found.enumerated() {
            let expected = (index % 3 == 0 ? ["b"] : []) + (index % 2 == 0 ? ["a"] : [])
            #expect(narratives == expected)
        }
    }

    /// The automaton finds exactly the occurrences a naive search finds, on random texts over a small
    /// alphabet (so phrases overlap and nest often).
    @Test(arguments: 1...20)
    func automatonEqualsNaiveSearch(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let alphabet: [[UInt8]] = ["a", "b", " ", "é", "选"].map { Array($0.utf8) }
        func word(_ length: Int) -> [UInt8] {
            (0..<length).flatMap { _ in alphabet[random.next(below: alphabet.count)] }
        }
        var phrases: [[UInt8]] = []
        while phrases.count < 12 {
            let phrase = word(1 + random.next(below: 4))
            if !phrases.contains(phrase) { phrases.append(phrase) }
        }
        let automaton = PhraseAutomaton(phrases: phrases)
        for _ in 0..<50 {
            let text = word(random.next(below: 40))
            var fast = [Int](repeating: 0, count: phrases.count)
            text.withUnsafeBufferPointer { text in automaton.forEachMatch(in: text) { fast[Int($0)] += 1 } }
            var naive = [Int](repeating: 0, count: phrases.count)
            text.withUnsafeBufferPointer { text in
                for (code, phrase) in phrases.enumerated() where phrase.count <= text.count {
                    for start in 0...(text.count - phrase.count) where text[start..<start + phrase.count].elementsEqual(phrase) {
                        let end = start + phrase.count
                        let first = phrase.withUnsafeBufferPointer { FoldedText.isWordScalar($0, at: 0) }
                        let last = phrase.withUnsafeBufferPointer { FoldedText.isWordScalar($0, at: FoldedText.previousScalarStart($0, before: $0.count)) }
                        if first, start > 0, FoldedText.isWordScalar(text, at: FoldedText.previousScalarStart(text, before: start)) { continue }
                        if last, end < text.count, FoldedText.isWordScalar(text, at: end) { continue }
                        naive[code] += 1
                    }
                }
            }
            #expect(fast == naive, "text \(String(decoding: text, as: UTF8.self))")
        }
    }
}
