/// The `RT @handle:` that old-style retweets start with, which names the reposted account where the
/// data has no other reference to it.
enum RetweetPrefix {
    /// The handle after `RT @`, as written without `@`, or nil when the text does not start that way.
    static func handle(in text: String) -> String? {
        let bytes = text.utf8
        guard bytes.starts(with: "RT @".utf8) else { return nil }
        let rest = bytes.dropFirst(4)
        let handle = rest.prefix { isHandleByte($0) }
        guard !handle.isEmpty, rest.dropFirst(handle.count).first == UInt8(ascii: ":") else { return nil }
        return String(decoding: handle, as: UTF8.self)
    }

    /// Twitter handles are ASCII letters, digits and underscores.
    private static func isHandleByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
    }
}
