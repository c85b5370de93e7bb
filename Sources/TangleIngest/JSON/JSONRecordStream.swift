#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits a JSON input into records and parses each into a `JSONDocument`, reading the source in
/// chunks so that memory is bounded by the largest record, not the file.
///
/// The layout is found from the first bytes:
/// - a top-level array: each element is a record (several arrays one after another are read in turn);
/// - a top-level object when `streamedKey` is given (a Telegram export): each element of the array under
///   that key is a record, and every other member is handed over as a record of its own with its key,
///   so that the reader can keep the fields it needs (the channel's id, which comes before `messages`);
/// - otherwise JSONL, one record per line; or, when the first value spans several lines (pretty-printed
///   pages), whitespace-separated values.
///
/// Elements and values are delimited by tracking nesting depth and strings over the bytes, without
/// parsing; each record is then parsed on its own. A record longer than `recordLimit`, or holding more
/// than `nodeLimit` values, is skipped whole and reported; one that does not parse is reported with the
/// line, column and what was expected. Reading goes on after all three. The two limits bound the
/// memory of one record: the buffer holds at most `recordLimit` plus two chunks, the document a copy
/// of the record and 16 bytes per value.
struct JSONRecordStream {
    /// What the stream yields.
    enum Record {
        /// A record parsed into the caller's document: its 1-based first line and, for a member of
        /// the streamed top-level object, its key.
        case parsed(line: Int, key: String?)
        /// A record that could not be parsed, or a break in the structure around the records.
        case rejected(Rejection)
    }

    /// The longest record read; anything longer is skipped whole and reported. A twarc2 page of 100
    /// tweets with its includes is a few megabytes.
    static let defaultRecordLimit = 16 << 20

    /// The most values (keys counted) in one record; a record with more is skipped and reported.
    /// A twarc2 page of 100 tweets with its includes holds some tens of thousands.
    static let defaultNodeLimit = 2_000_000

    private let source: ByteSource
    private let streamedKey: [UInt8]?
    private let recordLimit: Int
    private let nodeLimit: Int

    private var buffer: [UInt8]
    /// The first byte still needed: the start of the record being read.
    private var head = 0
    /// The next byte to look at.
    private var position = 0
    /// The end of the bytes read so far.
    private var end = 0
    private var sourceExhausted = false
    /// Bytes dropped from the front of `buffer` so far; turns buffer indices into input offsets.
    private var dropped = 0
    /// The line of `position`, and the input offset at which that line starts (for columns).
    private var line = 1
    private var lineStartOffset = 0

    private var phase = Phase.start
    private var topLevelIsObject = false
    private var memberKeys: [String] = []
    private var streamedKeyFound = false

    private enum Phase {
        case start
        case lines
        case values
        /// Inside an array, before an element or its closing bracket.
        case elements(inStreamedMember: Bool)
        /// After an element, before `,` or `]`.
        case afterElement(inStreamedMember: Bool)
        /// Inside the streamed top-level object, before a key or `}`.
        case members
        /// After a member's value, before `,` or `}`.
        case afterMember
        /// After the top-level value.
        case trailing
        case finished
    }

    /// - Parameters:
    ///   - streamedKey: the member of a top-level object whose array elements are the records
    ///     (`messages` for Telegram); nil for JSON arrays, JSONL and pages.
    ///   - recordLimit: the longest record read (tests lower it).
    ///   - nodeLimit: the most values in a record (tests lower it).
    init(
        source: ByteSource, streamedKey: String? = nil, recordLimit: Int = Self.defaultRecordLimit,
        nodeLimit: Int = Self.defaultNodeLimit
    ) {
        self.source = source
        self.streamedKey = streamedKey.map { Array($0.utf8) }
        self.recordLimit = recordLimit
        self.nodeLimit = nodeLimit
        self.buffer = [UInt8](repeating: 0, count: Self.chunkSize)
    }

    private static let chunkSize = 1 << 20

