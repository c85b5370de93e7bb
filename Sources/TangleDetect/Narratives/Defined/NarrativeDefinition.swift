import TangleCore

/// One analyst-defined narrative, as a narratives file gives it.
///
/// A narratives file is YAML (the subset `YAMLReader` reads):
///
/// ```yaml
/// narratives:
///   - id: voter-fraud              # required, unique; letters, digits, `-`, `_`, `.`
///     name: Voter fraud            # optional; the id when absent
///     description: Claims that the election was stolen   # optional, kept with the run
///     terms: ["stolen election", "ballot harvesting", "rigged AND (mail OR postal)"]
///     hashtags: [StopTheSteal, voterfraud]
///     urls: ["example.com/elections/*"]
///     domains: [example-news.com]
/// ```
///
/// A post carries a narrative when any of its terms, hashtags, URL patterns or domains matches:
/// - **terms**: phrases with `AND`, `OR`, `NOT` and parentheses (`TermExpression`); a phrase matches
///   whole words of the post's text in its matching form (`Normalize.text`, then `FoldedText`: case
///   and accents do not matter, `élection` = `Election`). In scripts written without spaces (Chinese,
///   Japanese, Thai, ...) a phrase matches anywhere.
/// - **hashtags**: with or without `#`, compared with the post's hashtags the same way.
/// - **urls**: compared with the post's links in their normal form (`URLNormalizer`: no scheme, no
///   `www.`, no tracking parameters); a trailing `*` matches any link starting with the rest.
/// - **domains**: a post's link domains and hosts, and their subdomains (`example.com` matches
///   `news.example.com`).
///
/// Each list may also be written as a block sequence (`- item` lines) or, for one item, a scalar.
public struct NarrativeDefinition: Sendable, Equatable, Encodable {
    public var id: String
    public var name: String
    public var description: String?
    public var terms: [String]
    public var hashtags: [String]
    public var urls: [String]
    public var domains: [String]
    /// The line of the narrative's `id:` in its file, for error messages.
    public var line: Int
    /// The line of each term, for error messages.
    var termLines: [Int]

    public init(
        id: String, name: String? = nil, description: String? = nil, terms: [String] = [], hashtags: [String] = [],
        urls: [String] = [], domains: [String] = [], line: Int = 0
    ) {
        self.id = id
        self.name = name ?? id
        self.description = description
        self.terms = terms
        self.hashtags = hashtags
        self.urls = urls
        self.domains = domains
        self.line = line
        termLines = terms.map { _ in line }
    }

    enum CodingKeys: String, CodingKey {
        case id, name, description, terms, hashtags, urls, domains
    }

    /// The narratives of a file's bytes, in file order.
    public static func parse(_ bytes: [UInt8], file: String) throws(InputFileError) -> [NarrativeDefinition] {
        let root = try YAMLReader.parse(bytes, file: file)
        func error(_ line: Int, _ message: String) -> InputFileError {
            InputFileError(file: file, line: line, message)
        }
        guard case .mapping(let entries, _) = root, let top = entries.first(where: { $0.key == "narratives" }) else {
            throw error(root.line, "expected a mapping with the key `narratives:` holding a list of narratives")
        }
        if let other = entries.first(where: { $0.key != "narratives" }) {
            throw error(other.value.line, "unknown key `\(other.key)`; expected only `narratives`")
        }
        guard case .sequence(let items, _) = top.value, !items.isEmpty else {
            throw error(top.value.line, "expected a list of narratives (`- id: ...`) under `narratives:`")
        }
        var definitions: [NarrativeDefinition] = []
        for item in items {
            let definition = try narrative(item, file: file)
            if let earlier = definitions.first(where: { $0.id == definition.id }) {
                throw error(definition.line, "the id `\(definition.id)` is already used by the narrative on line \(earlier.line)")
            }
            definitions.append(definition)
        }
        return definitions
    }

    private static let keys = ["id", "name", "description", "terms", "hashtags", "urls", "domains"]

    private static func narrative(_ node: YAMLNode, file: String) throws(InputFileError) -> NarrativeDefinition {
        func error(_ line: Int, _ message: String) -> InputFileError {
            InputFileError(file: file, line: line, message)
        }
        guard case .mapping(let entries, let line) = node else {
            throw error(node.line, "expected a narrative: a mapping with `id:` and terms, hashtags, urls or domains")
        }
        for entry in entries where !keys.contains(entry.key) {
            throw error(entry.value.line, "unknown key `\(entry.key)`; expected one of \(keys.joined(separator: ", "))")
        }
        func value(_ key: String) -> YAMLNode? { entries.first { $0.key == key }?.value }
        func text(_ key: String) throws(InputFileError) -> String? {
            guard let node = value(key) else { return nil }
            guard case .scalar(let text, _) = node else { throw error(node.line, "expected a single value for `\(key)`") }
            return text
        }
        func list(_ key: String) throws(InputFileError) -> [(text: String, line: Int)] {
            guard let node = value(key) else { return [] }
            switch node {
            case .scalar(let text, let line): return [(text, line)]
            case .sequence(let items, _):
                var result: [(text: String, line: Int)] = []
                for item in items {
                    guard case .scalar(let text, let line) = item, !text.isEmpty else {
                        throw error(item.line, "expected each item of `\(key)` to be a non-empty text")
                    }
                    result.append((text, line))
                }
                return result
            default: throw error(node.line, "expected a list for `\(key)`, e.g. `\(key): [a, b]`")
            }
        }
        guard let id = try text("id") else { throw error(line, "expected an `id:` for this narrative") }
        guard !id.isEmpty, id.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.".unicodeScalars.contains($0)) })
        else { throw error(value("id")?.line ?? line, "expected an id of letters, digits, `-`, `_` or `.`, found `\(id)`") }
        let terms = try list("terms")
        var definition = NarrativeDefinition(
            id: id, name: try text("name"), description: try text("description"), terms: terms.map(\.text),
            hashtags: try list("hashtags").map(\.text), urls: try list("urls").map(\.text), domains: try list("domains").map(\.text),
            line: value("id")?.line ?? line)
        definition.termLines = terms.map(\.line)
        if definition.terms.isEmpty, definition.hashtags.isEmpty, definition.urls.isEmpty, definition.domains.isEmpty {
            throw error(definition.line, "expected at least one of terms, hashtags, urls or domains for the narrative `\(id)`")
        }
        return definition
    }
}
