extension NearDuplicates {
    /// The MinHash functions, grouped into LSH bands. Function `i` maps a 32-bit shingle `x` to the
    /// top half of `a[i]·x + b[i]` (mod 2⁶⁴), a multiply-add-shift hash that is strongly universal on
    /// 32-bit keys; `a` and `b` come from a fixed splitmix64 seed, so signatures never change.
    struct MinHash {
        let rows: Int
        let bands: Int
        private let multipliers: [UInt64]
        private let addends: [UInt64]

        init(rows: Int, bands: Int) {
            self.rows = rows
            self.bands = bands
            var random = SeededRandom(seed: 0x7461_6E67_6C65_2D6E)  // "tangle-n"
            var multipliers: [UInt64] = []
            var addends: [UInt64] = []
            for _ in 0..<(rows * bands) {
                multipliers.append(random.next() | 1)
                addends.append(random.next())
            }
            self.multipliers = multipliers
            self.addends = addends
        }

        /// The bucket of a text in band `band`: the band's `rows` MinHash values of its shingles,
        /// hashed to 32 bits.
        ///
        /// - Complexity: O(shingles × rows)
        func bucket(ofShingles shingles: UnsafeBufferPointer<UInt32>, band: Int) -> UInt32 {
            var key: UInt64 = 0x6261_6E64 ^ UInt64(rows)
            for function in (band * rows)..<(band * rows + rows) {
                let multiplier = multipliers[function]
                let addend = addends[function]
                var minimum = UInt32.max
                for shingle in shingles {
                    minimum = min(minimum, UInt32(truncatingIfNeeded: (multiplier &* UInt64(shingle) &+ addend) >> 32))
                }
                key = (key ^ UInt64(minimum)) &* 0xBF58_476D_1CE4_E5B9
                key ^= key >> 29
            }
            return UInt32(truncatingIfNeeded: key ^ (key >> 32))
        }
    }

    /// Sorts values by their upper 32 bits, stably: a least-significant-digit radix sort in three
    /// 11-bit passes. Entries packed as `bucket << 32 | text` with texts ascending come out grouped
    /// by bucket, each bucket's texts still ascending.
    ///
    /// - Complexity: O(n), with n words of scratch space.
    static func sortByUpperHalf(_ values: inout [UInt64], scratch: inout [UInt64]) {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: repeatElement(0, count: values.count))
        var counts = [Int](repeating: 0, count: 2048)
        for shift: UInt64 in [32, 43, 54] {
            for index in counts.indices { counts[index] = 0 }
            for value in values { counts[Int((value >> shift) & 2047)] += 1 }
            var total = 0
            for digit in counts.indices {
                let count = counts[digit]
                counts[digit] = total
                total += count
            }
            for value in values {
                let digit = Int((value >> shift) & 2047)
                scratch[counts[digit]] = value
                counts[digit] += 1
            }
            swap(&values, &scratch)
        }
    }
}
