/// Stable ids for posts whose format has none (FiveThirtyEight rows without `tweet_id`, generic inputs).
///
/// The id is a 128-bit FNV-1a digest of the parts, so exact repeats of a row (same author, time and
/// text) get the same id and are stored once.
public enum SyntheticID {
    /// `~` followed by 32 hex digits; the tilde keeps it apart from any platform's own ids.
    public static func make(_ parts: [String]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        for (index, part) in parts.enumerated() {
            if index > 0 {
                a = (a ^ 0x1F) &* 0x100_0000_01b3
                b = (b ^ 0x1F) &* 0x100_0000_01b3 &+ 0x9E37
            }
            for byte in part.utf8 {
                a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
                b = (b ^ UInt64(byte)) &* 0x100_0000_01b3 &+ 0x9E37
            }
        }
        return "~" + hex(a) + hex(b)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
