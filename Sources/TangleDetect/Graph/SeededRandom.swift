/// SplitMix64 (Steele, Lea and Flood 2014): a small seeded generator, so that community detection
/// gives the same answer, byte for byte, on every run and every machine.
///
/// Not a `RandomNumberGenerator`: the standard library's shuffles and ranges may change how they draw
/// between releases, and these draws must not.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<1` with 53 random bits.
    mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A number in `0..<bound`, by the high half of a full-width product (bias below 2⁻³²).
    mutating func next(below bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Shuffles `elements[range]` in place by Fisher–Yates.
    mutating func shuffle(_ elements: inout [UInt32], in range: Range<Int>) {
        var index = range.upperBound - 1
        while index > range.lowerBound {
            elements.swapAt(index, range.lowerBound + next(below: index - range.lowerBound + 1))
            index -= 1
        }
    }
}
