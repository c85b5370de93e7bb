extension NearDuplicates {
    /// The distinct shingle sets among the posts: each is one *text*, numbered in order of its first
    /// post, and only texts go on to MinHash and comparison. Exact copies cost one hash-table lookup
    /// each, so a text posted 50,000 times is one text.
    struct Texts: Sendable {
        /// The text of each post, or `NearDuplicateClusters.none` when the post is skipped or short.
        private(set) var ofPost: [UInt32]
        /// Each text's first post, which stands for it.
        private(set) var firstPost: [UInt32] = []
        /// Each text's number of posts.
        private(set) var postCount: [UInt32] = []
        /// Text `t`'s shingle set, ascending, is `shingles[shingleOffsets[t]..<shingleOffsets[t + 1]]`.
        private(set) var shingleOffsets: [UInt32] = [0]
        private(set) var shingles: [UInt32] = []

        var count: Int { firstPost.count }

        /// Groups posts by `setHashes`; a post whose `shingleCounts` entry is 0 has no text. The sets
        /// themselves are empty until `storeShingleSets`.
        ///
        /// - Complexity: O(posts): open addressing with linear probing at a load of at most 1/2.
        init(setHashes: [UInt64], shingleCounts: [UInt32]) {
            ofPost = [UInt32](repeating: NearDuplicateClusters.none, count: setHashes.count)
            let distinctAtMost = shingleCounts.count { $0 > 0 }
            var capacity = 16
            while capacity < 2 * distinctAtMost { capacity *= 2 }
            let mask = capacity - 1
            var hashes: [UInt64] = []
            // Slot holds text + 1; 0 is empty.
            var slots = [UInt32](repeating: 0, count: capacity)
            for post in setHashes.indices where shingleCounts[post] > 0 {
                let hash = setHashes[post]
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let occupant = slots[slot]
                    if occupant == 0 {
                        let text = UInt32(firstPost.count)
                        slots[slot] = text + 1
                        hashes.append(hash)
                        firstPost.append(UInt32(post))
                        postCount.append(1)
                        shingleOffsets.append(shingleOffsets[Int(text)] + shingleCounts[post])
                        ofPost[post] = text
                        break
                    }
                    if hashes[Int(occupant - 1)] == hash {
                        ofPost[post] = occupant - 1
                        postCount[Int(occupant - 1)] += 1
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
        }

        /// Fills in every text's shingle set, in parallel: `set(post, &scratch)` must put the sorted
        /// set of post `post` in `scratch`.
        mutating func storeShingleSets(_ set: @Sendable (Int, inout [UInt32]) -> Void) {
            shingles = [UInt32](repeating: 0, count: Int(shingleOffsets[count]))
            let (firstPost, offsets) = (firstPost, shingleOffsets)
            shingles.withUnsafeMutableBufferPointer { shingles in
                let shingles = ChunkOutput(shingles)
                NearDuplicates.inParallel(firstPost.count) { texts in
                    var scratch: [UInt32] = []
                    for text in texts {
                        set(Int(firstPost[text]), &scratch)
                        for (index, shingle) in scratch.enumerated() { shingles[Int(offsets[text]) + index] = shingle }
                    }
                }
            }
        }

        /// Calls `body` with access to every text's shingle set.
        func withShingleSets<Result>(_ body: (ShingleSets) -> Result) -> Result {
            shingles.withUnsafeBufferPointer { shingles in
                shingleOffsets.withUnsafeBufferPointer { offsets in
                    body(ShingleSets(shingles: shingles, offsets: offsets))
                }
            }
        }
    }

    /// The texts' shingle sets, valid inside `Texts.withShingleSets`.
    struct ShingleSets {
        let shingles: UnsafeBufferPointer<UInt32>
        let offsets: UnsafeBufferPointer<UInt32>

        subscript(text: Int) -> UnsafeBufferPointer<UInt32> {
            UnsafeBufferPointer(rebasing: shingles[Int(offsets[text])..<Int(offsets[text + 1])])
        }
    }

    /// Disjoint sets of texts with path halving; the root of a set is always its smallest text, so
    /// the result does not depend on the order of unions.
    struct UnionFind {
        private var parent: [UInt32]

        init(count: Int) {
            parent = (0..<count).map { UInt32($0) }
        }

        /// - Complexity: amortised O(log n)
        mutating func find(_ element: UInt32) -> UInt32 {
            var element = element
            while parent[Int(element)] != element {
                let grandparent = parent[Int(parent[Int(element)])]
                parent[Int(element)] = grandparent
                element = grandparent
            }
            return element
        }

        /// Joins the sets of two roots.
        mutating func union(roots a: UInt32, _ b: UInt32) {
            if a < b { parent[Int(b)] = a } else if b < a { parent[Int(a)] = b }
        }
    }
}
