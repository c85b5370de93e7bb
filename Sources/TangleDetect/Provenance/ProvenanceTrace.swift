/// The posts of one traced item (a URL, a story, a narrative) and what the tracer needs to know of
/// them, as plain arrays in time order.
///
/// Post `i` was made by account `accounts[i]` (an index into `accountClasses`, in the caller's own
/// numbering) at `times[i]`. The caller orders posts by time, ties by case-file row id, so that the
/// same case always gives the same trace.
public struct TraceInput: Sendable, Equatable {
    /// UTC milliseconds, ascending.
    public var times: [Int64] = []
    public var accounts: [UInt32] = []
    /// `PostKind` raw values.
    public var kinds: [UInt8] = []
    /// The index (in these posts) of the post this one reposts, quotes or replies to; -1 when it
    /// references none of them.
    public var references: [Int32] = []
    /// What a post without a usable reference attaches to by time order: the earliest earlier post
    /// with the same key (the URL it links). `TraceInput.noKey` attaches to the first post.
    public var attachKeys: [UInt32] = []
    /// Posts carrying a state-media label: on their account or on a domain they link.
    public var stateMedia: [Bool] = []
    /// Each account's classes, indexed by `accounts[i]`.
    public var accountClasses: [TraceAccountClass] = []

    public static let noKey = UInt32.max

    public init() {}

    public var count: Int { times.count }

    /// Appends one post.
    public mutating func append(
        time: Int64, account: UInt32, kind: UInt8, reference: Int32, attachKey: UInt32, stateMedia: Bool
    ) {
        times.append(time)
        accounts.append(account)
        kinds.append(kind)
        references.append(reference)
        attachKeys.append(attachKey)
        self.stateMedia.append(stateMedia)
    }
}

/// What an account is, for tracing: in a flagged coordinated network, on the watch list, above the
/// reach threshold, labelled by the source registry.
public struct TraceAccountClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let network = TraceAccountClass(rawValue: 1)
    public static let watched = TraceAccountClass(rawValue: 2)
    public static let highReach = TraceAccountClass(rawValue: 4)
    /// The registry labels the account itself (any label): such an account is not organic.
    public static let labelled = TraceAccountClass(rawValue: 8)
}

/// The classes of post whose first appearance a trace reports.
public enum TraceClass: String, Sendable, CaseIterable, Codable {
    /// A post labelled `state-media` by the registry, on its account or on a domain it links.
    case stateMedia = "state-media"
    /// A post by a member of a flagged coordinated network.
    case network
    /// A post by an account neither labelled by the registry nor in a flagged network.
    case organic
    case watched
    case highReach = "high-reach"
}

/// Where a story came from and how it spread: a provenance tree over the posts of one traced item.
///
/// Every post but the first has one parent. A post that reposts, quotes or replies to another post of
/// the trace hangs from it (a `reference` edge, what the data says). Any other post hangs from the
/// earliest earlier post with the same attach key, or from the first post (a `time-order` edge, an
/// inference the output names as such). A reference to a later post (clock skew, bad data) is
/// treated as no reference, so the tree has no cycle.
public struct ProvenanceTrace: Sendable, Equatable {
    public enum EdgeKind: String, Sendable, Codable {
        case reference
        case timeOrder = "time-order"
    }

    /// One step of the spread: the first post of a class, or a volume milestone.
    public struct Stage: Sendable, Equatable {
        /// `first appearance`, `first network`, `10 posts`, `half of posts`, `last post`, ...
        public var name: String
        public var post: Int
        /// Milliseconds after the first appearance.
        public var lag: Int64
    }

    /// The first post of an account on the watch list or above the reach threshold.
    public struct Uptake: Sendable, Equatable {
        public var post: Int
        public var account: UInt32
        /// Why the account counts: `.watched`, `.highReach` or both.
        public var reasons: TraceAccountClass
        /// Milliseconds after the first appearance.
        public var lag: Int64
        /// The posts from the first appearance down to this one, along the tree.
        public var path: [Int]
    }

    /// Each post's parent (-1 for the first post) and the kind of that edge.
    public private(set) var parents: [Int32]
    public private(set) var edgeKinds: [EdgeKind?]
    /// The first `firstCount` posts.
    public private(set) var firstPosts: [Int]
    /// The first post of each class that occurs, in class order.
    public private(set) var firstOfClass: [(TraceClass, Int)]
    /// First appearance, firsts of each class and volume milestones, in time order.
    public private(set) var stages: [Stage]
    /// One per account (watched or high-reach) other than the first poster, in time order.
    public private(set) var uptakes: [Uptake]
    public private(set) var referenceEdges = 0
    public private(set) var timeOrderEdges = 0

