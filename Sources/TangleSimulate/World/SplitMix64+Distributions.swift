import Foundation

/// The distributions the world draws from, on the seedable generator so that a seed fixes every draw.
extension SplitMix64 {
    /// An independent generator for one part of the world (`stream`), so that a part's draws do not
    /// shift when another part changes: the bursts are the same with or without an operation.
    static func stream(_ seed: UInt64, _ stream: UInt64) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        return SplitMix64(seed: mixer.next())
    }

    /// A hash of two values, for draws that must not depend on the order of generation (a troll's
    /// shift on a given day, an article's slug).
    static func hash(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var mixer = SplitMix64(seed: a &* 0x9E37_79B9_7F4A_7C15 ^ b)
        return mixer.next()
    }

    /// Uniform in [0, 1).
    @inline(__always)
    mutating func unit() -> Double {
        Self.unit(of: next())
    }

    /// A draw's top 53 bits as a double uniform in [0, 1).
    @inline(__always)
    static func unit(of draw: UInt64) -> Double {
        Double(draw >> 11) * 0x1p-53
    }

    /// Uniform in 0..<bound, for bound > 0.
    @inline(__always)
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    @inline(__always)
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        let radius = (-2 * log(1 - unit())).squareRoot()
        return radius * cos(2 * Double.pi * unit())
    }

    mutating func logNormal(median: Double, spread: Double) -> Double {
        median * exp(spread * normal())
    }

    /// Pareto with minimum 1: heavy-tailed for small exponents.
    mutating func pareto(exponent: Double) -> Double {
        pow(1 - unit(), -1 / exponent)
    }

    /// Poisson: Knuth's product method for small means, a rounded normal for large ones.
    mutating func poisson(_ mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean > 40 { return max(0, Int((mean + mean.squareRoot() * normal()).rounded())) }
        let limit = exp(-mean)
        var count = 0
        var product = unit()
        while product > limit {
            count += 1
            product *= unit()
        }
        return count
    }
}

/// Samples index `i` with probability `weights[i] / sum` in O(1) (Walker's alias method).
struct AliasTable: Sendable {
    private var probability: [Double]
    private var alias: [Int32]

    /// - Complexity: O(n).
    init(weights: [Double]) {
        let n = weights.count
        let total = weights.reduce(0, +)
        probability = weights.map { total > 0 ? $0 * Double(n) / total : 1 }
        alias = Array(0..<Int32(n))
        var small: [Int32] = []
        var large: [Int32] = []
        for (index, p) in probability.enumerated() {
            if p < 1 { small.append(Int32(index)) } else { large.append(Int32(index)) }
        }
        while let s = small.popLast(), let l = large.last {
            alias[Int(s)] = l
            probability[Int(l)] -= 1 - probability[Int(s)]
            if probability[Int(l)] < 1 {
                large.removeLast()
                small.append(l)
            }
        }
        for index in large + small { probability[Int(index)] = 1 }
    }

    /// Weights 1, 1/2^s, 1/3^s, ...: a few common items and a long tail.
    init(zipf count: Int, exponent: Double) {
        self.init(weights: (0..<count).map { pow(Double($0 + 1), -exponent) })
    }

    /// One index, from one draw.
    @inline(__always)
    func sample(_ rng: inout SplitMix64) -> Int {
        let scaled = rng.unit() * Double(probability.count)
        let index = Int(scaled)
        return scaled - Double(index) < probability[index] ? index : Int(alias[index])
    }
}
