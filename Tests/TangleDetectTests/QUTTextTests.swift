import Foundation
import Testing
@testable import TangleDetect

/// QUT's text views against the toolkit's own Python: hand-picked cases, then 300 random texts whose
/// expected views `scripts/parity-fixtures/qut_oracle.py texts 300 7` computed with the toolkit. With
/// `QUT_TEXT_ORACLE` naming a file of such lines (as `scripts/parity-qut` makes), every line of it too.
@Suite struct QUTTextTests {
    /// text, co-tweet form, token set in code point order
    static let handCases: [(String, String, [String])] = [
        ("'orange'", "'orange'", ["orange"]),
        ("don't stop", "don't stop", ["don't", "stop"]),
        ("l'avion d'orange", "l'avion d'orange", ["d'orange", "l'avion"]),
        ("3,456.789 and 3.2 a.b", "3,456.789 and 3.2 a.b", ["3,456.789", "3.2", "a.b", "and"]),
        ("hello  world\t\tfoo\nbar", "hello world foo bar", ["bar", "foo", "hello", "world"]),
        (
            "https://t.co/abc?x=1&y=2 #tag @user hi", "https://t.co/abc?x=1&y=2 #tag hi",
            ["#", "&", "/", "1", "2", ":", "=", "?", "abc", "hi", "https", "t.co", "tag", "x", "y"]
        ),
        ("\u{1F1E6}\u{1F1E7}\u{1F1E8} x", "\u{1F1E6}\u{1F1E7}\u{1F1E8} x", ["x", "\u{1F1E6}\u{1F1E7}", "\u{1F1E8}"]),
        ("\u{C3}NIC\u{D6}DE \u{39F}\u{394}\u{39F}\u{3A3} \u{130}stanbul", "\u{E3}nic\u{F6}de \u{3BF}\u{3B4}\u{3BF}\u{3C2} i\u{307}stanbul",
            ["i\u{307}stanbul", "\u{E3}nic\u{F6}de", "\u{3BF}\u{3B4}\u{3BF}\u{3C2}"]),
        ("\u{65E5}\u{672C}\u{8A9E}\u{306E}\u{30C6}\u{30AD}\u{30B9}\u{30C8}", "\u{65E5}\u{672C}\u{8A9E}\u{306E}\u{30C6}\u{30AD}\u{30B9}\u{30C8}",
            ["\u{306E}", "\u{30C6}\u{30AD}\u{30B9}\u{30C8}", "\u{65E5}", "\u{672C}", "\u{8A9E}"]),
        ("e-mail foo_bar", "e-mail foo_bar", ["-", "e", "foo_bar", "mail"]),
        ("x\u{A0}y", "x y", ["x", "y"]),
        ("mail@foo.com bar", "mail bar", ["bar", "mail"]),
        ("@only @mentions", "", []),
        ("", "", []),
        ("RT @juplal: Shajadrot drouer, kost?", "rt shajadrot drouer, kost?", [",", "?", "drouer", "kost", "rt", "shajadrot"]),
    ]

    @Test(arguments: handCases.indices)
    func handPickedTexts(_ index: Int) {
        let (text, coTweet, tokens) = Self.handCases[index]
        #expect(Array(QUTText.coTweetForm(text).unicodeScalars) == Array(coTweet.unicodeScalars))
        #expect(QUTText.tokens(text).map { Array($0.unicodeScalars) } == tokens.map { Array($0.unicodeScalars) })
    }

    @Test func randomTextsAsTheToolkitSeesThem() throws {
        try Self.check(oracleLines: Self.oracle)
    }

    @Test func oracleFileFromTheEnvironment() throws {
        guard let path = ProcessInfo.processInfo.environment["QUT_TEXT_ORACLE"] else { return }
        try Self.check(oracleLines: try String(contentsOfFile: path, encoding: .utf8))
    }

    private struct OracleCase: Decodable {
        var text: String
        var coTweet: String
        var tokens: [String]
    }

    /// Compares code points, not Swift's canonically equivalent strings: Python tells `é` and `e\u{301}`
    /// apart.
    private static func check(oracleLines: String) throws {
        var failures = 0
        for line in oracleLines.split(separator: "\n") {
            let expected = try JSONDecoder().decode(OracleCase.self, from: Data(line.utf8))
            let coTweet = QUTText.coTweetForm(expected.text)
            let tokens = QUTText.tokens(expected.text)
            let tokensMatch = tokens.map { Array($0.unicodeScalars) } == expected.tokens.map { Array($0.unicodeScalars) }
            if Array(coTweet.unicodeScalars) != Array(expected.coTweet.unicodeScalars) || !tokensMatch {
                failures += 1
                if failures <= 10 {
                    Issue.record("\(line)\n  co-tweet: \(coTweet.debugDescription)\n  tokens: \(tokens.map(\.debugDescription))")
                }
            }
        }
        #expect(failures == 0)
    }

