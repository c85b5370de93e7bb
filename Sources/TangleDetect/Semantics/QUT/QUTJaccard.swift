/// The toolkit's co-similar-tweet test, `similarity(a, b) >= threshold`, on token sets held as
/// ascending integer codes: exact, the same double-precision division, never an estimate.
///
/// The similarity is the Jaccard index `|a ∩ b| / |a ∪ b|`, computed as Python computes it. A set
/// smaller than `minDocumentSize` has similarity 0 with everything (its `MinDocSizeSimilarity`, which
/// its command line uses, default 1). Two empty sets, which make the toolkit's plain `similarity`
/// divide by zero and abort (reachable with a minimum size of 0), have similarity 0 here. So with a
/// threshold of 0 or less every pair matches, as in the toolkit; above 0 an empty set matches nothing.
struct QUTJaccard {
    let threshold: Double
    let minDocumentSize: Int
    /// For two sets of `s` tokens in all, the least intersection `x` with `x / (s − x) ≥ threshold`
    /// in floating point (more than `s / 2`, which no pair can reach, when there is none). The quotient
    /// grows with `x`, so a pair passes exactly when its intersection reaches this.
    private let leastOverlap: [Int]

    /// A test for sets of at most `largestSet` tokens.
    init(threshold: Double, minDocumentSize: Int, largestSet: Int) {
        self.threshold = threshold
        self.minDocumentSize = minDocumentSize
        leastOverlap = (0...(2 * largestSet)).map { total in
            var low = 0
            var high = total / 2 + 1
            while low < high {
                let middle = (low + high) / 2
                if Double(middle) / Double(total - middle) >= threshold { high = middle } else { low = middle + 1 }
            }
            return low
        }
    }

    /// Whether the sets `codes[a]` and `codes[b]` (ascending codes, no repeats) are similar enough.
    ///
    /// - Complexity: O(|a| + |b|), O(1) when their sizes alone rule the pair out.
    @inline(__always)
    func matches(_ codes: UnsafeBufferPointer<UInt32>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard threshold > 0 else { return threshold <= 0 }
        guard a.count >= minDocumentSize, b.count >= minDocumentSize, !a.isEmpty, !b.isEmpty else { return false }
        let needed = leastOverlap[a.count + b.count]
        guard needed <= min(a.count, b.count) else { return false }
        var overlap = 0
        var i = a.lowerBound
        var j = b.lowerBound
        while i < a.upperBound, j < b.upperBound {
            // Even if every remaining token matched, too few: stop.
            if overlap + min(a.upperBound - i, b.upperBound - j) < needed { return false }
            let x = codes[i]
            let y = codes[j]
            if x == y {
                overlap += 1
                i += 1
                j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
        return overlap >= needed
    }

    /// Whether a set of `size` tokens is similar enough to itself: its similarity is 1, or 0 when
    /// under the minimum size or empty.
    func matchesItself(size: Int) -> Bool {
        size >= minDocumentSize && size > 0 ? 1 >= threshold : 0 >= threshold
    }
}
