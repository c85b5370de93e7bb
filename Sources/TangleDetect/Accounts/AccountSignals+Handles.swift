import Foundation

extension AccountSignals {
    /// `handle-digits`: a handle ending in a long run of digits after letters (`john84736251`), the
    /// pattern of handles the sign-up form suggests and of accounts made in bulk.
    ///
    /// By the length of the trailing run: 8 or more 1, 7 0.9, 6 0.75, 5 0.6, 4 0.2 (often a year),
    /// fewer 0. The handle needs at least two letters before the run.
    ///
    /// - Complexity: O(total handle length).
    static func handleDigits(_ handles: [String], _ parameters: Parameters) -> FeatureColumn {
        var column = FeatureColumn(count: handles.count, explainAbove: parameters.explainAbove)
        for (account, handle) in handles.enumerated() {
            let bytes = Array(handle.utf8)
            var run = 0
            while run < bytes.count, isDigit(bytes[bytes.count - 1 - run]) { run += 1 }
            let letters = bytes.dropLast(run).count(where: isLetter)
            guard letters >= 2 else { continue }
            let value = digitRunScore(run)
            column.set(account, value) { "handle '\(handle)' is letters followed by a run of \(run) digits" }
        }
        return column
    }

    static func digitRunScore(_ run: Int) -> Double {
        switch run {
        case 8...: 1
        case 7: 0.9
        case 6: 0.75
        case 5: 0.6
        case 4: 0.2
        default: 0
        }
    }

    /// Symbols of the handle model: 0 the boundary, 1-26 letters (case folded), 27 a run of digits,
    /// 28 `_`, 29 anything else.
    static let handleAlphabet = 30

    /// `handle-randomness`: how unlike the dataset's own handles a handle's letters are.
    ///
    /// A character trigram model (add-½ smoothing, digit runs folded to one symbol) is trained on all
    /// handles; each handle is scored leaving its own trigrams out, as bits per symbol. With `m` the
    /// median and `d` 1.4826 × the median absolute deviation over handles of at least 5 symbols, the
    /// value is `((bits - m) / d - 2.5) / 3` clamped to [0, 1]: 1 from 5.5 deviations above the median.
    /// Needs 100 such handles; shorter handles are 0.
    ///
    /// - Complexity: O(Σ handle length²), handles being short.
    static func handleRandomness(_ handles: [String], _ parameters: Parameters) -> FeatureColumn {
        var column = FeatureColumn(count: handles.count, explainAbove: parameters.explainAbove)
        let size = handleAlphabet
        let symbols = handles.map(handleSymbols)
        var trigrams = [Int32](repeating: 0, count: size * size * size)
        var contexts = [Int32](repeating: 0, count: size * size)
        for word in symbols where word.count >= 8 {
            for j in 2..<word.count {
                trigrams[(Int(word[j - 2]) * size + Int(word[j - 1])) * size + Int(word[j])] += 1
                contexts[Int(word[j - 2]) * size + Int(word[j - 1])] += 1
            }
        }
        var bits = [Double](repeating: -1, count: handles.count)
        var own: [Int] = []
        for (account, word) in symbols.enumerated() where word.count >= 8 {
            own.removeAll(keepingCapacity: true)
            for j in 2..<word.count { own.append((Int(word[j - 2]) * size + Int(word[j - 1])) * size + Int(word[j])) }
            var total = 0.0
            for t in own {
                let selfTrigram = own.count(where: { $0 == t })
                let selfContext = own.count(where: { $0 / size == t / size })
                let p =
                    (Double(Int(trigrams[t]) - selfTrigram) + 0.5)
                    / (Double(Int(contexts[t / size]) - selfContext) + 0.5 * Double(size))
                total -= log2(p)
            }
            bits[account] = total / Double(own.count)
        }
        let scored = bits.filter { $0 >= 0 }.sorted()
        guard scored.count >= 100 else { return column }
        let median = scored[scored.count / 2]
        let deviations = scored.map { abs($0 - median) }.sorted()
        let spread = max(1.4826 * deviations[deviations.count / 2], 0.05)
        for account in handles.indices where bits[account] >= 0 {
            let z = (bits[account] - median) / spread
            column.set(account, unit((z - 2.5) / 3)) {
                "handle '\(handles[account])' is unlike the dataset's other handles: \(short(bits[account])) bits "
                    + "per character where the typical handle takes \(short(median))"
            }
        }
        return column
    }

    /// A handle as model symbols between two boundary symbols at each end.
    static func handleSymbols(_ handle: String) -> [UInt8] {
        var word: [UInt8] = [0, 0]
        for byte in handle.utf8 {
            let symbol: UInt8
            if isLetter(byte) {
                symbol = (byte | 0x20) - UInt8(ascii: "a") + 1
            } else if isDigit(byte) {
                if word.last == 27 { continue }
                symbol = 27
            } else {
                symbol = byte == UInt8(ascii: "_") ? 28 : 29
            }
            word.append(symbol)
        }
        word.append(0)
        return word
    }

    /// `handle-name-template`: a handle made from the display name by the sign-up form's template,
    /// name token(s) then a run of digits (`Sarah Kowalski` as `sarah48213951`), never edited since.
    ///
    /// The handle (case folded, `_` and `.` ignored) must read as display-name tokens, or a token's
    /// initial, followed by one trailing digit run; the value is `digitRunScore` of that run. Handles
    /// with letters the name does not explain are 0, so `sarahk92` (a chosen nickname) stays low while
    /// `handle-digits` alone cannot tell `quietriver48213951` from a templated one.
    ///
    /// - Complexity: O(Σ handle length × name tokens).
    static func handleNameTemplate(
        _ handles: [String], _ names: [String], _ parameters: Parameters
    ) -> FeatureColumn {
        var column = FeatureColumn(count: handles.count, explainAbove: parameters.explainAbove)
        for account in handles.indices {
            let tokens = nameTokens(names[account])
            guard !tokens.isEmpty, let run = templatedDigitRun(Array(handles[account].utf8), tokens) else { continue }
            column.set(account, digitRunScore(run)) {
                "handle '\(handles[account])' is its display name '\(names[account])' followed by \(run) digits"
            }
        }
        return column
    }

    /// The display name's ASCII letter runs of two or more, lower-cased, longest first.
    static func nameTokens(_ name: String) -> [[UInt8]] {
        var tokens: [[UInt8]] = []
        var token: [UInt8] = []
        for byte in name.utf8 + [0] {
            if isLetter(byte) {
                token.append(byte | 0x20)
            } else {
                if token.count >= 2 { tokens.append(token) }
                token.removeAll(keepingCapacity: true)
            }
        }
        return tokens.sorted { $0.count > $1.count }
    }

    /// The length of the trailing digit run when `handle` is name tokens or initials then digits
    /// only, else nil. At least one whole token must appear.
    static func templatedDigitRun(_ handle: [UInt8], _ tokens: [[UInt8]]) -> Int? {
        let folded = handle.filter { $0 != UInt8(ascii: "_") && $0 != UInt8(ascii: ".") }.map { isLetter($0) ? $0 | 0x20 : $0 }
        var position = 0
        var wholeTokens = 0
        while position < folded.count, !isDigit(folded[position]) {
            if let token = tokens.first(where: { folded[position...].starts(with: $0) }) {
                position += token.count
                wholeTokens += 1
            } else if tokens.contains(where: { $0[0] == folded[position] }) {
                position += 1
            } else {
                return nil
            }
        }
        let run = folded.count - position
        guard wholeTokens > 0, run > 0, folded[position...].allSatisfy(isDigit) else { return nil }
        return run
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
