import Foundation
import TangleCore

/// The file formats `tangle sources import` reads.
public enum SourceListFormat: String, Sendable, Codable, CaseIterable {
    /// The State Media Monitor matrix CSV (`Region,Country,Media company,Main assets,URL,Typology,...`).
    case matrix
    /// Iffy-style URL patterns, one per line (`https://domain/*`, `https://domain/path/*`, or a bare domain).
    case iffy
    /// A CSV with a header naming a `domain`, `account` (or `handle`) or `url` column, and optionally
    /// `label`, `note`, `platform`, `country`, `name`, `citation`.
    case csv
    /// The JSON `tangle sources` itself writes into a registry directory.
    case registry
}

/// What an importer read: entries, rows, and every row or cell it rejected with its line and reason.
public struct SourceListImport: Sendable {
    public var format: SourceListFormat
    public var entries: [SourceEntry] = []
    /// Data rows (or pattern lines) read, blank ones not counted.
    public var rows = 0
    /// Entries dropped because the same list already labels the same thing (first row wins).
    public var duplicates = 0
    public var problems: [SourceListProblem] = []

    /// Rows or cells rejected.
    public var rejected: Int { problems.count }
}

/// Parses source lists from bytes.
public enum SourceListImporter {
    /// Reads `bytes` (named `file` in messages) as `format`, or the format its header or first line
    /// shows. Entries get `label` unless a CSV row names its own, and `list` as their list name.
    ///
    /// Rows that cannot be read are rejected and counted (`SourceListImport.problems`); a file that
    /// is no known format, or has none of the columns a format needs, throws with the line and what
    /// was expected.
    public static func parse(
        _ bytes: [UInt8], file: String, format: SourceListFormat? = nil, label: String, list: String
    ) throws -> SourceListImport {
        let format = try format ?? detectFormat(bytes, file: file)
        let citationFile = file.split(separator: "/").last.map(String.init) ?? file
        var result: SourceListImport
        switch format {
        case .matrix: result = try parseMatrix(bytes, file: file, citationFile: citationFile, label: label, list: list)
        case .iffy: result = parseIffy(bytes, citationFile: citationFile, label: label, list: list)
        case .csv: result = try parseCSV(bytes, file: file, citationFile: citationFile, label: label, list: list)
        case .registry:
            throw InputFileError(file: file, line: 1, "this is a registry list already; copy it into the registry directory instead")
        }
        if result.entries.isEmpty {
            let first = result.problems.first.map { " (line \($0.line): \($0.reason))" } ?? ""
            throw InputFileError(file: file, line: 0, "no entries could be read from \(result.rows) rows\(first)")
        }
        return result
    }

    /// The format shown by the first line: the matrix's header, a CSV header with a `domain`,
    /// `account`, `handle` or `url` column, or a URL pattern or bare domain (Iffy-style, one per line).
    public static func detectFormat(_ bytes: [UInt8], file: String) throws -> SourceListFormat {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        guard let firstLine = text.split(whereSeparator: \.isNewline).first(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            throw InputFileError(file: file, line: 0, "the file is empty; expected a source list")
        }
        let line = firstLine.trimmingPrefix("\u{FEFF}").lowercased()
        let header = Set(line.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"\t\r")) })
        if header.contains("media company"), header.contains("url") { return .matrix }
        if !header.isDisjoint(with: ["domain", "account", "handle", "url"]) { return .csv }
        if line.hasPrefix("{") { return .registry }
        if line.hasPrefix("http://") || line.hasPrefix("https://") || line.hasPrefix("#") || line.hasSuffix("*") { return .iffy }
        // A bare list of domains, one per line, reads as patterns too.
        if !line.contains(where: { $0 == "," || $0.isWhitespace }), site(String(line)) != nil { return .iffy }
        throw InputFileError(
            file: file, line: 1,
            "expected the State Media Monitor matrix header (Region,Country,Media company,Main assets,URL,...), "
                + "a CSV header with a domain, account or url column, or URL patterns like https://domain/*; "
                + "or name the format with --format matrix|iffy|csv")
    }

    /// A normalised web address as a domain entry (its host) or, when it has a path, a URL prefix.
    /// Nil when the text is not a web address.
    static func site(_ text: String) -> (host: String, prefix: String?)? {
        var trimmed = Substring(text.trimmingCharacters(in: .whitespaces))
        while trimmed.hasSuffix("*") { trimmed = trimmed.dropLast() }
        let normal = URLNormalizer.normalize(String(trimmed))
        let host = SourceRegistry.host(ofNormalizedURL: normal.url)
        guard normal.domain != nil || isIPAddress(host) else { return nil }
        let prefix = SourceRegistry.prefixKey(normal.url)
        return (String(host), prefix.utf8.count > host.utf8.count ? prefix : nil)
    }

    private static func isIPAddress(_ host: Substring) -> Bool {
        host.hasPrefix("[") || (!host.isEmpty && host.allSatisfy { $0 == "." || $0.isASCII && $0.isNumber })
    }
}

/// Collects one list's entries, dropping repeats of a key the list already has (the first row wins).
struct EntryCollector {
    var result: SourceListImport
    private var seen: Set<String> = []

    init(format: SourceListFormat) { result = SourceListImport(format: format) }

    mutating func add(_ entry: SourceEntry) {
        let key: String
        switch entry.kind {
        case .domain: key = "d " + SourceRegistry.domainKey(entry.value)
        case .urlPrefix: key = "u " + SourceRegistry.prefixKey(entry.value)
        case .account: key = "a \(entry.platform ?? "") " + SourceRegistry.accountKey(entry.value)
        }
        if seen.insert(key).inserted { result.entries.append(entry) } else { result.duplicates += 1 }
    }

    mutating func reject(line: Int, _ reason: String) {
        result.problems.append(SourceListProblem(line: line, reason: reason))
    }
}

extension StringProtocol {
    /// Nil for an empty or blank cell.
    var sourceListCell: String? {
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
