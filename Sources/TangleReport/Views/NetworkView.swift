import Foundation
import TangleCore
import TangleDetect
import TangleStore

/// One line of the networks list.
public struct NetworkSummary: Codable, Sendable, Equatable {
    public struct SignalCount: Codable, Sendable, Equatable {
        public var signal: String
        public var edges: Int
        public var coactions: Int
    }

    public var id: String
    public var label: String?
    public var size: Int
    public var edges: Int
    public var density: Double
    public var meanSurprise: Double
    public var coactions: Int
    public var firstCoaction: String?
    public var lastCoaction: String?
    /// Most co-actions first, then by name.
    public var signals: [SignalCount]
    public var topKeys: [SharedKey]

    init(_ saved: SavedFinding, _ d: NetworkDetails) {
        id = saved.finding.key
        label = saved.finding.label
        size = d.size
        edges = d.edges
        density = d.density
        meanSurprise = d.meanSurprise
        coactions = d.coactions
        firstCoaction = d.firstCoaction
        lastCoaction = d.lastCoaction
        signals = d.signals.map { SignalCount(signal: $0.key, edges: $0.value.edges, coactions: $0.value.coactions) }
            .sorted { ($1.coactions, $0.signal) < ($0.coactions, $1.signal) }
        topKeys = Array(d.topKeys.prefix(3))
    }
}

/// One network: members, signals, shared items and domains with their source labels, evidence, graph.
public struct NetworkView: Codable, Sendable, Equatable {
    public struct Member: Codable, Sendable, Equatable {
        public var id: String
        public var handle: String?
        /// The summed weight of its flagged edges.
        public var strength: Double
        /// Its score in the latest `accounts` run, when it was flagged there.
        public var accountScore: Double?
    }

    public struct Domain: Codable, Sendable, Equatable {
        public var domain: String
        public var links: Int
        public var share: Double
        /// The registry label (`state-media`, ...) and the list that gave it.
        public var label: String?
        public var source: String?
    }

    public struct Node: Codable, Sendable, Equatable {
        public var id: String
        public var label: String
        public var strength: Double
    }

    public struct Edge: Codable, Sendable, Equatable {
        public var source: String
        public var target: String
        public var weight: Double
    }

    public struct Graph: Codable, Sendable, Equatable {
        /// The strongest members, strongest first.
        public var nodes: [Node]
        /// The flagged edges among those nodes, heaviest first.
        public var edges: [Edge]
        public var nodesTotal: Int
        public var edgesTotal: Int
    }

    public var summary: NetworkSummary
    /// Strongest first.
    public var members: [Member]
    public var membersTotal: Int
    public var topKeys: [SharedKey]
    public var domains: [Domain]
    /// The members' links by registry label; nil without a Frame.
    public var linkShares: SourceLabels.LinkShares?
    /// The closest co-actions as saved with the run (`tangle networks --evidence` finds all of them).
    public var evidence: [EvidenceRow]
    public var evidenceTotal: Int
    public var graph: Graph
}

extension CaseViews {
    /// The networks of the latest coordination run, at most `limit`, and how many there are.
    public func networkSummaries(limit: Int = 50) throws -> (networks: [NetworkSummary], total: Int) {
        guard let (_, networks) = try networkFindings() else { return ([], 0) }
        let shown = try networks.prefix(limit).map { NetworkSummary($0, try NetworkDetails.of($0)) }
        return (shown, networks.count)
    }

    /// One network by id (`N1`), or nil. With a Frame, its links are also counted by registry label.
    public func network(_ id: String, limit: Int = 50, graphNodes: Int = 150, frame: Frame? = nil) throws -> NetworkView? {
        guard let (run, networks) = try networkFindings(), let saved = networks.first(where: { $0.finding.key == id }) else { return nil }
        return try network(
            saved, limit: limit, graphNodes: graphNodes, labels: frame.map { LinkLabels($0, registry) }, edges: try edgesByNetwork(run),
            scores: try accountScores())
    }

