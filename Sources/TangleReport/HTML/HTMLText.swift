import Foundation

/// Small helpers for writing HTML and SVG by hand: escaping, tables, numbers.
enum HTML {
    /// Escapes text for element content and quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A cell: text to escape, or markup already escaped; numeric cells align right.
    struct Cell {
        var html: String
        var numeric = false
        static func text(_ text: String) -> Cell { Cell(html: escape(text)) }
        static func number(_ text: String) -> Cell { Cell(html: escape(text), numeric: true) }
        static func code(_ text: String) -> Cell { Cell(html: "<code>" + escape(text) + "</code>") }
        static func markup(_ html: String) -> Cell { Cell(html: html) }
    }

    static func table(_ header: [String], _ rows: [[Cell]], caption: String? = nil, cssClass: String? = nil) -> String {
        guard !rows.isEmpty else { return "" }
        var out = "<table" + (cssClass.map { " class=\"\($0)\"" } ?? "") + ">"
        if let caption { out += "<caption>\(escape(caption))</caption>" }
        out += "<thead><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>" + row.map { $0.numeric ? "<td class=\"n\">\($0.html)</td>" : "<td>\($0.html)</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// `12,345`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = value < 0 ? "-" : ""
        for (index, ch) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return out
    }

    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    static func percent(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }

    /// A number for SVG coordinates: one decimal, no `-0.0`.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == 0 ? "0" : (rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded))
    }

    /// "showing 20 of 1,234" when lists are cut, else nothing.
    static func shown(_ shown: Int, of total: Int, what: String) -> String {
        total > shown ? "<p class=\"note\">Showing the top \(grouped(shown)) of \(grouped(total)) \(escape(what)).</p>\n" : ""
    }

    /// Network colours, by index; the same network keeps its colour across the report.
    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"]

    static func colour(network id: String) -> String {
        let index = Int(id.dropFirst()).map { $0 - 1 } ?? 0
        return palette[((index % palette.count) + palette.count) % palette.count]
    }
}
