import TangleCore

/// Matches each true story to the origin a trace reported for its URL: found when the detected first
/// post is the story's first post.
///
/// URLs are compared in `URLNormalizer` normal form, as in `UptakeMatching`. A story on one of its
/// operation's outlet domains is published by that outlet's official account; it also counts under
/// `byOutlet` when the detected origin names that account (the playbook's "origin outlet found").
/// Stories on fake sites, first posted by a bot or troll, count only in `found`.
enum OriginMatching {
    /// - Complexity: O(S·O + D) expected plus URL normalisation, for S true stories, O outlets per
    ///   operation and D detected origins.
    static func match(_ operations: [Truth.Operation], detected: [DetectedFindings.Origin]) -> EvaluationReport.Origins {
        var detectedByURL: [String: DetectedFindings.Origin] = [:]
        for origin in detected {
            let url = URLNormalizer.normalize(origin.url).url
            if detectedByURL[url] == nil { detectedByURL[url] = origin }
        }
        var stories = 0
        var found = 0
        var outletStories = 0
        var outletFound = 0
        var missed: [EvaluationReport.OriginMiss] = []
        for operation in operations {
            var seen = Set<String>()
            for story in operation.stories where seen.insert(story.id).inserted {
                let url = URLNormalizer.normalize(story.url)
                let origin = detectedByURL[url.url]
                let hit = origin?.postID == story.firstPostID
                stories += 1
                if hit { found += 1 }
                if let outlet = operation.outlets.first(where: { $0.domain == url.domain }) {
                    outletStories += 1
                    if hit && origin?.accountID == outlet.accountID { outletFound += 1 }
                }
                if !hit {
                    missed.append(
                        EvaluationReport.OriginMiss(
                            operation: operation.id, storyID: story.id, url: story.url, firstPostID: story.firstPostID,
                            detectedPostID: origin?.postID))
                }
            }
        }
        return EvaluationReport.Origins(
            found: Rate(found, of: stories), byOutlet: Rate(outletFound, of: outletStories), missed: missed)
    }
}
