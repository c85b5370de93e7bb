/// Normal forms of hashtags, mentions and texts, used as matching keys.
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
}
