import TangleCore

/// Dense integer codes for byte strings, exact: two keys share a code only when their bytes are
/// equal, as SQLite's `=` on the toolkit's text columns.
///
/// Open addressing with linear probing over a power-of-two slot array kept at most half full; the
/// keys live in one byte array, so interning never allocates per key.
struct QUTKeyTable {
    private var keyBytes: [UInt8] = []
    /// Where key `code` starts in `keyBytes`; it ends where the next one starts.
    private var keyStarts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Codes, -1 where empty.
    private var slots = [Int32](repeating: -1, count: 1024)

    /// The number of distinct keys.
    var count: Int { hashes.count }

    /// The code of `key`, a new one when it is new.
    ///
    /// - Complexity: O(key length), amortised.
    mutating func code(of key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let hash = TextHash.of(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let code = Int(slots[slot])
            if hashes[code] == hash, equals(code, key) { return UInt32(code) }
            slot = (slot + 1) & mask
        }
        let code = hashes.count
        slots[slot] = Int32(code)
        hashes.append(hash)
        keyBytes.append(contentsOf: key)
        keyStarts.append(keyBytes.count)
        if hashes.count * 2 > slots.count { grow() }
        return UInt32(code)
    }

    /// The code of `key`, a new one when it is new.
    mutating func code(of key: [UInt8]) -> UInt32 {
        key.withUnsafeBufferPointer { code(of: $0) }
    }

    /// The code of `key`, a new one when it is new.
    mutating func code(of key: String) -> UInt32 {
        var key = key
        return key.withUTF8 { code(of: $0) }
    }

    private func equals(_ code: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyStarts[code]
        guard keyStarts[code + 1] - start == key.count else { return false }
        return keyBytes.withUnsafeBufferPointer { stored in
            for offset in 0..<key.count where stored[start + offset] != key[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (code, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(code)
        }
    }
}
