import TangleCore

extension JSONDocument {
    /// A date-time string in any layout `Timestamp.parseDateTime` reads, as UTC milliseconds.
    func dateTime(_ node: Int?) -> Int64? {
        guard let node, kind(node) == .string else { return nil }
        return withContent(node) { Timestamp.parseDateTime($0) }
    }

    /// Unix seconds written as a number or a string of digits (`"date_unixtime": "1736936400"`), as
    /// UTC milliseconds.
    func unixSeconds(_ node: Int?) -> Int64? {
        guard let node, kind(node) == .string || kind(node) == .number else { return nil }
        return withContent(node) { Timestamp.parseUnix($0) }
    }

    /// The first element of an array.
    func first(_ array: Int?) -> Int? {
        var elements = elements(array)
        return elements.next()
    }

    /// A value as a message shows it: a string quoted, anything else as written, cut short.
    func shown(_ node: Int?) -> String {
        guard let node else { return "nothing" }
        let limit = 80
        let text: String
        switch kind(node) {
        case .string: text = "\"" + (string(node) ?? "") + "\""
        case .object: return "an object"
        case .array: return "an array"
        default: text = String(decoding: raw(node), as: UTF8.self)
        }
        return text.count > limit ? String(text.prefix(limit)) + "..." : text
    }
}
