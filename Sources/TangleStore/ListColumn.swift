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

    /// Items joined as they are, repeats and order kept (the raw URLs that pair with `urls`).
    static func join(_ items: [String]) -> String {
        items.map { $0.utf8.contains(0x20) ? $0.replacingSpaces() : $0 }.joined(separator: " ")
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
