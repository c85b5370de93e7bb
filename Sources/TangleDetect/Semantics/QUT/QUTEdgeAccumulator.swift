/// Counts one source account's directed edges: for each target account, the distinct messages of the
/// source it matched. Dense per-account counters and a touched list, reset after each source, so no
/// pair is ever hashed or allocated.
struct QUTEdgeAccumulator {
    /// Per target account: 1 + the message that last counted it, so a message counts a target once.
    private var stamps: [UInt32]
    private var counts: [UInt32]
    private var touched: [UInt32] = []
    private let minEdgeWeight: Int
    private(set) var edges: [QUTNetworks.Edge] = []

    init(accountCount: Int, minEdgeWeight: Int) {
        stamps = [UInt32](repeating: 0, count: accountCount)
        counts = [UInt32](repeating: 0, count: accountCount)
        self.minEdgeWeight = minEdgeWeight
    }

    /// Message `message` of the current source was matched by a message of `target`.
    ///
    /// - Complexity: O(1)
    @inline(__always)
    mutating func count(message: UInt32, target: UInt32) {
        let target = Int(target)
        let stamp = message &+ 1
        guard stamps[target] != stamp else { return }
        stamps[target] = stamp
        if counts[target] == 0 { touched.append(UInt32(target)) }
        counts[target] += 1
    }

    /// Ends `source`: keeps its edges of at least the minimum weight, by target, and resets.
    ///
    /// - Complexity: O(t log t) in the t targets touched.
    mutating func finish(source: UInt32) {
        touched.sort()
        for target in touched {
            let weight = Int(counts[Int(target)])
            if weight >= minEdgeWeight { edges.append(QUTNetworks.Edge(source: source, target: target, weight: weight)) }
            counts[Int(target)] = 0
        }
        touched.removeAll(keepingCapacity: true)
    }
}
