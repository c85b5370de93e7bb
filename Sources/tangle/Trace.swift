import ArgumentParser
import Foundation
import TangleCore
import TangleDetect
import TangleStore

/// `tangle trace`: where a URL, story or narrative first appeared, how it spread, and when watched or
/// high-reach accounts took it up; `--all-urls` traces every URL and saves origins and uptakes.
struct Trace: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Trace a URL, story or narrative: first posts, who spread it, and its uptake by watched or high-reach accounts.",
        discussion: """
            A single trace reads indexes in the case file (URL -> posts, post -> its reposts, quotes and \
            replies); the first trace builds them, later ones add what was ingested since. A single trace \
            saves no run: a `trace` run comes from --all-urls only, so an ad-hoc trace never replaces the \
            findings `tangle evaluate` reads.

            Edges of the propagation path are `reference` where a post reposts, quotes or replies to \
            another, and `time-order` where the data has no reference: a post linking the URL then hangs \
            from the earliest earlier post of the same URL.
            """)

    static let detector = "trace"

    @OptionGroup var caseFile: CaseOption

    @Option(help: "A URL, in any spelling (it is normalised as at ingest).")
    var url: String?

    @Option(help: "A discovered story or theme (S1, T1) of the latest `tangle narratives --discover` run.")
    var story: String?

    @Option(help: "A defined narrative (e.g. voter-fraud) of the latest `tangle narratives --define` run.")
    var narrative: String?

    @Flag(name: .customLong("all-urls"), help: "Trace every URL with at least --min-posts posts and save origins and uptakes as a `trace` run.")
    var allURLs = false

    @Option(name: .customLong("min-posts"), help: "With --all-urls: the fewest posts linking a URL for it to be traced.")
    var minPosts = 3

    @Option(help: "Watched accounts: a file with one @handle or platform id per line (# starts a comment).")
    var watch: String?

    @Option(help: "Accounts with at least this many followers count as high-reach (uptake).")
    var reach: Int?

    @Option(help: "How many of the earliest posts to list.")
    var first = 10

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var registry: RegistryOption

    func validate() throws {
        let targets = [url != nil, story != nil, narrative != nil, allURLs].filter { $0 }.count
        guard targets == 1 else { throw ValidationError("give one of --url URL, --story ID, --narrative ID or --all-urls") }
        guard minPosts >= 1 else { throw ValidationError("--min-posts must be at least 1") }
        guard first >= 1 else { throw ValidationError("--first must be at least 1") }
        if let reach, reach < 0 { throw ValidationError("--reach must not be negative") }
    }

    func run() throws {
        var watchList = WatchList()
        if let watch {
            guard let data = FileManager.default.contents(atPath: watch) else {
                throw ValidationError("\(watch): cannot read the watch file")
            }
            do {
                watchList = try WatchList(parsing: data, file: watch)
            } catch {
                throw ValidationError(error.description)
            }
        }
        let store = try CaseFile(path: caseFile.path, create: false)
        var labels = TraceLabels(
            registry: try registry.load(), watch: watchList, reach: reach.map(Int64.init),
            networks: try store.flaggedNetworkMembers())
        if allURLs {
            try traceAllURLs(store, &labels)
        } else {
            try traceOne(store, &labels)
        }
    }

    // MARK: - One URL, story or narrative

    private func traceOne(_ store: CaseFile, _ labels: inout TraceLabels) throws {
        let progress = ProgressLine()
        try store.updateProvenanceIndex { done, total in
            progress.show("indexing the case for tracing: \(grouped(done)) of \(grouped(total)) posts")
        }
        progress.clear()

        let target: String
        let id: String
        var label: String?
        let seeds: [Int64]
        if let url {
            target = "url"
            id = URLNormalizer.normalize(url).url
            seeds = try store.postRowIDs(linking: id)
            guard !seeds.isEmpty else { throw ValidationError("no post in \(caseFile.path) links \(id)") }
        } else {
            let (detectors, wanted) = story.map { (["narratives-discovered"], $0) } ?? (["narratives-defined", "narratives-discovered"], narrative ?? "")
            var found: (SavedRun, NarrativeRecord)?
            for detector in detectors where found == nil {
                if let (run, narratives) = try store.latestNarratives(detector: detector),
                    let record = narratives.first(where: { $0.id == wanted })
                {
                    found = (run, record)
                }
            }
            guard let (run, record) = found else {
                throw ValidationError(
                    "\(caseFile.path): no \(story == nil ? "narrative" : "story") \(wanted) in the latest "
                        + "\(detectors.joined(separator: " or ")) run (see `tangle narratives --case \(caseFile.path)`)")
            }
            target = story == nil ? "narrative" : "story"
            id = record.id
            label = record.label
            seeds = try store.narrativePosts(run: run.id, narrative: record.id)
            guard !seeds.isEmpty else { throw ValidationError("\(target) \(id) has no posts in \(caseFile.path)") }
        }

        let rows = try store.tracePosts(seeds: seeds)
        var accountIndex: [Int64: UInt32] = [:]
        var accountRowIDs: [Int64] = []
        for row in rows where accountIndex[row.account] == nil {
            accountIndex[row.account] = UInt32(accountRowIDs.count)
            accountRowIDs.append(row.account)
        }
        let accounts = try store.traceAccounts(accountRowIDs)
        let accountLabels = accounts.map { labels.account($0) }

        var input = TraceInput()
        input.accountClasses = accountLabels.map(\.classes)
        var postIndex: [String: Int32] = [:]
        var keyOfURL: [String: UInt32] = [:]
        var names: [TracedPostName] = []
        for (i, row) in rows.enumerated() {
            postIndex[row.platform + "\u{0}" + row.platformID] = Int32(i)
            let account = Int(accountIndex[row.account] ?? 0)
            let reference = row.referencedPostID.flatMap { postIndex[row.platform + "\u{0}" + $0] } ?? -1
            // A URL trace attaches by its URL; a narrative's posts by the first URL each carries.
            let attachURL = target == "url" ? (row.urls.contains(id) ? id : nil) : row.urls.first
            var attachKey = TraceInput.noKey
            if let attachURL {
                attachKey = keyOfURL[attachURL] ?? UInt32(keyOfURL.count)
                keyOfURL[attachURL] = attachKey
            }
            let postLabel = labels.postLabel(account: accountLabels[account].label, urls: row.urls, domains: row.domains)
            input.append(
                time: row.time, account: UInt32(account), kind: row.kind, reference: reference, attachKey: attachKey,
                stateMedia: postLabel == TraceLabels.stateMedia)
            names.append(
                TracedPostName(
                    platformID: row.platformID, accountID: accounts[account].platformID, handle: accounts[account].handle,
                    label: postLabel, network: labels.networks[row.account]))
        }
        let trace = ProvenanceTrace(input, firstCount: first)
        let report = TraceReport(target: target, id: id, label: label, trace: trace, input: input, names: names)
        print(json ? try jsonText(report) : report.text)
    }

    // MARK: - Every URL

    /// One URL's origin and uptakes, in Frame posts.
    private struct URLTrace {
        var url: String
        var posts: Int
        var origin: Int
        var uptakes: [(post: Int, reasons: TraceAccountClass, lag: Int64, path: [Int])]
    }

    private func traceAllURLs(_ store: CaseFile, _ labels: inout TraceLabels) throws {
        let clock = ContinuousClock.now
        let frame = try store.frame()
        let accountRows = Dictionary(try store.traceAccounts(nil).map { ($0.rowID, $0) }, uniquingKeysWith: { a, _ in a })
        var accountClasses = [TraceAccountClass](repeating: [], count: frame.accountCount)
        var accountLabels = [String?](repeating: nil, count: frame.accountCount)
        for (a, rowID) in frame.accountRowIDs.enumerated() {
            guard let row = accountRows[rowID] else { continue }
            (accountClasses[a], accountLabels[a]) = labels.account(row)
        }
        // Per link code, its registry label; per post, whether it carries a state-media label.
        let linkLabels = frame.links.names.map { labels.label(url: $0) }
        let domainLabels = frame.domains.names.map { labels.label(domain: $0) }
        var stateMedia = [Bool](repeating: false, count: frame.postCount)
        if !labels.registry.entries.isEmpty {
            for p in 0..<frame.postCount {
                stateMedia[p] =
                    accountLabels[Int(frame.accounts[p])] == TraceLabels.stateMedia
                    || frame.links[p].contains { linkLabels[Int($0)] == TraceLabels.stateMedia }
                    || frame.domains[p].contains { domainLabels[Int($0)] == TraceLabels.stateMedia }
            }
        }

        var tracer = FrameTracer(frame: frame)
        let names = frame.links.names
        let codes = (0..<tracer.linkCount).filter { tracer.postCount(ofLink: $0) >= minPosts }
            .sorted { names[$0].utf8.lexicographicallyPrecedes(names[$1].utf8) }
        var traces: [URLTrace] = []
        traces.reserveCapacity(codes.count)
        for code in codes {
            let (posts, input) = tracer.input(ofLink: code, accountClasses: accountClasses, stateMedia: stateMedia)
            let trace = ProvenanceTrace(input, firstCount: 1)
            traces.append(
                URLTrace(
                    url: names[code], posts: posts.count, origin: posts[0],
                    uptakes: trace.uptakes.map { (posts[$0.post], $0.reasons, $0.lag, $0.path.map { posts[$0] }) }))
        }

        var needed: [Int] = []
        for t in traces { needed += [t.origin] + t.uptakes.flatMap(\.path) }
        needed = Array(Set(needed)).sorted()
        let platformIDs = try store.postPlatformIDs(needed.map { frame.postRowIDs[$0] })
        let postID = Dictionary(uniqueKeysWithValues: zip(needed, platformIDs))
        func accountRow(_ post: Int) -> TraceAccountRow? { accountRows[frame.accountRowIDs[Int(frame.accounts[post])]] }

        var findings: [Finding] = []
        var uptakeRows: [BatchUptake] = []
        for t in traces {
            let origin = accountRow(t.origin)
            let originLabel = labels.postLabel(
                account: accountLabels[Int(frame.accounts[t.origin])], urls: frame.links[t.origin].map { names[Int($0)] },
                domains: frame.domains[t.origin].map { frame.domains.names[Int($0)] })
            let details = OriginDetails(
                url: t.url, postID: postID[t.origin] ?? "?", accountID: origin?.platformID ?? "?",
                time: Timestamp.iso8601(frame.times[t.origin]), label: originLabel, posts: t.posts)
            findings.append(
                Finding(
                    kind: "origin", key: t.url, label: origin.map(Self.display), details: try jsonText(details),
                    accounts: origin.map { [Finding.Member(account: $0.rowID)] } ?? []))
            for u in t.uptakes {
                guard let account = accountRow(u.post) else { continue }
                let uptake = BatchUptake(
                    url: t.url, accountID: account.platformID, lagSeconds: TraceReport.seconds(u.lag), postID: postID[u.post] ?? "?",
                    time: Timestamp.iso8601(frame.times[u.post]), reasons: Self.reasonNames(u.reasons),
                    path: u.path.map { postID[$0] ?? "?" })
                uptakeRows.append(uptake)
                findings.append(
                    Finding(
                        kind: "uptake", key: "\(t.url)/\(account.platformID)",
                        label: "\(Self.display(account)) after \(TraceReport.lagText(uptake.lagSeconds))",
                        score: Double(uptake.lagSeconds), details: try jsonText(uptake),
                        accounts: [Finding.Member(account: account.rowID)]))
            }
        }
        var parameters = ["min_posts": "\(minPosts)", "first": "\(first)"]
        if let watch { parameters["watch"] = watch }
        if let reach { parameters["reach"] = "\(reach)" }
        let run = try store.saveRun(detector: Self.detector, parameters: parameters, findings: findings)
        let elapsed = ContinuousClock.now - clock

        uptakeRows.sort { ($0.lagSeconds, $0.url, $0.accountID) < ($1.lagSeconds, $1.url, $1.accountID) }
        let summary = BatchSummary(run: run, posts: frame.postCount, urls: traces.count, minPosts: minPosts, uptakes: uptakeRows)
        if json {
            print(try jsonText(summary))
            return
        }
        print(
            "Traced \(grouped(traces.count)) URLs with at least \(minPosts) posts over \(grouped(frame.postCount)) posts "
                + "in \(String(format: "%.2f s", Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)): "
                + "\(grouped(traces.count)) origins, \(grouped(uptakeRows.count)) uptakes; saved as run \(run) (detector \(Self.detector)).")
        for u in uptakeRows.prefix(20) {
            print("  \(TraceReport.lagText(u.lagSeconds))  \(u.accountID)  \(u.url)  (\(u.reasons.joined(separator: ", ")); path \(u.path.joined(separator: " > ")))")
        }
        if uptakeRows.count > 20 { print("  ... \(uptakeRows.count - 20) more: `tangle trace --json` or the case's findings") }
    }

    private static func display(_ account: TraceAccountRow) -> String {
        account.handle.map { "@\($0) (\(account.platformID))" } ?? account.platformID
    }

    private static func reasonNames(_ reasons: TraceAccountClass) -> [String] {
        (reasons.contains(.watched) ? [TraceClass.watched.rawValue] : []) + (reasons.contains(.highReach) ? [TraceClass.highReach.rawValue] : [])
    }

    /// An `origin` finding's details (the first post of a URL).
    private struct OriginDetails: Encodable {
        var url: String
        var postID: String
        var accountID: String
        var time: String
        var label: String?
        var posts: Int

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(url, forKey: .url)
            try c.encode(postID, forKey: .postID)
            try c.encode(accountID, forKey: .accountID)
            try c.encode(time, forKey: .time)
            // Written as null when there is none: the key is part of the finding's contract.
            try c.encode(label, forKey: .label)
            try c.encode(posts, forKey: .posts)
        }

        enum CodingKeys: String, CodingKey { case url, postID, accountID, time, label, posts }
    }

    /// An `uptake` finding's details; `tangle evaluate` reads `url`, `accountID` and `lagSeconds`.
    private struct BatchUptake: Encodable {
        var url: String
        var accountID: String
        var lagSeconds: Int
        var postID: String
        var time: String
        var reasons: [String]
        /// Post ids from the URL's first post down to the uptake.
        var path: [String]
    }

    private struct BatchSummary: Encodable {
        var run: Int64
        var posts: Int
        var urls: Int
        var minPosts: Int
        var uptakes: [BatchUptake]
    }
}

