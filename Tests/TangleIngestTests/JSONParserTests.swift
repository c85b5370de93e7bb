import Testing

@testable import TangleIngest

@Suite("JSON parser")
struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONDocument {
        try JSONDocument(parsing: Array(text.utf8))
    }

    @Test func decodesEveryEscape() throws {
        let document = try parse(#"["a\"b\\c\/d\b\f\n\r\t", "caf\u00e9 \u20AC", "plain"]"#)
        let strings = document.elements(document.root).map { document.string($0) }
        #expect(strings == ["a\"b\\c/d\u{8}\u{C}\n\r\t", "café €", "plain"])
    }

    @Test func joinsSurrogatePairs() throws {
        let document = try parse(#""vote \ud83d\uddf3\ufe0f now \uD83C\uDDFA\uD83C\uDDF8""#)
        #expect(document.string(document.root) == "vote 🗳️ now 🇺🇸")
    }

    /// Python's `json.dumps` writes a surrogate without its partner (a text cut inside an emoji) as an
    /// escape, and reads it back; so does this parser, as U+FFFD.
    @Test(arguments: [
        (#""broken \ud83d end""#, "broken \u{FFFD} end"),
        (#""\ud83d""#, "\u{FFFD}"),
        (#""\uDC00 low first""#, "\u{FFFD} low first"),
        (#""\ud83d\u0041""#, "\u{FFFD}A"),
        (#""\ud83d\ud83d\ude00""#, "\u{FFFD}😀"),
        (#""\ude00\ud83d""#, "\u{FFFD}\u{FFFD}"),
        (#""\ud83d\ndc00""#, "\u{FFFD}\ndc00"),
    ])
    func decodesLoneSurrogatesAsReplacementCharacters(input: String, expected: String) throws {
        let document = try parse(input)
        #expect(document.string(document.root) == expected)
    }

    @Test func keepsRawUTF8() throws {
        let document = try parse(#"{"name": "Патриот Новости 🗳"}"#)
        #expect(document.string(document.member(document.root, "name")) == "Патриот Новости 🗳")
    }

    @Test func keepsNumbersAsWritten() throws {
        let document = try parse(
            #"{"id": 1050118620828401665, "huge": 18446744073709551616123, "small": -0.5e-3, "#
                + #""zero": 0, "count": 15321}"#)
        #expect(document.text(document.member(document.root, "id")) == "1050118620828401665")
        #expect(document.text(document.member(document.root, "huge")) == "18446744073709551616123")
        #expect(document.text(document.member(document.root, "small")) == "-0.5e-3")
        #expect(document.int(document.member(document.root, "id")) == 1_050_118_620_828_401_665)
        #expect(document.int(document.member(document.root, "huge")) == nil)
        #expect(document.int(document.member(document.root, "small")) == nil)
        #expect(document.int(document.member(document.root, "zero")) == 0)
        #expect(document.int(document.member(document.root, "count")) == 15321)
    }

    @Test func navigatesNestingAndSkipsSubtrees() throws {
        let document = try parse(
            #"{"a": {"deep": [1, [2, [3]], {"x": null}]}, "b": [true, false], "c": {"d": {"e": "found"}}}"#)
        #expect(document.string(document.member(document.root, "c", "d", "e")) == "found")
        #expect(document.keyNames(document.root) == ["a", "b", "c"])
        #expect(document.elements(document.member(document.root, "b")).map { document.bool($0) } == [true, false])
        let deep = document.member(document.root, "a", "deep")
        #expect(Array(document.elements(deep)).count == 3)
        #expect(document.member(document.root, "missing") == nil)
        #expect(document.member(document.root, "b", "not-an-object") == nil)
    }

    @Test func treatsNullAsAbsentButPresent() throws {
        let document = try parse(#"{"forwarded_from": null, "text": ""}"#)
        #expect(document.member(document.root, "forwarded_from") == nil)
        #expect(document.contains(document.root, "forwarded_from"))
        #expect(document.string(document.member(document.root, "text")) == nil)
    }

    @Test func findsEscapedKeys() throws {
        let document = try parse(#"{"i\u0064_str": "42"}"#)
        #expect(document.text(document.member(document.root, "id_str")) == "42")
    }

    @Test func parsesDeepNestingWithoutRecursion() throws {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let document = try parse(text)
        #expect(document.nodes.count == depth)
    }

    @Test func allowsWhitespaceEverywhere() throws {
        let document = try parse(" \t\r\n{ \"a\" :\n[ 1 ,\t2 ] ,\"b\":{ } } \r\n")
        #expect(document.elements(document.member(document.root, "a")).map { document.int($0) } == [1, 2])
        #expect(document.kind(document.member(document.root, "b") ?? 0) == .object)
    }

    @Test(arguments: [
        (#"{"a":1 "b":2}"#, "',' or '}'", 7, "'\"'"),
        ("[1,2", "',' or ']'", 4, "the end of the record"),
        (#"{"a" 1}"#, "':' after the key", 5, "'1'"),
        (#"{"a":tru}"#, "'true'", 8, "'}'"),
        (#"{"a":01}"#, "',' or '}'", 6, "'1'"),
        (#""abc"#, "'\"' to close the string", 4, "the end of the record"),
        (#"{"a":"x\qy"}"#, #"an escape (\" \\ \/ \b \f \n \r \t \uXXXX)"#, 8, "'q'"),
        (#""\u12G4""#, #"4 hex digits after \u"#, 5, "'G'"),
        (#""\ud83d\u12G4""#, #"4 hex digits after \u"#, 11, "'G'"),
        ("{} x", "the end of the record", 3, "'x'"),
        ("", "a value (object, array, string, number, true, false or null)", 0, "the end of the record"),
        ("[-]", "a digit", 2, "']'"),
        ("[1.]", "a digit after '.'", 3, "']'"),
        ("{,}", "'\"' to start a key", 1, "','"),
    ])
    func reportsWhatWasExpectedWhere(input: String, expected: String, offset: Int, found: String) {
        #expect(throws: JSONSyntaxError(expected: expected, found: found, offset: offset)) {
            try JSONDocument(parsing: Array(input.utf8))
        }
    }

    @Test(
        arguments: [
            ([0x22, 0x61, 0xFF, 0x62, 0x22], 2, "byte 0xFF"),  // not a UTF-8 byte
            ([0x22, 0xC0, 0xAF, 0x22], 1, "byte 0xC0"),  // overlong '/'
            ([0x22, 0xED, 0xA0, 0x80, 0x22], 2, "byte 0xA0"),  // an encoded surrogate
            ([0x22, 0xE2, 0x82, 0x22], 3, "'\"'"),  // cut short
            ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 2, "byte 0x90"),  // above U+10FFFF
        ] as [([UInt8], Int, String)])
    func rejectsInvalidUTF8InStrings(bytes: [UInt8], offset: Int, found: String) {
        #expect(throws: JSONSyntaxError(expected: "valid UTF-8 in a string", found: found, offset: offset)) {
            try JSONDocument(parsing: bytes)
        }
    }

    @Test func rejectsRawControlCharactersInStrings() {
        #expect(
            throws: JSONSyntaxError(
                expected: "a control character in a string to be escaped (\\n, \\t, \\u00XX)", found: "byte 0x0A",
                offset: 3)
        ) {
            try JSONDocument(parsing: Array("\"ab\ncd\"".utf8))
        }
    }

    @Test func reusesOneDocumentAcrossRecords() throws {
        var document = JSONDocument()
        for text in [#"{"a": [1, 2, 3]}"#, #"{"b": "x"}"#] {
            try Array(text.utf8).withUnsafeBufferPointer { try document.parse($0) }
        }
        #expect(document.keyNames(document.root) == ["b"])
        #expect(document.nodes.count == 3)
    }
}
