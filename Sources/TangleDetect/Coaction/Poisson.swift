import Foundation

enum Poisson {
    /// `log10 P(X >= k)` for X Poisson with mean `mean`, accurate far into the tail (where p is far
    /// below what a Double holds directly).
    static func log10UpperTail(atLeast k: Int, mean: Double) -> Double {
        guard k > 0 else { return 0 }
        guard mean > 0 else { return -.infinity }
        if Double(k) <= mean {
            // The tail is large: 1 minus the lower sum, each term computed in log space.
            var lower = 0.0
            for i in 0..<k { lower += exp(logTerm(i, mean)) }
            return log10(max(1e-300, 1 - lower))
        }
        // Sum the tail from its largest term, k, while terms still matter.
        let first = logTerm(k, mean)
        var sum = 1.0
        var ratio = 1.0
        var i = k
        while true {
            i += 1
            ratio *= mean / Double(i)
            sum += ratio
            if ratio < 1e-17 * sum { break }
        }
        return (first + log(sum)) / log(10)
    }

    /// `ln(e^-mean mean^i / i!)`.
    private static func logTerm(_ i: Int, _ mean: Double) -> Double {
        -mean + Double(i) * log(mean) - lgamma(Double(i) + 1)
    }
}
