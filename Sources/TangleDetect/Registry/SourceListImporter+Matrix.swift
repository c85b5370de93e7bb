import Foundation
import TangleCore

extension SourceListImporter {
    /// The State Media Monitor matrix: each outlet's URL becomes a domain entry (plus a URL prefix
    /// when the URL names a section of a larger site), its streaming URL a URL prefix, each
    /// social-media link an account entry on its platform; country and outlet name as given, typology, company and status in the note, and the
    /// file and line as the citation.
    static func parseMatrix(
        _ bytes: [UInt8], file: String, citationFile: String, label: String, list: String
    ) throws -> SourceListImport {
        let records = try SourceListCSV.records(bytes, file: file)
        guard let header = records.first else { throw InputFileError(file: file, line: 0, "the file is empty") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        guard let url = column("url"), let asset = column("main assets") ?? column("media company") else {
            throw InputFileError(
                file: file, line: header.line,
                "expected the State Media Monitor matrix header with URL and Main assets columns, got \(header.fields.joined(separator: ","))")
        }
        let country = column("country"), company = column("media company"), typology = column("typology")
        let status = column("status"), streaming = column("streaming media url")
        let socials = names.indices.filter { names[$0].hasSuffix(" link") }

        var collector = EntryCollector(format: .matrix)
        for record in records.dropFirst() where !record.isBlank {
            collector.result.rows += 1
            func cell(_ index: Int?) -> String? { index.flatMap { $0 < record.fields.count ? record.fields[$0].sourceListCell : nil } }
            let name = cell(asset)
            let noteParts = [
                cell(typology).map { "typology \($0)" }, cell(company).flatMap { $0 == name ? nil : "company \($0)" },
                cell(status).map { "status \($0)" },
            ]
            let note = noteParts.compactMap { $0 }.joined(separator: "; ")
            func entry(_ kind: SourceEntry.Kind, _ value: String, platform: String? = nil) -> SourceEntry {
                SourceEntry(
                    kind: kind, value: value, label: label, platform: platform, country: cell(country), name: name,
                    note: note.isEmpty ? nil : note, citation: "\(citationFile):\(record.line)", list: list)
            }
            let before = collector.result.entries.count + collector.result.duplicates
            if let text = cell(url) {
                if let site = site(text) {
                    collector.add(entry(.domain, site.host))
                    if let prefix = site.prefix, isSection(prefix.dropFirst(site.host.count)) { collector.add(entry(.urlPrefix, prefix)) }
                } else {
                    collector.reject(line: record.line, "URL: expected a web address, got '\(text)'")
                }
            }
            // A stream is often a page on someone else's site (youtube.com/watch?v=..., rumble.com,
            // a CDN host): only its own URL is labelled, never its host.
            if let text = cell(streaming) {
                if let site = site(text) {
                    if let prefix = site.prefix { collector.add(entry(.urlPrefix, prefix)) }
                } else {
                    collector.reject(line: record.line, "streaming media URL: expected a web address, got '\(text)'")
                }
            }
            for index in socials {
                guard let text = cell(index) else { continue }
                guard let account = SocialLink.account(fromURL: text) else {
                    collector.reject(line: record.line, "\(header.fields[index]): expected a profile link such as https://twitter.com/NAME, got '\(text)'")
                    continue
                }
                collector.add(entry(.account, account.handle, platform: account.platform))
            }
            if collector.result.entries.count + collector.result.duplicates == before,
                !collector.result.problems.contains(where: { $0.line == record.line })
            {
                collector.reject(line: record.line, "no URL and no social-media link: nothing to label (\(name ?? "unnamed outlet"))")
            }
        }
        return collector.result
    }

    /// True when a URL's path (after the host) names a section of a site (`/radio`, `/respublika`),
    /// not a language version or a home page (`/en/`, `/EN/Default.aspx`, `/home/index`).
    static func isSection(_ path: Substring) -> Bool {
        let segments = path.split { $0 == "/" || $0 == "?" || $0 == "&" }
        return segments.contains { segment in
            let s = segment.lowercased()
            let stem = s.split(separator: ".").first.map(String.init) ?? s
            let isLanguage = (s.count == 2 && s.allSatisfy(\.isLetter))
                || (s.count == 5 && s.dropFirst(2).first == "-" && s.filter(\.isLetter).count == 4)
            let isHome = ["index", "default", "home", "main", "first"].contains(stem)
            return !isLanguage && !isHome && !s.allSatisfy(\.isNumber)
        }
    }
}
