/// One labelled source: a domain, an account or a URL prefix, with the list it came from.
///
/// Interface agreed for issue 6; the registry helper fills in matching and loading.
public struct SourceEntry: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// A registrable domain or host; matches it and its subdomains.
        case domain
        /// An account handle (without `@`) or platform id, on one platform or any.
        case account
        /// A normalised URL prefix (Iffy's `https://domain/path/*`).
        case urlPrefix = "url-prefix"
    }

    public var kind: Kind
    public var value: String
    /// `state-media`, `low-credibility`, or a user's label.
    public var label: String
    /// The platform an account is on (`twitter`, `telegram`, ...); nil for any.
    public var platform: String?
    public var country: String?
    /// The outlet or source name.
    public var name: String?
    public var note: String?
    /// Where the label comes from: a URL or a dataset.
    public var citation: String?
    /// The list it was imported as (`built-in`, or the imported file's list name).
    public var list: String

    public init(
        kind: Kind, value: String, label: String, platform: String? = nil, country: String? = nil,
        name: String? = nil, note: String? = nil, citation: String? = nil, list: String
    ) {
        self.kind = kind
        self.value = value
        self.label = label
        self.platform = platform
        self.country = country
        self.name = name
        self.note = note
        self.citation = citation
        self.list = list
    }
}

/// Labels links, domains and accounts by the lists a user has imported plus the built-in starter list.
public struct SourceRegistry: Sendable {
    public private(set) var entries: [SourceEntry]

    public init(entries: [SourceEntry]) {
        self.entries = entries
    }

    /// The entry for a normalised URL and its host (most specific match first: URL prefix, then the
    /// longest matching domain), or nil.
    public func entry(forURL url: String, host: String) -> SourceEntry? {
        entries.first { $0.kind == .urlPrefix && url.hasPrefix($0.value) } ?? entry(forDomain: host)
    }

    /// The entry for a host or registrable domain, matching its parent domains too, or nil.
    public func entry(forDomain domain: String) -> SourceEntry? {
        var host = Substring(domain)
        while true {
            if let found = entries.first(where: { $0.kind == .domain && $0.value == host }) { return found }
            guard let dot = host.firstIndex(of: ".") else { return nil }
            host = host[host.index(after: dot)...]
        }
    }

    /// The entry for an account by handle (case-insensitive, without `@`) or platform id, or nil.
    public func entry(forAccount handle: String?, platformID: String, platform: String) -> SourceEntry? {
        let handle = handle.map { $0.lowercased() }
        return entries.first { entry in
            entry.kind == .account && (entry.platform == nil || entry.platform == platform)
                && (entry.value == platformID || entry.value.lowercased() == handle)
        }
    }
}
