/// A hash table from short byte strings to flag bytes, looked up straight from a byte buffer.
///
/// It exists so that the URL normaliser can ask "is this host a shortener?", "is this query
/// parameter a tracker?" and "is this a public suffix?" on a slice of the bytes it is writing, without
/// building a `String` per question. Keys are stored lower-case and looked up with ASCII case folded,
/// so `UTM_Source` finds `utm_source`; non-ASCII bytes compare exactly.
///
/// Open addressing with linear probing over a power-of-two slot array kept at most half full; all
/// keys live in one byte array.
struct ByteStringTable: Sendable {
    private struct Entry: Sendable {
        var start: Int32
        var length: Int32
        var hash: UInt32
        var flags: UInt8
    }

    private var keyBytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Indices into `entries`, -1 where empty.
    private var slots: [Int32] = Array(repeating: -1, count: 64)

    /// An empty table.
    init() {}

    /// A table holding each key with the given flags.
    init(_ keys: [String], flags: UInt8 = 1) {
        for key in keys { insert(key, flags: flags) }
    }

    /// Adds `flags` to the key's flags (a bitwise or), adding the key if it is new.
    ///
    /// - Complexity: O(key length), amortised.
    mutating func insert(_ key: String, flags: UInt8) {
        var key = key
        key.withUTF8 { insert($0, flags: flags) }
    }

    /// Adds `flags` to the key's flags (a bitwise or), adding the key if it is new.
    ///
    /// - Complexity: O(key length), amortised.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, flags: UInt8) {
        let hash = Self.hash(key)
        if let slot = find(key, hash: hash) {
            entries[Int(slots[slot])].flags |= flags
            return
        }
        if (entries.count + 1) * 2 > slots.count { grow() }
        let entry = Entry(
            start: Int32(keyBytes.count), length: Int32(key.count), hash: hash, flags: flags)
        for byte in key { keyBytes.append(Self.foldCase(byte)) }
        place(Int32(entries.count), hash: hash)
        entries.append(entry)
    }

    /// The flags of `key`, or nil when it is absent.
    ///
    /// - Complexity: O(key length) expected.
    func flags(of key: UnsafeBufferPointer<UInt8>) -> UInt8? {
        find(key, hash: Self.hash(key)).map { entries[Int(slots[$0])].flags }
    }

    /// The flags of `key`, or nil when it is absent.
    func flags(of key: String) -> UInt8? {
        var key = key
        return key.withUTF8 { flags(of: $0) }
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        return keyBytes.withUnsafeBufferPointer { stored -> Int? in
            while true {
                let index = slots[slot]
                if index < 0 { return nil }
                let entry = entries[Int(index)]
                if entry.hash == hash, Int(entry.length) == key.count {
                    var equal = true
                    let start = Int(entry.start)
                    for offset in 0..<key.count where stored[start + offset] != Self.foldCase(key[offset]) {
                        equal = false
                        break
                    }
                    if equal { return slot }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func place(_ index: Int32, hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for (index, entry) in entries.enumerated() { place(Int32(index), hash: entry.hash) }
    }

    @inline(__always)
    static func foldCase(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// FNV-1a over the case-folded bytes, folded to 32 bits.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { h = (h ^ UInt64(foldCase(byte))) &* 0x100_0000_01b3 }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}
