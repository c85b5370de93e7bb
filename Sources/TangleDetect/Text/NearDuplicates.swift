import Dispatch
import TangleCore

/// Near-duplicate text clusters: the key of the `near-text` signal. Posts whose shingle sets have a
/// Jaccard similarity of at least the threshold are joined, found with MinHash and locality-sensitive
/// hashing (LSH) and every join verified exactly, never by comparing all pairs.
///
/// 1. Each post's shingles are sorted into a set. Posts with fewer than `minimumShingles` distinct
///    shingles get no cluster.
/// 2. Posts with the same set (by a 64-bit hash of it) are one *text*, which the rest works on: a
///    text posted 50,000 times costs 50,000 hash-table lookups, not 50,000² comparisons.
/// 3. For each LSH band, every text's `rows` MinHash values are hashed to a bucket, and texts are
///    sorted by bucket, ties in order of first appearance. Texts in one bucket are candidates, but
///    each is compared only with the `window` texts before it in the bucket, skipping those already
///    in its cluster: at most `bands × window` comparisons per text however large a bucket grows.
///    The variants of one copy-paste campaign share buckets in many bands, so a family of thousands
///    of variants is still joined, by links between neighbours.
/// 4. A candidate pair is joined when the exact Jaccard similarity of its two sets reaches the
///    threshold. Joins merge clusters (union–find), so a cluster is a connected component and may
///    chain: A ~ B and B ~ C put A and C together even when A and C are further apart.
/// 5. Clusters of two or more posts get codes in order of their first post.
///
/// Everything is deterministic: fixed hash seeds, ties broken by post order, no dictionary order,
/// and threads only for work whose result does not depend on how it is split.
public enum NearDuplicates {
    /// How many earlier texts of its bucket each text is compared with.
    static let window = 8

    /// The near-duplicate clusters of the posts whose words are `words`, leaving out the posts for
    /// which `skip` is true (reposts, say, which copy their original's text by construction).
    ///
    /// - Complexity: O(W) to shingle and group W words in all, O(S · rows · bands) to hash the S
    ///   shingles of the T distinct texts, O(T · bands) to bucket, and at most T · bands · window
    ///   exact comparisons of O(shingles) each. Shingling and hashing run on Dispatch's threads.
    ///   Memory besides `words`: about 30 bytes per post, 70 per distinct text and 4 per shingle of
    ///   a distinct text (10 million tweet-sized posts peak at 1.4 GB, words included).
    public static func clusters(
        words: WordColumn, parameters: NearDuplicateParameters = NearDuplicateParameters(),
        skipping skip: (Int) -> Bool = { _ in false }
    ) -> NearDuplicateClusters {
        let texts = distinctTexts(words: words, parameters: parameters, skip: skip)
        var forest = UnionFind(count: texts.count)
        var comparer = Comparer(texts: texts, threshold: parameters.threshold)
        if texts.count > 1 {
            let minHash = MinHash(rows: parameters.rows, bands: parameters.bands)
            var buckets: [UInt64] = []
            var scratch: [UInt64] = []
            for band in 0..<minHash.bands {
                bucketTexts(texts, band: band, minHash: minHash, into: &buckets)
                sortByUpperHalf(&buckets, scratch: &scratch)
                var start = 0
                while start < buckets.count {
                    var end = start + 1
                    while end < buckets.count, buckets[end] >> 32 == buckets[start] >> 32 { end += 1 }
                    if end - start > 1 { comparer.join(bucket: buckets[start..<end], forest: &forest) }
                    start = end
                }
            }
        }
        return assignCodes(
            texts: texts, forest: &forest, postCount: words.count, parameters: parameters, joins: comparer.joins,
            comparisons: comparer.comparisons)
    }

    /// Steps 1 and 2: each post's shingle set, hashed in parallel, then grouped into texts, whose
    /// sets are kept.
    private static func distinctTexts(words: WordColumn, parameters: NearDuplicateParameters, skip: (Int) -> Bool)
        -> Texts
    {
        let shingler = Shingler(size: parameters.shingleSize)
        let postCount = words.count
        // Filled in parallel; 0 shingles marks a post with no text.
        var shingleCounts = (0..<postCount).map { skip($0) ? UInt32(0) : 1 }
        var setHashes = [UInt64](repeating: 0, count: postCount)
        let minimum = UInt32(parameters.minimumShingles)
        shingleCounts.withUnsafeMutableBufferPointer { counts in
            setHashes.withUnsafeMutableBufferPointer { hashes in
                let counts = ChunkOutput(counts)
                let hashes = ChunkOutput(hashes)
                inParallel(postCount) { posts in
                    words.words.withUnsafeBufferPointer { allWords in
                        var set: [UInt32] = []
                        for post in posts where counts[post] > 0 {
                            shingler.shingleSet(of: Self.words(of: post, in: words, allWords), into: &set)
                            let count = UInt32(set.count)
                            counts[post] = count >= minimum ? count : 0
                            if count >= minimum { hashes[post] = setHash(set) }
                        }
                    }
                }
            }
        }
        var texts = Texts(setHashes: setHashes, shingleCounts: shingleCounts)
        texts.storeShingleSets { post, set in
            words.words.withUnsafeBufferPointer { all in
                shingler.shingleSet(of: Self.words(of: post, in: words, all), into: &set)
            }
        }
        return texts
    }

