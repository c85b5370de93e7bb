import TangleCore

/// Every link, domain and account of a case labelled by a `SourceRegistry`: one registry lookup per
/// distinct link, domain and account (not per post), then integer arrays the callers sweep.
///
/// A link is labelled by `SourceRegistry.entry(forURL:host:)` on its normalised form (URL prefix, then
/// its host and parent domains); a domain of `Frame.domains` (a registrable domain) by
/// `entry(forDomain:)`; an account by `entry(forAccount:platformID:platform:)`. Each thing gets at
/// most one entry (the registry's precedence rule), so label counts never count a thing twice.
public struct SourceLabels: Sendable {
    /// How a dense account of the Frame is named.
    public struct Account: Sendable, Equatable {
        public var platformID: String
        public var handle: String?
        /// `twitter`, `telegram`, ...; nil or `unknown` matches any platform's entry.
        public var platform: String?

        public init(platformID: String, handle: String?, platform: String? = nil) {
            self.platformID = platformID
            self.handle = handle
            self.platform = platform
        }
    }

    /// "Not labelled" in the entry columns.
    public static let none: Int32 = -1

    public let registry: SourceRegistry
    /// The labels that occur in the case, sorted.
    public let labels: [String]
    /// Per code of `Frame.links`: the index of its entry in `registry.entries`, or `none`.
    public let linkEntries: [Int32]
    /// Per code of `Frame.domains`: the index of its entry, or `none`.
    public let domainEntries: [Int32]
    /// Per dense account: the index of its entry, or `none` (all `none` when no accounts were given).
    public let accountEntries: [Int32]
    /// Per registry entry: the index of its label in `labels`, or `none` when it labels nothing here.
    private let entryLabels: [Int32]

    /// Labels `frame`'s links and domains, and its accounts when `accounts` (aligned with the dense
    /// account index) is given.
    ///
    /// - Complexity: O(distinct links + distinct domains + accounts) registry lookups.
    public init(registry: SourceRegistry, frame: Frame, accounts: [Account] = []) {
        precondition(accounts.isEmpty || accounts.count == frame.accountCount, "accounts must align with the Frame's dense accounts")
        self.registry = registry
        linkEntries = frame.links.names.map { registry.entryIndex(forURL: $0, host: "") ?? Self.none }
        domainEntries = frame.domains.names.map { registry.entryIndex(forDomain: $0) ?? Self.none }
        accountEntries =
            accounts.isEmpty
            ? [Int32](repeating: Self.none, count: frame.accountCount)
            : accounts.map { registry.entryIndex(forAccount: $0.handle, platformID: $0.platformID, platform: $0.platform ?? "") ?? Self.none }
        var used = Set<String>()
        for index in [linkEntries, domainEntries, accountEntries].joined() where index != Self.none {
            used.insert(registry.entries[Int(index)].label)
        }
        let labels = used.sorted()
        self.labels = labels
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, Int32($0)) })
        entryLabels = registry.entries.map { labelIndex[$0.label] ?? Self.none }
    }

    /// The entry labelling link code `code` of the Frame, or nil.
    public func entry(link code: UInt32) -> SourceEntry? { entry(at: linkEntries[Int(code)]) }

    /// The entry labelling domain code `code` of the Frame, or nil.
    public func entry(domain code: UInt32) -> SourceEntry? { entry(at: domainEntries[Int(code)]) }

    /// The entry labelling dense account `account`, or nil.
    public func entry(account: UInt32) -> SourceEntry? { entry(at: accountEntries[Int(account)]) }

    /// The index in `registry.entries` that labels a post, most specific first: its first labelled
    /// link, else its first labelled domain, else its author; `none` when nothing does.
    public func entryIndex(post: Int, in frame: Frame) -> Int32 {
        for code in frame.links[post] where linkEntries[Int(code)] != Self.none { return linkEntries[Int(code)] }
        for code in frame.domains[post] where domainEntries[Int(code)] != Self.none { return domainEntries[Int(code)] }
        return accountEntries[Int(frame.accounts[post])]
    }

    /// The label index (into `labels`) of a registry entry index, or `none`.
    public func labelIndex(ofEntry index: Int32) -> Int32 { index == Self.none ? Self.none : entryLabels[Int(index)] }

    private func entry(at index: Int32) -> SourceEntry? { index == Self.none ? nil : registry.entries[Int(index)] }
}

extension SourceLabels {
    /// How much of a case one label covers.
    public struct LabelCount: Sendable, Equatable, Codable {
        public var label: String
        /// Posts with a link, domain or author carrying the label.
        public var posts: Int
        /// Distinct links (normalised URLs) with the label.
        public var links: Int
        /// Distinct registrable domains with the label.
        public var domains: Int
        /// Accounts with the label.
        public var accounts: Int
    }

