/// Normal forms of hashtags, mentions and texts, used as matching keys, and their extraction from text.
public enum Normalize {
    /// A hashtag without `#`, lower-cased. (Placeholder.)
    public static func hashtag(_ tag: some StringProtocol) -> String {
        String(tag.drop(while: { $0 == "#" })).lowercased()
    }

    /// A handle without `@`, lower-cased. (Placeholder.)
    public static func mention(_ handle: some StringProtocol) -> String {
        String(handle.drop(while: { $0 == "@" })).lowercased()
    }

    /// The matching form of a text. (Placeholder.)
    public static func text(_ text: String) -> String {
        text.lowercased()
    }

    /// The hashtags written in a text, normalised, in order of appearance. (Placeholder.)
    public static func hashtags(in text: String) -> [String] {
        text.split(separator: " ").filter { $0.hasPrefix("#") && $0.count > 1 }.map { hashtag($0) }
    }

    /// The handles mentioned in a text, normalised, in order of appearance. (Placeholder.)
    public static func mentions(in text: String) -> [String] {
        text.split(separator: " ").filter { $0.hasPrefix("@") && $0.count > 1 }.map { mention($0) }
    }

    /// The URLs written in a text, as written, in order of appearance. (Placeholder.)
    public static func urls(in text: String) -> [String] {
        text.split(separator: " ").filter { $0.hasPrefix("http://") || $0.hasPrefix("https://") }.map(String.init)
    }
}