    /// The next record, parsed into `document`; nil at the end of the input.
    ///
    /// Throws only what stops the whole file (I/O errors, a truncated gzip stream).
    mutating func next(into document: inout JSONDocument) throws -> Record? {
        while true {
            switch phase {
            case .start:
                try skipByteOrderMark()
                try skipWhitespace()
                guard let byte = try peek() else {
                    phase = .finished
                    return nil
                }
                if byte == UInt8(ascii: "[") {
                    position += 1
                    phase = .elements(inStreamedMember: false)
                } else if byte == UInt8(ascii: "{"), streamedKey != nil {
                    position += 1
                    topLevelIsObject = true
                    phase = .members
                } else if byte == UInt8(ascii: "{") {
                    phase = try firstLineHoldsFirstValue() ? .lines : .values
                } else {
                    phase = .lines
                }
            case .lines:
                if let record = try nextLine(into: &document) { return record }
                phase = .finished
            case .values:
                try skipWhitespace()
                guard try peek() != nil else {
                    phase = .finished
                    return nil
                }
                return try scanRecord(into: &document, key: nil)
            case .elements(let inMember):
                try skipWhitespace()
                guard let byte = try peek() else {
                    phase = .finished
                    return structureBreak(expected: "an element or ']'", found: "the end of the input (truncated?)")
                }
                if byte == UInt8(ascii: "]") {
                    // Also closes `[a, b,]`: a trailing comma loses nothing, so it is let through.
                    position += 1
                    phase = inMember ? .afterMember : .trailing
                    continue
                }
                phase = .afterElement(inStreamedMember: inMember)
                return try scanRecord(into: &document, key: nil)
            case .afterElement(let inMember):
                try skipWhitespace()
                guard let byte = try peek() else {
                    phase = .finished
                    return structureBreak(expected: "',' or ']'", found: "the end of the input (truncated?)")
                }
                if byte == UInt8(ascii: ",") {
                    position += 1
                    phase = .elements(inStreamedMember: inMember)
                } else if byte == UInt8(ascii: "]") {
                    position += 1
                    phase = inMember ? .afterMember : .trailing
                } else if Self.startsValue(byte) {
                    // A missing comma: report it, and read on with the value that follows.
                    phase = .elements(inStreamedMember: inMember)
                    return structureBreak(
                        expected: "',' or ']'", found: JSONSyntaxError.describe(byte: byte) + "; reading on")
                } else {
                    phase = .finished
                    return structureBreak(
                        expected: "',' or ']'",
                        found: JSONSyntaxError.describe(byte: byte) + "; the rest of the input was not read")
                }
            case .members:
                if let record = try nextMember(into: &document) { return record }
            case .afterMember:
                try skipWhitespace()
                guard let byte = try peek() else {
                    phase = .finished
                    return structureBreak(expected: "',' or '}'", found: "the end of the input (truncated?)")
                }
                if byte == UInt8(ascii: ",") {
                    position += 1
                    phase = .members
                } else if byte == UInt8(ascii: "}") {
                    position += 1
                    phase = .trailing
                } else {
                    phase = .finished
                    return structureBreak(
                        expected: "',' or '}'",
                        found: JSONSyntaxError.describe(byte: byte) + "; the rest of the input was not read")
                }
            case .trailing:
                try skipWhitespace()
                guard let byte = try peek() else {
                    phase = .finished
                    if topLevelIsObject, !streamedKeyFound, let key = streamedKey {
                        let keys = memberKeys.isEmpty ? "none" : memberKeys.joined(separator: ", ")
                        return structureBreak(
                            expected: "a \"\(String(decoding: key, as: UTF8.self))\" array in the top-level object",
                            found: "keys \(keys)", at: 1)
                    }
                    return nil
                }
                if byte == UInt8(ascii: "["), !topLevelIsObject {
                    // Arrays written one after another (pages appended to one file).
                    position += 1
                    phase = .elements(inStreamedMember: false)
                    continue
                }
                phase = .finished
                return structureBreak(
                    expected: "the end of the input after the top-level value",
                    found: JSONSyntaxError.describe(byte: byte) + "; the rest of the input was not read")
            case .finished:
                return nil
            }
        }
    }

    // MARK: - Layouts

    /// One JSONL line. Blank lines are skipped.
    private mutating func nextLine(into document: inout JSONDocument) throws -> Record? {
        while true {
            head = position
            let firstLine = line
            var skippedBytes = 0
            var prefix: [UInt8]?
            var lineEnd: Int?
            while lineEnd == nil {
                lineEnd = lineBreak(from: position)
                if lineEnd != nil { break }
                position = end
                if sourceExhausted { break }
                if prefix == nil, position - head > recordLimit {
                    prefix = rawPrefix()
                }
                if prefix != nil {
                    skippedBytes += position - head
                    head = position
                }
                try refill()
            }
            let recordEnd = lineEnd ?? end
            if let lineEnd {
                position = lineEnd + 1
                line += 1
                lineStartOffset = dropped + position
            }
            let length = skippedBytes + recordEnd - head
            if prefix != nil || length > recordLimit {
                let raw = prefix ?? rawPrefix()
                return .rejected(oversized(line: firstLine, length: length, raw: raw))
            }
            if recordEnd == head && lineEnd == nil { return nil }
            let isBlank = buffer[head..<recordEnd].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if isBlank {
                if lineEnd == nil { return nil }
                continue
            }
            return parse(head..<recordEnd, line: firstLine, column: 1, key: nil, into: &document)
        }
    }

