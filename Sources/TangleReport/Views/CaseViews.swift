import Foundation
import TangleCore
import TangleDetect
import TangleStore

/// Builds what the report and the dashboard show from one case file's saved runs.
///
/// Every view is plain Codable data with stable ids (network `N1`, account platform id, shift group
/// `S1`, narrative id, URL) and bounded sizes: lists keep the top `limit` and say how many there are
/// in all. Views that need posts take a `Frame`; the others read only findings, names and profiles.
public struct CaseViews: Sendable {
    public static let coordination = "coordination"
    public static let accounts = "accounts"
    public static let shifts = "shifts"
    public static let timeline = "timeline"
    public static let trace = "trace"
    public static let narrativesDefined = "narratives-defined"
    public static let narrativesDiscovered = "narratives-discovered"

    public let caseFile: CaseFile
    /// Labels domains and accounts (`tangle sources`); the built-in list when nothing else is given.
    public let registry: SourceRegistry

    public init(caseFile: CaseFile, registry: SourceRegistry = SourceRegistry(lists: [BuiltInSources.list])) {
        self.caseFile = caseFile
        self.registry = registry
    }

    /// The coordination run's network findings, N1 before N2 before N10.
    func networkFindings() throws -> (run: SavedRun, networks: [SavedFinding])? {
        guard let run = try caseFile.latestRun(detector: Self.coordination) else { return nil }
        let networks = try caseFile.findings(of: run, kind: "network")
            .sorted { (Self.order($0.finding.key), $0.finding.key) < (Self.order($1.finding.key), $1.finding.key) }
        return (run, networks)
    }

    /// N2 before N10; S2 before S10.
    static func order(_ key: String) -> Int { Int(key.dropFirst()) ?? .max }

    /// Each member's network id, by account row id.
    func networkOfAccount() throws -> [Int64: String] {
        var result: [Int64: String] = [:]
        for network in try networkFindings()?.networks ?? [] {
            for member in network.finding.accounts where result[member.account] == nil { result[member.account] = network.finding.key }
        }
        return result
    }

    static func decode<T: Decodable>(_ type: T.Type, _ json: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(json.utf8))
    }
}

/// A run's parameter, for tables.
public struct Parameter: Codable, Sendable, Equatable {
    public var name: String
    public var value: String

    static func list(_ parameters: [String: String]) -> [Parameter] {
        parameters.sorted { $0.key < $1.key }.map { Parameter(name: $0.key, value: $0.value) }
    }
}

/// `UTC+3`, `UTC-5`, `UTC+0`.
public func utcOffsetText(_ hours: Int) -> String { "UTC" + (hours < 0 ? "-" : "+") + "\(abs(hours))" }

/// `3 s`, `4 min`, `2.5 h`, `1.2 d`.
public func durationText(seconds: Double) -> String {
    if seconds < 90 { return String(format: "%.0f s", seconds) }
    if seconds < 5400 { return String(format: "%.0f min", seconds / 60) }
    if seconds < 129_600 { return String(format: "%.1f h", seconds / 3600) }
    return String(format: "%.1f d", seconds / 86_400)
}
