import Foundation
import TangleCore

/// Finds which posts carry which analyst-defined narratives.
///
/// Every narrative's phrases go into one `PhraseAutomaton`, so a post's text is read once whatever
/// the number of narratives; a term is evaluated only for posts where one of its phrases occurs.
/// Hashtags, exact links and domains are looked up in hash tables; link prefixes (`.../*`) are
/// grouped by host, so each link is compared only with the prefixes of its own host.
///
/// A class so that the workers matching a batch share one set of tables rather than copying (and
/// reference-counting) each table per post.
///
/// - Complexity: O(text bytes + list items + occurrences) per post, independent of the number of
///   narratives except through occurrences.
public final class DefinedNarrativeMatcher: Sendable {
    public let definitions: [NarrativeDefinition]
    let automaton: PhraseAutomaton
    /// Each term's narrative, and its program with phrase codes of the automaton.
    let termNarratives: [Int32]
    let termPrograms: [[Int32]]
    /// The terms using each phrase: `termsOfPhrase[termStarts[p]..<termStarts[p + 1]]`.
    let termStarts: [Int32]
    let termsOfPhrase: [Int32]
    let hashtags: ByteKeyTable
    let exactLinks: ByteKeyTable
    /// Link prefixes by host: the table's values index `prefixes`.
    let prefixHosts: ByteKeyTable
    let prefixes: [LinkPrefix]
    let domains: ByteKeyTable

    struct LinkPrefix: Sendable {
        var bytes: [UInt8]
        /// The prefix was written ending in `/` (kept out of `bytes`): the link must continue with
        /// `/`, `?` or `#`, or end.
        var needsSeparator: Bool
        var narrative: Int32
    }

    /// Compiles the narratives of `file` (named in errors, with the line of the offending item).
    public init(definitions: [NarrativeDefinition], file: String) throws(InputFileError) {
        self.definitions = definitions
        var phraseCodes: [[UInt8]: Int32] = [:]
        var phrases: [[UInt8]] = []
        var termNarratives: [Int32] = []
        var termPrograms: [[Int32]] = []
        var hashtags = ByteKeyTable.Builder()
        var exactLinks = ByteKeyTable.Builder()
        var prefixHosts = ByteKeyTable.Builder()
        var prefixes: [LinkPrefix] = []
        var domains = ByteKeyTable.Builder()
        for (narrative, definition) in definitions.enumerated() {
            let code = Int32(narrative)
            for (term, line) in zip(definition.terms, definition.termLines) {
                let expression: TermExpression
                do {
                    expression = try TermExpression.parse(term)
                } catch {
                    throw InputFileError(file: file, line: line, "in the term `\(term)`: \(error.message)")
                }
                var local: [Int32] = []
                for phrase in expression.phrases {
                    let folded = FoldedText.fold(Normalize.text(phrase))
                    guard !folded.isEmpty else {
                        throw InputFileError(
                            file: file, line: line, "in the term `\(term)`: the phrase `\(phrase)` is empty once normalised (links and mentions are not part of a text)")
                    }
                    if let known = phraseCodes[folded] {
                        local.append(known)
                    } else {
                        phraseCodes[folded] = Int32(phrases.count)
                        local.append(Int32(phrases.count))
                        phrases.append(folded)
                    }
                }
                termNarratives.append(code)
                termPrograms.append(expression.program.map { $0 >= 0 ? local[Int($0)] : $0 })
            }
            for tag in definition.hashtags {
                let folded = FoldedText.fold(Normalize.hashtag(tag))
                guard !folded.isEmpty else {
                    throw InputFileError(file: file, line: definition.line, "the hashtag `\(tag)` of `\(definition.id)` is empty")
                }
                hashtags.add(folded, code)
            }
            for pattern in definition.urls {
                let star = pattern.firstIndex(of: "*")
                if let star, star != pattern.index(before: pattern.endIndex) {
                    throw InputFileError(
                        file: file, line: definition.line, "the URL pattern `\(pattern)` of `\(definition.id)`: expected `*` only at the end")
                }
                let written = star.map { String(pattern[..<$0]) } ?? pattern
                let normal = Array(URLNormalizer.normalize(written).url.utf8)
                guard !normal.isEmpty else {
                    throw InputFileError(file: file, line: definition.line, "the URL pattern `\(pattern)` of `\(definition.id)` is empty")
                }
                if star == nil {
                    exactLinks.add(normal, code)
                } else {
                    prefixHosts.add(Self.host(of: normal), Int32(prefixes.count))
                    // `site.com/section/*` is the section page and everything under it: the slash
                    // becomes a separator check, so `site.com/section` and `site.com/section?p=2` match too.
                    let endsInSlash = written.hasSuffix("/")
                    var bytes = normal
                    if endsInSlash, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
                    prefixes.append(LinkPrefix(bytes: bytes, needsSeparator: endsInSlash, narrative: code))
                }
            }
            for domain in definition.domains {
                let host = Self.host(of: Array(URLNormalizer.normalize(domain).url.lowercased().utf8))
                guard !host.isEmpty else {
                    throw InputFileError(file: file, line: definition.line, "the domain `\(domain)` of `\(definition.id)` is empty")
                }
                domains.add(host, code)
            }
        }
        var termCounts = [Int32](repeating: 0, count: phrases.count + 1)
        for program in termPrograms {
            for phrase in Set(program.filter { $0 >= 0 }) { termCounts[Int(phrase) + 1] += 1 }
        }
        for index in 1..<termCounts.count { termCounts[index] += termCounts[index - 1] }
        var termsOfPhrase = [Int32](repeating: 0, count: Int(termCounts.last ?? 0))
        var fill = termCounts
        for (term, program) in termPrograms.enumerated() {
            for phrase in Set(program.filter { $0 >= 0 }).sorted() {
                termsOfPhrase[Int(fill[Int(phrase)])] = Int32(term)
                fill[Int(phrase)] += 1
            }
        }
        automaton = PhraseAutomaton(phrases: phrases)
        self.termNarratives = termNarratives
        self.termPrograms = termPrograms
        termStarts = termCounts
        self.termsOfPhrase = termsOfPhrase
        self.hashtags = hashtags.table
        self.exactLinks = exactLinks.table
        self.prefixHosts = prefixHosts.table
        self.prefixes = prefixes
        self.domains = domains.table
    }

