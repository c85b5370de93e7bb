import Testing

@testable import TangleCore

@Suite struct PunycodeTests {
    /// RFC 3492 section 7.1 samples (A, B, L, S) and the IDN everyone knows.
    @Test(arguments: [
        ("egbpdaj6bu4bxfgehfvwxn", "ليهمابتكلموشعربي؟"),
        ("ihqwcrb4cv8a8dqg056pqjye", "他们为什么不说中文"),
        ("3B-ww4c5e180e575a65lsy2b", "3年B組金八先生"),
        ("-> $1.00 <--", "-> $1.00 <-"),
        ("bcher-kva", "bücher"),
    ])
    func decodes(_ encoded: String, expected: String) {
        #expect(Punycode.decode(Substring(encoded).utf8) == expected)
    }

    @Test(arguments: ["ab!c", "é-abc", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "a-9"])
    func rejectsInvalid(_ encoded: String) {
        #expect(Punycode.decode(Substring(encoded).utf8) == nil)
    }
}
