/// An open-addressing hash map from an unordered account pair to a dense index, so that the sweep
/// accumulates into flat arrays and never allocates per pair.
struct PairIndex {
    private var slots: [UInt64]
    private var values: [UInt32]
    private var mask: Int
    private(set) var count = 0
    private static let empty = UInt64.max

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: Self.empty, count: size)
        values = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    static func key(_ a: UInt32, _ b: UInt32) -> UInt64 {
        a < b ? UInt64(a) << 32 | UInt64(b) : UInt64(b) << 32 | UInt64(a)
    }

    /// The pair's index, adding it as `count` when new.
    @inline(__always)
    mutating func index(of key: UInt64) -> (index: UInt32, inserted: Bool) {
        var slot = Self.slot(key, mask)
        while true {
            let occupant = slots[slot]
            if occupant == key { return (values[slot], false) }
            if occupant == Self.empty { break }
            slot = (slot + 1) & mask
        }
        let index = UInt32(count)
        slots[slot] = key
        values[slot] = index
        count += 1
        if count * 2 > slots.count { grow() }
        return (index, true)
    }

    func find(_ key: UInt64) -> UInt32? {
        var slot = Self.slot(key, mask)
        while true {
            let occupant = slots[slot]
            if occupant == key { return values[slot] }
            if occupant == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    private mutating func grow() {
        let (oldSlots, oldValues) = (slots, values)
        slots = [UInt64](repeating: Self.empty, count: oldSlots.count * 2)
        values = [UInt32](repeating: 0, count: oldSlots.count * 2)
        mask = slots.count - 1
        for (key, value) in zip(oldSlots, oldValues) where key != Self.empty {
            var slot = Self.slot(key, mask)
            while slots[slot] != Self.empty { slot = (slot + 1) & mask }
            slots[slot] = key
            values[slot] = value
        }
    }
}
