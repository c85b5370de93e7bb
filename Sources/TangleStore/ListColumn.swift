import GRDB

/// The encoding of list-valued post fields: items joined by single spaces, in first-seen order,
/// without repeats. Items never hold spaces (a space inside a raw URL is written `%20`).
enum ListColumn {
    /// - Complexity: O(n²) in the number of items, which is a handful per post; no hashing, no set.
    static func encode(_ items: some Sequence<String>) -> String {
        var kept: [String] = []
        for item in items where !item.isEmpty {
            let clean = item.utf8.contains(0x20) ? item.replacingSpaces() : item
            if !kept.contains(clean) { kept.append(clean) }
        }
        switch kept.count {
        case 0: return ""
        case 1: return kept[0]
        default: return kept.joined(separator: " ")
        }
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
        for ch in unicodeScalars {
            if ch == " " { out += "%20" } else { out.unicodeScalars.append(ch) }
        }
        return out
    }
}
