import Foundation
import TangleCore

/// One named list in the registry: its entries and where they came from (file, SHA-256, format,
/// import time), stored as one JSON file per list so that `tangle sources list` can cite it.
public struct SourceList: Sendable, Codable, Equatable {
    public var name: String
    /// The label given with `--as` (rows of a CSV may carry their own).
    public var label: String
    public var format: SourceListFormat
    /// The imported file's path, as an absolute path.
    public var source: String
    /// The imported file's SHA-256, hex.
    public var sha256: String
    /// When it was imported (ISO 8601, UTC); nil for the built-in list.
    public var importedAt: String?
    public var rows: Int
    public var duplicates: Int
    public var rejected: Int
    /// Every rejected row or cell with its line.
    public var problems: [SourceListProblem]
    public var entries: [SourceEntry]

    public init(
        name: String, label: String, format: SourceListFormat, source: String, sha256: String, importedAt: String?,
        imported: SourceListImport
    ) {
        self.name = name
        self.label = label
        self.format = format
        self.source = source
        self.sha256 = sha256
        self.importedAt = importedAt
        self.rows = imported.rows
        self.duplicates = imported.duplicates
        self.rejected = imported.rejected
        self.problems = imported.problems
        self.entries = imported.entries
    }

    /// How many entries of each kind, every kind named (zero included), in `Kind` order.
    public var countsByKind: [(kind: SourceEntry.Kind, count: Int)] {
        SourceEntry.Kind.allCases.map { kind in (kind, entries.count { $0.kind == kind }) }
    }

    /// Whether `name` can name a list file: letters, digits, `.`, `_`, `-`, not starting with `.`,
    /// and not the built-in list's name.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && name != BuiltInSources.listName
            && name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
    }

    /// The list name a file gets when none is given: its base name without extension, lower-cased,
    /// with other characters than letters, digits, `.`, `_` and `-` as `-`.
    public static func defaultName(forFile path: String) -> String {
        let base = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent.lowercased()
        let name = String(base.unicodeScalars.map { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) ? Character($0) : "-" })
        return isValidName(name) ? name : "list"
    }
}

/// A registry directory: one `NAME.json` per imported list.
public struct SourceListStore: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    private func path(_ name: String) -> String { directory + "/" + name + ".json" }

    /// Every list in the directory, by name; an absent directory holds none.
    public func lists() throws -> [SourceList] {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return try files.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { file in
            let path = directory + "/" + file
            do {
                return try JSONDecoder().decode(SourceList.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw InputFileError(file: path, line: 0, "not a source list written by `tangle sources import` (\(error)); remove it or import its file again")
            }
        }.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// Writes `list` as `NAME.json`, replacing a list of that name: to a temporary file first, then
    /// renamed over the old one, so a reader sees the old list or the new one, never half of one.
    public func save(_ list: SourceList) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let temporary = directory + "/.\(list.name).json.\(ProcessInfo.processInfo.processIdentifier).tmp"
        try encoder.encode(list).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path(list.name)) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw InputFileError(file: path(list.name), line: 0, "could not write the list: \(reason)")
        }
    }

    /// Removes the list `name`; false when there is none.
    public func remove(_ name: String) throws -> Bool {
        guard FileManager.default.fileExists(atPath: path(name)) else { return false }
        try FileManager.default.removeItem(atPath: path(name))
        return true
    }

    /// Reads `file`, parses it and saves it as list `name` with `label`.
    ///
    /// - Returns: the list as saved.
    public func importFile(
        _ file: String, label: String, name: String, format: SourceListFormat? = nil, now: Int64
    ) throws -> SourceList {
        let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: absolute)))
        } catch {
            throw InputFileError(file: file, line: 0, "cannot read the file (\(error.localizedDescription))")
        }
        let imported = try SourceListImporter.parse(bytes, file: file, format: format, label: label, list: name)
        var hash = SHA256()
        hash.update(bytes)
        let list = SourceList(
            name: name, label: label, format: imported.format, source: absolute, sha256: hash.hexDigest,
            importedAt: Timestamp.iso8601(now - now % 1000), imported: imported)
        try save(list)
        return list
    }
}
