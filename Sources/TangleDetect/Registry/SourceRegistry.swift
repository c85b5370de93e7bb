import TangleCore

/// One labelled source: a domain, an account or a URL prefix, with the list it came from.
public struct SourceEntry: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A host or registrable domain, without `www.`; matches it and its subdomains.
        case domain
        /// An account handle (without `@`) or platform id, on one platform or any.
        case account
        /// A normalised URL prefix (Iffy's `https://domain/path/*` is `domain/path`); matches URLs on
        /// exactly that host whose path continues at a boundary (`/`, `?`, `#`, `&` or the end).
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
    /// Where the label comes from: a URL, or a dataset's file and line.
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
///
/// **Most specific match wins**: for a URL, the longest URL prefix on its host, then the longest
/// matching domain (`news.rt.com` before `rt.com`); for an account, its handle before its platform id.
///
/// **Precedence between lists**: when two entries label the same thing (same kind and value; for
/// accounts, also a platform both accept), the one earlier in `entries` wins. `SourceRegistry(lists:)`
/// (what `tangle sources` uses) orders entries by
/// 1. label: `state-media` first, then other labels in byte order. A state-affiliated outlet is the
///    origin class provenance looks for, so RT stays `state-media` when the Iffy list also names
///    rt.com `low-credibility` (`tangle sources lookup` shows every label a thing has);
/// 2. list: imported lists by name (byte order), the built-in list last, so an analyst's own list
///    overrides the starter list's entry for the same label;
/// 3. row order within a list.
/// The outcome never depends on the order in which lists were imported.
///
/// Lookups are dictionary probes: O(labels in the host) for a domain, plus the URL prefixes of that
/// one host for a URL.
public struct SourceRegistry: Sendable {
    public private(set) var entries: [SourceEntry]
    /// Domain value → entry indices, in precedence order.
    private var domainIndex: [String: [Int32]] = [:]
    /// Host → URL-prefix entry indices, longest prefix first, then precedence order.
    private var prefixIndex: [String: [Int32]] = [:]
    /// Lower-cased handle or id → account entry indices, in precedence order.
    private var accountIndex: [String: [Int32]] = [:]

    /// A registry over `entries`, earlier entries taking precedence over later ones for the same key.
    ///
    /// - Complexity: O(n) in the number of entries (plus sorting each host's URL prefixes).
    public init(entries: [SourceEntry]) {
        self.entries = entries
        for (index, entry) in entries.enumerated() {
            let i = Int32(index)
            switch entry.kind {
            case .domain:
                domainIndex[Self.domainKey(entry.value), default: []].append(i)
            case .account:
                accountIndex[Self.accountKey(entry.value), default: []].append(i)
            case .urlPrefix:
                let prefix = Self.prefixKey(entry.value)
                prefixIndex[String(Self.host(ofNormalizedURL: prefix)), default: []].append(i)
            }
        }
        for (host, indices) in prefixIndex {
            // A stable sort: equal lengths keep precedence order.
            prefixIndex[host] = indices.enumerated().sorted { a, b in
                let la = Self.prefixKey(entries[Int(a.element)].value).utf8.count
                let lb = Self.prefixKey(entries[Int(b.element)].value).utf8.count
                return la != lb ? la > lb : a.offset < b.offset
            }.map(\.element)
        }
    }

    /// A registry over whole lists, their entries ordered by the type's precedence rule (label, then
    /// list name with the built-in list last, then row).
    public init(lists: [SourceList]) {
        let ordered = lists.filter { $0.name != BuiltInSources.listName }.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
            + lists.filter { $0.name == BuiltInSources.listName }
        let entries = ordered.flatMap(\.entries).enumerated().sorted { a, b in
            let (la, lb) = (a.element.label, b.element.label)
            if la != lb {
                if la == BuiltInSources.label || lb == BuiltInSources.label { return la == BuiltInSources.label }
                return la.utf8.lexicographicallyPrecedes(lb.utf8)
            }
            return a.offset < b.offset
        }
        self.init(entries: entries.map(\.element))
    }

    /// The entry for a normalised URL and its host (most specific match first: URL prefix, then the
    /// longest matching domain), or nil. An empty `host` is taken from the URL.
    public func entry(forURL url: String, host: String) -> SourceEntry? {
        entryIndex(forURL: url, host: host).map { entries[Int($0)] }
    }

    /// The entry for a host or registrable domain, matching its parent domains too, or nil.
    public func entry(forDomain domain: String) -> SourceEntry? {
        entryIndex(forDomain: domain).map { entries[Int($0)] }
    }

    /// The entry for an account by handle (case-insensitive, without `@`) or platform id, or nil.
    ///
    /// An entry with a platform matches accounts on that platform only, except when `platform` is
    /// empty or `unknown` (hashed-id tables and generic CSV do not say): then any platform's entry does.
    public func entry(forAccount handle: String?, platformID: String, platform: String) -> SourceEntry? {
        entryIndex(forAccount: handle, platformID: platformID, platform: platform).map { entries[Int($0)] }
    }

