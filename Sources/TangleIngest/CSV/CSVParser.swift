/// An RFC 4180 CSV parser over bytes: quoted fields with `""` escapes, embedded commas and newlines,
/// CRLF or LF line ends, and a UTF-8 byte-order mark at the start.
///
/// It reads its input in chunks into a fixed buffer of `maxRecordBytes + readChunk` bytes (plus as
/// much again for unescaped fields), whatever the file size. After `next()` returns `.record`, the
/// fields of that record are available through `withField(_:_:)` until the next call. A record that
/// cannot be split into fields (too long, an unterminated quote, the wrong number of fields) comes
/// back as `.rejected`, and parsing resumes at the next record.
///
/// A quoted field may carry a record over line breaks only if it closes within `maxRecordBytes` and
/// before the end of the input. One that does not (a stray quote) costs the physical line on which its
/// record starts, not the rest of the file: that line is rejected, naming the line where the quote
/// opened, and parsing resumes on the next line.
///
/// - Complexity: O(n) in the input bytes; a record that straddles two chunks is scanned twice.
// A class because it owns manually allocated buffers, released exactly once in deinit.
final class CSVParser {
    /// What one step of parsing found.
    enum Step {
        /// A record; read its fields with `withField(_:_:)`.
        case record
        /// A record that could not be split into fields.
        case rejected(Rejection)
    }

    /// The longest record kept whole; a longer one is skipped and rejected.
    static let maxRecordBytes = 1 << 20

    /// How many bytes are asked of the source at a time.
    static let readChunk = 1 << 20

    /// The file being parsed, for messages.
    let path: String
    /// The number of fields every record must have; nil accepts any number (the header row).
    var expectedFieldCount: Int?
    /// The 1-based line on which the current record starts.
    private(set) var line = 0
    /// The number of fields in the current record.
    private(set) var fieldCount = 0

    private let source: ByteSource?
    private let capacity: Int
    private let buffer: UnsafeMutablePointer<UInt8>
    /// The unconsumed input is `buffer[start..<end]`.
    private var start = 0
    private var end = 0
    private var sourceEnded: Bool
    /// An error from the source, thrown once the bytes read before it are consumed.
    private var deferredError: Error?
    private var nextLine = 1
    private var replayCurrent = false

    private var recordStart = 0
    private var recordEnd = 0
    /// Field `i` of the current record is at `fieldStarts[i]..<fieldEnds[i]` in `buffer`, or in
    /// `unescaped` when `fieldUnescaped[i]` (a quoted field that held `""` or text after its closing quote).
    private var fieldStarts: UnsafeMutablePointer<Int>
    private var fieldEnds: UnsafeMutablePointer<Int>
    private var fieldUnescaped: UnsafeMutablePointer<Bool>
    private var fieldCapacity = 64
    private let unescaped: UnsafeMutablePointer<UInt8>
    private var unescapedEnd = 0

    /// A parser over a file, read in chunks.
    convenience init(source: ByteSource) throws {
        self.init(path: source.path, source: source, bytes: [])
        try fill()
        skipByteOrderMark()
    }

    /// A parser over bytes already in memory (a detection prefix); their end is the end of input.
    convenience init(bytes: [UInt8], path: String) {
        self.init(path: path, source: nil, bytes: bytes)
        skipByteOrderMark()
    }

    private init(path: String, source: ByteSource?, bytes: [UInt8]) {
        self.path = path
        self.source = source
        self.sourceEnded = source == nil
        // In memory, the bytes are all there is; from a file, one whole record plus one chunk.
        capacity = source == nil ? max(bytes.count, 1) : Self.maxRecordBytes + Self.readChunk
        buffer = .allocate(capacity: capacity)
        unescaped = .allocate(capacity: capacity)
        fieldStarts = .allocate(capacity: fieldCapacity)
        fieldEnds = .allocate(capacity: fieldCapacity)
        fieldUnescaped = .allocate(capacity: fieldCapacity)
        bytes.withUnsafeBufferPointer { bytes in
            if let base = bytes.baseAddress { buffer.update(from: base, count: bytes.count) }
        }
        end = bytes.count
    }

    deinit {
        buffer.deallocate()
        unescaped.deallocate()
        fieldStarts.deallocate()
        fieldEnds.deallocate()
        fieldUnescaped.deallocate()
    }