    /// One member of the streamed top-level object, or nil after entering the streamed array or
    /// leaving the object.
    private mutating func nextMember(into document: inout JSONDocument) throws -> Record? {
        try skipWhitespace()
        guard let byte = try peek() else {
            phase = .finished
            return structureBreak(expected: "a key or '}'", found: "the end of the input (truncated?)")
        }
        if byte == UInt8(ascii: "}") {
            position += 1
            phase = .trailing
            return nil
        }
        guard byte == UInt8(ascii: "\"") else {
            phase = .finished
            return structureBreak(
                expected: "a key or '}'",
                found: JSONSyntaxError.describe(byte: byte) + "; the rest of the input was not read")
        }
        let keyColumn = column
        let keyLine = line
        let keySpan = try scanValue()
        var keyDocument = JSONDocument()
        let keyRecord = parse(keySpan.range, line: keyLine, column: keyColumn, key: nil, into: &keyDocument)
        guard case .parsed = keyRecord, keySpan.oversizedRaw == nil, let key = keyDocument.string(keyDocument.root)
        else {
            phase = .finished
            return structureBreak(
                expected: "a key string", found: "a malformed key; the rest of the input was not read")
        }
        try skipWhitespace()
        guard try peek() == UInt8(ascii: ":") else {
            phase = .finished
            return structureBreak(expected: "':' after the key \"\(key)\"", found: try describePeek())
        }
        position += 1
        try skipWhitespace()
        memberKeys.append(key)
        if let streamedKey, Array(key.utf8) == streamedKey, try peek() == UInt8(ascii: "[") {
            position += 1
            streamedKeyFound = true
            phase = .elements(inStreamedMember: true)
            return nil
        }
        phase = .afterMember
        return try scanRecord(into: &document, key: key)
    }

    /// Whether the first line holds the whole first value (JSONL) rather than its beginning
    /// (pretty-printed). A first line that does not close is still JSONL (a truncated record) when the
    /// next line starts a new object at its first column. Consumes nothing.
    private mutating func firstLineHoldsFirstValue() throws -> Bool {
        head = position
        var lineEnd: Int?
        var searchFrom = position
        while true {
            lineEnd = lineBreak(from: searchFrom)
            // Wanted: the line break and the byte after it.
            if let lineEnd, lineEnd + 1 < end || sourceExhausted { break }
            if lineEnd == nil {
                if sourceExhausted || end - head > recordLimit { return true }
                searchFrom = end
            }
            let shift = head
            try refill()
            searchFrom -= shift
        }
        guard let lineEnd else { return true }
        var scanner = JSONValueScanner()
        let closes = buffer.withUnsafeBufferPointer { all in
            scanner.scan(all, from: position, to: lineEnd) != nil
        }
        return closes || (lineEnd + 1 < end && buffer[lineEnd + 1] == UInt8(ascii: "{"))
    }

    // MARK: - Scanning values

    private struct Span {
        var range: Range<Int>
        /// Set when the value was longer than the limit: its first bytes, for the rejection.
        var oversizedRaw: [UInt8]?
        var length: Int
    }

    /// Reads one value starting at `position` into a record.
    private mutating func scanRecord(into document: inout JSONDocument, key: String?) throws -> Record {
        let firstLine = line
        let firstColumn = column
        let span = try scanValue()
        if let raw = span.oversizedRaw {
            return .rejected(oversized(line: firstLine, length: span.length, raw: raw))
        }
        return parse(span.range, line: firstLine, column: firstColumn, key: key, into: &document)
    }

    /// Finds the end of the value starting at `position` and moves past it, counting lines. Keeps
    /// the value's bytes in the buffer unless it grows past the limit; then only its first bytes.
    private mutating func scanValue() throws -> Span {
        head = position
        var scanner = JSONValueScanner()
        var skippedBytes = 0
        var prefix: [UInt8]?
        while true {
            if position == end {
                if sourceExhausted { break }
                if prefix == nil, position - head > recordLimit {
                    prefix = rawPrefix()
                }
                if prefix != nil {
                    skippedBytes += position - head
                    head = position
                }
                try refill()
                continue
            }
            let start = position
            let stopIndex = buffer.withUnsafeBufferPointer { all in
                scanner.scan(all, from: start, to: end)
            }
            if scanner.lineBreaks > 0 {
                line += scanner.lineBreaks
                lineStartOffset = dropped + scanner.lastLineStart
                scanner.lineBreaks = 0
            }
            position = stopIndex ?? end
            if stopIndex != nil { break }
        }
        let length = skippedBytes + position - head
        if prefix == nil, length > recordLimit {
            prefix = rawPrefix()
        }
        return Span(range: head..<position, oversizedRaw: prefix, length: length)
    }