    /// The (post, narrative) pairs of a batch: post indices into the batch, narratives into
    /// `definitions`; ordered by post, then narrative. Runs on every core.
    public func matches(in batch: NarrativePostBatch) -> [(post: Int, narrative: Int)] {
        let chunkSize = max(256, batch.count / (ProcessInfo.processInfo.activeProcessorCount * 4) + 1)
        let chunks = (batch.count + chunkSize - 1) / chunkSize
        let found = parallelMap(chunks) { chunk in
            var scratch = Scratch(self)
            var pairs: [Int64] = []
            for post in chunk * chunkSize..<min(batch.count, (chunk + 1) * chunkSize) {
                match(batch, post, &scratch)
                for narrative in scratch.narratives.sorted() { pairs.append(Int64(post) << 32 | Int64(narrative)) }
            }
            return pairs
        }
        return found.flatMap { $0 }.map { (post: Int($0 >> 32), narrative: Int($0 & 0xFFFF_FFFF)) }
    }

    /// Per-worker state: stamps say "seen for the current post" without clearing arrays per post.
    struct Scratch {
        var stamp: Int32 = 0
        var phraseStamps: [Int32]
        var termStamps: [Int32]
        var narrativeStamps: [Int32]
        var phrasesFound: [Int32] = []
        var narratives: [Int32] = []
        var folded: [UInt8] = []

        init(_ matcher: DefinedNarrativeMatcher) {
            phraseStamps = Array(repeating: 0, count: matcher.automaton.phrases.count)
            termStamps = Array(repeating: 0, count: matcher.termPrograms.count)
            narrativeStamps = Array(repeating: 0, count: matcher.definitions.count)
        }

        mutating func add(_ narrative: Int32) {
            guard narrativeStamps[Int(narrative)] != stamp else { return }
            narrativeStamps[Int(narrative)] = stamp
            narratives.append(narrative)
        }
    }

    /// Leaves the narratives of one post in `scratch.narratives`, unordered.
    func match(_ batch: NarrativePostBatch, _ post: Int, _ scratch: inout Scratch) {
        scratch.stamp += 1
        scratch.narratives.removeAll(keepingCapacity: true)
        scratch.phrasesFound.removeAll(keepingCapacity: true)
        if !automaton.phrases.isEmpty {
            scratch.folded.removeAll(keepingCapacity: true)
            batch.texts.bytes.withUnsafeBufferPointer { bytes in
                FoldedText.fold(UnsafeBufferPointer(rebasing: bytes[batch.texts.range(post)]), into: &scratch.folded)
            }
            scratch.folded.withUnsafeBufferPointer { text in
                automaton.forEachMatch(in: text) { phrase in
                    guard scratch.phraseStamps[Int(phrase)] != scratch.stamp else { return }
                    scratch.phraseStamps[Int(phrase)] = scratch.stamp
                    scratch.phrasesFound.append(phrase)
                }
            }
            // Read-only views for the term closures, which must not capture `scratch` (inout).
            let found = scratch.phraseStamps
            let stamp = scratch.stamp
            for phrase in scratch.phrasesFound {
                for slot in Int(termStarts[Int(phrase)])..<Int(termStarts[Int(phrase) + 1]) {
                    let term = Int(termsOfPhrase[slot])
                    guard scratch.termStamps[term] != scratch.stamp else { continue }
                    scratch.termStamps[term] = scratch.stamp
                    let present = TermExpression.evaluate(termPrograms[term]) { found[$0] == stamp }
                    if present { scratch.add(termNarratives[term]) }
                }
            }
        }
        if !hashtags.isEmpty {
            forEachItem(batch.hashtags, post) { tag in
                scratch.folded.removeAll(keepingCapacity: true)
                FoldedText.fold(tag, into: &scratch.folded)
                scratch.folded.withUnsafeBufferPointer { folded in
                    for narrative in hashtags.values(of: folded) { scratch.add(narrative) }
                }
            }
        }
        if !exactLinks.isEmpty || !prefixes.isEmpty || !domains.isEmpty {
            forEachItem(batch.links, post) { link in
                for narrative in exactLinks.values(of: link) { scratch.add(narrative) }
                let host = Self.host(of: link)
                for index in prefixHosts.values(of: host) {
                    let prefix = prefixes[Int(index)]
                    if Self.link(link, startsWith: prefix) { scratch.add(prefix.narrative) }
                }
                matchDomain(host, &scratch)
            }
            forEachItem(batch.domains, post) { domain in matchDomain(domain, &scratch) }
        }
    }

