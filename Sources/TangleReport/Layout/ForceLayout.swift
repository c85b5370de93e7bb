import Foundation

/// A deterministic force-directed layout (Fruchterman–Reingold): the same graph, seed and size give
/// the same positions on every machine, so a report's pictures are byte-stable.
///
/// - Complexity: O(iterations · (n² + m)) for n nodes and m edges; meant for a few hundred nodes.
public struct ForceLayout: Sendable {
    public var width: Double
    public var height: Double
    public var iterations = 200
    public var seed: UInt64 = 1
    /// Space kept free at each border, so drawn nodes stay whole inside the picture.
    public var margin: Double = 12

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Positions of `nodeCount` nodes joined by `edges` (indices into the nodes, with a weight), each
    /// inside [margin, width − margin] × [margin, height − margin].
    public func positions(nodeCount n: Int, edges: [(Int, Int, Double)]) -> [(x: Double, y: Double)] {
        guard n > 0 else { return [] }
        let w = max(1, width - 2 * margin)
        let h = max(1, height - 2 * margin)
        guard n > 1 else { return [(margin + w / 2, margin + h / 2)] }
        var random = SplitMix64(seed: seed)
        var x = (0..<n).map { _ in random.unit() * w }
        var y = (0..<n).map { _ in random.unit() * h }
        let k = (w * h / Double(n)).squareRoot()
        let maxWeight = edges.map(\.2).max() ?? 1
        var dx = [Double](repeating: 0, count: n)
        var dy = [Double](repeating: 0, count: n)
        let gravity = Double(n) / 16
        let cutoff2 = 9 * k * k
        var temperature = w / 10
        let cooling = temperature / Double(iterations + 1)
        for _ in 0..<iterations {
            for i in 0..<n { dx[i] = 0; dy[i] = 0 }
            for i in 0..<n {
                for j in (i + 1)..<n {
                    var ex = x[i] - x[j]
                    var ey = y[i] - y[j]
                    var d2 = ex * ex + ey * ey
                    if d2 < 1e-9 {
                        // Coincident nodes: push apart along a fixed direction from their indices.
                        ex = Double((i * 7 + j * 13) % 17 + 1) * 1e-3
                        ey = Double((i * 11 + j * 5) % 19 + 1) * 1e-3
                        d2 = ex * ex + ey * ey
                    }
                    // Beyond a few k, repulsion is cut (as in Fruchterman and Reingold's grid variant): a
                    // loose part then stays near the core instead of being pushed to the border.
                    if d2 > cutoff2 { continue }
                    let force = k * k / d2
                    dx[i] += ex * force; dy[i] += ey * force
                    dx[j] -= ex * force; dy[j] -= ey * force
                }
            }
            for (a, b, weight) in edges where a != b && a >= 0 && b >= 0 && a < n && b < n {
                let ex = x[a] - x[b]
                let ey = y[a] - y[b]
                let d = (ex * ex + ey * ey).squareRoot()
                // Heavier edges pull harder, at most twice as hard as the lightest.
                let force = d / k * (1 + (maxWeight > 0 ? weight / maxWeight : 0))
                dx[a] -= ex * force; dy[a] -= ey * force
                dx[b] += ex * force; dy[b] += ey * force
            }
            // Gravity toward the centre, growing with n as the repulsion does: a loosely joined node
            // then settles about as far out as the rim of the dense core instead of at the border.
            for i in 0..<n {
                dx[i] += (w / 2 - x[i]) * gravity
                dy[i] += (h / 2 - y[i]) * gravity
                let length = (dx[i] * dx[i] + dy[i] * dy[i]).squareRoot()
                if length > 0 {
                    let step = min(length, temperature)
                    x[i] += dx[i] / length * step
                    y[i] += dy[i] / length * step
                }
                x[i] = min(w, max(0, x[i]))
                y[i] = min(h, max(0, y[i]))
            }
            temperature -= cooling
        }
        // Stretch the middle 80 % of the nodes over the middle 80 % of the box: a few loose nodes far
        // from a dense core would otherwise leave the core a blot in one corner. Those beyond go to the edge.
        func stretch(_ v: [Double], _ size: Double) -> [Double] {
            let sorted = v.sorted()
            let cut = n >= 10 ? n / 10 : 0
            let (lo, hi) = (sorted[cut], sorted[n - 1 - cut])
            guard hi > lo else { return v.map { _ in size / 2 } }
            let (from, to) = cut > 0 ? (0.1 * size, 0.9 * size) : (0, size)
            return v.map { min(size, max(0, from + ($0 - lo) / (hi - lo) * (to - from))) }
        }
        let (sx, sy) = (stretch(x, w), stretch(y, h))
        return (0..<n).map { (margin + sx[$0], margin + sy[$0]) }
    }
}

/// SplitMix64: a tiny, well-mixed generator whose sequence is fixed by its seed.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// In [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
