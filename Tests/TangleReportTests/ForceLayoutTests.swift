import Testing
@testable import TangleReport

@Suite struct ForceLayoutTests {
    /// Random graphs of 0 to 120 nodes: every position finite and inside the margins, and the same
    /// graph laid out twice gives the same positions.
    @Test func deterministicAndInsideTheBox() {
        var random = SplitMix64(seed: 42)
        for trial in 0..<40 {
            let n = Int(random.next() % 121)
            let m = n < 2 ? 0 : Int(random.next() % UInt64(3 * n))
            let edges = (0..<m).map { _ in
                (Int(random.next() % UInt64(n)), Int(random.next() % UInt64(n)), 0.1 + random.unit() * 10)
            }
            var layout = ForceLayout(width: 300 + Double(trial * 7), height: 200)
            layout.iterations = 60
            layout.seed = UInt64(trial)
            let first = layout.positions(nodeCount: n, edges: edges)
            let second = layout.positions(nodeCount: n, edges: edges)
            #expect(first.count == n)
            #expect(zip(first, second).allSatisfy { $0.x == $1.x && $0.y == $1.y }, "trial \(trial)")
            for p in first {
                #expect(p.x.isFinite && p.y.isFinite)
                #expect(p.x >= layout.margin && p.x <= layout.width - layout.margin, "trial \(trial): x \(p.x)")
                #expect(p.y >= layout.margin && p.y <= layout.height - layout.margin, "trial \(trial): y \(p.y)")
            }
        }
    }

    @Test func oneNodeSitsInTheMiddle() {
        let layout = ForceLayout(width: 100, height: 50)
        let at = layout.positions(nodeCount: 1, edges: [])
        #expect(at.count == 1 && at[0].x == 50 && at[0].y == 25)
        #expect(layout.positions(nodeCount: 0, edges: []).isEmpty)
    }

    /// Two cliques joined by one edge: each clique's nodes end closer to one another than to the other's.
    @Test func cliquesStayTogether() {
        var edges: [(Int, Int, Double)] = []
        for a in 0..<6 { for b in (a + 1)..<6 { edges.append((a, b, 1)); edges.append((a + 6, b + 6, 1)) } }
        edges.append((0, 6, 1))
        let at = ForceLayout(width: 400, height: 400).positions(nodeCount: 12, edges: edges)
        func distance(_ a: Int, _ b: Int) -> Double { ((at[a].x - at[b].x) * (at[a].x - at[b].x) + (at[a].y - at[b].y) * (at[a].y - at[b].y)).squareRoot() }
        let inside = (1..<6).map { distance(1, $0 == 1 ? 2 : $0) }.reduce(0, +) / 5
        let across = (7..<12).map { distance(1, $0) }.reduce(0, +) / 5
        #expect(inside < across)
    }
}
