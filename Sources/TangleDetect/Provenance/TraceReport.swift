import TangleCore

/// How one traced post is named in output: what the trace's plain arrays cannot say.
public struct TracedPostName: Sendable, Equatable {
    public var platformID: String
    public var accountID: String
    public var handle: String?
    /// The registry label of its account, else of a link it carries.
    public var label: String?
    /// The flagged network its account belongs to.
    public var network: String?

    public init(platformID: String, accountID: String, handle: String?, label: String?, network: String?) {
        self.platformID = platformID
        self.accountID = accountID
        self.handle = handle
        self.label = label
        self.network = network
    }

    /// `@handle`, or the account's platform id.
    var accountDisplay: String { handle.map { "@" + $0 } ?? accountID }
}

/// A trace as `tangle trace` prints it (text or JSON) and the report and dashboard draw it: the first
/// posts, the first post of each class, the stages, the uptakes with their paths, and the graph of
/// those paths.
public struct TraceReport: Encodable, Sendable, Equatable {
    public struct Post: Encodable, Sendable, Equatable {
        public var id: String
        public var account: String
        public var handle: String?
        public var time: String
        public var lagSeconds: Int
        public var kind: String
        public var label: String?
        public var network: String?
        public var classes: [String]
    }

    public struct ClassFirst: Encodable, Sendable, Equatable {
        public var `class`: String
        public var post: Post
    }

    public struct Stage: Encodable, Sendable, Equatable {
        public var name: String
        public var lagSeconds: Int
        public var post: Post
    }

    public struct Uptake: Encodable, Sendable, Equatable {
        public var account: String
        public var handle: String?
        /// `watched`, `high-reach`.
        public var reasons: [String]
        public var lagSeconds: Int
        public var post: Post
        /// Post ids from the first appearance down to the uptake.
        public var path: [String]
    }

    public struct Edge: Encodable, Sendable, Equatable {
        /// The earlier post's id.
        public var source: String
        public var target: String
        /// `reference` (the data says so) or `time-order` (inferred).
        public var kind: String
        /// The target's kind: `repost`, `quote`, `reply`, `original`.
        public var postKind: String
    }

    /// The posts named above and every post on their paths to the first appearance; all posts when
    /// the trace has at most `TraceReport.fullGraphLimit`.
    public struct Graph: Encodable, Sendable, Equatable {
        public var nodes: [Post]
        public var edges: [Edge]
        /// True when the nodes are every post of the trace.
        public var complete: Bool
    }

    /// `url`, `story` or `narrative`.
    public var target: String
    public var id: String
    public var label: String?
    public var posts: Int
    public var accounts: Int
    public var start: String?
    public var end: String?
    public var referenceEdges: Int
    public var timeOrderEdges: Int
    public var firstPosts: [Post]
    public var firstOfClass: [ClassFirst]
    public var stages: [Stage]
    public var uptakes: [Uptake]
    public var graph: Graph

    public static let fullGraphLimit = 500

    public init(
        target: String, id: String, label: String?, trace: ProvenanceTrace, input: TraceInput, names: [TracedPostName]
    ) {
        let start = input.times.first ?? 0
        func post(_ i: Int) -> Post {
            Post(
                id: names[i].platformID, account: names[i].accountID, handle: names[i].handle,
                time: Timestamp.iso8601(input.times[i]), lagSeconds: Self.seconds(input.times[i] - start),
                kind: PostKind(rawValue: input.kinds[i])?.name ?? "original", label: names[i].label,
                network: names[i].network, classes: ProvenanceTrace.classes(of: i, in: input).map(\.rawValue))
        }
        self.target = target
        self.id = id
        self.label = label
        posts = input.count
        accounts = Set(input.accounts).count
        self.start = input.times.first.map(Timestamp.iso8601)
        end = input.times.last.map(Timestamp.iso8601)
        referenceEdges = trace.referenceEdges
        timeOrderEdges = trace.timeOrderEdges
        firstPosts = trace.firstPosts.map(post)
        firstOfClass = trace.firstOfClass.map { ClassFirst(class: $0.0.rawValue, post: post($0.1)) }
        stages = trace.stages.map { Stage(name: $0.name, lagSeconds: Self.seconds($0.lag), post: post($0.post)) }
        uptakes = trace.uptakes.map { u in
            var reasons: [String] = []
            if u.reasons.contains(.watched) { reasons.append(TraceClass.watched.rawValue) }
            if u.reasons.contains(.highReach) { reasons.append(TraceClass.highReach.rawValue) }
            return Uptake(
                account: names[u.post].accountID, handle: names[u.post].handle, reasons: reasons,
                lagSeconds: Self.seconds(u.lag), post: post(u.post), path: u.path.map { names[$0].platformID })
        }

        var included = [Bool](repeating: input.count <= Self.fullGraphLimit, count: input.count)
        let named = trace.firstPosts + trace.firstOfClass.map(\.1) + trace.stages.map(\.post) + trace.uptakes.map(\.post)
        for start in named {
            var i = start
            while !included[i] {
                included[i] = true
                guard trace.parents[i] >= 0 else { break }
                i = Int(trace.parents[i])
            }
        }
        let nodes = included.indices.filter { included[$0] }
        graph = Graph(
            nodes: nodes.map(post),
            edges: nodes.compactMap { i in
                guard trace.parents[i] >= 0, let kind = trace.edgeKinds[i] else { return nil }
                return Edge(
                    source: names[Int(trace.parents[i])].platformID, target: names[i].platformID, kind: kind.rawValue,
                    postKind: PostKind(rawValue: input.kinds[i])?.name ?? "original")
            },
            complete: nodes.count == input.count)
    }

