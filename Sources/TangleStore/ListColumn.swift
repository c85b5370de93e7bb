import GRDB

/// The encoding of list-valued post fields: items joined by single spaces, in first-seen order,
/// without repeats. Items never hold spaces (a space inside a raw URL is written `%20`).
enum ListColumn {
    static func encode(_ items: some Sequence<String>) -> String {
        var seen = Set<String>()
        var out = ""
        for item in items where !item.isEmpty {
            let clean = item.contains(" ") ? item.replacingSpaces() : item
            guard seen.insert(clean).inserted else { continue }
            if !out.isEmpty { out += " " }
            out += clean
        }
        return out
    }

    static func decode(_ column: String) -> [Substring] {
        column.split(separator: " ")
    }

    /// `tangle_union(a, b)`: the items of `a`, then those of `b` not in `a`. Merges the rows of a post
    /// that a table spreads over several lines (CooRTweet: one row per url, hashtag, ...).
    static let unionFunction = DatabaseFunction("tangle_union", argumentCount: 2, pure: true) { values in
        let a = String.fromDatabaseValue(values[0]) ?? ""
        let b = String.fromDatabaseValue(values[1]) ?? ""
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        return encode(decode(a).map(String.init) + decode(b).map(String.init))
    }
}

extension String {
    fileprivate func replacingSpaces() -> String {
        var out = ""
        for ch in self { out += ch == " " ? "%20" : String(ch) }
        return out
    }
}