    /// The first `count` networks in full, reading the run's edges and the account scores once for all.
    public func networks(count: Int, limit: Int = 50, graphNodes: Int = 150, frame: Frame? = nil) throws -> [NetworkView] {
        guard let (run, networks) = try networkFindings(), !networks.isEmpty else { return [] }
        let edges = try edgesByNetwork(run)
        let scores = try accountScores()
        let labels = frame.map { LinkLabels($0, registry) }
        return try networks.prefix(count).map { try network($0, limit: limit, graphNodes: graphNodes, labels: labels, edges: edges, scores: scores) }
    }

    private func network(
        _ saved: SavedFinding, limit: Int, graphNodes: Int, labels: LinkLabels?, edges: [String: [NetworkView.Edge]], scores: [String: Double]
    ) throws -> NetworkView {
        let id = saved.finding.key
        let d = try NetworkDetails.of(saved)
        let members = saved.finding.accounts
        let names = try caseFile.accountNames(members.map(\.account))
        var ranked = zip(members, names).map { member, name in
            NetworkView.Member(
                id: name.platformID, handle: name.handle, strength: member.score ?? 0, accountScore: scores[name.platformID])
        }
        ranked.sort { ($1.strength, $0.id) < ($0.strength, $1.id) }
        let domains = d.domains.map { share in
            let entry = registry.entry(forDomain: share.domain)
            return NetworkView.Domain(domain: share.domain, links: share.links, share: share.share, label: entry?.label, source: entry?.list)
        }
        var linkShares: SourceLabels.LinkShares?
        if let labels {
            linkShares = labels.labels.linkShares(of: members.compactMap { labels.denseOf[$0.account] }, in: labels.frame)
        }
        return NetworkView(
            summary: NetworkSummary(saved, d), members: Array(ranked.prefix(limit)), membersTotal: ranked.count,
            topKeys: d.topKeys, domains: domains, linkShares: linkShares, evidence: Array(d.evidence.prefix(limit)),
            evidenceTotal: d.coactions, graph: Self.graph(edges[id] ?? [], ranked: ranked, limit: graphNodes))
    }

    /// What counting a network's links by registry label needs, built once per Frame.
    struct LinkLabels {
        var frame: Frame
        var labels: SourceLabels
        var denseOf: [Int64: UInt32] = [:]

        init(_ frame: Frame, _ registry: SourceRegistry) {
            self.frame = frame
            labels = SourceLabels(registry: registry, frame: frame)
            for (dense, rowID) in frame.accountRowIDs.enumerated() { denseOf[rowID] = UInt32(dense) }
        }
    }

    /// The run's flagged edges inside networks, by network id.
    private func edgesByNetwork(_ run: SavedRun) throws -> [String: [NetworkView.Edge]] {
        var edges: [String: [NetworkView.Edge]] = [:]
        for saved in try caseFile.findings(of: run, kind: "edge") {
            guard let e = Self.decode(EdgeDetails.self, saved.finding.details), let network = e.network else { continue }
            edges[network, default: []].append(NetworkView.Edge(source: e.source, target: e.target, weight: e.weight))
        }
        return edges
    }

    /// The network's strongest members and the flagged edges among them, heaviest first.
    private static func graph(_ all: [NetworkView.Edge], ranked: [NetworkView.Member], limit: Int) -> NetworkView.Graph {
        let shown = Set(ranked.prefix(limit).map(\.id))
        let edges = all.filter { shown.contains($0.source) && shown.contains($0.target) }
            .sorted { ($1.weight, $0.source, $0.target) < ($0.weight, $1.source, $1.target) }
        let nodes = ranked.prefix(limit).map { NetworkView.Node(id: $0.id, label: $0.handle.map { "@" + $0 } ?? $0.id, strength: $0.strength) }
        return NetworkView.Graph(nodes: nodes, edges: edges, nodesTotal: ranked.count, edgesTotal: all.count)
    }

    /// The latest `accounts` run's scores by platform id (only flagged accounts are saved).
    func accountScores() throws -> [String: Double] {
        guard let run = try caseFile.latestRun(detector: Self.accounts) else { return [:] }
        var scores: [String: Double] = [:]
        for saved in try caseFile.findings(of: run, kind: "account") { scores[saved.finding.key] = saved.finding.score }
        return scores
    }
}
