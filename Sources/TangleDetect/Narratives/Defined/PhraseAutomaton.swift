/// Aho–Corasick over bytes: finds every occurrence of many phrases in one pass over a text.
///
/// Built as a full DFA over byte classes (bytes that occur in no phrase share one class), so a step
/// is two array reads and no failure links are followed while matching. Occurrences are reported
/// only on word boundaries: a phrase starting (ending) with a word scalar (`FoldedText.isWordScalar`)
/// must not be preceded (followed) by one.
///
/// A class, like `DefinedNarrativeMatcher`, so that its tables are shared and never copied per text.
///
/// - Complexity: building O(total phrase bytes × classes); matching O(text bytes + occurrences).
final class PhraseAutomaton: Sendable {
    /// The phrases, as folded UTF-8 bytes.
    let phrases: [[UInt8]]
    private let classOfByte: [Int32]
    private let classCount: Int
    /// `transitions[state * classCount + class]`.
    private let transitions: [Int32]
    /// Phrases ending at a state (its own and its suffix states'): `outputs[outputStarts[s]..<outputStarts[s + 1]]`.
    private let outputStarts: [Int32]
    private let outputs: [Int32]
    private let needsLeftBoundary: [Bool]
    private let needsRightBoundary: [Bool]

    init(phrases: [[UInt8]]) {
        self.phrases = phrases
        var classOfByte = [Int32](repeating: 0, count: 256)
        var classCount: Int32 = 1
        for phrase in phrases {
            for byte in phrase where classOfByte[Int(byte)] == 0 {
                classOfByte[Int(byte)] = classCount
                classCount += 1
            }
        }
        let classes = Int(classCount)

        // The trie, with -1 for a missing edge.
        var goto: [Int32] = Array(repeating: -1, count: classes)
        var ends: [[Int32]] = [[]]
        for (code, phrase) in phrases.enumerated() {
            var state = 0
            for byte in phrase {
                let slot = state * classes + Int(classOfByte[Int(byte)])
                if goto[slot] < 0 {
                    goto[slot] = Int32(ends.count)
                    goto += repeatElement(-1, count: classes)
                    ends.append([])
                }
                state = Int(goto[slot])
            }
            ends[state].append(Int32(code))
        }

        // Breadth-first: each state's failure state is finished before the state itself.
        let stateCount = ends.count
        var fail = [Int32](repeating: 0, count: stateCount)
        var queue: [Int32] = []
        queue.reserveCapacity(stateCount)
        for symbol in 0..<classes {
            if goto[symbol] < 0 {
                goto[symbol] = 0
            } else {
                queue.append(goto[symbol])
            }
        }
        var head = 0
        while head < queue.count {
            let state = Int(queue[head])
            head += 1
            ends[state] += ends[Int(fail[state])]
            for symbol in 0..<classes {
                let slot = state * classes + symbol
                let failTarget = goto[Int(fail[state]) * classes + symbol]
                if goto[slot] < 0 {
                    goto[slot] = failTarget
                } else {
                    fail[Int(goto[slot])] = failTarget
                    queue.append(goto[slot])
                }
            }
        }
        var outputStarts: [Int32] = [0]
        var outputs: [Int32] = []
        for state in 0..<stateCount {
            outputs += ends[state]
            outputStarts.append(Int32(outputs.count))
        }
        self.classOfByte = classOfByte
        self.classCount = classes
        transitions = goto
        self.outputStarts = outputStarts
        self.outputs = outputs
        needsLeftBoundary = phrases.map { phrase in phrase.withUnsafeBufferPointer { !$0.isEmpty && FoldedText.isWordScalar($0, at: 0) } }
        needsRightBoundary = phrases.map { phrase in
            phrase.withUnsafeBufferPointer { $0.isEmpty ? false : FoldedText.isWordScalar($0, at: FoldedText.previousScalarStart($0, before: $0.count)) }
        }
    }

    /// Calls `found` with the code of each phrase occurring in `text` on word boundaries, once per
    /// occurrence, in order of where occurrences end.
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ found: (Int32) -> Void) {
        transitions.withUnsafeBufferPointer { transitions in
            classOfByte.withUnsafeBufferPointer { classOfByte in
                outputStarts.withUnsafeBufferPointer { outputStarts in
                    var state = 0
                    for index in 0..<text.count {
                        state = Int(transitions[state &* classCount &+ Int(classOfByte[Int(text[index])])])
                        var output = Int(outputStarts[state])
                        let last = Int(outputStarts[state + 1])
                        while output < last {
                            let code = outputs[output]
                            output += 1
                            let end = index + 1
                            let start = end - phrases[Int(code)].count
                            if needsLeftBoundary[Int(code)], start > 0,
                                FoldedText.isWordScalar(text, at: FoldedText.previousScalarStart(text, before: start))
                            {
                                continue
                            }
                            if needsRightBoundary[Int(code)], end < text.count, FoldedText.isWordScalar(text, at: end) { continue }
                            found(code)
                        }
                    }
                }
            }
        }
    }
}