    /// The next record, or nil at the end of the input. Blank lines are skipped.
    ///
    /// Throws only what the source throws (I/O errors, a truncated gzip stream).
    func next() throws -> Step? {
        if replayCurrent {
            replayCurrent = false
            return .record
        }
        while true {
            if start == end {
                if sourceEnded {
                    if let error = deferredError {
                        deferredError = nil
                        throw error
                    }
                    return nil
                }
                try fill()
                continue
            }
            switch scanRecord() {
            case .complete(let fieldsEnd, let next, let newlines, let terminated):
                line = nextLine
                nextLine += newlines + (terminated ? 1 : 0)
                recordStart = start
                recordEnd = fieldsEnd
                start = next
                if recordEnd == recordStart { continue }  // a blank line
                if recordEnd - recordStart > Self.maxRecordBytes {
                    return .rejected(rejection(tooLong(lastLine: line + newlines)))
                }
                if let expected = expectedFieldCount, expected != fieldCount {
                    return .rejected(rejection("wrong number of fields: expected \(expected), got \(fieldCount)"))
                }
                return .record
            case .needMore(let openQuote):
                if end - start > Self.maxRecordBytes {
                    if let openQuote, let lineEnd = lineBreak(from: start) {
                        return rejectFirstLine(ending: lineEnd, openQuote: openQuote, atEndOfInput: false)
                    }
                    return try skipLongRecord()
                }
                try fill()
            case .unterminatedQuote(let openQuote):
                return rejectFirstLine(ending: lineBreak(from: start) ?? end, openQuote: openQuote, atEndOfInput: true)
            }
        }
    }

    /// Makes the next call to `next()` return the current record again; for a first row that may be
    /// a header or data.
    func replay() {
        replayCurrent = true
    }

