import ArgumentParser
import Foundation
import TangleCore
import TangleDetect
import TangleStore

/// `--registry DIR`: where imported source lists live.
struct RegistryOption: ParsableArguments {
    @Option(help: "The source registry directory (default: $TANGLE_REGISTRY, else ~/.local/share/tangle/sources).")
    var registry: String?

    /// The directory in use: the option, else `$TANGLE_REGISTRY`, else `~/.local/share/tangle/sources`.
    var directory: String {
        if let registry { return registry }
        if let variable = ProcessInfo.processInfo.environment["TANGLE_REGISTRY"], !variable.isEmpty { return variable }
        return FileManager.default.homeDirectoryForCurrentUser.path + "/.local/share/tangle/sources"
    }

    var store: SourceListStore { SourceListStore(directory: directory) }

    /// Every imported list by name, then the built-in list.
    func lists() throws -> [SourceList] {
        try store.lists() + [BuiltInSources.list]
    }

    /// The built-in starter list plus every imported list, imported lists taking precedence.
    func load() throws -> SourceRegistry {
        SourceRegistry(lists: try lists())
    }
}

extension SourceListFormat: ExpressibleByArgument {}

struct Sources: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The source registry: lists of state-affiliated, low-credibility or your own labelled domains and accounts.",
        discussion: """
            A built-in list of state-affiliated outlets (label state-media) is always there; imported lists \
            are kept in the registry directory, one file per list. The most specific match labels a thing \
            (a URL prefix, then the longest domain); where lists give the same thing different labels, \
            state-media wins, then labels in alphabetical order; within a label, imported lists by name, \
            then the built-in list. `tangle sources lookup` shows every label a thing has.
            """,
        subcommands: [Import.self, List.self, Remove.self, Lookup.self, Label.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a list: the State Media Monitor matrix CSV, Iffy-style URL patterns, or a CSV with a domain, account or url column.",
            discussion: "Re-importing a list of the same name replaces it. Rejected rows are counted and the first ones shown with their line.")

        @Argument(help: "The file to import.")
        var file: String

        @Option(name: .customLong("as"), help: "The label its entries get (state-media, low-credibility, ...); a CSV's label column overrides it per row.")
        var label: String

        @Option(help: "The list's name (default: the file's base name, lower-cased).")
        var name: String?

        @Option(help: "matrix, iffy or csv (default: detected from the header or first line).")
        var format: SourceListFormat?

        @OptionGroup var registry: RegistryOption

        func validate() throws {
            if let name, !SourceList.isValidName(name) {
                throw ValidationError("--name '\(name)': use letters, digits, '.', '_' and '-' (and not '\(BuiltInSources.listName)')")
            }
            if format == .registry { throw ValidationError("--format registry is what the registry stores; import the original file") }
            if label.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--as needs a label, e.g. --as state-media") }
        }

        func run() throws {
            let name = self.name ?? SourceList.defaultName(forFile: file)
            let now = Int64(Date().timeIntervalSince1970 * 1000)
            let list = try registry.store.importFile(file, label: label, name: name, format: format, now: now)
            let counts = list.countsByKind.filter { $0.count > 0 }.map { "\(grouped($0.count)) \($0.kind.rawValue)" }
            print("\(list.name): \(grouped(list.entries.count)) entries (\(counts.joined(separator: ", "))) from \(grouped(list.rows)) rows as \(list.format.rawValue), label \(list.label)")
            if list.duplicates > 0 { print("  \(grouped(list.duplicates)) repeated entries kept once") }
            if list.rejected > 0 {
                print("  \(grouped(list.rejected)) rejected:")
                for problem in list.problems.prefix(10) { print("    \(file):\(problem.line): \(problem.reason)") }
                if list.rejected > 10 { print("    … \(list.rejected - 10) more in \(registry.directory)/\(list.name).json") }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show every list: name, label, entries by kind, source file and its SHA-256, import time.")

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var registry: RegistryOption

        struct Item: Encodable {
            var name: String
            var label: String
            var format: String
            var entries: [String: Int]
            var rows: Int
            var rejected: Int
            var source: String
            var sha256: String
            var importedAt: String?
        }

        func run() throws {
            let items = try registry.lists().map { list in
                Item(
                    name: list.name, label: list.label, format: list.format.rawValue,
                    entries: Dictionary(uniqueKeysWithValues: list.countsByKind.map { ($0.kind.rawValue, $0.count) }),
                    rows: list.rows, rejected: list.rejected, source: list.source, sha256: list.sha256, importedAt: list.importedAt)
            }
            if json {
                print(try jsonText(items))
                return
            }
            var lines = ["registry \(registry.directory): \(items.count) lists (same label: earlier lists take precedence)"]
            for item in items {
                let kinds = SourceEntry.Kind.allCases.map { "\(grouped(item.entries[$0.rawValue] ?? 0)) \($0.rawValue)" }
                lines.append("")
                lines.append("\(item.name)  label \(item.label)  \(kinds.joined(separator: ", "))")
                lines.append("    \(item.source)  sha256 \(item.sha256)")
                lines.append("    \(item.importedAt.map { "imported \($0)" } ?? "built in"); \(item.format), \(grouped(item.rows)) rows, \(grouped(item.rejected)) rejected")
            }
            print(lines.joined(separator: "\n"))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an imported list.")

        @Argument(help: "The list's name (see `tangle sources list`).")
        var list: String

        @OptionGroup var registry: RegistryOption

        func run() throws {
            guard list != BuiltInSources.listName else {
                throw ValidationError("the built-in list cannot be removed; import a list that labels the same things to override it")
            }
            guard SourceList.isValidName(list), try registry.store.remove(list) else {
                let names = try registry.store.lists().map(\.name)
                throw ValidationError("no list '\(list)' in \(registry.directory); it has \(names.isEmpty ? "none" : names.joined(separator: ", "))")
            }
            print("removed \(list)")
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every entry that labels a URL, a domain or an @handle, the one that wins first.",
            discussion: "A value with a '/' is a URL, one starting with '@' or without a '.' a handle or account id, anything else a domain.")

        @Argument(help: "A URL, a domain, or an @handle.")
        var value: String

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var registry: RegistryOption

        func run() throws {
            let sources = try registry.load()
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            let matches: [SourceEntry]
            if trimmed.hasPrefix("@") || !trimmed.contains(".") {
                matches = sources.matches(forAccount: trimmed)
            } else if trimmed.contains("/") {
                matches = sources.matches(forURL: URLNormalizer.normalize(trimmed).url)
            } else {
                matches = sources.matches(forDomain: trimmed)
            }
            if json {
                print(try jsonText(matches))
                return
            }
            guard !matches.isEmpty else {
                print("\(trimmed): not in the registry")
                return
            }
            for entry in matches {
                var facts = [entry.kind.rawValue, entry.platform, entry.name, entry.country].compactMap { $0 }
                if let note = entry.note { facts.append(note) }
                print("\(entry.label)  \(entry.value)  (\(facts.joined(separator: "; ")))  list \(entry.list)  \(entry.citation ?? "")")
            }
        }
    }

    struct Label: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Label a case's links, domains and accounts by the registry: counts by label and the labelled domains with most posts.")

        @OptionGroup var caseFile: CaseOption

        @Option(help: "How many labelled domains to show.")
        var top = 20

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var registry: RegistryOption

        func validate() throws {
            guard top > 0 else { throw ValidationError("--top must be positive") }
        }

        func run() throws {
            let caseFile = try CaseFile(path: self.caseFile.path, create: false)
            let frame = try caseFile.frame()
            let accounts = try caseFile.traceAccounts(frame.accountRowIDs)
            let labels = SourceLabels(
                registry: try registry.load(), frame: frame,
                accounts: accounts.map { SourceLabels.Account(platformID: $0.platformID, handle: $0.handle, platform: $0.platform) })
            let summary = labels.summary(frame, top: top)
            if json {
                print(try jsonText(summary))
                return
            }
            var lines = [
                "\(grouped(summary.posts)) posts, \(grouped(summary.links)) links, \(grouped(summary.domains)) domains, \(grouped(summary.accounts)) accounts; "
                    + "\(grouped(summary.labelledPosts)) posts (\(percent(summary.labelledPosts, summary.posts).trimmingCharacters(in: .whitespaces))) carry a label"
            ]
            if summary.labels.isEmpty { lines.append("nothing in the case is in the registry (\(registry.directory) and the built-in list)") }
            for count in summary.labels {
                lines.append(
                    "  \(count.label)  \(grouped(count.posts)) posts, \(grouped(count.links)) links, \(grouped(count.domains)) domains, \(grouped(count.accounts)) accounts")
            }
            if !summary.topDomains.isEmpty {
                lines.append("")
                lines.append("labelled domains by posts:")
                for source in summary.topDomains {
                    let about = [source.name, source.country].compactMap { $0 }.joined(separator: ", ")
                    lines.append("  \(source.domain)  \(grouped(source.posts))  \(source.label)\(about.isEmpty ? "" : "  (\(about))")  list \(source.list)")
                }
            }
            print(lines.joined(separator: "\n"))
        }
    }
}
