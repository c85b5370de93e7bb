import Testing

@testable import TangleCore

@Suite struct NormalizeTests {
    @Test(arguments: [
        ("#Swift", "swift"), ("Swift", "swift"), ("##Swift", "swift"), ("＃ＴＥＳＴ", "ｔｅｓｔ"),
        ("#МОСКВА", "москва"), ("#日本", "日本"), ("#Cafe\u{301}", "café"), ("#ÇA", "ça"),
    ])
    func hashtag(_ tag: String, expected: String) {
        #expect(Normalize.hashtag(tag) == expected)
        #expect(Normalize.hashtag(tag).utf8.elementsEqual(expected.utf8))  // NFC, byte for byte
    }

    @Test(arguments: [("@Jack", "jack"), ("jack", "jack"), ("＠TwitterDev", "twitterdev"), ("@user_1", "user_1")])
    func mention(_ handle: String, expected: String) {
        #expect(Normalize.mention(handle) == expected)
    }

    @Test(arguments: [
        ("I love #Swift and #swiftlang!", ["swift", "swiftlang"]),
        ("#Россия вперёд #МОСКВА", ["россия", "москва"]),
        ("مرحبا #مصر #السعودية", ["مصر", "السعودية"]),
        ("今日は #日本 と #東京オリンピック。", ["日本", "東京オリンピック"]),
        ("今日は#日本", []),  // as on Twitter: a tag glued to a preceding letter is none, in any script
        ("＃ＴＥＳＴ", ["ｔｅｓｔ"]),
        ("#हिन्दी", ["हिन्दी"]),
        ("a#b", []),
        ("#123 and #2016election", ["2016election"]),
        ("#_ #__", []),
        ("it&#39;s", []),
        ("#foo#bar", []),
        ("(#tag) #end.", ["tag", "end"]),
        ("#\u{FE0F}\u{20E3} keycap", []),
        ("https://example.com/#anchor #real", ["real"]),
        ("#Cafe\u{301}", ["café"]),
        ("#a #A", ["a", "a"]),
        ("#", []),
        ("#MAGA://x", []),
        ("#MAGAhttps://t.co/x", ["maga"]),
    ] as [(String, [String])])
    func hashtagsInText(_ text: String, expected: [String]) {
        #expect(Normalize.hashtags(in: text) == expected)
    }

    @Test(arguments: [
        ("@Jack hello @TwitterDev", ["jack", "twitterdev"]),
        ("email@x.com", []),
        ("RT @user: text", ["user"]),
        ("RT@user: text", ["user"]),
        ("rt:@user", ["user"]),
        ("@RT@user", []),
        ("xRT@user", []),
        ("@a_very_long_handle_over15 hi", []),
        ("@fifteen_chars15", ["fifteen_chars15"]),
        ("@abc@def", []),
        ("(@user)", ["user"]),
        ("＠user", ["user"]),
        ("@user's", ["user"]),
        ("@user.", ["user"]),
        ("@userй", []),
        ("@user://x", []),
        ("https://medium.com/@author/post", []),
        ("@123", ["123"]),
        ("@ alone", []),
        ("#tag@user", []),
        ("привет@user", ["user"]),
        ("@userhttps://t.co/x", ["user"]),
    ] as [(String, [String])])
    func mentionsInText(_ text: String, expected: [String]) {
        #expect(Normalize.mentions(in: text) == expected)
    }

    @Test(arguments: [
        ("read https://example.com/a.", ["https://example.com/a"]),
        ("(see https://en.wikipedia.org/wiki/Foo_(bar))", ["https://en.wikipedia.org/wiki/Foo_(bar)"]),
        ("(see https://example.com/a)", ["https://example.com/a"]),
        ("\"https://t.co/abc\"", ["https://t.co/abc"]),
        ("go to www.example.com, now", ["www.example.com"]),
        ("foo.www.example.com", []),
        ("text.https://t.co/x", ["https://t.co/x"]),
        ("HTTPS://T.CO/X!", ["HTTPS://T.CO/X"]),
        ("https://t.co/abc…", ["https://t.co/abc"]),
        ("http:// nothing", []),
        ("two https://a.co/1 http://b.co/2?x=1'", ["https://a.co/1", "http://b.co/2?x=1"]),
        ("https://例え.テスト/パス、次", ["https://例え.テスト/パス"]),
        ("«https://ria.ru/a»", ["https://ria.ru/a"]),
        ("<a href=\"https://x.org/p\">", ["https://x.org/p"]),
        ("https://example.com/a?b=1&c=2#frag", ["https://example.com/a?b=1&c=2#frag"]),
        ("no links here", []),
    ] as [(String, [String])])
    func urlsInText(_ text: String, expected: [String]) {
        #expect(Normalize.urls(in: text) == expected)
    }

    @Test(arguments: [
        ("RT @user: Check THIS out https://t.co/abc  #Tag", "rt : check this out #tag"),
        ("  Hello\n\n  World\t!  ", "hello world !"),
        ("Привет, МИР! @bot https://x.co/1", "привет, мир!"),
        ("zero\u{200B}width\u{FEFF}", "zerowidth"),
        ("@only", ""),
        ("", ""),
        ("email@x.com stays", "email@x.com stays"),
        ("no\u{00A0}break\u{3000}space", "no break space"),
        ("Cafe\u{301} CRÈME", "café crème"),
        ("see:https://t.co/x now", "see: now"),
        ("@a @b @c text", "text"),
        ("Same   text", "same text"),
    ])
    func text(_ input: String, expected: String) {
        let normal = Normalize.text(input)
        #expect(normal == expected)
        #expect(normal.utf8.elementsEqual(expected.utf8))  // NFC, byte for byte
    }

    @Test func textIsIdempotent() {
        for input in ["RT @user: Check THIS out https://t.co/abc  #Tag", "Привет, МИР!", "  a \u{3000} b "] {
            let once = Normalize.text(input)
            #expect(Normalize.text(once) == once)
        }
    }

    @Test func copyPasteVariantsMeet() {
        let a = Normalize.text("BREAKING: Voter fraud in #Ohio!! https://t.co/AAA @user1")
        let b = Normalize.text("@user2 BREAKING:  voter fraud in #ohio!! https://t.co/BBB")
        #expect(a == b)
    }
}
