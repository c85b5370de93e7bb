import Testing
@testable import TangleDetect

@Suite struct SignalTests {
    @Test func signalsParseFromTheirCommandLineNames() {
        #expect(Signal(rawValue: "near-text") == .nearText)
        #expect(Signal(rawValue: "hashtag-seq") == .hashtagSeq)
        #expect(Signal.allCases.sorted() == Signal.allCases)
    }
}
