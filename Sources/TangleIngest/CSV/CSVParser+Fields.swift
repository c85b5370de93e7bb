import TangleCore

/// Typed access to the fields of the current record. Each accessor converts straight from the field's
/// bytes and throws a `RecordProblem` naming the column, what was expected and what was found.
extension CSVParser {
    /// The field as text, `""` when empty.
    func text(_ column: CSVColumn) throws(RecordProblem) -> String {
        try withField(column.index) { (bytes) throws(RecordProblem) -> String in
            guard let text = UTF8Validation.string(bytes) else { throw Self.invalidUTF8(bytes, column: column) }
            return text
        }
    }

    /// The field as text; nil when the column is not in the file or the field is empty.
    func optionalText(_ column: CSVColumn?) throws(RecordProblem) -> String? {
        guard let column, !isEmpty(column.index) else { return nil }
        return try text(column)
    }

    /// The field as text, which must not be empty.
    func requiredText(_ column: CSVColumn, expected: String) throws(RecordProblem) -> String {
        guard !isEmpty(column.index) else { throw RecordProblem("empty \(column.name): expected \(expected)") }
        return try text(column)
    }

    /// The field as text, where `NA` (R's missing value) and empty both mean missing.
    func textOrNA(_ column: CSVColumn?) throws(RecordProblem) -> String? {
        guard let column else { return nil }
        let isNA = withField(column.index) { $0.count == 2 && $0[0] == UInt8(ascii: "N") && $0[1] == UInt8(ascii: "A") }
        return isNA ? nil : try optionalText(column)
    }

    /// A count (followers, following, ...); nil when absent or empty. `17.0`, as pandas writes
    /// whole numbers in a float column, is read as 17.
    func count(_ column: CSVColumn?) throws(RecordProblem) -> Int? {
        guard let column, !isEmpty(column.index) else { return nil }
        return try withField(column.index) { (bytes) throws(RecordProblem) -> Int in
            guard let value = Self.parseCount(bytes) else {
                throw RecordProblem("bad \(column.name): expected a whole number, got \(Self.shown(bytes))")
            }
            return value
        }
    }

    /// A calendar date-time (see `Timestamp.parseDateTime`) in UTC milliseconds; `layout` says what
    /// was expected, for the message.
    func dateTime(_ column: CSVColumn, layout: String) throws(RecordProblem) -> Int64 {
        guard !isEmpty(column.index) else { throw RecordProblem("empty \(column.name): expected \(layout)") }
        return try withField(column.index) { (bytes) throws(RecordProblem) -> Int64 in
            guard let time = Timestamp.parseDateTime(bytes) else {
                throw RecordProblem("bad \(column.name): expected \(layout), got \(Self.shown(bytes))")
            }
            return time
        }
    }

    /// An optional calendar date-time; nil when absent or empty.
    func optionalDateTime(_ column: CSVColumn?, layout: String) throws(RecordProblem) -> Int64? {
        guard let column, !isEmpty(column.index) else { return nil }
        return try dateTime(column, layout: layout)
    }

    /// A Unix time in seconds (possibly fractional) as UTC milliseconds.
    func unixSeconds(_ column: CSVColumn) throws(RecordProblem) -> Int64 {
        guard !isEmpty(column.index) else {
            throw RecordProblem("empty \(column.name): expected a Unix time in seconds")
        }
        return try withField(column.index) { (bytes) throws(RecordProblem) -> Int64 in
            guard let time = Timestamp.parseUnix(bytes) else {
                throw RecordProblem("bad \(column.name): expected a Unix time in seconds, got \(Self.shown(bytes))")
            }
            return time
        }
    }

    /// The items of a stringified Python list (`['a', 'b']`, `[]`, empty).
    func pythonList(_ column: CSVColumn?) throws(RecordProblem) -> [String] {
        guard let column, !isEmpty(column.index) else { return [] }
        return try withField(column.index) { (bytes) throws(RecordProblem) -> [String] in
            guard UTF8Validation.firstInvalidOffset(bytes) == nil else { throw Self.invalidUTF8(bytes, column: column) }
            guard let items = PythonListLiteral.items(bytes) else {
                throw RecordProblem("bad \(column.name): expected a list like ['a', 'b'], got \(Self.shown(bytes))")
            }
            return items
        }
    }

    /// The non-empty values in a field that holds several, separated by any byte `isSeparator` accepts
    /// (spaces, commas); none when absent or empty.
    func values(_ column: CSVColumn?, separatedBy isSeparator: (UInt8) -> Bool) throws(RecordProblem) -> [String] {
        guard let column, !isEmpty(column.index) else { return [] }
        return try withField(column.index) { (bytes) throws(RecordProblem) -> [String] in
            guard UTF8Validation.firstInvalidOffset(bytes) == nil else { throw Self.invalidUTF8(bytes, column: column) }
            var values: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || isSeparator(bytes[index]) {
                if index > start {
                    values.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                }
                start = index + 1
            }
            return values
        }
    }

    /// True when the field holds `True`, `true` or `1`; false for `False`, `false`, `0` or empty.
    func flag(_ column: CSVColumn?) throws(RecordProblem) -> Bool {
        guard let column, !isEmpty(column.index) else { return false }
        return try withField(column.index) { (bytes) throws(RecordProblem) -> Bool in
            switch String(decoding: bytes, as: UTF8.self) {
            case "True", "true", "TRUE", "1": return true
            case "False", "false", "FALSE", "0": return false
            default: throw RecordProblem("bad \(column.name): expected True or False, got \(Self.shown(bytes))")
            }
        }
    }

    // MARK: - From bytes

    private static func invalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, column: CSVColumn) -> RecordProblem {
        let offset = UTF8Validation.firstInvalidOffset(bytes) ?? 0
        let byte = offset < bytes.count ? bytes[offset] : 0
        return RecordProblem(
            "invalid UTF-8 in \(column.name): byte 0x\(Hex.text(byte, width: 2)) at offset \(offset); "
                + "expected UTF-8 text (re-save the file as UTF-8)")
    }

    /// A value as found, for messages: quoted, cut to 60 characters, invalid bytes replaced.
    static func shown(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        let cut = text.count > 60 ? String(text.prefix(60)) + "…" : text
        return "\"\(cut)\""
    }

    /// Digits, optionally followed by a fraction of zeros (`17`, `17.0`).
    static func parseCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0
        var index = 0
        while index < bytes.count, bytes[index] &- 0x30 < 10 {
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(Int(bytes[index] - 0x30))
            guard !o1, !o2 else { return nil }
            value = sum
            index += 1
        }
        guard index > 0 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, bytes[index] == UInt8(ascii: "0") { index += 1 }
        }
        return index == bytes.count ? value : nil
    }
}