    /// The index in `entries` of `entry(forURL:host:)`'s answer.
    public func entryIndex(forURL url: String, host: String) -> Int32? {
        let host = host.isEmpty ? String(Self.host(ofNormalizedURL: url)) : host
        if let candidates = prefixIndex[host] {
            for index in candidates where Self.hasPrefix(url, Self.prefixKey(entries[Int(index)].value)) { return index }
        }
        return entryIndex(forDomain: host)
    }

    /// The index in `entries` of `entry(forDomain:)`'s answer.
    public func entryIndex(forDomain domain: String) -> Int32? {
        guard !domainIndex.isEmpty else { return nil }
        var host = Substring(Self.domainKey(domain))
        while !host.isEmpty {
            if let found = domainIndex[String(host)] { return found[0] }
            guard let dot = host.firstIndex(of: ".") else { return nil }
            host = host[host.index(after: dot)...]
        }
        return nil
    }

    /// The index in `entries` of `entry(forAccount:platformID:platform:)`'s answer.
    public func entryIndex(forAccount handle: String?, platformID: String, platform: String) -> Int32? {
        guard !accountIndex.isEmpty else { return nil }
        let anyPlatform = platform.isEmpty || platform == "unknown"
        for key in [handle.map(Self.accountKey), Self.accountKey(platformID)] {
            guard let key, !key.isEmpty, let candidates = accountIndex[key] else { continue }
            for index in candidates {
                let entryPlatform = entries[Int(index)].platform
                if anyPlatform || entryPlatform == nil || entryPlatform == platform { return index }
            }
        }
        return nil
    }

    /// Every entry that matches a normalised URL (prefixes and domains, most specific first, then
    /// precedence), for `tangle sources lookup`.
    public func matches(forURL url: String) -> [SourceEntry] {
        let host = String(Self.host(ofNormalizedURL: url))
        let prefixes = (prefixIndex[host] ?? []).filter { Self.hasPrefix(url, Self.prefixKey(entries[Int($0)].value)) }
        return prefixes.map { entries[Int($0)] } + matches(forDomain: host)
    }

    /// Every domain entry for a host and its parent domains, longest first, then precedence.
    public func matches(forDomain domain: String) -> [SourceEntry] {
        var found: [SourceEntry] = []
        var host = Substring(Self.domainKey(domain))
        while !host.isEmpty {
            found += (domainIndex[String(host)] ?? []).map { entries[Int($0)] }
            guard let dot = host.firstIndex(of: ".") else { break }
            host = host[host.index(after: dot)...]
        }
        return found
    }

    /// Every account entry with this handle or id on any platform, in precedence order.
    public func matches(forAccount handle: String) -> [SourceEntry] {
        (accountIndex[Self.accountKey(handle)] ?? []).map { entries[Int($0)] }
    }

    /// The host of a URL in `URLNormalizer`'s normal form: what precedes the first `/`, `?`, `#` or
    /// port `:` after an optional kept scheme (`ftp://`). Not a URL parser: it relies on the normal
    /// form having no user info and a lower-cased host.
    public static func host(ofNormalizedURL url: String) -> Substring {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if rest.hasPrefix("[") {  // a bracketed IPv6 host holds colons
            return rest.firstIndex(of: "]").map { rest[...$0] } ?? rest
        }
        let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" || $0 == ":" } ?? rest.endIndex
        return rest[..<end]
    }

    /// A domain as the index holds it: lower case, no trailing dot, no leading `www.`.
    static func domainKey(_ value: String) -> String {
        var key = value.lowercased()
        while key.hasSuffix(".") { key.removeLast() }
        if key.hasPrefix("www."), key.dropFirst(4).contains(".") { key.removeFirst(4) }
        return key
    }

    /// A handle or id as the index holds it: lower case, no leading `@`.
    static func accountKey(_ value: String) -> String {
        value.hasPrefix("@") ? String(value.dropFirst()).lowercased() : value.lowercased()
    }

    /// A URL prefix as matching uses it: without a trailing `*` or `/` (the boundary rule covers them).
    static func prefixKey(_ value: String) -> String {
        var key = Substring(value)
        while key.hasSuffix("*") || key.hasSuffix("/") { key = key.dropLast() }
        return String(key)
    }

    /// True when `url` starts with `prefix` and continues, if at all, at a path boundary.
    static func hasPrefix(_ url: String, _ prefix: String) -> Bool {
        var u = url.utf8.makeIterator()
        for byte in prefix.utf8 where u.next() != byte { return false }
        guard let next = u.next() else { return true }
        return next == UInt8(ascii: "/") || next == UInt8(ascii: "?") || next == UInt8(ascii: "#") || next == UInt8(ascii: "&")
    }
}
