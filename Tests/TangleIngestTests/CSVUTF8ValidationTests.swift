import Testing

@testable import TangleIngest

@Suite("UTF-8 validation of fields")
struct CSVUTF8ValidationTests {
    /// The standard library's answer: where the first ill-formed sequence starts, or nil.
    static func reference(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    static func check(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
    }

    @Test(arguments: [
        [UInt8](), Array("plain ascii text, longer than eight bytes".utf8), Array("café 😀 ελλάδα".utf8),
        [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
        [0x80], [0xC3], Array("abcdefgh".utf8) + [0xE2, 0x82], Array("abcdefghij".utf8) + [0xFF] + Array("klmnop".utf8),
        [0xEF, 0xBF, 0xBD], [0xF0, 0x9F, 0x98, 0x80, 0x41],
    ])
    func agreesWithTheStandardLibrary(bytes: [UInt8]) {
        #expect(Self.check(bytes) == Self.reference(bytes))
    }

    /// Seeded random byte strings, biased towards the bytes that make up multi-byte sequences.
    @Test func agreesOnRandomBytes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let interesting: [UInt8] = [
            0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0,
        ]
        var disagreements = 0
        for _ in 0..<20_000 {
            let count = Int(next() % 24)
            let bytes = (0..<count).map { _ in
                let r = next()
                return r % 3 == 0
                    ? UInt8(truncatingIfNeeded: r >> 8) : interesting[Int((r >> 8) % UInt64(interesting.count))]
            }
            if Self.check(bytes) != Self.reference(bytes) { disagreements += 1 }
        }
        #expect(disagreements == 0)
    }
}