    static let oracle = ##"""
{"text": "claimatimes.example/news/a-b.html a\u2014b", "coTweet": "claimatimes.example/news/a-b.html a\u2014b", "tokens": ["-", "/", "a", "b", "b.html", "claimatimes.example", "news", "\u2014"]}
{"text": "l'avion https://t.co/5iMrQfmszN U.S.A. sogreamar x'y e-mail sogreamar don't", "coTweet": "l'avion https://t.co/5imrqfmszn u.s.a. sogreamar x'y e-mail sogreamar don't", "tokens": ["-", ".", "/", "5imrqfmszn", ":", "don't", "e", "https", "l'avion", "mail", "sogreamar", "t.co", "u.s.a", "x'y"]}
{"text": "\u03c3\u0440", "coTweet": "\u03c3\u0440", "tokens": ["\u03c3\u0440"]}
{"text": "\ud80d\udc31", "coTweet": "\ud80d\udc31", "tokens": ["\ud80d\udc31"]}
{"text": "38_\u0443\r\u30ab'\u00f4\r \u00c0\u0439", "coTweet": "38_\u0443 \u30ab'\u00f4 \u00e0\u0439", "tokens": ["38_\u0443", "\u00e0\u0439", "\u00f4", "\u30ab"]}
{"text": "\u039f\u0394\u039f\u03a3 https://t.co/5iMrQfmszN @juplal: foo_bar 3.2 foo_bar don't U.S.A. @juplal:", "coTweet": "\u03bf\u03b4\u03bf\u03c2 https://t.co/5imrqfmszn foo_bar 3.2 foo_bar don't u.s.a.", "tokens": [".", "/", "3.2", "5imrqfmszn", ":", "don't", "foo_bar", "https", "t.co", "u.s.a", "\u03bf\u03b4\u03bf\u03c2"]}
{"text": "\u0301 \u001c\u2019(\u0440 \uc5b4'\ud83d\udc68", "coTweet": "\u0301 \u2019(\u0440 \uc5b4'\ud83d\udc68", "tokens": ["(", "\u0301", "\u0440", "\u2019", "\uc5b4", "\ud83d\udc68"]}
{"text": " \ud83d\udc69", "coTweet": "\ud83d\udc69", "tokens": ["\ud83d\udc69"]}
{"text": "\u30ab", "coTweet": "\u30ab", "tokens": ["\u30ab"]}
{"text": "\u0301\u064a\u05e2\u0301'\ud83d\ude00\u00f2\"\u0631\ud83d\udc4d\u2019\u0628I\u0439i\u05d9\u03c2 \"\u03a3\ud83d\udc67", "coTweet": "\u0301\u064a\u05e2\u0301'\ud83d\ude00\u00f2\"\u0631\ud83d\udc4d\u2019\u0628i\u0439i\u05d9\u03c2 \"\u03c3\ud83d\udc67", "tokens": ["\"", "\u00f2", "\u0301", "\u03c3", "\u0628i\u0439i\u05d9\u03c2", "\u0631", "\u064a\u05e2\u0301'", "\u2019", "\ud83d\udc4d", "\ud83d\udc67", "\ud83d\ude00"]}
{"text": "\u65e5&'\ud55c\u00a0\ufe0f\u0631\u0631", "coTweet": "\u65e5&'\ud55c \ufe0f\u0631\u0631", "tokens": ["&", "\u0631\u0631", "\u65e5", "\ud55c", "\ufe0f"]}
{"text": "claimatimes.example/news/a-b.html sogreamar e-mail don't e-mail \u039f\u0394\u039f\u03a3 3.2 l'avion RT 1st", "coTweet": "claimatimes.example/news/a-b.html sogreamar e-mail don't e-mail \u03bf\u03b4\u03bf\u03c2 3.2 l'avion rt 1st", "tokens": ["-", "/", "1st", "3.2", "a", "b.html", "claimatimes.example", "don't", "e", "l'avion", "mail", "news", "rt", "sogreamar", "\u03bf\u03b4\u03bf\u03c2"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "\te\u00dc\u0644\u0131\u05ea \ud83c\uddf3\ud83c\uddf3\u672c:\uc5b4i'\u00c9\u05d1W", "coTweet": "e\u00fc\u0644\u0131\u05ea \ud83c\uddf3\ud83c\uddf3\u672c:\uc5b4i'\u00e9\u05d1w", "tokens": [":", "e\u00fc\u0644\u0131\u05ea", "\u672c", "\uc5b4i'\u00e9\u05d1w", "\ud83c\uddf3\ud83c\uddf3"]}
{"text": " \u0085\u2019\u03a3\u0085\u0391\u0394\u0391\u001f\u05e2YiI\u05ea\u05b4  \u2764\ud55c\ud83d\udc68", "coTweet": "\u2019\u03c3 \u03b1\u03b4\u03b1 \u05e2yii\u05ea\u05b4 \u2764\ud55c\ud83d\udc68", "tokens": ["\u03b1\u03b4\u03b1", "\u03c3", "\u05e2yii\u05ea\u05b4", "\u2019", "\u2764", "\ud55c", "\ud83d\udc68"]}
{"text": "\udb95\udfd8'\"\u200d\"\ue1ae\ud804\udfc5\u066c_", "coTweet": "\udb95\udfd8'\"\u200d\"\ue1ae\ud804\udfc5\u066c_", "tokens": ["\"", "\"\u200d", "_", "\u066c", "\ue1ae\ud804\udfc5", "\udb95\udfd8"]}
{"text": "\r&\u00ecq\u00f2\u3000\uad6d\u0439,\u05ea\u001c\u202f)\u00a0\u200cX?(\r5\u001f\r3", "coTweet": "&\u00ecq\u00f2 \uad6d\u0439,\u05ea ) \u200cx?( 5 3", "tokens": ["&", "(", ")", ",", "3", "5", "?", "x", "\u00ecq\u00f2", "\u05ea", "\u200c", "\uad6d\u0439"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "\ufe0fW \uc5b4\u3000i\u001f\u3000\u2028\u00fb&\n\u0301 \u0440\u00f1", "coTweet": "\ufe0fw \uc5b4 i \u00fb& \u0301 \u0440\u00f1", "tokens": ["&", "i", "w", "\u00fb", "\u0301", "\u0440\u00f1", "\uc5b4", "\ufe0f"]}
{"text": "3,456.789", "coTweet": "3,456.789", "tokens": ["3,456.789"]}
{"text": "'\u061c\uff0c\u200d\u2024'\udad3\udc8c\ufb91\n\n", "coTweet": "'\u061c\uff0c\u200d\u2024'\udad3\udc8c\ufb91", "tokens": ["\u061c", "\u2024", "\ufb91", "\uff0c\u200d", "\udad3\udc8c"]}
{"text": "mail@foo.com \u2026", "coTweet": "mail \u2026", "tokens": ["mail", "\u2026"]}
{"text": "\"\n\n\uff6a", "coTweet": "\" \uff6a", "tokens": ["\"", "\uff6a"]}
{"text": "\u039f\u0394\u039f\u03a3", "coTweet": "\u03bf\u03b4\u03bf\u03c2", "tokens": ["\u03bf\u03b4\u03bf\u03c2"]}
{"text": "mail@foo.com #Amber 1st 3,456.789 sogreamar x'y foo_bar l'avion", "coTweet": "mail #amber 1st 3,456.789 sogreamar x'y foo_bar l'avion", "tokens": ["#", "1st", "3,456.789", "amber", "foo_bar", "l'avion", "mail", "sogreamar", "x'y"]}
{"text": "\r\ua9d7\ua625\ud9c0\udfad", "coTweet": "\ua9d7\ua625\ud9c0\udfad", "tokens": ["\ua9d7\ua625", "\ud9c0\udfad"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "\u00c9\u2764\u200d\u0438\ud83c\uddff\u0628\u30ca\u00ed\ud55c@\u05e2. \u04431\u0629\u2028", "coTweet": "\u00e9\u2764\u200d\u0438\ud83c\uddff\u0628\u30ca\u00ed\ud55c \u04431\u0629", "tokens": ["\u00e9", "\u00ed\ud55c", "\u0438", "\u04431\u0629", "\u0628", "\u2764\u200d", "\u30ca", "\ud83c\uddff"]}
{"text": "\u65e5\u200c\u2019\u200d\u0131\uc5b4\ud55c4\u00f4'\uad6d I\u03a3f\u0130@6t\u30ab\u03c3\u202f", "coTweet": "\u65e5\u200c\u2019\u200d\u0131\uc5b4\ud55c4\u00f4'\uad6d i\u03c3fi\u0307", "tokens": ["i\u03c3fi\u0307", "\u0131\uc5b4\ud55c4\u00f4'\uad6d", "\u2019\u200d", "\u65e5\u200c"]}
{"text": "\u0629\uc5b4\ud83c\udffd\u30ca,\u001c\u202f\u00a0\u03c3c#\n\ufe0f0\u039f\u0130\u200d\u2007\u2007\ufe0f \u0391", "coTweet": "\u0629\uc5b4\ud83c\udffd\u30ca, \u03c3c# \ufe0f0\u03bfi\u0307\u200d \ufe0f \u03b1", "tokens": ["#", ",", "0\u03bfi\u0307\u200d", "\u03b1", "\u03c3c", "\u0629\uc5b4\ud83c\udffd", "\u30ca", "\ufe0f"]}
{"text": "\u039f\u0394\u039f\u03a3 \u0130stanbul claimatimes.example/news/a-b.html don't \u0130stanbul \u2026 @juplal: sogreamar 1st a\u2014b", "coTweet": "\u03bf\u03b4\u03bf\u03c2 i\u0307stanbul claimatimes.example/news/a-b.html don't i\u0307stanbul \u2026 sogreamar 1st a\u2014b", "tokens": ["-", "/", "1st", "a", "b", "b.html", "claimatimes.example", "don't", "i\u0307stanbul", "news", "sogreamar", "\u03bf\u03b4\u03bf\u03c2", "\u2014", "\u2026"]}
{"text": "/\u0131", "coTweet": "/\u0131", "tokens": ["/", "\u0131"]}
{"text": "E7\u0130\u00f1", "coTweet": "e7i\u0307\u00f1", "tokens": ["e7i\u0307\u00f1"]}
{"text": "\u2028\u20e3\u200d\u00f2 s\u200d\u001fi\u00ec )\u0131)\u0130\u05b0\ud83c\uddf3\u0627'\u200d\u20e3\u30ca", "coTweet": "\u20e3\u200d\u00f2 s\u200d i\u00ec )\u0131)i\u0307\u05b0\ud83c\uddf3\u0627'\u200d\u20e3\u30ca", "tokens": [")", "i\u00ec", "i\u0307\u05b0", "s\u200d", "\u00f2", "\u0131", "\u0627", "\u200d\u20e3", "\u20e3\u200d", "\u30ca", "\ud83c\uddf3"]}
{"text": "claimatimes.example/news/a-b.html RT l'avion RT Bouvio", "coTweet": "claimatimes.example/news/a-b.html rt l'avion rt bouvio", "tokens": ["-", "/", "a", "b.html", "bouvio", "claimatimes.example", "l'avion", "news", "rt"]}
{"text": "claimatimes.example/news/a-b.html l'avion e-mail Bouvio @juplal:", "coTweet": "claimatimes.example/news/a-b.html l'avion e-mail bouvio", "tokens": ["-", "/", "a", "b.html", "bouvio", "claimatimes.example", "e", "l'avion", "mail", "news"]}
{"text": "claimatimes.example/news/a-b.html", "coTweet": "claimatimes.example/news/a-b.html", "tokens": ["-", "/", "a", "b.html", "claimatimes.example", "news"]}
{"text": "don't https://t.co/5iMrQfmszN mail@foo.com #Amber sogreamar #Amber l'avion sogreamar \u2026", "coTweet": "don't https://t.co/5imrqfmszn mail #amber sogreamar #amber l'avion sogreamar \u2026", "tokens": ["#", "/", "5imrqfmszn", ":", "amber", "don't", "https", "l'avion", "mail", "sogreamar", "t.co", "\u2026"]}
{"text": "foo_bar #Amber", "coTweet": "foo_bar #amber", "tokens": ["#", "amber", "foo_bar"]}
{"text": "\u00f4\u0440\u0628\u00c6 \u0441_\ud83d\ude00?\ud83c\uddfa", "coTweet": "\u00f4\u0440\u0628\u00e6 \u0441_\ud83d\ude00?\ud83c\uddfa", "tokens": ["?", "\u00f4\u0440\u0628\u00e6", "\u0441_", "\ud83c\uddfa", "\ud83d\ude00"]}
{"text": "#Amber a\u2014b #Amber claimatimes.example/news/a-b.html", "coTweet": "#amber a\u2014b #amber claimatimes.example/news/a-b.html", "tokens": ["#", "-", "/", "a", "amber", "b", "b.html", "claimatimes.example", "news", "\u2014"]}
{"text": "\ud83c\uddff\u0627' \u001f\u039f\uad6d\u0443\u00ed", "coTweet": "\ud83c\uddff\u0627' \u03bf\uad6d\u0443\u00ed", "tokens": ["\u03bf\uad6d\u0443\u00ed", "\u0627", "\ud83c\uddff"]}
{"text": "'quoted' don't RT foo_bar https://t.co/5iMrQfmszN", "coTweet": "'quoted' don't rt foo_bar https://t.co/5imrqfmszn", "tokens": ["/", "5imrqfmszn", ":", "don't", "foo_bar", "https", "quoted", "rt", "t.co"]}
{"text": "e-mail Bouvio mail@foo.com claimatimes.example/news/a-b.html mail@foo.com x'y e-mail claimatimes.example/news/a-b.html #Amber", "coTweet": "e-mail bouvio mail claimatimes.example/news/a-b.html mail x'y e-mail claimatimes.example/news/a-b.html #amber", "tokens": ["#", "-", "/", "a", "amber", "b.html", "bouvio", "claimatimes.example", "e", "mail", "news", "x'y"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "\u05d1\u3000 \u0394\u064a\u20e3\u65e5,\u0438\ud83d\udc68\ud83d\ude00 \u001f\u200c !\u2007\u200d", "coTweet": "\u05d1 \u03b4\u064a\u20e3\u65e5,\u0438\ud83d\udc68\ud83d\ude00 \u200c ! \u200d", "tokens": ["!", ",", "\u03b4\u064a\u20e3", "\u0438", "\u05d1", "\u200c", "\u200d", "\u65e5", "\ud83d\udc68", "\ud83d\ude00"]}
{"text": "Y", "coTweet": "y", "tokens": ["y"]}
{"text": "sogreamar a\u2014b @juplal: 3,456.789 a\u2014b #Amber x'y a\u2014b mail@foo.com", "coTweet": "sogreamar a\u2014b 3,456.789 a\u2014b #amber x'y a\u2014b mail", "tokens": ["#", "3,456.789", "a", "amber", "b", "mail", "sogreamar", "x'y", "\u2014"]}
{"text": " \u30ab\u00f9", "coTweet": "\u30ab\u00f9", "tokens": ["\u00f9", "\u30ab"]}
{"text": "1st Bouvio Bouvio 'quoted' @juplal: \u039f\u0394\u039f\u03a3 #Amber RT a\u2014b foo_bar \u0130stanbul x'y", "coTweet": "1st bouvio bouvio 'quoted' \u03bf\u03b4\u03bf\u03c2 #amber rt a\u2014b foo_bar i\u0307stanbul x'y", "tokens": ["#", "1st", "a", "amber", "b", "bouvio", "foo_bar", "i\u0307stanbul", "quoted", "rt", "x'y", "\u03bf\u03b4\u03bf\u03c2", "\u2014"]}
{"text": "Bouvio mail@foo.com a\u2014b", "coTweet": "bouvio mail a\u2014b", "tokens": ["a", "b", "bouvio", "mail", "\u2014"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "a\u2014b mail@foo.com don't #Amber foo_bar \u2026 mail@foo.com https://t.co/5iMrQfmszN foo_bar \u0130stanbul", "coTweet": "a\u2014b mail don't #amber foo_bar \u2026 mail https://t.co/5imrqfmszn foo_bar i\u0307stanbul", "tokens": ["#", "/", "5imrqfmszn", ":", "a", "amber", "b", "don't", "foo_bar", "https", "i\u0307stanbul", "mail", "t.co", "\u2014", "\u2026"]}
{"text": "mail@foo.com https://t.co/5iMrQfmszN \u2026 claimatimes.example/news/a-b.html e-mail", "coTweet": "mail https://t.co/5imrqfmszn \u2026 claimatimes.example/news/a-b.html e-mail", "tokens": ["-", "/", "5imrqfmszn", ":", "a", "b.html", "claimatimes.example", "e", "https", "mail", "news", "t.co", "\u2026"]}
{"text": "x'y don't e-mail \u0130stanbul", "coTweet": "x'y don't e-mail i\u0307stanbul", "tokens": ["-", "don't", "e", "i\u0307stanbul", "mail", "x'y"]}
{"text": "\ud83c\uddee\ufb4d\udba1\udd8d\ud833\ude2b", "coTweet": "\ud83c\uddee\ufb4d\udba1\udd8d\ud833\ude2b", "tokens": ["\ufb4d", "\ud833\ude2b", "\ud83c\uddee", "\udba1\udd8d"]}
{"text": "\".", "coTweet": "\".", "tokens": ["\"", "."]}
{"text": "RT l'avion don't 3.2 RT e-mail 3.2 a\u2014b x'y \u039f\u0394\u039f\u03a3 sogreamar", "coTweet": "rt l'avion don't 3.2 rt e-mail 3.2 a\u2014b x'y \u03bf\u03b4\u03bf\u03c2 sogreamar", "tokens": ["-", "3.2", "a", "b", "don't", "e", "l'avion", "mail", "rt", "sogreamar", "x'y", "\u03bf\u03b4\u03bf\u03c2", "\u2014"]}
{"text": "claimatimes.example/news/a-b.html https://t.co/5iMrQfmszN RT \u039f\u0394\u039f\u03a3 3.2 l'avion Bouvio don't #Amber don't https://t.co/5iMrQfmszN", "coTweet": "claimatimes.example/news/a-b.html https://t.co/5imrqfmszn rt \u03bf\u03b4\u03bf\u03c2 3.2 l'avion bouvio don't #amber don't https://t.co/5imrqfmszn", "tokens": ["#", "-", "/", "3.2", "5imrqfmszn", ":", "a", "amber", "b.html", "bouvio", "claimatimes.example", "don't", "https", "l'avion", "news", "rt", "t.co", "\u03bf\u03b4\u03bf\u03c2"]}
{"text": "\u00f9\u05e8\u0440", "coTweet": "\u00f9\u05e8\u0440", "tokens": ["\u00f9\u05e8\u0440"]}
{"text": "e-mail https://t.co/5iMrQfmszN 'quoted' \u039f\u0394\u039f\u03a3 e-mail RT https://t.co/5iMrQfmszN", "coTweet": "e-mail https://t.co/5imrqfmszn 'quoted' \u03bf\u03b4\u03bf\u03c2 e-mail rt https://t.co/5imrqfmszn", "tokens": ["-", "/", "5imrqfmszn", ":", "e", "https", "mail", "quoted", "rt", "t.co", "\u03bf\u03b4\u03bf\u03c2"]}
{"text": "O\u0443\u0627\u0627\u200d4\u00c6 \u05e8\uc5b44\uad6d\u65e5 \u03c3", "coTweet": "o\u0443\u0627\u0627\u200d4\u00e6 \u05e8\uc5b44\uad6d\u65e5 \u03c3", "tokens": ["o\u0443\u0627\u0627\u200d4\u00e6", "\u03c3", "\u05e8\uc5b44\uad6d", "\u65e5"]}
{"text": "\u0629i\ud83c\udffd\ud83c\udffdZ\u30ca\"\uad6d\u0301 \u0629'\u04407", "coTweet": "\u0629i\ud83c\udffd\ud83c\udffdz\u30ca\"\uad6d\u0301 \u0629'\u04407", "tokens": ["\"", "\u0629'\u04407", "\u0629i\ud83c\udffd\ud83c\udffdz", "\u30ca", "\uad6d\u0301"]}
{"text": "\u2019 \u0130\u00e8\u0441\u200c\u03c2\u0441\u03a3\t", "coTweet": "\u2019 i\u0307\u00e8\u0441\u200c\u03c2\u0441\u03c2", "tokens": ["i\u0307\u00e8\u0441\u200c\u03c2\u0441\u03c2", "\u2019"]}
{"text": "#Amber https://t.co/5iMrQfmszN #Amber #Amber e-mail \u039f\u0394\u039f\u03a3 foo_bar 3.2 foo_bar", "coTweet": "#amber https://t.co/5imrqfmszn #amber #amber e-mail \u03bf\u03b4\u03bf\u03c2 foo_bar 3.2 foo_bar", "tokens": ["#", "-", "/", "3.2", "5imrqfmszn", ":", "amber", "e", "foo_bar", "https", "mail", "t.co", "\u03bf\u03b4\u03bf\u03c2"]}
{"text": "U.S.A. e-mail RT don't", "coTweet": "u.s.a. e-mail rt don't", "tokens": ["-", ".", "don't", "e", "mail", "rt", "u.s.a"]}
{"text": "x'y x'y foo_bar", "coTweet": "x'y x'y foo_bar", "tokens": ["foo_bar", "x'y"]}
{"text": "\u200d \ud83d\udc67", "coTweet": "\u200d \ud83d\udc67", "tokens": ["\u200d", "\ud83d\udc67"]}
{"text": "https://t.co/5iMrQfmszN sogreamar @juplal: foo_bar l'avion sogreamar e-mail", "coTweet": "https://t.co/5imrqfmszn sogreamar foo_bar l'avion sogreamar e-mail", "tokens": ["-", "/", "5imrqfmszn", ":", "e", "foo_bar", "https", "l'avion", "mail", "sogreamar", "t.co"]}
{"text": "\u00e2\"\u2019\u0130\r\u05b05\ud55c3\u0130\u00e0\uad6d\u05d1\u672c\u00e1\ud83c\uddff\ud83d\udc4d\u0440", "coTweet": "\u00e2\"\u2019i\u0307 \u05b05\ud55c3i\u0307\u00e0\uad6d\u05d1\u672c\u00e1\ud83c\uddff\ud83d\udc4d\u0440", "tokens": ["\"", "5\ud55c3i\u0307\u00e0\uad6d\u05d1", "i\u0307", "\u00e1", "\u00e2", "\u0440", "\u05b0", "\u2019", "\u672c", "\ud83c\uddff", "\ud83d\udc4d"]}
{"text": "[ \u064ai\u30ab\u30b94\u05d9\u0440\u05b0\u064a\u0644B\u2019 \u0628\u05ea'd@ ", "coTweet": "[ \u064ai\u30ab\u30b94\u05d9\u0440\u05b0\u064a\u0644b\u2019 \u0628\u05ea'd", "tokens": ["4\u05d9\u0440\u05b0\u064a\u0644b", "[", "\u0628\u05ea'd", "\u064ai", "\u2019", "\u30ab\u30b9"]}
{"text": "#\u8a9e\u202f \u0631", "coTweet": "#\u8a9e \u0631", "tokens": ["#", "\u0631", "\u8a9e"]}
{"text": "\u8a9e7\ud55c\u0627'\u0628", "coTweet": "\u8a9e7\ud55c\u0627'\u0628", "tokens": ["7\ud55c\u0627'\u0628", "\u8a9e"]}
{"text": "\u200d\ud804\udc67\u0eb4\ud80e\udc59\ud806\udef6\ufb33\ud82f\udca2", "coTweet": "\u200d\ud804\udc67\u0eb4\ud80e\udc59\ud806\udef6\ufb33\ud82f\udca2", "tokens": ["\u200d", "\ud804\udc67\u0eb4\ud80e\udc59\ud806\udef6\ufb33\ud82f\udca2"]}
{"text": "'N\ud83c\uddf3\u039f\u200c\ud83c\uddfa #\u0441 \u00a02 \u2007", "coTweet": "'n\ud83c\uddf3\u03bf\u200c\ud83c\uddfa #\u0441 2", "tokens": ["#", "2", "n", "\u03bf\u200c", "\u0441", "\ud83c\uddf3", "\ud83c\uddfa"]}
{"text": "claimatimes.example/news/a-b.html a\u2014b 3,456.789 Bouvio don't 1st l'avion e-mail", "coTweet": "claimatimes.example/news/a-b.html a\u2014b 3,456.789 bouvio don't 1st l'avion e-mail", "tokens": ["-", "/", "1st", "3,456.789", "a", "b", "b.html", "bouvio", "claimatimes.example", "don't", "e", "l'avion", "mail", "news", "\u2014"]}
{"text": "@juplal: 3.2 \u2026 foo_bar don't https://t.co/5iMrQfmszN 1st", "coTweet": "3.2 \u2026 foo_bar don't https://t.co/5imrqfmszn 1st", "tokens": ["/", "1st", "3.2", "5imrqfmszn", ":", "don't", "foo_bar", "https", "t.co", "\u2026"]}
{"text": "\uc5b4i-\u001f\u00d5", "coTweet": "\uc5b4i- \u00f5", "tokens": ["-", "\u00f5", "\uc5b4i"]}
{"text": "foo_bar RT https://t.co/5iMrQfmszN sogreamar e-mail 3.2 claimatimes.example/news/a-b.html 3.2", "coTweet": "foo_bar rt https://t.co/5imrqfmszn sogreamar e-mail 3.2 claimatimes.example/news/a-b.html 3.2", "tokens": ["-", "/", "3.2", "5imrqfmszn", ":", "a", "b.html", "claimatimes.example", "e", "foo_bar", "https", "mail", "news", "rt", "sogreamar", "t.co"]}
{"text": "\uad6d\u2019\r5\ufe0f\u2007i\u05e8", "coTweet": "\uad6d\u2019 5\ufe0f i\u05e8", "tokens": ["5\ufe0f", "i\u05e8", "\u2019", "\uad6d"]}
{"text": "U.S.A. 3,456.789 https://t.co/5iMrQfmszN RT don't", "coTweet": "u.s.a. 3,456.789 https://t.co/5imrqfmszn rt don't", "tokens": [".", "/", "3,456.789", "5imrqfmszn", ":", "don't", "https", "rt", "t.co", "u.s.a"]}
{"text": "4\u2028\u30ab\uc5b4V", "coTweet": "4 \u30ab\uc5b4v", "tokens": ["4", "\u30ab", "\uc5b4v"]}
{"text": "@juplal: 1st", "coTweet": "1st", "tokens": ["1st"]}
{"text": "\u00852\u276400\u05e8\r\"\u0394\u30bf''\ud83c\udffd", "coTweet": "2\u276400\u05e8 \"\u03b4\u30bf''\ud83c\udffd", "tokens": ["\"", "00\u05e8", "2", "\u03b4", "\u2764", "\u30bf", "\ud83c\udffd"]}
{"text": "foo_bar 3,456.789 \u039f\u0394\u039f\u03a3 l'avion don't a\u2014b 3,456.789 \u2026 #Amber claimatimes.example/news/a-b.html #Amber Bouvio", "coTweet": "foo_bar 3,456.789 \u03bf\u03b4\u03bf\u03c2 l'avion don't a\u2014b 3,456.789 \u2026 #amber claimatimes.example/news/a-b.html #amber bouvio", "tokens": ["#", "-", "/", "3,456.789", "a", "amber", "b", "b.html", "bouvio", "claimatimes.example", "don't", "foo_bar", "l'avion", "news", "\u03bf\u03b4\u03bf\u03c2", "\u2014", "\u2026"]}
{"text": "https://t.co/5iMrQfmszN 1st a\u2014b U.S.A. \u039f\u0394\u039f\u03a3 1st x'y \u0130stanbul", "coTweet": "https://t.co/5imrqfmszn 1st a\u2014b u.s.a. \u03bf\u03b4\u03bf\u03c2 1st x'y i\u0307stanbul", "tokens": [".", "/", "1st", "5imrqfmszn", ":", "a", "b", "https", "i\u0307stanbul", "t.co", "u.s.a", "x'y", "\u03bf\u03b4\u03bf\u03c2", "\u2014"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "Bouvio claimatimes.example/news/a-b.html 3.2 foo_bar 3.2 sogreamar l'avion Bouvio", "coTweet": "bouvio claimatimes.example/news/a-b.html 3.2 foo_bar 3.2 sogreamar l'avion bouvio", "tokens": ["-", "/", "3.2", "a", "b.html", "bouvio", "claimatimes.example", "foo_bar", "l'avion", "news", "sogreamar"]}
{"text": "\u00e9\u0443\u001c\u2019 7y\u0438\u200d\u200c\u03c3I1\uc5b4\u0130i\u2028\u30ab\u00e2\u00a0\u2019", "coTweet": "\u00e9\u0443 \u2019 7y\u0438\u200d\u200c\u03c3i1\uc5b4i\u0307i \u30ab\u00e2 \u2019", "tokens": ["7y\u0438\u200d\u200c\u03c3i1\uc5b4i\u0307i", "\u00e2", "\u00e9\u0443", "\u2019", "\u30ab"]}
{"text": "\uda5d\uddbb\uda60\udf83\ud82f\udca3\u3447\udb3f\udda8\u202b\"\u0b47\u200d\ud815\udd31\ud838\udeae", "coTweet": "\uda5d\uddbb\uda60\udf83\ud82f\udca3\u3447\udb3f\udda8\u202b\"\u0b47\u200d\ud815\udd31\ud838\udeae", "tokens": ["\"\u0b47\u200d", "\u3447", "\ud815\udd31\ud838\udeae", "\uda5d\uddbb", "\uda60\udf83\ud82f\udca3", "\udb3f\udda8\u202b"]}
{"text": "1\u05b0  \u00ec 1\u30c8  \u30ad\uad6d\u0130\u05e8\u65e5\u05b4\u001f\u30bfY\u0440\u043a\t\ud83d\udc69", "coTweet": "1\u05b0 \u00ec 1\u30c8 \u30ad\uad6di\u0307\u05e8\u65e5\u05b4 \u30bfy\u0440\u043a \ud83d\udc69", "tokens": ["1", "1\u05b0", "y\u0440\u043a", "\u00ec", "\u30ad", "\u30bf", "\u30c8", "\u65e5\u05b4", "\uad6di\u0307\u05e8", "\ud83d\udc69"]}
{"text": "e-mail don't U.S.A. @juplal: 3.2 mail@foo.com Bouvio x'y e-mail", "coTweet": "e-mail don't u.s.a. 3.2 mail bouvio x'y e-mail", "tokens": ["-", ".", "3.2", "bouvio", "don't", "e", "mail", "u.s.a", "x'y"]}
{"text": "sogreamar Bouvio https://t.co/5iMrQfmszN \u0130stanbul l'avion \u0130stanbul 3.2 \u0130stanbul U.S.A. https://t.co/5iMrQfmszN x'y #Amber", "coTweet": "sogreamar bouvio https://t.co/5imrqfmszn i\u0307stanbul l'avion i\u0307stanbul 3.2 i\u0307stanbul u.s.a. https://t.co/5imrqfmszn x'y #amber", "tokens": ["#", ".", "/", "3.2", "5imrqfmszn", ":", "amber", "bouvio", "https", "i\u0307stanbul", "l'avion", "sogreamar", "t.co", "u.s.a", "x'y"]}
{"text": "\u306e\u039f' \t", "coTweet": "\u306e\u03bf'", "tokens": ["\u03bf", "\u306e"]}
{"text": "claimatimes.example/news/a-b.html don't mail@foo.com a\u2014b Bouvio https://t.co/5iMrQfmszN", "coTweet": "claimatimes.example/news/a-b.html don't mail a\u2014b bouvio https://t.co/5imrqfmszn", "tokens": ["-", "/", "5imrqfmszn", ":", "a", "b", "b.html", "bouvio", "claimatimes.example", "don't", "https", "mail", "news", "t.co", "\u2014"]}
{"text": "mail@foo.com 'quoted' x'y 3.2", "coTweet": "mail 'quoted' x'y 3.2", "tokens": ["3.2", "mail", "quoted", "x'y"]}
{"text": "foo_bar \u039f\u0394\u039f\u03a3 3,456.789 'quoted' 1st 1st a\u2014b sogreamar https://t.co/5iMrQfmszN U.S.A.", "coTweet": "foo_bar \u03bf\u03b4\u03bf\u03c2 3,456.789 'quoted' 1st 1st a\u2014b sogreamar https://t.co/5imrqfmszn u.s.a.", "tokens": [".", "/", "1st", "3,456.789", "5imrqfmszn", ":", "a", "b", "foo_bar", "https", "quoted", "sogreamar", "t.co", "u.s.a", "\u03bf\u03b4\u03bf\u03c2", "\u2014"]}
{"text": "\u039f\u0394\u039f\u03a3 \u2026", "coTweet": "\u03bf\u03b4\u03bf\u03c2 \u2026", "tokens": ["\u03bf\u03b4\u03bf\u03c2", "\u2026"]}
{"text": "\u2019\u0301\u03c2\uad6d\u03a3\u00ee\u30ca!\u0393\u0085", "coTweet": "\u2019\u0301\u03c2\uad6d\u03c3\u00ee\u30ca!\u03b3", "tokens": ["!", "\u03b3", "\u03c2\uad6d\u03c3\u00ee", "\u2019\u0301", "\u30ca"]}
{"text": "e-mail #Amber l'avion 3.2 \u2026", "coTweet": "e-mail #amber l'avion 3.2 \u2026", "tokens": ["#", "-", "3.2", "amber", "e", "l'avion", "mail", "\u2026"]}
{"text": "3,456.789 3,456.789 @juplal: @juplal: mail@foo.com #Amber", "coTweet": "3,456.789 3,456.789 mail #amber", "tokens": ["#", "3,456.789", "amber", "mail"]}
{"text": "l'avion #Amber e-mail claimatimes.example/news/a-b.html \u039f\u0394\u039f\u03a3 sogreamar Bouvio claimatimes.example/news/a-b.html mail@foo.com foo_bar", "coTweet": "l'avion #amber e-mail claimatimes.example/news/a-b.html \u03bf\u03b4\u03bf\u03c2 sogreamar bouvio claimatimes.example/news/a-b.html mail foo_bar", "tokens": ["#", "-", "/", "a", "amber", "b.html", "bouvio", "claimatimes.example", "e", "foo_bar", "l'avion", "mail", "news", "sogreamar", "\u03bf\u03b4\u03bf\u03c2"]}
{"text": "\u30c8jiV\u0394\u0439\u0391'\u20e3\uad6d\n\u0394\u2019\u0441\u200d\u043a\u2019y\ud83d\udc4d4", "coTweet": "\u30c8jiv\u03b4\u0439\u03b1'\u20e3\uad6d \u03b4\u2019\u0441\u200d\u043a\u2019y\ud83d\udc4d4", "tokens": ["4", "jiv\u03b4\u0439\u03b1'\u20e3\uad6d", "\u03b4\u2019\u0441\u200d\u043a\u2019y", "\u30c8", "\ud83d\udc4d"]}
{"text": "\u00c9\u05b4\ufe0f\u00df\ud83c\uddff", "coTweet": "\u00e9\u05b4\ufe0f\u00df\ud83c\uddff", "tokens": ["\u00e9\u05b4\ufe0f\u00df", "\ud83c\uddff"]}
{"text": "https://t.co/5iMrQfmszN x'y RT mail@foo.com \u039f\u0394\u039f\u03a3 e-mail \u2026 3.2 claimatimes.example/news/a-b.html x'y l'avion 1st", "coTweet": "https://t.co/5imrqfmszn x'y rt mail \u03bf\u03b4\u03bf\u03c2 e-mail \u2026 3.2 claimatimes.example/news/a-b.html x'y l'avion 1st", "tokens": ["-", "/", "1st", "3.2", "5imrqfmszn", ":", "a", "b.html", "claimatimes.example", "e", "https", "l'avion", "mail", "news", "rt", "t.co", "x'y", "\u03bf\u03b4\u03bf\u03c2", "\u2026"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "claimatimes.example/news/a-b.html sogreamar Bouvio don't mail@foo.com mail@foo.com", "coTweet": "claimatimes.example/news/a-b.html sogreamar bouvio don't mail mail", "tokens": ["-", "/", "a", "b.html", "bouvio", "claimatimes.example", "don't", "mail", "news", "sogreamar"]}
{"text": "'\u0130\u0392\u0628\u0394\u200c' \u200d\u03c2\u05d9\u0301(\u05b0ii\u2019Z\u0131\u0392\uad6d", "coTweet": "'i\u0307\u03b2\u0628\u03b4\u200c' \u200d\u03c2\u05d9\u0301(\u05b0ii\u2019z\u0131\u03b2\uad6d", "tokens": ["(\u05b0", "ii\u2019z\u0131\u03b2\uad6d", "i\u0307\u03b2\u0628\u03b4\u200c", "\u03c2\u05d9\u0301", "\u200d"]}
{"text": " _\u0627 )'Qn \u0130\"\u2019\u05d1\u00f9'\u306e\ud83d\udc69\u00c9 ", "coTweet": "_\u0627 )'qn i\u0307\"\u2019\u05d1\u00f9'\u306e\ud83d\udc69\u00e9", "tokens": ["\"", ")", "_\u0627", "i\u0307", "qn", "\u00e9", "\u05d1\u00f9", "\u2019", "\u306e", "\ud83d\udc69"]}
{"text": "\t\u0443(", "coTweet": "\u0443(", "tokens": ["(", "\u0443"]}
{"text": "\ud83c\uddf3", "coTweet": "\ud83c\uddf3", "tokens": ["\ud83c\uddf3"]}
{"text": "\u037e\udb7e\udd88\u2006\ufe13\u200d\r\u0de6\ud83c\uddf0\udaad\udf91\ud835\udeb9\ud83c\uddf3", "coTweet": "\u037e\udb7e\udd88 \ufe13\u200d \u0de6\ud83c\uddf0\udaad\udf91\ud835\udeb9\ud83c\uddf3", "tokens": ["\u037e", "\u0de6", "\ufe13\u200d", "\ud835\udeb9", "\ud83c\uddf0", "\ud83c\uddf3", "\udaad\udf91", "\udb7e\udd88"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "\udafa\udf5a\ua8fe\ud83c\uddf0\ud83c\uddea", "coTweet": "\udafa\udf5a\ua8fe\ud83c\uddf0\ud83c\uddea", "tokens": ["\ua8fe", "\ud83c\uddf0\ud83c\uddea", "\udafa\udf5a"]}
{"text": " \u064a\u06286\u672cc\u00c08\u0628;\u00e1\u200c 6 \u05d1\u30ab\u0131\u20195", "coTweet": "\u064a\u06286\u672cc\u00e08\u0628;\u00e1\u200c 6 \u05d1\u30ab\u0131\u20195", "tokens": ["5", "6", ";", "c\u00e08\u0628", "\u00e1\u200c", "\u0131", "\u05d1", "\u064a\u06286", "\u2019", "\u30ab", "\u672c"]}
{"text": "a\u2014b U.S.A. sogreamar \u0130stanbul U.S.A. x'y sogreamar l'avion mail@foo.com", "coTweet": "a\u2014b u.s.a. sogreamar i\u0307stanbul u.s.a. x'y sogreamar l'avion mail", "tokens": [".", "a", "b", "i\u0307stanbul", "l'avion", "mail", "sogreamar", "u.s.a", "x'y", "\u2014"]}
{"text": "\u200dR\u0628(\u043a \u2764.\u0440R \u00e8", "coTweet": "\u200dr\u0628(\u043a \u2764.\u0440r \u00e8", "tokens": ["(", ".", "r\u0628", "\u00e8", "\u043a", "\u0440r", "\u200d", "\u2764"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "foo_bar \u039f\u0394\u039f\u03a3 3.2 sogreamar https://t.co/5iMrQfmszN 3,456.789 don't @juplal: a\u2014b", "coTweet": "foo_bar \u03bf\u03b4\u03bf\u03c2 3.2 sogreamar https://t.co/5imrqfmszn 3,456.789 don't a\u2014b", "tokens": ["/", "3,456.789", "3.2", "5imrqfmszn", ":", "a", "b", "don't", "foo_bar", "https", "sogreamar", "t.co", "\u03bf\u03b4\u03bf\u03c2", "\u2014"]}
{"text": "\u03010dP \u30c6\u20195'\u20e3'\t\u2019\ud83c\uddfa\u0301", "coTweet": "\u03010dp \u30c6\u20195'\u20e3' \u2019\ud83c\uddfa\u0301", "tokens": ["0dp", "5", "\u0301", "\u2019", "\u20e3", "\u30c6", "\ud83c\uddfa\u0301"]}
{"text": "\uad6d\u0130\uc5b4j\u30bf\u0443\u0631\u0628\u039f\u30cau\u0131\u04434]-\ud83c\udde6 ", "coTweet": "\uad6di\u0307\uc5b4j\u30bf\u0443\u0631\u0628\u03bf\u30cau\u0131\u04434]-\ud83c\udde6", "tokens": ["-", "]", "u\u0131\u04434", "\u0443\u0631\u0628\u03bf", "\u30bf", "\u30ca", "\uad6di\u0307\uc5b4j", "\ud83c\udde6"]}
{"text": "\u03926\u200c\u0130\u0631 ", "coTweet": "\u03b26\u200ci\u0307\u0631", "tokens": ["\u03b26\u200ci\u0307\u0631"]}
{"text": "\u0628\u2028\u0085\ud83c\uddff\u00ec\u00ec ", "coTweet": "\u0628 \ud83c\uddff\u00ec\u00ec", "tokens": ["\u00ec\u00ec", "\u0628", "\ud83c\uddff"]}
{"text": "'\ud9b8\uddba\udbb2\udcdb\udab9\udcb4", "coTweet": "'\ud9b8\uddba\udbb2\udcdb\udab9\udcb4", "tokens": ["\ud9b8\uddba", "\udab9\udcb4", "\udbb2\udcdb"]}
{"text": "/w", "coTweet": "/w", "tokens": ["/", "w"]}
{"text": "Bouvio l'avion sogreamar e-mail U.S.A. \u0130stanbul U.S.A. U.S.A. e-mail", "coTweet": "bouvio l'avion sogreamar e-mail u.s.a. i\u0307stanbul u.s.a. u.s.a. e-mail", "tokens": ["-", ".", "bouvio", "e", "i\u0307stanbul", "l'avion", "mail", "sogreamar", "u.s.a"]}
{"text": "#Amber mail@foo.com l'avion \u039f\u0394\u039f\u03a3 U.S.A. 1st 3,456.789 #Amber sogreamar RT e-mail 3.2", "coTweet": "#amber mail l'avion \u03bf\u03b4\u03bf\u03c2 u.s.a. 1st 3,456.789 #amber sogreamar rt e-mail 3.2", "tokens": ["#", "-", ".", "1st", "3,456.789", "3.2", "amber", "e", "l'avion", "mail", "rt", "sogreamar", "u.s.a", "\u03bf\u03b4\u03bf\u03c2"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "https://t.co/5iMrQfmszN \u039f\u0394\u039f\u03a3 \u0130stanbul don't 1st a\u2014b claimatimes.example/news/a-b.html l'avion", "coTweet": "https://t.co/5imrqfmszn \u03bf\u03b4\u03bf\u03c2 i\u0307stanbul don't 1st a\u2014b claimatimes.example/news/a-b.html l'avion", "tokens": ["-", "/", "1st", "5imrqfmszn", ":", "a", "b", "b.html", "claimatimes.example", "don't", "https", "i\u0307stanbul", "l'avion", "news", "t.co", "\u03bf\u03b4\u03bf\u03c2", "\u2014"]}
{"text": "\u0131\u03c3", "coTweet": "\u0131\u03c3", "tokens": ["\u0131\u03c3"]}
{"text": "\ud805\udf32\ud986\udc58\u200d\ue39f\r\u000b\ufb40\u060d\u0085\u0387", "coTweet": "\ud805\udf32\ud986\udc58\u200d\ue39f \ufb40\u060d \u0387", "tokens": ["\u0387", "\u060d", "\ue39f", "\ufb40", "\ud805\udf32", "\ud986\udc58\u200d"]}
{"text": "2\u03c3\u05d1\u200d\u0629O", "coTweet": "2\u03c3\u05d1\u200d\u0629o", "tokens": ["2\u03c3\u05d1\u200d\u0629o"]}
{"text": "RT foo_bar \u0130stanbul l'avion a\u2014b", "coTweet": "rt foo_bar i\u0307stanbul l'avion a\u2014b", "tokens": ["a", "b", "foo_bar", "i\u0307stanbul", "l'avion", "rt", "\u2014"]}
{"text": "foo_bar sogreamar 3.2 \u039f\u0394\u039f\u03a3 'quoted'", "coTweet": "foo_bar sogreamar 3.2 \u03bf\u03b4\u03bf\u03c2 'quoted'", "tokens": ["3.2", "foo_bar", "quoted", "sogreamar", "\u03bf\u03b4\u03bf\u03c2"]}
{"text": "\ud804\udc70\ud81b\udf4f\ud9d5\udf6d\u2044\u2028\ud83c\udde9\ud82c\udc00", "coTweet": "\ud804\udc70\ud81b\udf4f\ud9d5\udf6d\u2044 \ud83c\udde9\ud82c\udc00", "tokens": ["\u2044", "\ud804\udc70\ud81b\udf4f", "\ud82c\udc00", "\ud83c\udde9", "\ud9d5\udf6d"]}
{"text": "\u202d\u200d\udb49\uddc2", "coTweet": "\u202d\u200d\udb49\uddc2", "tokens": ["\u202d\u200d", "\udb49\uddc2"]}
{"text": "8\ufb3e\uff07\udbec\udd61\u200e", "coTweet": "8\ufb3e\uff07\udbec\udd61\u200e", "tokens": ["8\ufb3e", "\uff07", "\udbec\udd61\u200e"]}
{"text": "\u037e\ud838\udc27 \u0891\ud81a\udf65\udb06\udec2\uff0c\u2060\u200d", "coTweet": "\u037e\ud838\udc27 \u0891\ud81a\udf65\udb06\udec2\uff0c\u2060\u200d", "tokens": ["\u037e\ud838\udc27", "\u0891\ud81a\udf65", "\uff0c\u2060\u200d", "\udb06\udec2"]}
{"text": "\u2007\t\u0393\u06284\n\ufe0fH.\u03c3\u03c2'\u30c6b", "coTweet": "\u03b3\u06284 \ufe0fh.\u03c3\u03c2'\u30c6b", "tokens": ["b", "h.\u03c3\u03c2", "\u03b3\u06284", "\u30c6", "\ufe0f"]}
{"text": "e-mail #Amber Bouvio 1st a\u2014b U.S.A. \u039f\u0394\u039f\u03a3 x'y foo_bar \u039f\u0394\u039f\u03a3 l'avion", "coTweet": "e-mail #amber bouvio 1st a\u2014b u.s.a. \u03bf\u03b4\u03bf\u03c2 x'y foo_bar \u03bf\u03b4\u03bf\u03c2 l'avion", "tokens": ["#", "-", ".", "1st", "a", "amber", "b", "bouvio", "e", "foo_bar", "l'avion", "mail", "u.s.a", "x'y", "\u03bf\u03b4\u03bf\u03c2", "\u2014"]}
{"text": "3.2", "coTweet": "3.2", "tokens": ["3.2"]}
{"text": "\u039f\u0394\u039f\u03a3", "coTweet": "\u03bf\u03b4\u03bf\u03c2", "tokens": ["\u03bf\u03b4\u03bf\u03c2"]}
{"text": "\u0130 \u0644\u0391]\u20e3'\u064a\u043a\u00a0\u0627\u05b4\u0644\uc5b4\u0439\uad6d", "coTweet": "i\u0307 \u0644\u03b1]\u20e3'\u064a\u043a \u0627\u05b4\u0644\uc5b4\u0439\uad6d", "tokens": ["]\u20e3", "i\u0307", "\u0627\u05b4\u0644\uc5b4\u0439\uad6d", "\u0644\u03b1", "\u064a\u043a"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "\u2026 https://t.co/5iMrQfmszN", "coTweet": "\u2026 https://t.co/5imrqfmszn", "tokens": ["/", "5imrqfmszn", ":", "https", "t.co", "\u2026"]}
{"text": "\u2026 a\u2014b Bouvio https://t.co/5iMrQfmszN l'avion x'y", "coTweet": "\u2026 a\u2014b bouvio https://t.co/5imrqfmszn l'avion x'y", "tokens": ["/", "5imrqfmszn", ":", "a", "b", "bouvio", "https", "l'avion", "t.co", "x'y", "\u2014", "\u2026"]}
{"text": "mail@foo.com e-mail x'y \u2026 Bouvio", "coTweet": "mail e-mail x'y \u2026 bouvio", "tokens": ["-", "bouvio", "e", "mail", "x'y", "\u2026"]}
{"text": "claimatimes.example/news/a-b.html \u039f\u0394\u039f\u03a3 a\u2014b sogreamar sogreamar sogreamar", "coTweet": "claimatimes.example/news/a-b.html \u03bf\u03b4\u03bf\u03c2 a\u2014b sogreamar sogreamar sogreamar", "tokens": ["-", "/", "a", "b", "b.html", "claimatimes.example", "news", "sogreamar", "\u03bf\u03b4\u03bf\u03c2", "\u2014"]}
{"text": "\ud9ef\udff6\ud809\udd19\u2028.\u2028\u2029\n\u0085\u1680", "coTweet": "\ud9ef\udff6\ud809\udd19 .", "tokens": [".", "\ud809\udd19", "\ud9ef\udff6"]}
{"text": "\ufe0f\u0394\u00ce\u05ea\u30bf\ud83c\uddf3\u65e5\u0393\u0391", "coTweet": "\ufe0f\u03b4\u00ee\u05ea\u30bf\ud83c\uddf3\u65e5\u03b3\u03b1", "tokens": ["\u03b3\u03b1", "\u03b4\u00ee\u05ea", "\u30bf", "\u65e5", "\ufe0f", "\ud83c\uddf3"]}
{"text": "\u0627\u05d1\u0393\uad6d\u0131\u00f20'\u05ea8\u0629\u0301", "coTweet": "\u0627\u05d1\u03b3\uad6d\u0131\u00f20'\u05ea8\u0629\u0301", "tokens": ["\u05ea8\u0629\u0301", "\u0627\u05d1\u03b3\uad6d\u0131\u00f20"]}
{"text": "\u3000&\uc5b4", "coTweet": "&\uc5b4", "tokens": ["&", "\uc5b4"]}
{"text": "e-mail 1st 1st #Amber x'y l'avion \u0130stanbul #Amber a\u2014b a\u2014b", "coTweet": "e-mail 1st 1st #amber x'y l'avion i\u0307stanbul #amber a\u2014b a\u2014b", "tokens": ["#", "-", "1st", "a", "amber", "b", "e", "i\u0307stanbul", "l'avion", "mail", "x'y", "\u2014"]}
{"text": "\u236b\uff07", "coTweet": "\u236b\uff07", "tokens": ["\u236b", "\uff07"]}
{"text": "&\u0130\u0629\u20e3\u30ca\u05e8\u05d9\u001c\ud55c\ud83c\uddfa\u0301\u2019&\u0628\u03c3\uad6d\u0393\u00fa", "coTweet": "&i\u0307\u0629\u20e3\u30ca\u05e8\u05d9 \ud55c\ud83c\uddfa\u0301\u2019&\u0628\u03c3\uad6d\u03b3\u00fa", "tokens": ["&", "i\u0307\u0629\u20e3", "\u05e8\u05d9", "\u0628\u03c3\uad6d\u03b3\u00fa", "\u2019", "\u30ca", "\ud55c", "\ud83c\uddfa\u0301"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "U.S.A. \u0130stanbul @juplal: 'quoted'", "coTweet": "u.s.a. i\u0307stanbul 'quoted'", "tokens": [".", "i\u0307stanbul", "quoted", "u.s.a"]}
{"text": "\u043a\u001c\u0631\u05e2\u05eaR \n\"\u064a'\u0441\u0631\uc5b4\u2007\u2019\uad6d", "coTweet": "\u043a \u0631\u05e2\u05ear \"\u064a'\u0441\u0631\uc5b4 \u2019\uad6d", "tokens": ["\"", "\u043a", "\u0631\u05e2\u05ear", "\u064a'\u0441\u0631\uc5b4", "\u2019", "\uad6d"]}
{"text": "\ua9d5\udb1d\udfe8\u200d\uff0e", "coTweet": "\ua9d5\udb1d\udfe8\u200d\uff0e", "tokens": ["\ua9d5", "\uff0e", "\udb1d\udfe8\u200d"]}
{"text": "a\u2014b sogreamar mail@foo.com Bouvio Bouvio @juplal: 'quoted' Bouvio @juplal: claimatimes.example/news/a-b.html", "coTweet": "a\u2014b sogreamar mail bouvio bouvio 'quoted' bouvio claimatimes.example/news/a-b.html", "tokens": ["-", "/", "a", "b", "b.html", "bouvio", "claimatimes.example", "mail", "news", "quoted", "sogreamar", "\u2014"]}
{"text": "\uf1ed\ud83c\uddfa\u202f\u2018\u0b66\u2029:\u3000'", "coTweet": "\uf1ed\ud83c\uddfa \u2018\u0b66 : '", "tokens": [":", "\u0b66", "\u2018", "\uf1ed", "\ud83c\uddfa"]}
{"text": " \u00fb\u06273\u062879\u0391\u03a3'\ud55c\u0301\u043ai \u064a\u0394\u30b9", "coTweet": "\u00fb\u06273\u062879\u03b1\u03c2'\ud55c\u0301\u043ai \u064a\u03b4\u30b9", "tokens": ["\u00fb\u06273\u062879\u03b1\u03c2'\ud55c\u0301\u043ai", "\u064a\u03b4", "\u30b9"]}
{"text": "\ud9b2\udddb\n\u200d\u2040\u09fc\uda8f\udd6b\u202f", "coTweet": "\ud9b2\udddb \u200d\u2040\u09fc\uda8f\udd6b", "tokens": ["\u200d", "\u2040\u09fc", "\ud9b2\udddb", "\uda8f\udd6b"]}
{"text": "mail@foo.com sogreamar #Amber", "coTweet": "mail sogreamar #amber", "tokens": ["#", "amber", "mail", "sogreamar"]}
{"text": "\";\u00ee[\u20e3\u03c2\u05b4\u00c6\u0631\u00f2", "coTweet": "\";\u00ee[\u20e3\u03c2\u05b4\u00e6\u0631\u00f2", "tokens": ["\"", ";", "[\u20e3", "\u00ee", "\u03c2\u05b4\u00e6\u0631\u00f2"]}
{"text": "\ud83c\uddfb\ud9d6\udc24\u2027\"\f\"\udade\ude58\n", "coTweet": "\ud83c\uddfb\ud9d6\udc24\u2027\" \"\udade\ude58", "tokens": ["\"", "\u2027", "\ud83c\uddfb", "\ud9d6\udc24", "\udade\ude58"]}
{"text": "don't", "coTweet": "don't", "tokens": ["don't"]}
{"text": "\u2028\u00e2\u672c\u0392@\u30ad\u0629\u200cIx\u05d9", "coTweet": "\u00e2\u672c\u03b2", "tokens": ["\u00e2", "\u03b2", "\u672c"]}
{"text": "\u039f\u0394\u039f\u03a3 foo_bar claimatimes.example/news/a-b.html https://t.co/5iMrQfmszN a\u2014b l'avion 3.2 @juplal: l'avion #Amber 1st", "coTweet": "\u03bf\u03b4\u03bf\u03c2 foo_bar claimatimes.example/news/a-b.html https://t.co/5imrqfmszn a\u2014b l'avion 3.2 l'avion #amber 1st", "tokens": ["#", "-", "/", "1st", "3.2", "5imrqfmszn", ":", "a", "amber", "b", "b.html", "claimatimes.example", "foo_bar", "https", "l'avion", "news", "t.co", "\u03bf\u03b4\u03bf\u03c2", "\u2014"]}
{"text": "69\u2019\u00f2@8\u30ab'\ud83d\udc69\u2028\u0438\u05e2\t93 \ud55c\u05b4\u0438\u064a\u0392\u2007", "coTweet": "69\u2019\u00f2 \u0438\u05e2 93 \ud55c\u05b4\u0438\u064a\u03b2", "tokens": ["69", "93", "\u00f2", "\u0438\u05e2", "\u2019", "\ud55c\u05b4\u0438\u064a\u03b2"]}
{"text": "\u039f\u0394\u039f\u03a3 RT x'y a\u2014b a\u2014b \u039f\u0394\u039f\u03a3", "coTweet": "\u03bf\u03b4\u03bf\u03c2 rt x'y a\u2014b a\u2014b \u03bf\u03b4\u03bf\u03c2", "tokens": ["a", "b", "rt", "x'y", "\u03bf\u03b4\u03bf\u03c2", "\u2014"]}
{"text": "\u00fa\u202f\u200d\u00e1I'I2\u05b4\u0440\u00e7\u8a9e(\u2764\u03a3\u001f#\u8a9e]\u0393\r", "coTweet": "\u00fa \u200d\u00e1i'i2\u05b4\u0440\u00e7\u8a9e(\u2764\u03c3 #\u8a9e]\u03b3", "tokens": ["#", "(", "]", "\u00fa", "\u03b3", "\u03c3", "\u200d\u00e1i'i2\u05b4\u0440\u00e7", "\u2764", "\u8a9e"]}
{"text": "%\u0629\u00e8\u65e5\u05ea", "coTweet": "%\u0629\u00e8\u65e5\u05ea", "tokens": ["%", "\u05ea", "\u0629\u00e8", "\u65e5"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "\ud83c\uddf4\u0085\u1680\r", "coTweet": "\ud83c\uddf4", "tokens": ["\ud83c\uddf4"]}
{"text": "\u0130\ud83c\uddfa\u2764\ud55c\u05b4\u30abI b\u0629", "coTweet": "i\u0307\ud83c\uddfa\u2764\ud55c\u05b4\u30abi b\u0629", "tokens": ["b\u0629", "i", "i\u0307", "\u2764", "\u30ab", "\ud55c\u05b4", "\ud83c\uddfa"]}
{"text": "3.2 a\u2014b x'y \u2026 3.2", "coTweet": "3.2 a\u2014b x'y \u2026 3.2", "tokens": ["3.2", "a", "b", "x'y", "\u2014", "\u2026"]}
{"text": "@juplal: 1st RT claimatimes.example/news/a-b.html 3.2 a\u2014b https://t.co/5iMrQfmszN RT foo_bar https://t.co/5iMrQfmszN 3,456.789", "coTweet": "1st rt claimatimes.example/news/a-b.html 3.2 a\u2014b https://t.co/5imrqfmszn rt foo_bar https://t.co/5imrqfmszn 3,456.789", "tokens": ["-", "/", "1st", "3,456.789", "3.2", "5imrqfmszn", ":", "a", "b", "b.html", "claimatimes.example", "foo_bar", "https", "news", "rt", "t.co", "\u2014"]}
{"text": "I0\r\u0627\u00c0\u0441\u2019 \u03c2%\u0627", "coTweet": "i0 \u0627\u00e0\u0441\u2019 \u03c2%\u0627", "tokens": ["%", "i0", "\u03c2", "\u0627", "\u0627\u00e0\u0441", "\u2019"]}
{"text": "\uff1b\ud801\ude51\ua901\r\n\" ", "coTweet": "\uff1b\ud801\ude51\ua901 \"", "tokens": ["\"", "\uff1b", "\ud801\ude51\ua901"]}
{"text": "@ \uc5b4\u30bf\u0441\u200d_\uc5b4m\u039f \"\u0441", "coTweet": "\uc5b4\u30bf\u0441\u200d_\uc5b4m\u03bf \"\u0441", "tokens": ["\"", "\u0441", "\u0441\u200d_\uc5b4m\u03bf", "\u30bf", "\uc5b4"]}
{"text": "\u20e3\u0130\u03c2\u00ce \u0130\u00c9i\u03a3\u200c\r  )\u2007\u2007\u20e3'", "coTweet": "\u20e3i\u0307\u03c2\u00ee i\u0307\u00e9i\u03c2\u200c ) \u20e3'", "tokens": [")", "i\u0307\u00e9i\u03c2\u200c", "i\u0307\u03c2\u00ee", "\u20e3"]}
{"text": " '6\u03a3\u05e2S\u00fb\u672c& \t\u2019\uc5b4q \"\u0085\ud83d\ude00\u05b4\"\uc5b4 \u0392\u05b0", "coTweet": "'6\u03c3\u05e2s\u00fb\u672c& \u2019\uc5b4q \" \ud83d\ude00\u05b4\"\uc5b4 \u03b2\u05b0", "tokens": ["\"", "&", "6\u03c3\u05e2s\u00fb", "\u03b2\u05b0", "\u2019", "\u672c", "\uc5b4", "\uc5b4q", "\ud83d\ude00\u05b4"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": ":\u0085\u1cf9\ud9c0\ude27\ud9e6\udd4e\u2027,\n\u200d", "coTweet": ": \u1cf9\ud9c0\ude27\ud9e6\udd4e\u2027, \u200d", "tokens": [",", ":", "\u1cf9", "\u200d", "\u2027", "\ud9c0\ude27", "\ud9e6\udd4e"]}
{"text": "x'y don't https://t.co/5iMrQfmszN RT x'y e-mail @juplal: 3,456.789 U.S.A.", "coTweet": "x'y don't https://t.co/5imrqfmszn rt x'y e-mail 3,456.789 u.s.a.", "tokens": ["-", ".", "/", "3,456.789", "5imrqfmszn", ":", "don't", "e", "https", "mail", "rt", "t.co", "u.s.a", "x'y"]}
{"text": "\u2019\u0301\u20e3\u05b4v\ud83c\udde6", "coTweet": "\u2019\u0301\u20e3\u05b4v\ud83c\udde6", "tokens": ["v", "\u2019\u0301\u20e3\u05b4", "\ud83c\udde6"]}
{"text": "\u039f\u0394\u039f\u03a3 1st sogreamar", "coTweet": "\u03bf\u03b4\u03bf\u03c2 1st sogreamar", "tokens": ["1st", "sogreamar", "\u03bf\u03b4\u03bf\u03c2"]}
{"text": "-\u0639 '\u202f8 \u0438\t\u306e;\u30ad\"\u0393\u06395\uad6d\u0085\u0391\u05d1'Q\u20e3", "coTweet": "-\u0639 ' 8 \u0438 \u306e;\u30ad\"\u03b3\u06395\uad6d \u03b1\u05d1'q\u20e3", "tokens": ["\"", "-", "8", ";", "\u03b1\u05d1'q\u20e3", "\u03b3\u06395\uad6d", "\u0438", "\u0639", "\u306e", "\u30ad"]}
{"text": "\u8a9e \u30ca\u30c6\ud55c\u00d5 \u30bf\u05ea\u05d9 \ud55c\u0131W\u2019\u03a3\u00e1\u0631", "coTweet": "\u8a9e \u30ca\u30c6\ud55c\u00f5 \u30bf\u05ea\u05d9 \ud55c\u0131w\u2019\u03c3\u00e1\u0631", "tokens": ["\u05ea\u05d9", "\u30bf", "\u30ca\u30c6", "\u8a9e", "\ud55c\u00f5", "\ud55c\u0131w\u2019\u03c3\u00e1\u0631"]}
{"text": "@juplal: x'y a\u2014b l'avion e-mail foo_bar sogreamar 3,456.789 1st", "coTweet": "x'y a\u2014b l'avion e-mail foo_bar sogreamar 3,456.789 1st", "tokens": ["-", "1st", "3,456.789", "a", "b", "e", "foo_bar", "l'avion", "mail", "sogreamar", "x'y", "\u2014"]}
{"text": "U.S.A.", "coTweet": "u.s.a.", "tokens": [".", "u.s.a"]}
{"text": "Bouvio e-mail", "coTweet": "bouvio e-mail", "tokens": ["-", "bouvio", "e", "mail"]}
{"text": "Bouvio a\u2014b RT Bouvio e-mail RT RT Bouvio a\u2014b \u0130stanbul", "coTweet": "bouvio a\u2014b rt bouvio e-mail rt rt bouvio a\u2014b i\u0307stanbul", "tokens": ["-", "a", "b", "bouvio", "e", "i\u0307stanbul", "mail", "rt", "\u2014"]}
{"text": "\ud55c61\uad6d\u0639\u200du\ud55c\u043a\ud55c ') \u05d9\"]\ud55ci4\ufe0f", "coTweet": "\ud55c61\uad6d\u0639\u200du\ud55c\u043a\ud55c ') \u05d9\"]\ud55ci4\ufe0f", "tokens": ["\"", ")", "]", "\u05d9", "\ud55c61\uad6d\u0639\u200du\ud55c\u043a\ud55c", "\ud55ci4\ufe0f"]}
{"text": "x'y #Amber 3,456.789 #Amber Bouvio 'quoted' \u0130stanbul l'avion", "coTweet": "x'y #amber 3,456.789 #amber bouvio 'quoted' i\u0307stanbul l'avion", "tokens": ["#", "3,456.789", "amber", "bouvio", "i\u0307stanbul", "l'avion", "quoted", "x'y"]}
{"text": "\u05d1\u0394 :8\u3000\u2019\u05d1'\u00a0\u05b0\u20e3\u00e7\u05d9\u200c\ud55c  \u05e2\u0394\u0441\u03a3\u0130i", "coTweet": "\u05d1\u03b4 :8 \u2019\u05d1' \u05b0\u20e3\u00e7\u05d9\u200c\ud55c \u05e2\u03b4\u0441\u03c3i\u0307i", "tokens": ["8", ":", "\u00e7\u05d9\u200c\ud55c", "\u05b0\u20e3", "\u05d1'", "\u05d1\u03b4", "\u05e2\u03b4\u0441\u03c3i\u0307i", "\u2019"]}
{"text": "e-mail RT mail@foo.com a\u2014b #Amber", "coTweet": "e-mail rt mail a\u2014b #amber", "tokens": ["#", "-", "a", "amber", "b", "e", "mail", "rt", "\u2014"]}
{"text": "e-mail U.S.A. 3.2 \u0130stanbul #Amber 3,456.789 @juplal:", "coTweet": "e-mail u.s.a. 3.2 i\u0307stanbul #amber 3,456.789", "tokens": ["#", "-", ".", "3,456.789", "3.2", "amber", "e", "i\u0307stanbul", "mail", "u.s.a"]}
{"text": "Bouvio \u0130stanbul foo_bar 3.2 RT", "coTweet": "bouvio i\u0307stanbul foo_bar 3.2 rt", "tokens": ["3.2", "bouvio", "foo_bar", "i\u0307stanbul", "rt"]}
{"text": "\u200c3\u05e2\u200c\u0439_Z i\u8a9e\u0085 \u20e3 \uc5b4\u06399\u0391c", "coTweet": "\u200c3\u05e2\u200c\u0439_z i\u8a9e \u20e3 \uc5b4\u06399\u03b1c", "tokens": ["3\u05e2\u200c\u0439_z", "i", "\u200c", "\u20e3", "\u8a9e", "\uc5b4\u06399\u03b1c"]}
{"text": "foo_bar U.S.A. mail@foo.com l'avion Bouvio sogreamar RT don't l'avion", "coTweet": "foo_bar u.s.a. mail l'avion bouvio sogreamar rt don't l'avion", "tokens": [".", "bouvio", "don't", "foo_bar", "l'avion", "mail", "rt", "sogreamar", "u.s.a"]}
{"text": "3,456.789 x'y mail@foo.com Bouvio 3.2 foo_bar \u2026", "coTweet": "3,456.789 x'y mail bouvio 3.2 foo_bar \u2026", "tokens": ["3,456.789", "3.2", "bouvio", "foo_bar", "mail", "x'y", "\u2026"]}
{"text": "\u2007\u0085\ud83d\udc4d\u05b0\u03c3Iq\u01303\u00a0\u0439\u05e8u7\u30ab\uc5b4\u0439i\u0441\u0441", "coTweet": "\ud83d\udc4d\u05b0\u03c3iqi\u03073 \u0439\u05e8u7\u30ab\uc5b4\u0439i\u0441\u0441", "tokens": ["\u03c3iqi\u03073", "\u0439\u05e8u7", "\u30ab", "\uc5b4\u0439i\u0441\u0441", "\ud83d\udc4d\u05b0"]}
{"text": "\ud8e4\udfe0\ud9a9\udea3\ud9c9\ude37\ud956\udd76\u2028\r", "coTweet": "\ud8e4\udfe0\ud9a9\udea3\ud9c9\ude37\ud956\udd76", "tokens": ["\ud8e4\udfe0", "\ud956\udd76", "\ud9a9\udea3", "\ud9c9\ude37"]}
{"text": "\ufe0fE\ud83c\uddff\uc5b4\u0644\u0639 \u2028\ud55c\u0392", "coTweet": "\ufe0fe\ud83c\uddff\uc5b4\u0644\u0639 \ud55c\u03b2", "tokens": ["e", "\uc5b4\u0644\u0639", "\ud55c\u03b2", "\ufe0f", "\ud83c\uddff"]}
{"text": "https://t.co/5iMrQfmszN x'y U.S.A. \u0130stanbul U.S.A. foo_bar 3,456.789", "coTweet": "https://t.co/5imrqfmszn x'y u.s.a. i\u0307stanbul u.s.a. foo_bar 3,456.789", "tokens": [".", "/", "3,456.789", "5imrqfmszn", ":", "foo_bar", "https", "i\u0307stanbul", "t.co", "u.s.a", "x'y"]}
{"text": "x'y https://t.co/5iMrQfmszN x'y e-mail x'y 3.2 https://t.co/5iMrQfmszN foo_bar \u2026 3.2 3,456.789 \u2026", "coTweet": "x'y https://t.co/5imrqfmszn x'y e-mail x'y 3.2 https://t.co/5imrqfmszn foo_bar \u2026 3.2 3,456.789 \u2026", "tokens": ["-", "/", "3,456.789", "3.2", "5imrqfmszn", ":", "e", "foo_bar", "https", "mail", "t.co", "x'y", "\u2026"]}
{"text": "5\u0639\u0440\u0443i\t\"\u2028\u200di\u30c8\n\ud83d\udc69'R#\ud83c\uddff\u0393\u0085\u0639", "coTweet": "5\u0639\u0440\u0443i \" \u200di\u30c8 \ud83d\udc69'r#\ud83c\uddff\u03b3 \u0639", "tokens": ["\"", "#", "5\u0639\u0440\u0443i", "i", "r", "\u03b3", "\u0639", "\u200d", "\u30c8", "\ud83c\uddff", "\ud83d\udc69"]}
{"text": "Bouvio U.S.A. #Amber", "coTweet": "bouvio u.s.a. #amber", "tokens": ["#", ".", "amber", "bouvio", "u.s.a"]}
{"text": "@juplal: 'quoted'", "coTweet": "'quoted'", "tokens": ["quoted"]}
{"text": "#Amber foo_bar #Amber \u039f\u0394\u039f\u03a3 don't", "coTweet": "#amber foo_bar #amber \u03bf\u03b4\u03bf\u03c2 don't", "tokens": ["#", "amber", "don't", "foo_bar", "\u03bf\u03b4\u03bf\u03c2"]}
{"text": " &\u30bf\u05e2\u20e3\u05e2\u30b9\u0438\u0131\u0394'\u05b4\u00f3 \u20e3", "coTweet": "&\u30bf\u05e2\u20e3\u05e2\u30b9\u0438\u0131\u03b4'\u05b4\u00f3 \u20e3", "tokens": ["&", "\u0438\u0131\u03b4'\u05b4\u00f3", "\u05e2\u20e3\u05e2", "\u20e3", "\u30b9", "\u30bf"]}
{"text": "\u0130stanbul a\u2014b Bouvio l'avion U.S.A. U.S.A.", "coTweet": "i\u0307stanbul a\u2014b bouvio l'avion u.s.a. u.s.a.", "tokens": [".", "a", "b", "bouvio", "i\u0307stanbul", "l'avion", "u.s.a", "\u2014"]}
{"text": "\u0441\ud83c\udffd \u0631)Q\u0391\u06284\uad6d\u200d  \n", "coTweet": "\u0441\ud83c\udffd \u0631)q\u03b1\u06284\uad6d\u200d", "tokens": [")", "q\u03b1\u06284\uad6d\u200d", "\u0441\ud83c\udffd", "\u0631"]}
{"text": "e-mail U.S.A. \u039f\u0394\u039f\u03a3 sogreamar \u2026 e-mail RT \u0130stanbul sogreamar 'quoted' mail@foo.com U.S.A.", "coTweet": "e-mail u.s.a. \u03bf\u03b4\u03bf\u03c2 sogreamar \u2026 e-mail rt i\u0307stanbul sogreamar 'quoted' mail u.s.a.", "tokens": ["-", ".", "e", "i\u0307stanbul", "mail", "quoted", "rt", "sogreamar", "u.s.a", "\u03bf\u03b4\u03bf\u03c2", "\u2026"]}
{"text": "sogreamar a\u2014b 3,456.789 RT RT e-mail", "coTweet": "sogreamar a\u2014b 3,456.789 rt rt e-mail", "tokens": ["-", "3,456.789", "a", "b", "e", "mail", "rt", "sogreamar", "\u2014"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "#Amber x'y #Amber don't RT claimatimes.example/news/a-b.html #Amber \u2026", "coTweet": "#amber x'y #amber don't rt claimatimes.example/news/a-b.html #amber \u2026", "tokens": ["#", "-", "/", "a", "amber", "b.html", "claimatimes.example", "don't", "news", "rt", "x'y", "\u2026"]}
{"text": "\"\ufb3e\u202f\r\u037e\ud839\udfed\u0a10\ud808\udd4b", "coTweet": "\"\ufb3e \u037e\ud839\udfed\u0a10\ud808\udd4b", "tokens": ["\"", "\u037e", "\ufb3e", "\ud839\udfed\u0a10\ud808\udd4b"]}
{"text": "\u039f\u0394\u039f\u03a3 @juplal: e-mail e-mail U.S.A. 1st \u039f\u0394\u039f\u03a3 claimatimes.example/news/a-b.html \u039f\u0394\u039f\u03a3 e-mail e-mail sogreamar", "coTweet": "\u03bf\u03b4\u03bf\u03c2 e-mail e-mail u.s.a. 1st \u03bf\u03b4\u03bf\u03c2 claimatimes.example/news/a-b.html \u03bf\u03b4\u03bf\u03c2 e-mail e-mail sogreamar", "tokens": ["-", ".", "/", "1st", "a", "b.html", "claimatimes.example", "e", "mail", "news", "sogreamar", "u.s.a", "\u03bf\u03b4\u03bf\u03c2"]}
{"text": "l'avion sogreamar 3,456.789 don't 1st \u0130stanbul 3.2 Bouvio 'quoted' 3.2", "coTweet": "l'avion sogreamar 3,456.789 don't 1st i\u0307stanbul 3.2 bouvio 'quoted' 3.2", "tokens": ["1st", "3,456.789", "3.2", "bouvio", "don't", "i\u0307stanbul", "l'avion", "quoted", "sogreamar"]}
{"text": "\u306e'\u00c9\n  \u0443i\u044322\u0301\u0393_\u0131\u00e9\u03945\u0644\u306e ", "coTweet": "\u306e'\u00e9 \u0443i\u044322\u0301\u03b3_\u0131\u00e9\u03b45\u0644\u306e", "tokens": ["\u00e9", "\u0443i\u044322\u0301\u03b3_\u0131\u00e9\u03b45\u0644", "\u306e"]}
{"text": "\u2019\uc5b4\u06275 \u2007\u30c8\u05e2\ud83d\udc4d\u00c0\u0131 (I\u65e5 \u05b0_2\uad6d\u20e3\u0393\u05d1", "coTweet": "\u2019\uc5b4\u06275 \u30c8\u05e2\ud83d\udc4d\u00e0\u0131 (i\u65e5 \u05b0_2\uad6d\u20e3\u03b3\u05d1", "tokens": ["(", "_2\uad6d\u20e3\u03b3\u05d1", "i", "\u00e0\u0131", "\u05b0", "\u05e2", "\u2019", "\u30c8", "\u65e5", "\uc5b4\u06275", "\ud83d\udc4d"]}
{"text": "don't 'quoted' \u039f\u0394\u039f\u03a3 l'avion", "coTweet": "don't 'quoted' \u03bf\u03b4\u03bf\u03c2 l'avion", "tokens": ["don't", "l'avion", "quoted", "\u03bf\u03b4\u03bf\u03c2"]}
{"text": "\u2019\u200d0", "coTweet": "\u2019\u200d0", "tokens": ["0", "\u2019\u200d"]}
{"text": "\u0438&\u05b4", "coTweet": "\u0438&\u05b4", "tokens": ["&\u05b4", "\u0438"]}
{"text": "3.2 https://t.co/5iMrQfmszN 3.2 \u2026 don't RT Bouvio a\u2014b \u0130stanbul @juplal:", "coTweet": "3.2 https://t.co/5imrqfmszn 3.2 \u2026 don't rt bouvio a\u2014b i\u0307stanbul", "tokens": ["/", "3.2", "5imrqfmszn", ":", "a", "b", "bouvio", "don't", "https", "i\u0307stanbul", "rt", "t.co", "\u2014", "\u2026"]}
{"text": "l'avion", "coTweet": "l'avion", "tokens": ["l'avion"]}
{"text": "\ud807\udd3c", "coTweet": "\ud807\udd3c", "tokens": ["\ud807\udd3c"]}
{"text": "3.2 U.S.A. 'quoted'", "coTweet": "3.2 u.s.a. 'quoted'", "tokens": [".", "3.2", "quoted", "u.s.a"]}
{"text": "https://t.co/5iMrQfmszN e-mail @juplal: claimatimes.example/news/a-b.html", "coTweet": "https://t.co/5imrqfmszn e-mail claimatimes.example/news/a-b.html", "tokens": ["-", "/", "5imrqfmszn", ":", "a", "b.html", "claimatimes.example", "e", "https", "mail", "news", "t.co"]}
{"text": "\u03a3\u3000  ", "coTweet": "\u03c3", "tokens": ["\u03c3"]}
{"text": "\u00df\u03c3'\u0130\u0441\u2007\u30bf \u00ed\u03a33  \u00dc\u2019\ud55c\ufe0f'\uad6d\u0440 )", "coTweet": "\u00df\u03c3'i\u0307\u0441 \u30bf \u00ed\u03c23 \u00fc\u2019\ud55c\ufe0f'\uad6d\u0440 )", "tokens": [")", "\u00df\u03c3'i\u0307\u0441", "\u00ed\u03c23", "\u00fc\u2019\ud55c\ufe0f'\uad6d\u0440", "\u30bf"]}
{"text": "\u05d1\u00ec\u0393 ", "coTweet": "\u05d1\u00ec\u03b3", "tokens": ["\u05d1\u00ec\u03b3"]}
{"text": "7\u0085 \u00e75\u0440'\u2019\ud83c\udffd\u01317\u2019\u0629\u2028 ", "coTweet": "7 \u00e75\u0440'\u2019\ud83c\udffd\u01317\u2019\u0629", "tokens": ["7", "\u00e75\u0440", "\u01317", "\u0629", "\u2019", "\u2019\ud83c\udffd"]}
{"text": "\uff75\ud83c\uddf5\ud826\udf42\"\"\ud805\udc49\uda27\udd73;\u2024\u0fc6'\ufb2c", "coTweet": "\uff75\ud83c\uddf5\ud826\udf42\"\"\ud805\udc49\uda27\udd73;\u2024\u0fc6'\ufb2c", "tokens": ["\"", ";", "\u2024\u0fc6", "\ufb2c", "\uff75", "\ud805\udc49", "\ud826\udf42", "\ud83c\uddf5", "\uda27\udd73"]}
{"text": "\u0438\u03c3\u00f16\u2019\u0131#''\u0639\ud83c\udde6\u3000\u2019\u00a0", "coTweet": "\u0438\u03c3\u00f16\u2019\u0131#''\u0639\ud83c\udde6 \u2019", "tokens": ["#", "\u0131", "\u0438\u03c3\u00f16", "\u0639", "\u2019", "\ud83c\udde6"]}
{"text": "l'avion foo_bar", "coTweet": "l'avion foo_bar", "tokens": ["foo_bar", "l'avion"]}
{"text": "\u0131\r\u001c-\u0440\u0085\u0301\u30ad\u30ab\u06287\ud83c\udde6d\r\u0631\u30ab%5\ud83c\udffdr'", "coTweet": "\u0131 -\u0440 \u0301\u30ad\u30ab\u06287\ud83c\udde6d \u0631\u30ab%5\ud83c\udffdr'", "tokens": ["%", "-", "5\ud83c\udffdr", "d", "\u0131", "\u0301", "\u0440", "\u06287", "\u0631", "\u30ab", "\u30ad\u30ab", "\ud83c\udde6"]}
{"text": "\u00a0\u0644I\u30abA\u0438 \ud83d\udc69\u05e8\ud55c\ud83d\udc678\u05d1\u00c92\u30ca\u202f\u65e5", "coTweet": "\u0644i\u30aba\u0438 \ud83d\udc69\u05e8\ud55c\ud83d\udc678\u05d1\u00e92\u30ca \u65e5", "tokens": ["8\u05d1\u00e92", "a\u0438", "\u05e8\ud55c", "\u0644i", "\u30ab", "\u30ca", "\u65e5", "\ud83d\udc67", "\ud83d\udc69"]}
{"text": "\u05d1\u0131\u2764\uad6d\u0627\u0131\u0639\u0629\ufe0f \ufe0f\u0438", "coTweet": "\u05d1\u0131\u2764\uad6d\u0627\u0131\u0639\u0629\ufe0f \ufe0f\u0438", "tokens": ["\u0438", "\u05d1\u0131", "\u2764", "\uad6d\u0627\u0131\u0639\u0629\ufe0f", "\ufe0f"]}
{"text": "sogreamar 3,456.789 #Amber 'quoted' \u0130stanbul", "coTweet": "sogreamar 3,456.789 #amber 'quoted' i\u0307stanbul", "tokens": ["#", "3,456.789", "amber", "i\u0307stanbul", "quoted", "sogreamar"]}
{"text": "\u0439 \u0639\u0628\u30ab\t\u200d8\u30ad\u05e8\u03c3\r\u0439\t'\n\u0629\uad6d\u0631\uad6d'", "coTweet": "\u0439 \u0639\u0628\u30ab \u200d8\u30ad\u05e8\u03c3 \u0439 ' \u0629\uad6d\u0631\uad6d'", "tokens": ["8", "\u0439", "\u05e8\u03c3", "\u0629\uad6d\u0631\uad6d", "\u0639\u0628", "\u200d", "\u30ab", "\u30ad"]}
{"text": "\u0438\u8a9e\u00f3  \u0394\u0644I\"\u03a3\t6\u8a9e\u0628\u0130\u2028", "coTweet": "\u0438\u8a9e\u00f3 \u03b4\u0644i\"\u03c3 6\u8a9e\u0628i\u0307", "tokens": ["\"", "6", "\u00f3", "\u03b4\u0644i", "\u03c3", "\u0438", "\u0628i\u0307", "\u8a9e"]}
{"text": "\u672c' S\u2007\t\u00e0", "coTweet": "\u672c' s \u00e0", "tokens": ["s", "\u00e0", "\u672c"]}
{"text": "%\u0130\ufe0f0\u200d\u2764\u30ab\uad6d\u3000\u00ce\u00f2o'\u2028\u0441  \u0631\u001c\u03a3\"\uc5b4\u0130\ud83d\udc68", "coTweet": "%i\u0307\ufe0f0\u200d\u2764\u30ab\uad6d \u00ee\u00f2o' \u0441 \u0631 \u03c3\"\uc5b4i\u0307\ud83d\udc68", "tokens": ["\"", "%", "i\u0307\ufe0f0\u200d\u2764", "\u00ee\u00f2o", "\u03c3", "\u0441", "\u0631", "\u30ab", "\uad6d", "\uc5b4i\u0307", "\ud83d\udc68"]}
{"text": "\u2026 1st \u039f\u0394\u039f\u03a3 e-mail RT 1st e-mail", "coTweet": "\u2026 1st \u03bf\u03b4\u03bf\u03c2 e-mail rt 1st e-mail", "tokens": ["-", "1st", "e", "mail", "rt", "\u03bf\u03b4\u03bf\u03c2", "\u2026"]}
{"text": "@juplal: e-mail", "coTweet": "e-mail", "tokens": ["-", "e", "mail"]}
{"text": "Bouvio \u039f\u0394\u039f\u03a3 e-mail e-mail #Amber e-mail 'quoted' @juplal:", "coTweet": "bouvio \u03bf\u03b4\u03bf\u03c2 e-mail e-mail #amber e-mail 'quoted'", "tokens": ["#", "-", "amber", "bouvio", "e", "mail", "quoted", "\u03bf\u03b4\u03bf\u03c2"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "\ud840\udde1'\u202f''\f;\u0d4e\ud807\udf56\ud83c\uddec\udbe6\udf8d", "coTweet": "\ud840\udde1' '' ;\u0d4e\ud807\udf56\ud83c\uddec\udbe6\udf8d", "tokens": [";", "\u0d4e\ud807\udf56", "\ud83c\uddec", "\ud840\udde1", "\udbe6\udf8d"]}
{"text": "\u0644\u0443. \u0627Y 3 \uc5b4\u20e3\u00e0\u0391\u05d9 '\u20e3\u200d7\u2019\u039f\ud83d\udc68:", "coTweet": "\u0644\u0443. \u0627y 3 \uc5b4\u20e3\u00e0\u03b1\u05d9 '\u20e3\u200d7\u2019\u03bf\ud83d\udc68:", "tokens": [".", "3", "7", ":", "\u03bf", "\u0627y", "\u0644\u0443", "\u2019", "\u20e3\u200d", "\uc5b4\u20e3\u00e0\u03b1\u05d9", "\ud83d\udc68"]}
{"text": "\"\udae3\uddc1\u1680\u200e\r\u00ad\ud82c\udd55;\u200d", "coTweet": "\"\udae3\uddc1 \u200e \u00ad\ud82c\udd55;\u200d", "tokens": ["\"", ";\u200d", "\u00ad", "\u200e", "\ud82c\udd55", "\udae3\uddc1"]}
{"text": "claimatimes.example/news/a-b.html Bouvio don't Bouvio 'quoted' a\u2014b don't x'y 'quoted' 1st 1st 1st", "coTweet": "claimatimes.example/news/a-b.html bouvio don't bouvio 'quoted' a\u2014b don't x'y 'quoted' 1st 1st 1st", "tokens": ["-", "/", "1st", "a", "b", "b.html", "bouvio", "claimatimes.example", "don't", "news", "quoted", "x'y", "\u2014"]}
{"text": " \u30c8\u064aJ\u00e0\u2019\u00e8\u00f1\u0440  \u03c3 \u0131\u30c6(\ud55c", "coTweet": "\u30c8\u064aj\u00e0\u2019\u00e8\u00f1\u0440 \u03c3 \u0131\u30c6(\ud55c", "tokens": ["(", "\u0131", "\u03c3", "\u064aj\u00e0\u2019\u00e8\u00f1\u0440", "\u30c6", "\u30c8", "\ud55c"]}
{"text": "sogreamar", "coTweet": "sogreamar", "tokens": ["sogreamar"]}
{"text": "1st e-mail x'y claimatimes.example/news/a-b.html \u039f\u0394\u039f\u03a3 mail@foo.com 1st U.S.A. a\u2014b e-mail don't", "coTweet": "1st e-mail x'y claimatimes.example/news/a-b.html \u03bf\u03b4\u03bf\u03c2 mail 1st u.s.a. a\u2014b e-mail don't", "tokens": ["-", ".", "/", "1st", "a", "b", "b.html", "claimatimes.example", "don't", "e", "mail", "news", "u.s.a", "x'y", "\u03bf\u03b4\u03bf\u03c2", "\u2014"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "", "coTweet": "", "tokens": []}
{"text": "\u04392\u30c8I", "coTweet": "\u04392\u30c8i", "tokens": ["i", "\u04392", "\u30c8"]}
{"text": "https://t.co/5iMrQfmszN Bouvio RT claimatimes.example/news/a-b.html", "coTweet": "https://t.co/5imrqfmszn bouvio rt claimatimes.example/news/a-b.html", "tokens": ["-", "/", "5imrqfmszn", ":", "a", "b.html", "bouvio", "claimatimes.example", "https", "news", "rt", "t.co"]}
{"text": "3.2 a\u2014b a\u2014b \u0130stanbul 1st RT #Amber", "coTweet": "3.2 a\u2014b a\u2014b i\u0307stanbul 1st rt #amber", "tokens": ["#", "1st", "3.2", "a", "amber", "b", "i\u0307stanbul", "rt", "\u2014"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "", "coTweet": "", "tokens": []}
{"text": "https://t.co/5iMrQfmszN RT Bouvio foo_bar RT don't 'quoted' 3.2", "coTweet": "https://t.co/5imrqfmszn rt bouvio foo_bar rt don't 'quoted' 3.2", "tokens": ["/", "3.2", "5imrqfmszn", ":", "bouvio", "don't", "foo_bar", "https", "quoted", "rt", "t.co"]}
{"text": "mail@foo.com a\u2014b RT https://t.co/5iMrQfmszN don't", "coTweet": "mail a\u2014b rt https://t.co/5imrqfmszn don't", "tokens": ["/", "5imrqfmszn", ":", "a", "b", "don't", "https", "mail", "rt", "t.co", "\u2014"]}
{"text": "'\u00a0\u0394\u2007\u00ec\u65e5i \ufe0f\u2019\u0644\uad6df\u00e7", "coTweet": "' \u03b4 \u00ec\u65e5i \ufe0f\u2019\u0644\uad6df\u00e7", "tokens": ["i", "\u00ec", "\u03b4", "\u0644\uad6df\u00e7", "\u2019", "\u65e5", "\ufe0f"]}
{"text": "a\u2014b U.S.A. 3,456.789 a\u2014b don't 1st don't claimatimes.example/news/a-b.html @juplal: don't", "coTweet": "a\u2014b u.s.a. 3,456.789 a\u2014b don't 1st don't claimatimes.example/news/a-b.html don't", "tokens": ["-", ".", "/", "1st", "3,456.789", "a", "b", "b.html", "claimatimes.example", "don't", "news", "u.s.a", "\u2014"]}
{"text": "'quoted'", "coTweet": "'quoted'", "tokens": ["quoted"]}
{"text": "don't 3,456.789 'quoted' l'avion \u0130stanbul", "coTweet": "don't 3,456.789 'quoted' l'avion i\u0307stanbul", "tokens": ["3,456.789", "don't", "i\u0307stanbul", "l'avion", "quoted"]}
{"text": "i'\u0131\u0631\u2019\n\uad6d\u00e0\u0629\u03c3\u00f4\uad6dm \u2019I", "coTweet": "i'\u0131\u0631\u2019 \uad6d\u00e0\u0629\u03c3\u00f4\uad6dm \u2019i", "tokens": ["i", "i'\u0131\u0631", "\u2019", "\uad6d\u00e0\u0629\u03c3\u00f4\uad6dm"]}
{"text": "l'avion sogreamar claimatimes.example/news/a-b.html #Amber a\u2014b don't U.S.A.", "coTweet": "l'avion sogreamar claimatimes.example/news/a-b.html #amber a\u2014b don't u.s.a.", "tokens": ["#", "-", ".", "/", "a", "amber", "b", "b.html", "claimatimes.example", "don't", "l'avion", "news", "sogreamar", "u.s.a", "\u2014"]}
{"text": " ", "coTweet": "", "tokens": []}
{"text": "https://t.co/5iMrQfmszN https://t.co/5iMrQfmszN", "coTweet": "https://t.co/5imrqfmszn https://t.co/5imrqfmszn", "tokens": ["/", "5imrqfmszn", ":", "https", "t.co"]}
{"text": "#\u0131\u05d1\u2007\u03c2", "coTweet": "#\u0131\u05d1 \u03c2", "tokens": ["#", "\u0131\u05d1", "\u03c2"]}
{"text": "Bouvio foo_bar a\u2014b e-mail foo_bar claimatimes.example/news/a-b.html", "coTweet": "bouvio foo_bar a\u2014b e-mail foo_bar claimatimes.example/news/a-b.html", "tokens": ["-", "/", "a", "b", "b.html", "bouvio", "claimatimes.example", "e", "foo_bar", "mail", "news", "\u2014"]}
{"text": ",\u0085\ufb41", "coTweet": ", \ufb41", "tokens": [",", "\ufb41"]}
{"text": "'quoted' \u0130stanbul don't claimatimes.example/news/a-b.html l'avion \u0130stanbul \u0130stanbul", "coTweet": "'quoted' i\u0307stanbul don't claimatimes.example/news/a-b.html l'avion i\u0307stanbul i\u0307stanbul", "tokens": ["-", "/", "a", "b.html", "claimatimes.example", "don't", "i\u0307stanbul", "l'avion", "news", "quoted"]}
{"text": ".\n\ud835\udd51", "coTweet": ". \ud835\udd51", "tokens": [".", "\ud835\udd51"]}
{"text": "\u0130stanbul e-mail U.S.A.", "coTweet": "i\u0307stanbul e-mail u.s.a.", "tokens": ["-", ".", "e", "i\u0307stanbul", "mail", "u.s.a"]}
{"text": " \u043a3\u202f\u0085\u00e8 i\u200c \ud55c\u00ee", "coTweet": "\u043a3 \u00e8 i\u200c \ud55c\u00ee", "tokens": ["i\u200c", "\u00e8", "\u043a3", "\ud55c\u00ee"]}
{"text": " \ud83c\uddf3I\u00a0\u00a0\u200d8\u039f#@\uc5b4", "coTweet": "\ud83c\uddf3i \u200d8\u03bf#", "tokens": ["#", "8\u03bf", "i", "\u200d", "\ud83c\uddf3"]}
{"text": "\u2026 a\u2014b 3.2 foo_bar Bouvio", "coTweet": "\u2026 a\u2014b 3.2 foo_bar bouvio", "tokens": ["3.2", "a", "b", "bouvio", "foo_bar", "\u2014", "\u2026"]}
{"text": " \u00e1\u30c8'\u30ca\uc5b4\u00e2\u0627'\u05ea\u03c3\ud83c\udde6\u001f\u00dc\u00ec\u2764\u30c8I\ud55c\u0443\uad6dK\u05d1", "coTweet": "\u00e1\u30c8'\u30ca\uc5b4\u00e2\u0627'\u05ea\u03c3\ud83c\udde6 \u00fc\u00ec\u2764\u30c8i\ud55c\u0443\uad6dk\u05d1", "tokens": ["i\ud55c\u0443\uad6dk\u05d1", "\u00e1", "\u00fc\u00ec", "\u2764", "\u30c8", "\u30ca", "\uc5b4\u00e2\u0627'\u05ea\u03c3", "\ud83c\udde6"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "#Amber 1st \u039f\u0394\u039f\u03a3 \u0130stanbul 'quoted' 'quoted' claimatimes.example/news/a-b.html 3,456.789 #Amber foo_bar 'quoted' l'avion", "coTweet": "#amber 1st \u03bf\u03b4\u03bf\u03c2 i\u0307stanbul 'quoted' 'quoted' claimatimes.example/news/a-b.html 3,456.789 #amber foo_bar 'quoted' l'avion", "tokens": ["#", "-", "/", "1st", "3,456.789", "a", "amber", "b.html", "claimatimes.example", "foo_bar", "i\u0307stanbul", "l'avion", "news", "quoted", "\u03bf\u03b4\u03bf\u03c2"]}
{"text": "3,456.789 3,456.789 x'y 3,456.789 U.S.A. RT", "coTweet": "3,456.789 3,456.789 x'y 3,456.789 u.s.a. rt", "tokens": [".", "3,456.789", "rt", "u.s.a", "x'y"]}
{"text": "", "coTweet": "", "tokens": []}
{"text": "3.2 don't U.S.A. \u039f\u0394\u039f\u03a3 mail@foo.com #Amber", "coTweet": "3.2 don't u.s.a. \u03bf\u03b4\u03bf\u03c2 mail #amber", "tokens": ["#", ".", "3.2", "amber", "don't", "mail", "u.s.a", "\u03bf\u03b4\u03bf\u03c2"]}
{"text": "\ud9e6\udf1c\ufe52\uda11\udcb9\n\ufe52\ud805\udf33\ufe54\ud94a\ude79\u2024\ud9cb\ude58", "coTweet": "\ud9e6\udf1c\ufe52\uda11\udcb9 \ufe52\ud805\udf33\ufe54\ud94a\ude79\u2024\ud9cb\ude58", "tokens": ["\u2024", "\ufe52", "\ufe54", "\ud805\udf33", "\ud94a\ude79", "\ud9cb\ude58", "\ud9e6\udf1c", "\uda11\udcb9"]}
{"text": "\"\u01309\u2764\ud55c\u20e3\uc5b4\u2019\ud55c\u0440\u00ce\u0441\"", "coTweet": "\"i\u03079\u2764\ud55c\u20e3\uc5b4\u2019\ud55c\u0440\u00ee\u0441\"", "tokens": ["\"", "i\u03079", "\u2764", "\ud55c\u20e3\uc5b4\u2019\ud55c\u0440\u00ee\u0441"]}
{"text": "https://t.co/5iMrQfmszN claimatimes.example/news/a-b.html \u2026 \u0130stanbul https://t.co/5iMrQfmszN 3,456.789 foo_bar a\u2014b e-mail #Amber l'avion", "coTweet": "https://t.co/5imrqfmszn claimatimes.example/news/a-b.html \u2026 i\u0307stanbul https://t.co/5imrqfmszn 3,456.789 foo_bar a\u2014b e-mail #amber l'avion", "tokens": ["#", "-", "/", "3,456.789", "5imrqfmszn", ":", "a", "amber", "b", "b.html", "claimatimes.example", "e", "foo_bar", "https", "i\u0307stanbul", "l'avion", "mail", "news", "t.co", "\u2014", "\u2026"]}
{"text": "claimatimes.example/news/a-b.html 1st", "coTweet": "claimatimes.example/news/a-b.html 1st", "tokens": ["-", "/", "1st", "a", "b.html", "claimatimes.example", "news"]}
{"text": "\ud83d\udc68\u0301", "coTweet": "\ud83d\udc68\u0301", "tokens": ["\ud83d\udc68\u0301"]}
{"text": "\u05d9\ud55c\ud83d\udc69R\u2019\u05b4\u30ab\u00e7\u0391\u05e8I", "coTweet": "\u05d9\ud55c\ud83d\udc69r\u2019\u05b4\u30ab\u00e7\u03b1\u05e8i", "tokens": ["r", "\u00e7\u03b1\u05e8i", "\u05d9\ud55c", "\u2019\u05b4", "\u30ab", "\ud83d\udc69"]}
{"text": "\ud81d\uddcf\udb0c\udd36_\u200d\u200d\uc421\u000b\u09e3\ud809\udcb7", "coTweet": "\ud81d\uddcf\udb0c\udd36_\u200d\u200d\uc421 \u09e3\ud809\udcb7", "tokens": ["_\u200d\u200d\uc421", "\u09e3", "\ud809\udcb7", "\ud81d\uddcf", "\udb0c\udd36"]}
{"text": "#Amber", "coTweet": "#amber", "tokens": ["#", "amber"]}
{"text": "don't", "coTweet": "don't", "tokens": ["don't"]}
{"text": "I\uad6d\u001f'2\u0441\u30cao\u672c\ud83d\udc4d \u00df\u20e3\u03c3\ud83d\udc68\u0443m\u00e8\u200ci\u00850", "coTweet": "i\uad6d '2\u0441\u30cao\u672c\ud83d\udc4d \u00df\u20e3\u03c3\ud83d\udc68\u0443m\u00e8\u200ci 0", "tokens": ["0", "2\u0441", "i\uad6d", "o", "\u00df\u20e3\u03c3", "\u0443m\u00e8\u200ci", "\u30ca", "\u672c", "\ud83d\udc4d", "\ud83d\udc68"]}
"""##
}