    /// The domain and each parent domain (`a.b.c`, `b.c`, `c`) looked up in the domain patterns.
    private func matchDomain(_ domain: UnsafeBufferPointer<UInt8>, _ scratch: inout Scratch) {
        guard !domains.isEmpty, !domain.isEmpty else { return }
        var start = 0
        while start < domain.count {
            for narrative in domains.values(of: UnsafeBufferPointer(rebasing: domain[start...])) { scratch.add(narrative) }
            while start < domain.count, domain[start] != UInt8(ascii: ".") { start += 1 }
            start += 1
        }
    }

    private func forEachItem(_ list: NarrativePostBatch.ByteList, _ post: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        list.bytes.withUnsafeBufferPointer { bytes in
            let range = list.range(post)
            var start = range.lowerBound
            while start < range.upperBound {
                var end = start
                while end < range.upperBound, bytes[end] != 0x20 { end += 1 }
                if end > start { body(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
                start = end + 1
            }
        }
    }

    static func link(_ link: UnsafeBufferPointer<UInt8>, startsWith prefix: LinkPrefix) -> Bool {
        guard link.count >= prefix.bytes.count, link.starts(with: prefix.bytes) else { return false }
        guard prefix.needsSeparator, link.count > prefix.bytes.count else { return true }
        let next = link[prefix.bytes.count]
        return next == UInt8(ascii: "/") || next == UInt8(ascii: "?") || next == UInt8(ascii: "#")
    }

    /// The host of a link in its normal form: after `scheme://` when there is one, up to the first
    /// `/`, `?`, `#` or `:`.
    static func host(of link: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var index = 0
        while index < link.count, link[index] != UInt8(ascii: "/") {
            if link[index] == UInt8(ascii: ":"), index + 2 < link.count, link[index + 1] == UInt8(ascii: "/"),
                link[index + 2] == UInt8(ascii: "/")
            {
                start = index + 3
                break
            }
            index += 1
        }
        var end = start
        while end < link.count, link[end] != UInt8(ascii: "/"), link[end] != UInt8(ascii: "?"), link[end] != UInt8(ascii: "#"),
            link[end] != UInt8(ascii: ":")
        {
            end += 1
        }
        return UnsafeBufferPointer(rebasing: link[start..<end])
    }

    static func host(of link: [UInt8]) -> [UInt8] {
        link.withUnsafeBufferPointer { Array(host(of: $0)) }
    }
}

/// Byte-string keys to lists of values, looked up without building a key object: a 64-bit hash
/// picks the entry, and the key bytes are compared to rule out a collision.
struct ByteKeyTable: Sendable {
    private var slots: [UInt64: Int32] = [:]
    private var keys: [[UInt8]] = []
    private var values: [[Int32]] = []

    var isEmpty: Bool { keys.isEmpty }

    func values(of key: UnsafeBufferPointer<UInt8>) -> [Int32] {
        guard !keys.isEmpty, let slot = slots[TextHash.of(key)], keys[Int(slot)].elementsEqual(key) else { return [] }
        return values[Int(slot)]
    }

    struct Builder {
        var table = ByteKeyTable()

        mutating func add(_ key: [UInt8], _ value: Int32) {
            let hash = key.withUnsafeBufferPointer { TextHash.of($0) }
            if let slot = table.slots[hash] {
                precondition(table.keys[Int(slot)] == key, "64-bit hash collision between two narrative patterns")
                if !table.values[Int(slot)].contains(value) { table.values[Int(slot)].append(value) }
                return
            }
            table.slots[hash] = Int32(table.keys.count)
            table.keys.append(key)
            table.values.append([value])
        }
    }
}
