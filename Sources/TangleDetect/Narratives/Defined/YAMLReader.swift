import TangleCore

/// A value of the YAML subset a narratives file is written in, with the line it starts on.
public indirect enum YAMLNode: Sendable, Equatable {
    case scalar(String, line: Int)
    case sequence([YAMLNode], line: Int)
    /// Entries in file order; keys are unique.
    case mapping([(key: String, value: YAMLNode)], line: Int)
    /// `key:` with nothing after it and nothing nested under it.
    case empty(line: Int)

    public var line: Int {
        switch self {
        case .scalar(_, let line), .sequence(_, let line), .mapping(_, let line), .empty(let line): line
        }
    }

    public static func == (a: YAMLNode, b: YAMLNode) -> Bool {
        switch (a, b) {
        case (.scalar(let x, let l), .scalar(let y, let m)): x == y && l == m
        case (.sequence(let x, let l), .sequence(let y, let m)): x == y && l == m
        case (.mapping(let x, let l), .mapping(let y, let m)):
            l == m && x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.empty(let l), .empty(let m)): l == m
        default: false
        }
    }
}

/// A small, strict reader for the YAML a narratives file needs: block mappings and sequences by
/// indentation (spaces only), flow sequences on one line (`[a, "b c"]`), plain, single- and
/// double-quoted scalars, and `#` comments. Anything else (anchors, aliases, tags, flow mappings,
/// block scalars, multi-line flow sequences, several documents) is refused with its line rather than
/// read in a way the author did not mean: no YAML package is used, so the subset is kept explicit.
///
/// - Complexity: O(n) in the file size.
public enum YAMLReader {
    public static func parse(_ bytes: [UInt8], file: String) throws(InputFileError) -> YAMLNode {
        var parser = Parser(lines: try lines(of: bytes, file: file), file: file)
        return try parser.document()
    }

    struct Line {
        var number: Int
        var indent: Int
        /// From the first non-space byte; trailing spaces and carriage returns removed.
        var content: ArraySlice<UInt8>
    }

    /// The lines holding something: blank lines and whole-line comments are dropped.
    static func lines(of bytes: [UInt8], file: String) throws(InputFileError) -> [Line] {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 0
        var result: [Line] = []
        while start <= bytes.count {
            number += 1
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var indent = start
            while indent < end, bytes[indent] == 0x20 { indent += 1 }
            if indent < end, bytes[indent] == 0x09 {
                throw InputFileError(file: file, line: number, "expected spaces for indentation, found a tab")
            }
            var last = end
            while last > indent, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x0D || bytes[last - 1] == 0x09 { last -= 1 }
            if last > indent, bytes[indent] != UInt8(ascii: "#") {
                result.append(Line(number: number, indent: indent - start, content: bytes[indent..<last]))
            }
            start = end + 1
        }
        if let first = result.first, first.content.elementsEqual("---".utf8) { result.removeFirst() }
        return result
    }

    struct Parser {
        var lines: [Line]
        let file: String
        var index = 0

        init(lines: [Line], file: String) {
            self.lines = lines
            self.file = file
        }

        func error(_ line: Int, _ message: String) -> InputFileError {
            InputFileError(file: file, line: line, message)
        }

        mutating func document() throws(InputFileError) -> YAMLNode {
            guard let first = lines.first else { return .empty(line: 1) }
            let node = try block(indent: first.indent)
            if index < lines.count {
                let line = lines[index]
                if line.content.elementsEqual("---".utf8) {
                    throw error(line.number, "expected one YAML document, found a second `---`")
                }
                throw error(line.number, "expected this line to line up with an enclosing block (its indentation matches none)")
            }
            return node
        }

        /// The block starting at the current line, whose indentation is `indent`.
        mutating func block(indent: Int) throws(InputFileError) -> YAMLNode {
            isSequenceItem(lines[index]) ? try sequence(indent: indent) : try mapping(indent: indent)
        }

        func isSequenceItem(_ line: Line) -> Bool {
            guard line.content.first == UInt8(ascii: "-") else { return false }
            let next = line.content.index(after: line.content.startIndex)
            return next == line.content.endIndex || line.content[next] == 0x20
        }

