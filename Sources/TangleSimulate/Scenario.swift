/// A kind of world the simulator builds: which operations run beside the organic population.
public enum Scenario: String, CaseIterable, Sendable, Codable {
    /// One operation running the whole playbook in DESIGN.md.
    case influenceOp = "influence-op"
    /// The null world: the organic population with its breaking-news bursts and no operation, so a
    /// detector that flags anything here flags a false positive.
    case organicOnly = "organic-only"
    /// One operation that hides: jittered timing, fewer shared items, more organic-looking posts.
    case stealthy
    /// Two independent operations with their own offices, outlets and narratives.
    case multiOp = "multi-op"
}

/// The file formats the simulator writes, each one a format Tangle reads, so that a simulated world
/// exercises every reader.
public enum SimulationFormat: String, CaseIterable, Sendable {
    /// Twitter/X Information Operations archive: `tweets.csv` (31 columns) and `users.csv`.
    case ioArchive = "io-archive"
    /// QUT coordination-network-toolkit: `tweets.csv`, 8 columns with a header.
    case qut
    /// Twitter API v2 as twarc2 writes it: `tweets.jsonl`, one page (data + includes) per line.
    case twitterV2 = "twitter-v2"
    /// Telegram Desktop export of one group that members post and forward into: `result.json`.
    case telegram

    /// The data files `Simulator.write` creates for this format, in the order to ingest them.
    public var dataFiles: [String] {
        switch self {
        case .ioArchive: ["tweets.csv", "users.csv"]
        case .qut: ["tweets.csv"]
        case .twitterV2: ["tweets.jsonl"]
        case .telegram: ["result.json"]
        }
    }
}
