import GRDB

/// One narrative of a narratives run: analyst-defined, or a discovered story or theme.
///
/// Interface agreed for issue 6; the narratives helper implements storage.
public struct NarrativeRecord: Sendable, Equatable, Codable {
    /// `voter-fraud` for a defined narrative, `S12` for a story, `T3` for a theme: stable within a run.
    public var id: String
    /// `defined`, `story` or `theme`.
    public var kind: String
    /// The analyst's name, or a discovered narrative's top terms.
    public var label: String
    /// JSON: the definition, or a discovered narrative's terms, first post, volume, members.
    public var details: String

    public init(id: String, kind: String, label: String, details: String) {
        self.id = id
        self.kind = kind
        self.label = label
        self.details = details
    }
}

extension CaseFile {
    /// Saves one narratives run (`detector` is `narratives-defined` or `narratives-discovered`):
    /// its narratives as findings of their kind, and which posts (post rowids) carry each.
    public func saveNarratives(
        detector: String, parameters: [String: String], narratives: [NarrativeRecord],
        posts: [(narrative: Int, post: Int64)]
    ) throws -> Int64 {
        fatalError("not yet implemented")
    }

    /// The latest complete run of `detector` and its narratives, in saved order.
    public func latestNarratives(detector: String) throws -> (run: SavedRun, narratives: [NarrativeRecord])? {
        fatalError("not yet implemented")
    }

    /// The rowids of the posts carrying one narrative of a run, ascending.
    public func narrativePosts(run: Int64, narrative: String) throws -> [Int64] {
        fatalError("not yet implemented")
    }
}
