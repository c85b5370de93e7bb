import TangleCore
import TangleStore

/// A one-page HTML summary of a case: sources, counts, time span and top lists. Self-contained
/// (inline CSS, no scripts, no external requests) and deterministic.
public enum SummaryReport {
    public static func html(_ s: CaseSummary, title: String) -> String {
        var body = "<h1>\(escape(title))</h1>\n"
        body += "<p>\(s.posts) posts by \(s.accountsWithPosts) accounts"
        if let first = s.firstPost, let last = s.lastPost { body += ", \(escape(first)) to \(escape(last))" }
        body += ".</p>\n"
        body += table(
            "Sources", ["file", "format", "bytes", "sha256", "status", "rows", "stored", "duplicates", "rejected"],
            s.sources.map {
                [$0.path, $0.format, String($0.size), String($0.sha256.prefix(16)), $0.status, String($0.rowsRead),
                 String($0.postsStored), String($0.postsDuplicate), String($0.rejected)]
            })
        body += table("Posts by kind", ["kind", "posts"], s.postsByKind.map { [$0.name, String($0.count)] })
        body += table(
            "Top accounts", ["handle", "platform id", "posts"],
            s.topAccounts.map { [$0.handle.map { "@" + $0 } ?? "", $0.platformID, String($0.posts)] })
        body += table("Top domains", ["domain", "posts"], s.topDomains.map { [$0.name, String($0.count)] })
        body += table("Top hashtags", ["hashtag", "posts"], s.topHashtags.map { ["#" + $0.name, String($0.count)] })
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title>
            <style>
            body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
            table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}
            td.n{text-align:right;font-variant-numeric:tabular-nums}h2{margin-top:2rem;font-size:1.1rem}
            </style></head><body>
            \(body)</body></html>

            """
    }

    private static func table(_ title: String, _ header: [String], _ rows: [[String]]) -> String {
        var out = "<h2>\(escape(title))</h2>\n<table><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n"
        for row in rows {
            out += "<tr>" + row.map { cell in
                cell.allSatisfy(\.isNumber) && !cell.isEmpty ? "<td class=n>\(cell)</td>" : "<td>\(escape(cell))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</table>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }
}
