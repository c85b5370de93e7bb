/// A link in a post: the form the data wrote, the form used for matching, and its registrable domain.
public struct Link: Sendable, Hashable {
    /// As the data wrote it (expanded where the data had the expansion).
    public var raw: String
    /// The matching form (see `URLNormalizer`), or the opaque id itself for pre-hashed tables;
    /// empty when only the domain is known.
    public var normalized: String
    /// The registrable domain (`bbc.co.uk`), or nil where there is none.
    public var domain: String?
    /// True for link shorteners (t.co, bit.ly, ...), which are marked, never fetched.
    public var isShortener: Bool

    /// A link read from a URL as written; normalises it.
    public init(url: String) {
        let normal = URLNormalizer.normalize(url)
        self.raw = url
        self.normalized = normal.url
        self.domain = normal.domain
        self.isShortener = normal.isShortener
    }

    /// A link known only by opaque ids (CooRTweet's hashed `url_id` and `domain_id`). A nil id with a
    /// domain is a link whose URL the data withheld but whose domain it gave.
    public init(opaque id: String?, domain: String?) {
        self.raw = id ?? ""
        self.normalized = id ?? ""
        self.domain = domain
        self.isShortener = false
    }
}
