/// A fast 64-bit hash of a byte string, the same on every run and platform (unlike `Hasher`, which is
/// seeded per process): keys exact-text matching in the Frame.
public enum TextHash {
    /// - Complexity: O(n), 8 bytes per step.
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        // A multiply-rotate mix over 8-byte words (in the spirit of wyhash / FxHash), then a final
        // avalanche (splitmix64's finaliser) so that nearby texts land far apart.
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            hash = ((hash ^ word) &* 0xBF58_476D_1CE4_E5B9)
            hash = (hash << 31) | (hash >> 33)
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 30
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 27
        hash = hash &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 31
        return hash
    }

    public static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of($0) }
    }
}