        mutating func sequence(indent: Int) throws(InputFileError) -> YAMLNode {
            let first = lines[index].number
            var items: [YAMLNode] = []
            while index < lines.count, lines[index].indent == indent, isSequenceItem(lines[index]) {
                let line = lines[index]
                var rest = line.content.dropFirst()
                while rest.first == 0x20 { rest = rest.dropFirst() }
                if rest.isEmpty || rest.first == UInt8(ascii: "#") {
                    index += 1
                    guard index < lines.count, lines[index].indent > indent else {
                        throw error(line.number, "expected a value after `-`")
                    }
                    items.append(try block(indent: lines[index].indent))
                } else if try keyAndValue(rest, line: line.number) != nil {
                    // `- key: value` opens a mapping whose keys line up with `key`.
                    let column = indent + (rest.startIndex - line.content.startIndex)
                    lines[index] = Line(number: line.number, indent: column, content: rest)
                    items.append(try mapping(indent: column))
                } else {
                    items.append(try inlineValue(rest, line: line.number))
                    index += 1
                }
            }
            try expectNoDeeperLine(than: indent)
            return .sequence(items, line: first)
        }

        mutating func mapping(indent: Int) throws(InputFileError) -> YAMLNode {
            let first = lines[index].number
            var entries: [(key: String, value: YAMLNode)] = []
            while index < lines.count, lines[index].indent == indent, !isSequenceItem(lines[index]) {
                let line = lines[index]
                guard let (key, rest) = try keyAndValue(line.content, line: line.number) else {
                    throw error(line.number, "expected `key: value`")
                }
                if entries.contains(where: { $0.key == key }) {
                    throw error(line.number, "the key `\(key)` appears twice in one mapping")
                }
                index += 1
                let value: YAMLNode
                if !rest.isEmpty {
                    value = try inlineValue(rest, line: line.number)
                } else if index < lines.count, lines[index].indent > indent {
                    value = try block(indent: lines[index].indent)
                } else if index < lines.count, lines[index].indent == indent, isSequenceItem(lines[index]) {
                    // `key:` followed by `- item` at the key's own indentation, as YAML allows.
                    value = try sequence(indent: indent)
                } else {
                    value = .empty(line: line.number)
                }
                entries.append((key, value))
            }
            if index < lines.count, lines[index].indent == indent, isSequenceItem(lines[index]) {
                throw error(lines[index].number, "expected `key: value`, found a `- ` item inside a mapping")
            }
            try expectNoDeeperLine(than: indent)
            return .mapping(entries, line: first)
        }

        func expectNoDeeperLine(than indent: Int) throws(InputFileError) {
            if index < lines.count, lines[index].indent > indent {
                throw error(lines[index].number, "expected this line to line up with an enclosing block (its indentation matches none)")
            }
        }

        /// `key: rest` (rest without leading spaces, possibly empty), or nil when the text holds no key.
        func keyAndValue(_ text: ArraySlice<UInt8>, line: Int) throws(InputFileError) -> (String, ArraySlice<UInt8>)? {
            var cursor = Cursor(bytes: text, line: line, file: file)
            let key: String
            if let quote = text.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                key = try cursor.quoted()
                cursor.skipSpaces()
                guard cursor.peek == UInt8(ascii: ":") else { return nil }
                cursor.position += 1
            } else {
                var colon = text.startIndex
                while colon < text.endIndex {
                    if text[colon] == UInt8(ascii: ":"), colon + 1 == text.endIndex || text[colon + 1] == 0x20 { break }
                    if text[colon] == UInt8(ascii: "#"), colon > text.startIndex, text[colon - 1] == 0x20 { return nil }
                    colon += 1
                }
                guard colon < text.endIndex else { return nil }
                var keyEnd = colon
                while keyEnd > text.startIndex, text[keyEnd - 1] == 0x20 { keyEnd -= 1 }
                key = String(decoding: text[text.startIndex..<keyEnd], as: UTF8.self)
                cursor.position = colon + 1
            }
            guard !key.isEmpty else { throw error(line, "expected a key before `:`") }
            guard cursor.position == text.endIndex || text[cursor.position] == 0x20 else { return nil }
            cursor.skipSpaces()
            var rest = text[cursor.position...]
            if rest.first == UInt8(ascii: "#") { rest = rest[rest.endIndex...] }
            return (key, rest)
        }