    /// Milliseconds as whole seconds elapsed (truncated, as a clock counts them).
    public static func seconds(_ millis: Int64) -> Int {
        Int(millis / 1000)
    }

    /// `0 s`, `45 s`, `12 min 05 s`, `26 h 03 min`, `3 d 04 h`.
    public static func lagText(_ seconds: Int) -> String {
        let s = abs(seconds)
        let sign = seconds < 0 ? "-" : ""
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        switch s {
        case ..<60: return sign + "\(s) s"
        case ..<3600: return sign + "\(s / 60) min \(two(s % 60)) s"
        case ..<(3 * 86400): return sign + "\(s / 3600) h \(two(s % 3600 / 60)) min"
        default: return sign + "\(s / 86400) d \(two(s % 86400 / 3600)) h"
        }
    }

    /// The trace as tables for a terminal.
    public var text: String {
        var lines: [String] = []
        lines.append("Trace of \(target) \(id)" + (label.map { " (\($0))" } ?? ""))
        guard posts > 0 else { return (lines + ["No posts."]).joined(separator: "\n") }
        lines.append(
            "\(posts) posts by \(accounts) accounts, \(start ?? "") to \(end ?? ""); "
                + "\(referenceEdges) reference edges (repost, quote, reply), \(timeOrderEdges) time-order edges (inferred)")
        func row(_ p: Post) -> String {
            [
                p.time, Self.lagText(p.lagSeconds).padded(14), p.id.padded(20), (p.handle.map { "@" + $0 } ?? p.account).padded(22),
                p.kind.padded(8),
                p.classes.map { $0 == TraceClass.network.rawValue ? "network " + (p.network ?? "") : $0 }.joined(separator: ", ")
                    + (p.label.map { p.classes.contains($0) ? "" : " [\($0)]" } ?? ""),
            ].joined(separator: "  ")
        }
        let header = ["time".padded(24), "lag".padded(14), "post".padded(20), "account".padded(22), "kind".padded(8), "classes"]
            .joined(separator: "  ")
        lines += ["", "First posts", header] + firstPosts.map(row)
        lines += ["", "First of each class", "class".padded(11) + "  " + header]
            + firstOfClass.map { "\($0.class.padded(11))  " + row($0.post) }
        lines += ["", "Stages"] + stages.map { "\($0.name.padded(18))  \(Self.lagText($0.lagSeconds).padded(14))  \($0.post.id)" }
        lines += ["", "Uptakes" + (uptakes.isEmpty ? ": no post by a watched or high-reach account" : "")]
        let byID = Dictionary(graph.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let edgeKind = Dictionary(graph.edges.map { ($0.target, $0.kind) }, uniquingKeysWith: { a, _ in a })
        for u in uptakes {
            lines.append(
                "\((u.handle.map { "@" + $0 } ?? u.account).padded(22))  \(Self.lagText(u.lagSeconds).padded(14))  post \(u.post.id)  (\(u.reasons.joined(separator: ", ")))")
            var path = ""
            for (n, id) in u.path.enumerated() {
                let who = byID[id].map { $0.handle.map { "@" + $0 } ?? $0.account } ?? "?"
                if n > 0 { path += edgeKind[id] == "reference" ? " -> " : " ~> " }
                path += "\(who) (\(id))"
            }
            lines.append("    path: " + path)
        }
        if !uptakes.isEmpty { lines.append("    (-> repost, quote or reply in the data; ~> inferred from time order: same URL, earlier post)") }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
