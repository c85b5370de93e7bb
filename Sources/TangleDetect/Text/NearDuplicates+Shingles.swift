import TangleCore

extension NearDuplicates {
    /// Cuts a post's words into shingles: runs of `size` consecutive words, each hashed to 32 bits.
    /// A single-word shingle is the word's own hash.
    struct Shingler {
        let size: Int

        /// Calls `body` with each shingle's hash in text order, repeats included; a text of fewer
        /// than `size` words has none.
        @inline(__always)
        func forEachShingle(of words: UnsafeBufferPointer<UInt32>, _ body: (UInt32) -> Void) {
            if size == 1 {
                for word in words { body(word) }
                return
            }
            guard words.count >= size else { return }
            for start in 0...(words.count - size) {
                var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
                for index in start..<(start + size) {
                    hash = (hash ^ UInt64(words[index])) &* 0xBF58_476D_1CE4_E5B9
                    hash ^= hash >> 31
                }
                body(UInt32(truncatingIfNeeded: hash ^ (hash >> 32)))
            }
        }

        /// Replaces `set` with the post's distinct shingles in ascending order: the set that exact
        /// Jaccard similarity compares.
        func shingleSet(of words: UnsafeBufferPointer<UInt32>, into set: inout [UInt32]) {
            set.removeAll(keepingCapacity: true)
            forEachShingle(of: words) { set.append($0) }
            let distinct = set.withUnsafeMutableBufferPointer { Self.sortUnique($0) }
            set.removeLast(set.count - distinct)
        }

        /// Sorts `buffer` and moves its distinct values to the front; returns how many there are.
        ///
        /// - Complexity: O(n²) up to 32 values (insertion sort, the common tweet-sized case), then
        ///   O(n log n).
        private static func sortUnique(_ buffer: UnsafeMutableBufferPointer<UInt32>) -> Int {
            guard buffer.count > 1 else { return buffer.count }
            if buffer.count <= 32 {
                for index in 1..<buffer.count {
                    let value = buffer[index]
                    var hole = index
                    while hole > 0, buffer[hole - 1] > value {
                        buffer[hole] = buffer[hole - 1]
                        hole -= 1
                    }
                    buffer[hole] = value
                }
            } else {
                var buffer = buffer
                buffer.sort()
            }
            var count = 1
            for index in 1..<buffer.count where buffer[index] != buffer[count - 1] {
                buffer[count] = buffer[index]
                count += 1
            }
            return count
        }
    }

    /// The Jaccard similarity |a ∩ b| / |a ∪ b| of two sorted sets without repeats when it is at
    /// least `threshold`, else nil. Gives up as soon as too few shingles are left to share: a
    /// similarity of t needs |a ∩ b| ≥ t · (|a| + |b|) / (1 + t).
    ///
    /// - Complexity: O(|a| + |b|)
    static func jaccard(
        _ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, reaching threshold: Double
    ) -> Double? {
        // Slightly under the exact bound, so that rounding never gives up on a pair that qualifies;
        // the similarity itself is compared exactly below.
        let needed = threshold * Double(a.count + b.count) / (1 + threshold) - 1e-9
        var shared = 0
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
                continue
            }
            if a[i] < b[j] { i += 1 } else { j += 1 }
            if Double(shared + min(a.count - i, b.count - j)) < needed { return nil }
        }
        let jaccard = Double(shared) / Double(a.count + b.count - shared)
        return jaccard >= threshold ? jaccard : nil
    }

    /// A 64-bit hash of a sorted shingle set: posts with equal hashes are treated as the same text.
    /// Two different sets share one with odds of about n²/2⁶⁵ among n texts (below 10⁻⁵ at 10⁷).
    static func setHash(_ set: [UInt32]) -> UInt64 {
        set.withUnsafeBytes { raw in TextHash.of(raw.assumingMemoryBound(to: UInt8.self)) }
    }
}
