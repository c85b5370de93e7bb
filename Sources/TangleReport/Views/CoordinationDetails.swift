import Foundation
import TangleCore
import TangleDetect
import TangleStore

// What a coordination run saves in its findings' `details` (written by `tangle detect`, read by
// `tangle networks`, `tangle export`, the report and the dashboard): one definition for all of them.

public struct NetworkSignal: Codable, Sendable, Equatable {
    public var edges = 0
    public var coactions = 0
    public init(edges: Int = 0, coactions: Int = 0) {
        self.edges = edges
        self.coactions = coactions
    }
}

public struct SharedKey: Codable, Sendable, Equatable {
    public var signal: String
    public var key: String
    public var coactions: Int
    public var accounts: Int
    public init(signal: String, key: String, coactions: Int, accounts: Int) {
        self.signal = signal
        self.key = key
        self.coactions = coactions
        self.accounts = accounts
    }
}

public struct DomainShare: Codable, Sendable, Equatable {
    public var domain: String
    public var links: Int
    public var share: Double
    public init(domain: String, links: Int, share: Double) {
        self.domain = domain
        self.links = links
        self.share = share
    }
}

/// A `network` finding's details.
public struct NetworkDetails: Codable, Sendable, Equatable {
    public var size: Int
    public var edges: Int
    public var density: Double
    public var totalWeight: Double
    public var meanWeight: Double
    public var meanSurprise: Double
    public var signals: [String: NetworkSignal]
    public var firstCoaction: String?
    public var lastCoaction: String?
    public var topKeys: [SharedKey]
    public var domains: [DomainShare]
    public var evidence: [EvidenceRow]
    public var coactions: Int

    public init(
        size: Int, edges: Int, density: Double, totalWeight: Double, meanWeight: Double, meanSurprise: Double,
        signals: [String: NetworkSignal], firstCoaction: String?, lastCoaction: String?, topKeys: [SharedKey],
        domains: [DomainShare], evidence: [EvidenceRow], coactions: Int
    ) {
        self.size = size
        self.edges = edges
        self.density = density
        self.totalWeight = totalWeight
        self.meanWeight = meanWeight
        self.meanSurprise = meanSurprise
        self.signals = signals
        self.firstCoaction = firstCoaction
        self.lastCoaction = lastCoaction
        self.topKeys = topKeys
        self.domains = domains
        self.evidence = evidence
        self.coactions = coactions
    }

    /// Decodes a saved network finding's details.
    public static func of(_ saved: SavedFinding) throws -> NetworkDetails {
        try JSONDecoder().decode(NetworkDetails.self, from: Data(saved.finding.details.utf8))
    }
}

public struct AccountSignal: Codable, Sendable, Equatable {
    public var degree = 0
    public var strength = 0.0
    public init(degree: Int = 0, strength: Double = 0) {
        self.degree = degree
        self.strength = strength
    }
}

/// An `account` finding's details in a coordination run.
public struct AccountDetails: Codable, Sendable, Equatable {
    public var network: String
    public var degree: Int
    public var strength: Double
    public var maxSurprise: Double
    public var signals: [String: AccountSignal]
    public init(network: String, degree: Int, strength: Double, maxSurprise: Double, signals: [String: AccountSignal]) {
        self.network = network
        self.degree = degree
        self.strength = strength
        self.maxSurprise = maxSurprise
        self.signals = signals
    }
}

public struct EdgeSignal: Codable, Sendable, Equatable {
    public var keys: Int
    public var coactions: Int
    public var medianGapSeconds: Double
    public var weight: Double
    public init(keys: Int, coactions: Int, medianGapSeconds: Double, weight: Double) {
        self.keys = keys
        self.coactions = coactions
        self.medianGapSeconds = medianGapSeconds
        self.weight = weight
    }
}

/// An `edge` finding's details.
public struct EdgeDetails: Codable, Sendable, Equatable {
    public var source: String
    public var target: String
    public var weight: Double
    public var keys: Int
    public var expectedKeys: Double
    public var surprise: Double
    public var network: String?
    public var signals: [String: EdgeSignal]
    public init(
        source: String, target: String, weight: Double, keys: Int, expectedKeys: Double, surprise: Double, network: String?,
        signals: [String: EdgeSignal]
    ) {
        self.source = source
        self.target = target
        self.weight = weight
        self.keys = keys
        self.expectedKeys = expectedKeys
        self.surprise = surprise
        self.network = network
        self.signals = signals
    }
}

/// How a key is named: the column's own name where it has one; nil when only the post's text can
/// stand for it (text and near-text).
public enum KeyName {
    public static func name(_ signal: Signal, key: UInt32, post: Int, frame: Frame) -> String? {
        switch signal {
        case .repost, .quote, .reply: frame.referencedPosts.names[Int(key)]
        case .link: frame.links.names[Int(key)]
        case .domain: frame.domains.names[Int(key)]
        case .hashtag: "#" + frame.hashtags.names[Int(key)]
        case .media: frame.mediaHashes.names[Int(key)]
        case .hashtagSeq: frame.hashtags[post].map { "#" + frame.hashtags.names[Int($0)] }.joined(separator: " ")
        case .text, .nearText: nil
        }
    }

    /// A post's text on one line, at most 80 characters.
    public static func snippet(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 80 ? String(flat.prefix(79)) + "…" : flat
    }
}

/// One co-action as cited: both posts, both accounts, the key, the gap.
public struct EvidenceRow: Codable, Sendable, Equatable {
    public var signal: String
    public var key: String
    public var firstPost: String
    public var firstAccount: String
    public var firstTime: String
    public var secondPost: String
    public var secondAccount: String
    public var gapSeconds: Double

    public static func rows(_ coactions: [Coaction], frame: Frame, names: [AccountName], caseFile: CaseFile) throws -> [EvidenceRow] {
        let posts = try caseFile.postNames(coactions.flatMap { [frame.postRowIDs[Int($0.first)], frame.postRowIDs[Int($0.second)]] })
        return coactions.enumerated().map { i, c in
            EvidenceRow(
                signal: c.signal.rawValue,
                key: KeyName.name(c.signal, key: c.key, post: Int(c.first), frame: frame) ?? KeyName.snippet(posts[2 * i].text),
                firstPost: posts[2 * i].platformID, firstAccount: names[Int(frame.accounts[Int(c.first)])].platformID,
                firstTime: Timestamp.iso8601(frame.times[Int(c.first)]),
                secondPost: posts[2 * i + 1].platformID, secondAccount: names[Int(frame.accounts[Int(c.second)])].platformID,
                gapSeconds: Double(c.gap) / 1000)
        }
    }
}
