/// Makes handles and display names, each handle unique (case-insensitively, as on the platform).
///
/// Organic handles are varied (`quietriver`, `sarahk92`, `jsmith`, `the_kalomir`), so that
/// "name plus a long run of digits", the bot unit's pattern, is a signal and not the norm.
struct HandleMaker {
    /// FNV-1a hashes of the lower-cased handles taken.
    private var taken: Set<UInt64> = []

    /// Handles are at most 15 characters on the platform.
    static let maxLength = 15

    /// An organic account's handle and display name.
    mutating func organic(_ rng: inout SplitMix64, word: String) -> (handle: String, name: String) {
        let first = Lexicon.firstNames[rng.below(Lexicon.firstNames.count)]
        let last = Lexicon.lastNames[rng.below(Lexicon.lastNames.count)]
        let thing = Lexicon.handleWords[rng.below(Lexicon.handleWords.count)]
        let other = Lexicon.handleWords[rng.below(Lexicon.handleWords.count)]
        let roll = rng.below(100)
        let candidate: String
        switch roll {
        case 0..<10: candidate = (first + last).lowercased()
        case 10..<18: candidate = first + last
        case 18..<26: candidate = (first + "_" + last).lowercased()
        case 26..<34: candidate = (first + last.prefix(1)).lowercased() + String(70 + rng.below(30))
        case 34..<41: candidate = (first.prefix(1) + last).lowercased()
        case 41..<49: candidate = first.lowercased() + thing
        case 49..<63: candidate = thing + other
        case 63..<75: candidate = word
        case 75..<80: candidate = "the_" + word
        case 80..<85: candidate = word + "_" + String(rng.below(100))
        case 85..<93: candidate = thing + word
        default: candidate = first.lowercased() + "_" + word
        }
        let handle = claim(candidate, &rng)
        let name: String
        switch rng.below(10) {
        case 0..<5: name = first + " " + last
        case 5: name = first
        case 6: name = first + " " + last.prefix(1) + "."
        case 7: name = (first + " " + last).lowercased()
        case 8: name = first + " " + Lexicon.lastNames[rng.below(Lexicon.lastNames.count)].prefix(1) + ". " + last
        default: name = handle
        }
        return (handle, name)
    }

    /// A bot's handle: a first name and a long run of digits, as the sign-up form suggests.
    mutating func bot(_ rng: inout SplitMix64) -> (handle: String, name: String) {
        let first = Lexicon.firstNames[rng.below(Lexicon.firstNames.count)]
        let stem = rng.chance(0.5) ? first : first.lowercased()
        let digits = max(5, min(8, Self.maxLength - stem.count))
        let number = (0..<digits).map { _ in String(rng.below(10)) }.joined()
        let handle = claim(String(stem.prefix(Self.maxLength - digits)) + number, &rng)
        let name = rng.chance(0.6) ? first : first + " " + Lexicon.lastNames[rng.below(Lexicon.lastNames.count)]
        return (handle, name)
    }

    /// A troll persona's handle, posing as a local: `TexasSarah`, `sarah_ohio`, `HoustonLocal`.
    mutating func persona(_ rng: inout SplitMix64, place: String) -> (handle: String, name: String) {
        let first = Lexicon.firstNames[rng.below(Lexicon.firstNames.count)]
        let last = Lexicon.lastNames[rng.below(Lexicon.lastNames.count)]
        let candidate: String
        switch rng.below(5) {
        case 0: candidate = place + first
        case 1: candidate = (first + "_" + place).lowercased()
        case 2: candidate = place + ["Local", "Daily", "Today", "News"][rng.below(4)]
        case 3: candidate = first + last
        default: candidate = "Real" + first + last.prefix(1)
        }
        return (claim(candidate, &rng), first + " " + last)
    }

    /// An outlet's handle: its name without spaces.
    mutating func outlet(_ name: String, _ rng: inout SplitMix64) -> String {
        claim(name.replacing(" ", with: ""), &rng)
    }

    /// `candidate` cut to the platform's length, with digits added until no one has it.
    private mutating func claim(_ candidate: String, _ rng: inout SplitMix64) -> String {
        var handle = String(candidate.prefix(Self.maxLength))
        var attempt = 0
        while !taken.insert(Self.fold(handle)).inserted {
            attempt += 1
            let suffix = String(rng.below(attempt < 5 ? 100 : 100_000))
            handle = String(candidate.prefix(Self.maxLength - suffix.count)) + suffix
        }
        return handle
    }

    private static func fold(_ handle: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in handle.lowercased().utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}