/// What the source registry, the watch list, the reach threshold and the latest coordination run say
/// about the accounts and posts of a trace. Registry look-ups are remembered per URL and domain.
struct TraceLabels {
    static let stateMedia = "state-media"

    let registry: SourceRegistry
    let watch: WatchList
    let reach: Int64?
    /// Members of flagged networks: account row id -> network key.
    let networks: [Int64: String]
    private let registryHasAccounts: Bool
    private var urlLabels: [String: String?] = [:]
    private var domainLabels: [String: String?] = [:]

    init(registry: SourceRegistry, watch: WatchList, reach: Int64?, networks: [Int64: String]) {
        self.registry = registry
        self.watch = watch
        self.reach = reach
        self.networks = networks
        registryHasAccounts = registry.entries.contains { $0.kind == .account }
    }

    func account(_ row: TraceAccountRow) -> (classes: TraceAccountClass, label: String?) {
        var classes: TraceAccountClass = []
        if networks[row.rowID] != nil { classes.insert(.network) }
        if watch.contains(platformID: row.platformID, handle: row.handle) { classes.insert(.watched) }
        if let reach, let followers = row.followers, followers >= reach { classes.insert(.highReach) }
        var label: String?
        if registryHasAccounts {
            label = registry.entry(forAccount: row.handle, platformID: row.platformID, platform: row.platform)?.label
            if label != nil { classes.insert(.labelled) }
        }
        return (classes, label)
    }

    /// The registry label of a normalised URL (a URL prefix, else its host and parent domains).
    mutating func label(url: String) -> String? {
        guard !registry.entries.isEmpty else { return nil }
        if let known = urlLabels[url] { return known }
        let label = registry.entry(forURL: url, host: Self.host(of: url))?.label
        urlLabels[url] = label
        return label
    }

    mutating func label(domain: String) -> String? {
        guard !registry.entries.isEmpty else { return nil }
        if let known = domainLabels[domain] { return known }
        let label = registry.entry(forDomain: domain)?.label
        domainLabels[domain] = label
        return label
    }

    /// A post's label: its account's, else its first labelled link's or domain's; a state-media label
    /// anywhere wins, since that is the class a trace reports.
    mutating func postLabel(account: String?, urls: [String], domains: [String]) -> String? {
        let all = [account] + urls.map { label(url: $0) } + domains.map { label(domain: $0) }
        let labels = all.compactMap { $0 }
        return labels.contains(Self.stateMedia) ? Self.stateMedia : labels.first
    }

    /// The host of a normalised URL (`host/path`, or `scheme://host/path` for other schemes).
    static func host(of url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        return String(rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" })
    }
}
