/// A narrative term: phrases joined by `AND`, `OR`, `NOT` and parentheses, e.g.
/// `rigged AND (mail OR postal) AND NOT satire`.
///
/// Words between operators form one phrase (`stolen election` is a phrase of two words). Operators
/// are upper-case only, so `and`, `or` and `not` in lower case are words of a phrase. `NOT` binds
/// tightest, then `AND`, then `OR`. A term must need at least one phrase present (`NOT x` alone would
/// match almost every post), so that a post is only evaluated when one of its phrases was found.
struct TermExpression: Equatable {
    /// The phrases in order of first appearance, as written.
    var phrases: [String]
    /// The term in postfix order: `0...` are indices into `phrases`, then the operators below.
    var program: [Int32]

    static let and: Int32 = -1
    static let or: Int32 = -2
    static let not: Int32 = -3

    /// Parses a term; the error message says what was expected.
    static func parse(_ text: String) throws(TermError) -> TermExpression {
        var parser = Parser(tokens: tokens(of: text))
        var expression = TermExpression(phrases: [], program: [])
        try parser.or(into: &expression)
        if parser.index < parser.tokens.count {
            throw TermError(message: "expected AND, OR or the end of the term, found `\(parser.tokens[parser.index])`")
        }
        guard !expression.phrases.isEmpty else { throw TermError(message: "expected at least one phrase") }
        if expression.evaluate({ _ in false }) {
            throw TermError(message: "the term matches posts holding none of its phrases; give a phrase that must be present (e.g. `x AND NOT y`)")
        }
        return expression
    }

    /// The term's value when `present(i)` says whether phrase `i` was found.
    func evaluate(_ present: (Int) -> Bool) -> Bool {
        Self.evaluate(program, present)
    }

    /// A postfix program's value; the stack lives on the stack, since this runs for every post where
    /// one of the term's phrases occurs.
    static func evaluate(_ program: [Int32], _ present: (Int) -> Bool) -> Bool {
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: max(1, program.count)) { stack in
            var top = 0
            for code in program {
                switch code {
                case and:
                    top -= 1
                    stack[top - 1] = stack[top - 1] && stack[top]
                case or:
                    top -= 1
                    stack[top - 1] = stack[top - 1] || stack[top]
                case not: stack[top - 1].toggle()
                default:
                    stack[top] = present(Int(code))
                    top += 1
                }
            }
            return top > 0 && stack[top - 1]
        }
    }

    enum Token: Equatable, CustomStringConvertible {
        case word(String), and, or, not, open, close

        var description: String {
            switch self {
            case .word(let word): word
            case .and: "AND"
            case .or: "OR"
            case .not: "NOT"
            case .open: "("
            case .close: ")"
            }
        }
    }

    static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            switch word {
            case "AND": tokens.append(.and)
            case "OR": tokens.append(.or)
            case "NOT": tokens.append(.not)
            default: tokens.append(.word(word))
            }
            word = ""
        }
        for character in text {
            switch character {
            case "(", ")":
                flush()
                tokens.append(character == "(" ? .open : .close)
            case _ where character.isWhitespace: flush()
            default: word.append(character)
            }
        }
        flush()
        return tokens
    }

    struct Parser {
        let tokens: [Token]
        var index = 0

        mutating func or(into expression: inout TermExpression) throws(TermError) {
            try and(into: &expression)
            while index < tokens.count, tokens[index] == .or {
                index += 1
                try and(into: &expression)
                expression.program.append(TermExpression.or)
            }
        }

        mutating func and(into expression: inout TermExpression) throws(TermError) {
            try unary(into: &expression)
            while index < tokens.count, tokens[index] == .and {
                index += 1
                try unary(into: &expression)
                expression.program.append(TermExpression.and)
            }
        }

        mutating func unary(into expression: inout TermExpression) throws(TermError) {
            guard index < tokens.count else { throw TermError(message: "expected a phrase, `(` or NOT at the end of the term") }
            switch tokens[index] {
            case .not:
                index += 1
                try unary(into: &expression)
                expression.program.append(TermExpression.not)
            case .open:
                index += 1
                try or(into: &expression)
                guard index < tokens.count, tokens[index] == .close else { throw TermError(message: "expected `)`") }
                index += 1
            case .word:
                var words: [String] = []
                while index < tokens.count, case .word(let word) = tokens[index] {
                    words.append(word)
                    index += 1
                }
                let phrase = words.joined(separator: " ")
                let code = expression.phrases.firstIndex(of: phrase) ?? expression.phrases.count
                if code == expression.phrases.count { expression.phrases.append(phrase) }
                expression.program.append(Int32(code))
            case let token:
                throw TermError(message: "expected a phrase, `(` or NOT, found `\(token)`")
            }
        }
    }
}

/// Why a term could not be read; the caller adds the file and line.
struct TermError: Error {
    var message: String
}