    /// Calls `body` with the bytes of field `index` (0-based) of the current record, unquoted and
    /// unescaped. The bytes are valid only inside `body`.
    func withField<R, E: Error>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        let base = fieldUnescaped[index] ? unescaped : buffer
        return try body(
            UnsafeBufferPointer(start: base + fieldStarts[index], count: fieldEnds[index] - fieldStarts[index]))
    }

    /// True when field `index` of the current record has no bytes.
    func isEmpty(_ index: Int) -> Bool {
        fieldEnds[index] == fieldStarts[index]
    }

    /// A rejection of the current record, with its line and raw bytes.
    func rejection(_ reason: String) -> Rejection {
        Rejection(
            line: line, reason: reason,
            raw: UnsafeBufferPointer(start: buffer + recordStart, count: recordEnd - recordStart))
    }

    // MARK: - Scanning

    private enum Scan {
        /// A whole record: its fields end at `fieldsEnd` (before any line end), the next record starts
        /// at `next`, and it holds `newlines` line breaks inside quoted fields.
        case complete(fieldsEnd: Int, next: Int, newlines: Int, terminated: Bool)
        /// The record runs past the bytes in the buffer, inside `openQuote` when it is not nil.
        case needMore(openQuote: OpenQuote?)
        /// The input ends inside a quoted field.
        case unterminatedQuote(OpenQuote)
    }

    /// A quoted field that has not closed yet.
    private struct OpenQuote {
        /// The 1-based number of the field in its record.
        var field: Int
        /// How many line breaks into the record the quote opened.
        var newlines: Int
    }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Splits the record at `start` into fields, from the beginning of the record each time it is called.
    private func scanRecord() -> Scan {
        let buf = buffer
        let e = end
        let atEnd = sourceEnded
        var i = start
        var newlines = 0
        fieldCount = 0
        unescapedEnd = 0
        while true {
            let fieldStart = i
            var fieldEnd: Int
            var needsUnescape = false
            if i < e, buf[i] == Self.quote {
                let quoteNewlines = newlines
                i += 1
                while true {
                    while i < e {
                        let b = buf[i]
                        if b == Self.quote { break }
                        if b == Self.newline { newlines += 1 }
                        i += 1
                    }
                    if i == e || (i + 1 == e && !atEnd) {
                        let openQuote = OpenQuote(field: fieldCount + 1, newlines: quoteNewlines)
                        return i == e && atEnd ? .unterminatedQuote(openQuote) : .needMore(openQuote: openQuote)
                    }
                    if i + 1 < e && buf[i + 1] == Self.quote {
                        needsUnescape = true
                        i += 2
                        continue
                    }
                    break
                }
                fieldEnd = i
                i += 1
                if i < e, buf[i] == Self.carriageReturn {
                    if i + 1 == e && !atEnd { return .needMore(openQuote: nil) }
                    if i + 1 < e && buf[i + 1] == Self.newline { i += 1 }
                }
                if i == e || buf[i] == Self.comma || buf[i] == Self.newline {
                    if needsUnescape {
                        storeUnescaped(fieldStart, fieldEnd + 1)
                    } else {
                        storeField(fieldStart + 1, fieldEnd, unescaped: false)
                    }
                } else {
                    // Text after the closing quote: kept, as Python's csv module does.
                    while i < e, buf[i] != Self.comma, buf[i] != Self.newline { i += 1 }
                    if i == e && !atEnd { return .needMore(openQuote: nil) }
                    fieldEnd = i
                    if i == e || buf[i] == Self.newline, fieldEnd > fieldStart, buf[fieldEnd - 1] == Self.carriageReturn
                    {
                        fieldEnd -= 1
                    }
                    storeUnescaped(fieldStart, fieldEnd)
                }
            } else {
                while i < e {
                    let b = buf[i]
                    if b == Self.comma || b == Self.newline { break }
                    i += 1
                }
                if i == e && !atEnd { return .needMore(openQuote: nil) }
                fieldEnd = i
                if i == e || buf[i] == Self.newline, fieldEnd > fieldStart, buf[fieldEnd - 1] == Self.carriageReturn {
                    fieldEnd -= 1
                }
                storeField(fieldStart, fieldEnd, unescaped: false)
            }
            if i == e || buf[i] == Self.newline {
                var fieldsEnd = i
                if fieldsEnd > start, buf[fieldsEnd - 1] == Self.carriageReturn { fieldsEnd -= 1 }
                let terminated = i < e
                return .complete(
                    fieldsEnd: fieldsEnd, next: terminated ? i + 1 : i, newlines: newlines, terminated: terminated)
            }
            i += 1
            if i == e && atEnd {
                storeField(i, i, unescaped: false)
                return .complete(fieldsEnd: i, next: i, newlines: newlines, terminated: false)
            }
        }
    }

    private func storeField(_ from: Int, _ to: Int, unescaped isUnescaped: Bool) {
        if fieldCount == fieldCapacity { growFields() }
        fieldStarts[fieldCount] = from
        fieldEnds[fieldCount] = to
        fieldUnescaped[fieldCount] = isUnescaped
        fieldCount += 1
    }

    /// Copies the raw field `buffer[from..<to]` (starting with its opening quote) into `unescaped`:
    /// `""` inside quotes becomes `"`, the closing quote ends the quoted part, and any text after it
    /// is kept as written.
    private func storeUnescaped(_ from: Int, _ to: Int) {
        let out = unescapedEnd
        var o = out
        var i = from + 1
        var inQuotes = true
        while i < to {
            let b = buffer[i]
            if inQuotes && b == Self.quote {
                if i + 1 < to && buffer[i + 1] == Self.quote {
                    unescaped[o] = Self.quote
                    o += 1
                    i += 2
                    continue
                }
                inQuotes = false
                i += 1
                continue
            }
            unescaped[o] = b
            o += 1
            i += 1
        }
        unescapedEnd = o
        storeField(out, o, unescaped: true)
    }

    private func growFields() {
        let newCapacity = fieldCapacity * 2
        let starts = UnsafeMutablePointer<Int>.allocate(capacity: newCapacity)
        let ends = UnsafeMutablePointer<Int>.allocate(capacity: newCapacity)
        let flags = UnsafeMutablePointer<Bool>.allocate(capacity: newCapacity)
        starts.update(from: fieldStarts, count: fieldCount)
        ends.update(from: fieldEnds, count: fieldCount)
        flags.update(from: fieldUnescaped, count: fieldCount)
        fieldStarts.deallocate()
        fieldEnds.deallocate()
        fieldUnescaped.deallocate()
        fieldStarts = starts
        fieldEnds = ends
        fieldUnescaped = flags
        fieldCapacity = newCapacity
    }

    // MARK: - Input

    /// Moves the unconsumed bytes to the front of the buffer and reads until it is full or the
    /// input ends.
    private func fill() throws {
        guard let source, !sourceEnded else { return }
        if start > 0 {
            // copyMemory is a memmove: the regions may overlap.
            UnsafeMutableRawPointer(buffer).copyMemory(from: buffer + start, byteCount: end - start)
            end -= start
            start = 0
        }
        while end < capacity {
            let n: Int
            do {
                n = try source.read(into: UnsafeMutableRawBufferPointer(start: buffer + end, count: capacity - end))
            } catch {
                // A truncated gzip stream: keep the complete lines read before the cut, drop the partial
                // last one (it would pass for a row with a cut-off text), and surface the error after them.
                while end > start && buffer[end - 1] != 0x0A { end -= 1 }
                deferredError = error
                sourceEnded = true
                return
            }
            if n == 0 {
                sourceEnded = true
                return
            }
            end += n
        }
    }

    private func skipByteOrderMark() {
        if end - start >= 3, buffer[start] == 0xEF, buffer[start + 1] == 0xBB, buffer[start + 2] == 0xBF {
            start += 3
        }
    }

    /// Rejects the first physical line of the record at `start`, which ends at `lineEnd` (a line feed,
    /// or the end of the bytes), because the quoted field `openQuote` does not close: before the end
    /// of the input, or within `maxRecordBytes`. The line breaks inside the open quote are taken as
    /// line ends, so parsing resumes on the next line and a stray quote costs one line.
    private func rejectFirstLine(ending lineEnd: Int, openQuote: OpenQuote, atEndOfInput: Bool) -> Step {
        line = nextLine
        recordStart = start
        recordEnd = lineEnd > start && buffer[lineEnd - 1] == Self.carriageReturn ? lineEnd - 1 : lineEnd
        start = lineEnd < end ? lineEnd + 1 : end
        nextLine += 1
        let reason = unterminated(
            field: openQuote.field, quoteLine: line + openQuote.newlines, atEndOfInput: atEndOfInput, lastLine: line)
        return .rejected(rejection(reason))
    }

    /// The index of the first line feed in `buffer[from..<end]`.
    private func lineBreak(from index: Int) -> Int? {
        var i = index
        while i < end {
            if buffer[i] == Self.newline { return i }
            i += 1
        }
        return nil
    }

    /// Reads past a record longer than `maxRecordBytes` without keeping it, and rejects it.
    ///
    /// Quotes are tracked so that a line break inside a quoted field does not end the record early,
    /// but only within the first `maxRecordBytes`: past them, a line break inside a quoted field ends
    /// the record as well, so that a quote that never closes costs the lines read so far, not the
    /// rest of the file.
    private func skipLongRecord() throws -> Step {
        line = nextLine
        var kept = [UInt8](UnsafeBufferPointer(start: buffer + start, count: min(Rejection.maxRawBytes, end - start)))
        var newlines = 0
        var inQuotes = false
        var quotePending = false  // a quote inside a quoted field, whose meaning depends on the next byte
        var atFieldStart = true
        var quoteLine = 0
        var quoteField = 0
        var field = 1
        var scanned = 0  // the record's bytes before `buffer[start]`
        while true {
            var i = start
            while i < end {
                let b = buffer[i]
                i += 1
                if quotePending {
                    quotePending = false
                    if b == Self.quote { continue }
                    inQuotes = false
                }
                if inQuotes {
                    if b == Self.quote {
                        quotePending = true
                    } else if b == Self.newline {
                        if scanned + i - start > Self.maxRecordBytes {
                            start = i
                            nextLine += newlines + 1
                            let reason = unterminated(
                                field: quoteField, quoteLine: quoteLine, atEndOfInput: false, lastLine: nextLine - 1)
                            return .rejected(Rejection(line: line, reason: reason, raw: kept))
                        }
                        newlines += 1
                    }
                    continue
                }
                if b == Self.newline {
                    start = i
                    nextLine += newlines + 1
                    return .rejected(Rejection(line: line, reason: tooLong(lastLine: nextLine - 1), raw: kept))
                }
                if b == Self.comma {
                    atFieldStart = true
                    field += 1
                    continue
                }
                if b == Self.quote && atFieldStart {
                    inQuotes = true
                    quoteLine = nextLine + newlines
                    quoteField = field
                }
                atFieldStart = false
            }
            scanned += end - start
            start = end
            if sourceEnded { break }
            try fill()
            if kept.count < Rejection.maxRawBytes {
                kept += UnsafeBufferPointer(start: buffer, count: min(Rejection.maxRawBytes - kept.count, end))
            }
        }
        nextLine += newlines
        let reason =
            inQuotes && !quotePending
            ? unterminated(field: quoteField, quoteLine: quoteLine, atEndOfInput: true, lastLine: nextLine)
            : tooLong(lastLine: nextLine)
        return .rejected(Rejection(line: line, reason: reason, raw: kept))
    }

    /// `line 3` or `lines 3 to 5`: the lines of the current record that were skipped.
    private func skippedLines(to lastLine: Int) -> String {
        lastLine > line ? "lines \(line) to \(lastLine)" : "line \(line)"
    }

    private func tooLong(lastLine: Int) -> String {
        "record too long: over \(Self.maxRecordBytes) bytes; skipped \(skippedLines(to: lastLine))"
    }

    private func unterminated(field: Int, quoteLine: Int, atEndOfInput: Bool, lastLine: Int) -> String {
        let closing =
            atEndOfInput
            ? "never closes before the end of the file" : "does not close within \(Self.maxRecordBytes) bytes"
        return "unterminated quote: the quoted field \(field) opened on line \(quoteLine) \(closing); "
            + "skipped \(skippedLines(to: lastLine))"
    }
}