    /// Step 3: each text's bucket in band `band`, packed as `bucket << 32 | text`, texts ascending.
    private static func bucketTexts(_ texts: Texts, band: Int, minHash: MinHash, into buckets: inout [UInt64]) {
        buckets.removeAll(keepingCapacity: true)
        buckets.append(contentsOf: repeatElement(0, count: texts.count))
        buckets.withUnsafeMutableBufferPointer { buckets in
            let buckets = ChunkOutput(buckets)
            inParallel(texts.count) { range in
                texts.withShingleSets { sets in
                    for text in range {
                        buckets[text] = UInt64(minHash.bucket(ofShingles: sets[text], band: band)) << 32 | UInt64(text)
                    }
                }
            }
        }
    }

    /// Step 5: codes for clusters of two or more posts, in order of their first post.
    private static func assignCodes(
        texts: Texts, forest: inout UnionFind, postCount: Int, parameters: NearDuplicateParameters,
        joins: [NearDuplicateJoin], comparisons: Int
    ) -> NearDuplicateClusters {
        var clusterPosts = [UInt32](repeating: 0, count: texts.count)
        for text in 0..<texts.count {
            clusterPosts[Int(forest.find(UInt32(text)))] += texts.postCount[text]
        }
        var codeOfRoot = [UInt32](repeating: NearDuplicateClusters.none, count: texts.count)
        var codes = [UInt32](repeating: NearDuplicateClusters.none, count: postCount)
        var count: UInt32 = 0
        for post in 0..<postCount where texts.ofPost[post] != NearDuplicateClusters.none {
            let root = Int(forest.find(texts.ofPost[post]))
            guard clusterPosts[root] > 1 else { continue }
            if codeOfRoot[root] == NearDuplicateClusters.none {
                codeOfRoot[root] = count
                count += 1
            }
            codes[post] = codeOfRoot[root]
        }
        return NearDuplicateClusters(
            parameters: parameters, codes: codes, count: Int(count), joins: joins, comparisons: comparisons)
    }

    /// The words of post `post`, from `all`, the column's `words` array.
    @inline(__always)
    static func words(of post: Int, in column: WordColumn, _ all: UnsafeBufferPointer<UInt32>) -> UnsafeBufferPointer<
        UInt32
    > {
        UnsafeBufferPointer(rebasing: all[Int(column.offsets[post])..<Int(column.offsets[post + 1])])
    }

    /// Runs `body` over `count` items in contiguous ranges on Dispatch's worker threads. Each item must
    /// write only its own slots, so that the result does not depend on the split.
    static func inParallel(_ count: Int, _ body: @Sendable (Range<Int>) -> Void) {
        let chunks = max(1, min(8, count / 4_096))
        if chunks == 1 {
            body(0..<count)
            return
        }
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            body((count * chunk / chunks)..<(count * (chunk + 1) / chunks))
        }
    }

    /// Where parallel chunks write their results, each chunk at its own indices.
    // @unchecked because chunks write disjoint indices, and the buffer outlives them: concurrentPerform
    // returns only when every chunk is done.
    struct ChunkOutput<Element>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Element>

        init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }

        subscript(index: Int) -> Element {
            get { buffer[index] }
            nonmutating set { buffer[index] = newValue }
        }
    }
}

extension NearDuplicates {
    /// Step 4: compares the texts of one bucket, each with the `window` before it, and joins those
    /// at or above the threshold.
    struct Comparer {
        let texts: Texts
        let threshold: Double
        private(set) var comparisons = 0
        private(set) var joins: [NearDuplicateJoin] = []

        init(texts: Texts, threshold: Double) {
            self.texts = texts
            self.threshold = threshold
        }

        /// `bucket` holds packed `bucket << 32 | text` entries, texts ascending.
        mutating func join(bucket: ArraySlice<UInt64>, forest: inout UnionFind) {
            let start = bucket.startIndex
            texts.withShingleSets { sets in
                for position in (start + 1)..<bucket.endIndex {
                    let text = UInt32(truncatingIfNeeded: bucket[position])
                    let b = sets[Int(text)]
                    let lowest = max(start, position - NearDuplicates.window)
                    for earlierPosition in stride(from: position - 1, through: lowest, by: -1) {
                        let earlier = UInt32(truncatingIfNeeded: bucket[earlierPosition])
                        let a = sets[Int(earlier)]
                        // Jaccard similarity is at most the smaller set's size over the larger's.
                        guard Double(min(a.count, b.count)) / Double(max(a.count, b.count)) >= threshold else {
                            continue
                        }
                        let root = forest.find(text)
                        let earlierRoot = forest.find(earlier)
                        guard root != earlierRoot else { continue }
                        comparisons += 1
                        guard let jaccard = NearDuplicates.jaccard(a, b, reaching: threshold) else { continue }
                        forest.union(roots: root, earlierRoot)
                        joins.append(
                            NearDuplicateJoin(
                                earlier: texts.firstPost[Int(earlier)], later: texts.firstPost[Int(text)],
                                jaccard: jaccard))
                    }
                }
            }
        }
    }
}