    /// Traces `input`.
    ///
    /// - Complexity: O(n + u·d) for n posts, u uptakes and d the depth of the tree.
    public init(_ input: TraceInput, firstCount: Int = 10) {
        let n = input.count
        parents = [Int32](repeating: -1, count: n)
        edgeKinds = [EdgeKind?](repeating: nil, count: n)
        firstPosts = Array(0..<min(firstCount, n))
        firstOfClass = []
        stages = []
        uptakes = []
        guard n > 0 else { return }

        var firstOfKey: [UInt32: Int32] = [:]
        for i in 0..<n {
            let key = input.attachKeys[i]
            if key != TraceInput.noKey, firstOfKey[key] == nil { firstOfKey[key] = Int32(i) }
            guard i > 0 else { continue }
            let reference = input.references[i]
            if reference >= 0, Int(reference) < i {
                parents[i] = reference
                edgeKinds[i] = .reference
                referenceEdges += 1
            } else {
                let earliest = key == TraceInput.noKey ? 0 : (firstOfKey[key] ?? 0)
                parents[i] = Int(earliest) < i ? earliest : 0
                edgeKinds[i] = .timeOrder
                timeOrderEdges += 1
            }
        }

        let start = input.times[0]
        var firsts: [TraceClass: Int] = [:]
        let rootAccount = input.accounts[0]
        var seenUptakeAccount = Set<UInt32>()
        for i in 0..<n {
            for c in Self.classes(of: i, in: input) where firsts[c] == nil { firsts[c] = i }
            let classes = input.accountClasses[Int(input.accounts[i])]
            let reasons = classes.intersection([.watched, .highReach])
            if !reasons.isEmpty, input.accounts[i] != rootAccount, seenUptakeAccount.insert(input.accounts[i]).inserted {
                uptakes.append(Uptake(post: i, account: input.accounts[i], reasons: reasons, lag: input.times[i] - start, path: []))
            }
        }
        for u in uptakes.indices { uptakes[u].path = path(to: uptakes[u].post) }
        firstOfClass = TraceClass.allCases.compactMap { c in firsts[c].map { (c, $0) } }

        var stages = [Stage(name: "first appearance", post: 0, lag: 0)]
        for (c, post) in firstOfClass where post > 0 {
            stages.append(Stage(name: "first \(c.rawValue)", post: post, lag: input.times[post] - start))
        }
        var milestone = 10
        while milestone < n {
            stages.append(Stage(name: "\(milestone) posts", post: milestone - 1, lag: input.times[milestone - 1] - start))
            milestone *= 10
        }
        if n >= 4 { stages.append(Stage(name: "half of posts", post: (n - 1) / 2, lag: input.times[(n - 1) / 2] - start)) }
        if n >= 2 { stages.append(Stage(name: "last post", post: n - 1, lag: input.times[n - 1] - start)) }
        // Stable by post, so that a class first and a milestone on the same post keep this order.
        self.stages = stages.enumerated().sorted { ($0.element.post, $0.offset) < ($1.element.post, $1.offset) }.map(\.element)
    }

    /// The classes post `i` belongs to, in class order.
    public static func classes(of i: Int, in input: TraceInput) -> [TraceClass] {
        let classes = input.accountClasses[Int(input.accounts[i])]
        var result: [TraceClass] = []
        if input.stateMedia[i] { result.append(.stateMedia) }
        if classes.contains(.network) { result.append(.network) }
        if classes.isDisjoint(with: [.network, .labelled]) { result.append(.organic) }
        if classes.contains(.watched) { result.append(.watched) }
        if classes.contains(.highReach) { result.append(.highReach) }
        return result
    }

    /// The posts from the first appearance down to `post`, following parents.
    ///
    /// - Complexity: O(depth of `post`).
    public func path(to post: Int) -> [Int] {
        var chain = [post]
        var current = post
        while parents[current] >= 0 {
            current = Int(parents[current])
            chain.append(current)
        }
        return chain.reversed()
    }

    public static func == (a: ProvenanceTrace, b: ProvenanceTrace) -> Bool {
        a.parents == b.parents && a.edgeKinds == b.edgeKinds && a.firstPosts == b.firstPosts
            && a.firstOfClass.map(\.0) == b.firstOfClass.map(\.0) && a.firstOfClass.map(\.1) == b.firstOfClass.map(\.1)
            && a.stages == b.stages && a.uptakes == b.uptakes
    }
}