    /// One registry entry and the posts that link to it.
    public struct LabelledSource: Sendable, Equatable, Codable {
        /// The entry's value: a domain or a URL prefix.
        public var domain: String
        public var label: String
        public var name: String?
        public var country: String?
        public var list: String
        /// Posts with a link or domain this entry labels.
        public var posts: Int
    }

    /// A case's labels: totals, counts per label, and the labelled domains with most posts.
    public struct Summary: Sendable, Equatable, Codable {
        public var posts: Int
        public var links: Int
        public var domains: Int
        public var accounts: Int
        /// Posts with at least one label.
        public var labelledPosts: Int
        /// By label, sorted by label.
        public var labels: [LabelCount]
        /// Most posts first, ties by domain.
        public var topDomains: [LabelledSource]
    }

    /// Counts of posts, links, domains and accounts by label, and the `top` labelled domains (or URL
    /// prefixes) by the number of posts linking to them.
    ///
    /// - Complexity: O(posts + their links and domains).
    public func summary(_ frame: Frame, top: Int = 20) -> Summary {
        var counts = labels.map { LabelCount(label: $0, posts: 0, links: 0, domains: 0, accounts: 0) }
        for index in linkEntries where index != Self.none { counts[Int(entryLabels[Int(index)])].links += 1 }
        for index in domainEntries where index != Self.none { counts[Int(entryLabels[Int(index)])].domains += 1 }
        for index in accountEntries where index != Self.none { counts[Int(entryLabels[Int(index)])].accounts += 1 }

        // The last post counted for each label and each entry, so that a post counts once per label
        // and once per entry however many of its links they label.
        var labelSeen = [Int](repeating: -1, count: labels.count)
        var entrySeen: [Int32: Int] = [:]
        var entryPosts: [Int32: Int] = [:]
        var labelledPosts = 0
        for post in 0..<frame.postCount {
            var labelled = false
            func count(_ index: Int32, source: Bool) {
                guard index != Self.none else { return }
                let label = Int(entryLabels[Int(index)])
                if labelSeen[label] != post {
                    labelSeen[label] = post
                    counts[label].posts += 1
                }
                labelled = true
                if source, entrySeen[index] != post {
                    entrySeen[index] = post
                    entryPosts[index, default: 0] += 1
                }
            }
            for code in frame.links[post] { count(linkEntries[Int(code)], source: true) }
            for code in frame.domains[post] { count(domainEntries[Int(code)], source: true) }
            count(accountEntries[Int(frame.accounts[post])], source: false)
            if labelled { labelledPosts += 1 }
        }
        let sources = entryPosts.map { index, posts in
            let entry = registry.entries[Int(index)]
            return LabelledSource(domain: entry.value, label: entry.label, name: entry.name, country: entry.country, list: entry.list, posts: posts)
        }
        let topDomains = sources.sorted { ($1.posts, $0.domain, $0.list) < ($0.posts, $1.domain, $1.list) }.prefix(top)
        return Summary(
            posts: frame.postCount, links: frame.links.names.count, domains: frame.domains.names.count,
            accounts: frame.accountCount, labelledPosts: labelledPosts, labels: counts, topDomains: Array(topDomains))
    }

    /// The links a group of accounts posted, by label.
    public struct LinkShares: Sendable, Equatable, Codable {
        public struct Share: Sendable, Equatable, Codable {
            public var label: String
            public var links: Int
            /// `links` over all the group's links.
            public var share: Double
        }

        /// Every link the group posted (each occurrence in a post; reposts included, since
        /// amplification is the traffic a network adds).
        public var links: Int
        /// Labelled links, by label, most first (ties by label).
        public var labels: [Share]
    }

    /// The share of the links posted by `members` (dense account indices) that each label covers.
    ///
    /// - Complexity: O(posts + their links).
    public func linkShares(of members: [UInt32], in frame: Frame) -> LinkShares {
        var isMember = [Bool](repeating: false, count: frame.accountCount)
        for member in members { isMember[Int(member)] = true }
        var byLabel = [Int](repeating: 0, count: labels.count)
        var total = 0
        for post in 0..<frame.postCount where isMember[Int(frame.accounts[post])] {
            for code in frame.links[post] {
                total += 1
                let index = linkEntries[Int(code)]
                if index != Self.none { byLabel[Int(entryLabels[Int(index)])] += 1 }
            }
        }
        let shares = byLabel.enumerated().filter { $0.element > 0 }
            .sorted { ($1.element, labels[$0.offset]) < ($0.element, labels[$1.offset]) }
            .map { LinkShares.Share(label: labels[$0.offset], links: $0.element, share: Double($0.element) / Double(total)) }
        return LinkShares(links: total, labels: shares)
    }
}
