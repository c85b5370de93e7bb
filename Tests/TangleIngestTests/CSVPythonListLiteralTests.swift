import Testing

@testable import TangleIngest

@Suite("Stringified Python lists")
struct CSVPythonListLiteralTests {
    static func items(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { PythonListLiteral.items($0) }
    }

    @Test(
        arguments: [
            ("", []),
            ("[]", []),
            ("  [ ]  ", []),
            ("['a']", ["a"]),
            ("['a', 'b']", ["a", "b"]),
            ("[\"it's\", 'x']", ["it's", "x"]),
            ("[a, b]", ["a", "b"]),
            ("['don\\'t', 'back\\\\slash']", ["don't", "back\\slash"]),
            ("['caf\\xe9', '\\u00e9t\\u00e9', '\\U0001F600']", ["café", "été", "😀"]),
            ("['line\\nbreak']", ["line\nbreak"]),
            ("['#MAGA', '2A']", ["#MAGA", "2A"]),
            ("['a, b', 'c']", ["a, b", "c"]),
            ("['ελλάδα']", ["ελλάδα"]),
        ] as [(String, [String])])
    func parses(text: String, expected: [String]) {
        #expect(Self.items(text) == expected)
    }

    @Test(arguments: ["['open", "a, b", "['a' 'b']", "['a'] x", "[", "['a',"])
    func rejectsMalformed(text: String) {
        #expect(Self.items(text) == nil)
    }
}
