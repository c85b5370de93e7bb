import TangleCore

/// RFC 4180 records from bytes, for the registry's importers (TangleDetect does not depend on
/// TangleIngest, whose streaming reader is built for post files): quoted fields may hold commas,
/// doubled quotes and newlines; CRLF or LF line ends; a UTF-8 byte-order mark is skipped.
enum SourceListCSV {
    struct Record {
        /// The 1-based line the record starts on.
        var line: Int
        var fields: [String]

        /// True for a line of nothing but separators (spreadsheets leave them at the end).
        var isBlank: Bool { fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
    }

    /// Every record of `bytes`; throws on a quote left open at the end of the file, naming the line it opened on.
    ///
    /// - Complexity: O(n) in the byte count.
    static func records(_ bytes: [UInt8], file: String) throws -> [Record] {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var quoteLine = 0
        var inQuotes = false
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var recordHasContent = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let byte = bytes[i]
            if inQuotes {
                if byte == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote {
                        field.append(quote)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == lf { line += 1 }
                    field.append(byte)
                }
            } else if byte == quote && field.isEmpty {
                inQuotes = true
                quoteLine = line
                recordHasContent = true
            } else if byte == comma {
                endField()
                recordHasContent = true
            } else if byte == lf || byte == cr {
                if recordHasContent || !field.isEmpty {
                    endField()
                    records.append(Record(line: recordLine, fields: fields))
                    fields.removeAll()
                }
                recordHasContent = false
                if byte == cr, i + 1 < bytes.count, bytes[i + 1] == lf { i += 1 }
                line += 1
                recordLine = line
            } else {
                field.append(byte)
                recordHasContent = true
            }
            i += 1
        }
        if inQuotes {
            throw InputFileError(file: file, line: quoteLine, "a quoted field opened here is never closed (expected a closing \")")
        }
        if recordHasContent || !field.isEmpty {
            endField()
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
