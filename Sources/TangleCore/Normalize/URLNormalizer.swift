/// Turns URLs as written into the form used for matching.
public enum URLNormalizer {
    public struct Normalized: Sendable, Equatable {
        public var url: String
        public var domain: String?
        public var isShortener: Bool
    }

    /// Normalises one URL. (Placeholder: the full rules land with the normalisation work.)
    public static func normalize(_ url: String) -> Normalized {
        Normalized(url: url.lowercased(), domain: nil, isShortener: false)
    }
}
