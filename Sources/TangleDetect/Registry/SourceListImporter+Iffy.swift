extension SourceListImporter {
    /// Iffy-style URL patterns, one per line: `https://domain/*` becomes a domain entry,
    /// `https://domain/path/*` a URL prefix. Blank lines and `#` comments are skipped.
    static func parseIffy(_ bytes: [UInt8], citationFile: String, label: String, list: String) -> SourceListImport {
        var collector = EntryCollector(format: .iffy)
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            line += 1
            defer { start = end + 1 }
            guard let text = String(decoding: bytes[start..<end], as: UTF8.self).sourceListCell, !text.hasPrefix("#") else { continue }
            collector.result.rows += 1
            guard !text.contains(where: \.isWhitespace), let site = site(text) else {
                collector.reject(line: line, "expected a URL pattern such as https://domain/* or https://domain/path/*, got '\(text)'")
                continue
            }
            let citation = "\(citationFile):\(line)"
            if let prefix = site.prefix {
                collector.add(SourceEntry(kind: .urlPrefix, value: prefix, label: label, citation: citation, list: list))
            } else {
                collector.add(SourceEntry(kind: .domain, value: site.host, label: label, citation: citation, list: list))
            }
        }
        return collector.result
    }
}
