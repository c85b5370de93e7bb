/// Everything a simulated world is generated from. `init(scenario:)` gives the scenario's defaults;
/// a JSON parameter file (this type's Codable form) overrides any of them key by key, and
/// `truth.json` lists them all as dotted keys (`operations.0.bots.count`).
///
/// Rates are per simulated day or hour, not per post, so a world keeps its shape when `posts`
/// changes; only when the operations and bursts would take more than `maxScriptedShare` of the posts
/// are their rates scaled down together (the factor is written to `truth.json` as `scriptedScale`).
public struct SimulationParameters: Codable, Sendable, Equatable {
    public var scenario: Scenario
    /// Rows written in all, operations and bursts included: exactly this many.
    public var posts = 200_000
    /// The organic population. Nil: one account per 15 posts, between 500 and 2,000,000. Operation
    /// accounts come on top, so the population (and its bursts) is the same in every scenario.
    public var accounts: Int?
    /// The world's length: one operation office week needs at least 7.
    public var days = 30
    /// The same seed (and parameters) gives the same bytes.
    public var seed: UInt64 = 7
    /// The first instant of the world, ISO 8601 UTC.
    public var start = "2016-09-01T00:00:00Z"
    /// The largest share of `posts` the operations and bursts may write before their rates are scaled.
    public var maxScriptedShare = 0.3
    /// High-reach organic accounts watched for uptake: the ones with the most followers.
    public var watchedAccounts = 3
    public var organic = OrganicParameters()
    public var bursts = BurstParameters()
    /// One entry per operation; empty for the organic-only world.
    public var operations: [OperationParameters]

    /// The defaults of `scenario`.
    public init(scenario: Scenario = .influenceOp) {
        self.scenario = scenario
        switch scenario {
        case .influenceOp: operations = [OperationParameters.defaults(index: 0)]
        case .organicOnly: operations = []
        case .stealthy: operations = [OperationParameters.stealthy()]
        case .multiOp: operations = [OperationParameters.defaults(index: 0), OperationParameters.defaults(index: 1)]
        }
    }

    /// The organic population's size, `accounts` or its default.
    public var organicAccounts: Int {
        accounts ?? min(2_000_000, max(500, posts / 15))
    }
}

extension SimulationParameters {
    /// Reads a parameter file: the scenario first (default `influence-op`), whose defaults then take
    /// every key the file gives. Operations listed in the file start from the scenario's operation at
    /// their place, or from the defaults of a further operation.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try rejectUnknownKeys(decoder, CodingKeys.self)
        self.init(scenario: try container.decodeIfPresent(Scenario.self, forKey: .scenario) ?? .influenceOp)
        try container.overlay(&posts, .posts)
        try container.overlay(&accounts, .accounts)
        try container.overlay(&days, .days)
        try container.overlay(&seed, .seed)
        try container.overlay(&start, .start)
        try container.overlay(&maxScriptedShare, .maxScriptedShare)
        try container.overlay(&watchedAccounts, .watchedAccounts)
        try container.overlay(&organic, .organic)
        try container.overlay(&bursts, .bursts)
        guard container.contains(.operations) else { return }
        var list = try container.nestedUnkeyedContainer(forKey: .operations)
        var overlaid: [OperationParameters] = []
        while !list.isAtEnd {
            let index = overlaid.count
            var operation = index < operations.count ? operations[index] : OperationParameters.defaults(index: index)
            try operation.overlay(from: list.superDecoder())
            overlaid.append(operation)
        }
        operations = overlaid
    }
}

/// A group of parameters that a parameter file may override key by key: a key the file leaves out
/// keeps its default, and a key no parameter has is an error, so a misspelt knob is not ignored.
protocol ParameterGroup: Codable {
    /// The defaults.
    init()

    /// Replaces the values `decoder` holds and keeps the others.
    mutating func overlay(from decoder: any Decoder) throws
}

extension ParameterGroup {
    /// Reads the defaults overlaid with the values `decoder` holds.
    public init(from decoder: any Decoder) throws {
        self.init()
        try overlay(from: decoder)
    }
}

extension KeyedDecodingContainer {
    /// Replaces `value` with the one under `key`, when there is one.
    func overlay<T: Decodable>(_ value: inout T, _ key: Key) throws {
        if let decoded = try decodeIfPresent(T.self, forKey: key) { value = decoded }
    }

    /// Overlays the group under `key` onto `value`, key by key.
    func overlay<T: ParameterGroup>(_ value: inout T, _ key: Key) throws {
        if contains(key) { try value.overlay(from: superDecoder(forKey: key)) }
    }
}

/// Any key, to list what an object holds.
private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Throws when the object `decoder` holds has a key that `Keys` does not know.
func rejectUnknownKeys<Keys: CodingKey>(_ decoder: any Decoder, _ keys: Keys.Type) throws {
    let container = try decoder.container(keyedBy: AnyKey.self)
    let unknown = container.allKeys.map(\.stringValue).filter { Keys(stringValue: $0) == nil }.sorted()
    guard let first = unknown.first else { return }
    let place = decoder.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue } + [first]
    throw DecodingError.dataCorrupted(
        DecodingError.Context(
            codingPath: decoder.codingPath + [AnyKey(stringValue: first)],
            debugDescription: "unknown parameter \(place.joined(separator: "."))"
                + (unknown.count > 1 ? " (also \(unknown.dropFirst().joined(separator: ", ")))" : "")
                + "; parameter names are case-sensitive"))
}
