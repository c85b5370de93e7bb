import Foundation
import TangleCore

extension SourceListImporter {
    /// A user's list: a header naming a `domain`, `account` (or `handle`) or `url` column, and
    /// optionally `label` (else the imported label), `note`, `platform`, `country`, `name`, `citation`
    /// (else the file and line). An account cell may be a handle, `@handle`, a platform id or a profile
    /// link; a domain or url cell with a path becomes a URL prefix.
    static func parseCSV(
        _ bytes: [UInt8], file: String, citationFile: String, label: String, list: String
    ) throws -> SourceListImport {
        let records = try SourceListCSV.records(bytes, file: file)
        guard let header = records.first else { throw InputFileError(file: file, line: 0, "the file is empty") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        let domain = column("domain"), account = column("account") ?? column("handle"), url = column("url")
        guard domain != nil || account != nil || url != nil else {
            throw InputFileError(
                file: file, line: header.line, "expected a header with a domain, account or url column, got \(header.fields.joined(separator: ","))")
        }
        let labelColumn = column("label"), note = column("note"), platformColumn = column("platform")
        let country = column("country"), name = column("name"), citation = column("citation")

        var collector = EntryCollector(format: .csv)
        for record in records.dropFirst() where !record.isBlank {
            collector.result.rows += 1
            func cell(_ index: Int?) -> String? { index.flatMap { $0 < record.fields.count ? record.fields[$0].sourceListCell : nil } }
            guard record.fields.count <= names.count else {
                collector.reject(line: record.line, "expected \(names.count) fields as in the header, got \(record.fields.count)")
                continue
            }
            guard let rowLabel = cell(labelColumn) ?? label.sourceListCell else {
                collector.reject(line: record.line, "expected a label (a label column, or --as)")
                continue
            }
            func entry(_ kind: SourceEntry.Kind, _ value: String, platform: String?) -> SourceEntry {
                SourceEntry(
                    kind: kind, value: value, label: rowLabel, platform: platform, country: cell(country), name: cell(name),
                    note: cell(note), citation: cell(citation) ?? "\(citationFile):\(record.line)", list: list)
            }
            var added = false
            for (index, columnName) in [(domain, "domain"), (url, "url")] {
                guard let text = cell(index) else { continue }
                guard let site = site(text) else {
                    collector.reject(line: record.line, "\(columnName): expected a domain or web address, got '\(text)'")
                    continue
                }
                collector.add(site.prefix.map { entry(.urlPrefix, $0, platform: nil) } ?? entry(.domain, site.host, platform: nil))
                added = true
            }
            if let text = cell(account) {
                let platform = cell(platformColumn)?.lowercased()
                if text.contains("/") {
                    if let linked = SocialLink.account(fromURL: text) {
                        collector.add(entry(.account, linked.handle, platform: linked.platform))
                        added = true
                    } else {
                        collector.reject(line: record.line, "account: expected a handle or a profile link such as https://twitter.com/NAME, got '\(text)'")
                    }
                } else {
                    let handle = text.hasPrefix("@") ? String(text.dropFirst()) : text
                    if handle.isEmpty || handle.contains(where: \.isWhitespace) {
                        collector.reject(line: record.line, "account: expected a handle or platform id without spaces, got '\(text)'")
                    } else {
                        collector.add(entry(.account, handle, platform: platform))
                        added = true
                    }
                }
            }
            if !added, !collector.result.problems.contains(where: { $0.line == record.line }) {
                collector.reject(line: record.line, "expected a domain, account or url value")
            }
        }
        return collector.result
    }
}