    private func parse(
        _ range: Range<Int>, line firstLine: Int, column firstColumn: Int, key: String?,
        into document: inout JSONDocument
    ) -> Record {
        let limit = nodeLimit
        let failure = buffer.withUnsafeBufferPointer { all -> String? in
            let record = UnsafeBufferPointer(rebasing: all[range])
            do throws(JSONSyntaxError) {
                if try document.parse(record, nodeLimit: limit) { return nil }
                return "too many values: expected at most \(limit) JSON values (keys counted) in a record, found "
                    + "more; skipped it"
            } catch {
                let place = Self.place(of: error.offset, in: record, line: firstLine, column: firstColumn)
                return "invalid JSON: expected \(error.expected) at \(place), found \(error.found)"
            }
        }
        guard let failure else { return .parsed(line: firstLine, key: key) }
        return .rejected(Rejection(line: firstLine, reason: failure, raw: buffer[range]))
    }

    /// `column 40` on the record's first line, `line 14, column 3` below it. Columns count bytes from 1.
    private static func place(of offset: Int, in record: UnsafeBufferPointer<UInt8>, line: Int, column: Int) -> String {
        var lineBreaks = 0
        var lineStart = 0
        for index in 0..<min(offset, record.count) where record[index] == 0x0A {
            lineBreaks += 1
            lineStart = index + 1
        }
        if lineBreaks == 0 { return "column \(column + offset)" }
        return "line \(line + lineBreaks), column \(offset - lineStart + 1)"
    }

    /// The first bytes of the record being read, for a rejection that cannot show it whole.
    private func rawPrefix() -> [UInt8] {
        Array(buffer[head..<min(end, head + Rejection.maxRawBytes)])
    }

    private func oversized(line: Int, length: Int, raw: [UInt8]) -> Rejection {
        let limitMiB = recordLimit >> 20
        let limit = limitMiB > 0 ? "\(limitMiB) MiB" : "\(recordLimit) bytes"
        return Rejection(
            line: line,
            reason: "record too long: expected at most \(limit), found \(length) bytes; skipped it",
            raw: raw)
    }

    /// A rejection for a break in the structure around the records, at the current position.
    private func structureBreak(expected: String, found: String, at reportLine: Int? = nil) -> Record {
        let place = reportLine == nil ? " at line \(line), column \(column)" : ""
        let raw = buffer[position..<min(end, position + 200)]
        return .rejected(
            Rejection(
                line: reportLine ?? line, reason: "broken JSON structure: expected \(expected)\(place), found \(found)",
                raw: raw))
    }

    private var column: Int { dropped + position - lineStartOffset + 1 }

    private static func startsValue(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "-"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            true
        default: false
        }
    }

    // MARK: - Buffer

    /// The index of the next line feed in `buffer[start..<end]`.
    private func lineBreak(from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { all -> Int? in
            guard start < end, let base = all.baseAddress, let found = memchr(base + start, 0x0A, end - start) else {
                return nil
            }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private mutating func peek() throws -> UInt8? {
        if position == end {
            head = position
            try refill()
        }
        return position < end ? buffer[position] : nil
    }

    private mutating func describePeek() throws -> String {
        guard let byte = try peek() else { return "the end of the input" }
        return JSONSyntaxError.describe(byte: byte)
    }

    private mutating func skipWhitespace() throws {
        while true {
            while position < end {
                switch buffer[position] {
                case 0x20, 0x09, 0x0D:
                    position += 1
                case 0x0A:
                    position += 1
                    line += 1
                    lineStartOffset = dropped + position
                default:
                    return
                }
            }
            if sourceExhausted { return }
            head = position
            try refill()
        }
    }

    private mutating func skipByteOrderMark() throws {
        while end - position < 3, !sourceExhausted { try refill() }
        if end - position >= 3, buffer[position] == 0xEF, buffer[position + 1] == 0xBB, buffer[position + 2] == 0xBF {
            position += 3
        }
    }

    /// Reads more input after `end`, first dropping the bytes before `head` and growing the buffer
    /// when the record being read fills it (never past the limit plus one chunk).
    private mutating func refill() throws {
        if head > 0 {
            let kept = end - head
            buffer.withUnsafeMutableBufferPointer { all in
                guard let base = all.baseAddress else { return }
                memmove(base, base + head, kept)
            }
            dropped += head
            position -= head
            end = kept
            head = 0
        }
        if end == buffer.count {
            let grownCount = max(min(buffer.count * 2, recordLimit + 2 * Self.chunkSize), buffer.count + Self.chunkSize)
            var grown = [UInt8](repeating: 0, count: grownCount)
            grown.withUnsafeMutableBufferPointer { target in
                buffer.withUnsafeBufferPointer { source in
                    guard let to = target.baseAddress, let from = source.baseAddress else { return }
                    to.update(from: from, count: end)
                }
            }
            buffer = grown
        }
        let count = try buffer.withUnsafeMutableBytes { all in
            try source.read(into: UnsafeMutableRawBufferPointer(rebasing: all[end...]))
        }
        if count == 0 { sourceExhausted = true }
        end += count
    }
}