        /// A scalar or a flow sequence that fills the rest of a line (a comment may follow).
        func inlineValue(_ text: ArraySlice<UInt8>, line: Int) throws(InputFileError) -> YAMLNode {
            var cursor = Cursor(bytes: text, line: line, file: file)
            let node: YAMLNode
            if cursor.peek == UInt8(ascii: "[") {
                node = try cursor.flowSequence()
            } else {
                node = .scalar(try cursor.scalar(inFlow: false), line: line)
            }
            try cursor.expectEnd()
            return node
        }
    }

    /// Reads scalars and flow sequences from one line.
    struct Cursor {
        let bytes: ArraySlice<UInt8>
        let line: Int
        let file: String
        var position: Int

        init(bytes: ArraySlice<UInt8>, line: Int, file: String) {
            self.bytes = bytes
            self.line = line
            self.file = file
            position = bytes.startIndex
        }

        var peek: UInt8? { position < bytes.endIndex ? bytes[position] : nil }

        func error(_ message: String) -> InputFileError {
            InputFileError(file: file, line: line, message)
        }

        mutating func skipSpaces() {
            while peek == 0x20 { position += 1 }
        }

        /// Only spaces and a comment may follow a value.
        mutating func expectEnd() throws(InputFileError) {
            skipSpaces()
            guard let next = peek, next != UInt8(ascii: "#") else { return }
            throw error("expected the end of the line after the value, found `\(String(decoding: bytes[position...], as: UTF8.self))`")
        }

        mutating func flowSequence() throws(InputFileError) -> YAMLNode {
            position += 1
            var items: [YAMLNode] = []
            skipSpaces()
            if peek == UInt8(ascii: "]") {
                position += 1
                return .sequence([], line: line)
            }
            while true {
                skipSpaces()
                if peek == UInt8(ascii: "[") { throw error("expected a scalar in `[...]`, found a nested `[`") }
                items.append(.scalar(try scalar(inFlow: true), line: line))
                skipSpaces()
                switch peek {
                case UInt8(ascii: ","): position += 1
                case UInt8(ascii: "]"):
                    position += 1
                    return .sequence(items, line: line)
                default: throw error("expected `,` or `]` to close the `[` on this line (a flow sequence stays on one line)")
                }
            }
        }

        mutating func scalar(inFlow: Bool) throws(InputFileError) -> String {
            guard let first = peek else { throw error("expected a value") }
            switch first {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): return try quoted()
            case UInt8(ascii: "{"): throw error("expected a scalar or `[...]`; flow mappings `{...}` are not supported")
            case UInt8(ascii: "|"), UInt8(ascii: ">"): throw error("expected a scalar on one line; block scalars (`|`, `>`) are not supported")
            case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
                throw error("expected a plain value; a value starting with `\(Character(Unicode.Scalar(first)))` must be quoted")
            default: break
            }
            let start = position
            var end = position
            while let byte = peek {
                if inFlow, byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "[") { break }
                if byte == UInt8(ascii: "#"), position > start, bytes[position - 1] == 0x20 { break }
                if byte == UInt8(ascii: ":"), position + 1 == bytes.endIndex || bytes[position + 1] == 0x20 {
                    throw error("expected a plain value without `: ` in it; quote the value")
                }
                position += 1
                if byte != 0x20 { end = position }
            }
            guard end > start else { throw error("expected a value") }
            position = end
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }

        /// `'...'` (`''` is a quote) or `"..."` (with `\"`, `\\`, `\n`, `\t`, `\uXXXX` escapes), on one line.
        mutating func quoted() throws(InputFileError) -> String {
            let quote = bytes[position]
            position += 1
            var out: [UInt8] = []
            while true {
                guard let byte = peek else {
                    throw error("expected a closing \(quote == UInt8(ascii: "'") ? "'" : "\"") on the same line")
                }
                position += 1
                if byte == quote {
                    if quote == UInt8(ascii: "'"), peek == quote {
                        position += 1
                        out.append(quote)
                        continue
                    }
                    return String(decoding: out, as: UTF8.self)
                }
                guard quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") else {
                    out.append(byte)
                    continue
                }
                guard let escaped = peek else { throw error("expected a character after `\\`") }
                position += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard position + 4 <= bytes.endIndex,
                        let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16),
                        let scalar = Unicode.Scalar(value)
                    else { throw error("expected four hex digits of a Unicode scalar after `\\u`") }
                    position += 4
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw error("expected one of the escapes \\\" \\\\ \\/ \\n \\t \\uXXXX, found `\\\(Character(Unicode.Scalar(escaped)))`")
                }
            }
        }
    }
}
