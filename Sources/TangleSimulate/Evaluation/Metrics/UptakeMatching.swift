import TangleCore

/// Matches true uptake events to detected ones by account id and story URL.
///
/// Both URLs are compared in `URLNormalizer` normal form, so `https://www.site.example/story?utm_source=x`
/// finds `http://site.example/story`. Account ids are compared exactly, as platforms write them.
enum UptakeMatching {
    /// One entry per true uptake event, in the truth's order.
    ///
    /// When several detected uptakes match one true event (a detector that reports repeats as well as
    /// the first), the one whose lag is closest counts (ties: the first listed). A true event whose story
    /// id the truth does not list cannot be found.
    ///
    /// - Complexity: O(S + T + D) expected plus URL normalisation, for S stories, T true and D detected
    ///   uptakes (O(D) more per true event in the rare case of many detections of one event).
    static func match(
        _ operations: [Truth.Operation], detected: [DetectedFindings.Uptake]
    ) -> EvaluationReport.Uptakes {
        let detectedKeys = detected.map { Key(account: $0.accountID, url: URLNormalizer.normalize($0.url).url) }
        var detectedLags: [Key: [Int]] = [:]
        for (key, uptake) in zip(detectedKeys, detected) { detectedLags[key, default: []].append(uptake.lagSeconds) }
        var trueKeys = Set<Key>()
        var events: [EvaluationReport.UptakeMatch] = []
        var found = 0
        var absoluteErrorSum = 0
        var withinTenPercent = 0
        for operation in operations {
            var storyURLs: [String: String] = [:]
            for story in operation.stories where storyURLs[story.id] == nil {
                storyURLs[story.id] = URLNormalizer.normalize(story.url).url
            }
            for uptake in operation.uptakes {
                let url = storyURLs[uptake.storyID]
                var detectedLag: Int?
                if let url {
                    let key = Key(account: uptake.accountID, url: url)
                    trueKeys.insert(key)
                    detectedLag = closest(to: uptake.lagSeconds, among: detectedLags[key] ?? [])
                }
                let error = detectedLag.map { $0 - uptake.lagSeconds }
                if let error {
                    found += 1
                    absoluteErrorSum += abs(error)
                    if 10 * abs(error) <= uptake.lagSeconds { withinTenPercent += 1 }
                }
                events.append(
                    EvaluationReport.UptakeMatch(
                        operation: operation.id, storyID: uptake.storyID, accountID: uptake.accountID, url: url,
                        lagSeconds: uptake.lagSeconds, detectedLagSeconds: detectedLag, lagErrorSeconds: error))
            }
        }
        let unmatched = detectedKeys.reduce(0) { $0 + (trueKeys.contains($1) ? 0 : 1) }
        return EvaluationReport.Uptakes(
            found: Rate(found, of: events.count), unmatchedDetected: unmatched,
            meanAbsoluteLagErrorSeconds: found == 0 ? nil : Double(absoluteErrorSum) / Double(found),
            lagWithinTenPercent: Rate(withinTenPercent, of: events.count), events: events)
    }

    /// The lag closest to `lag` (ties: the first listed).
    ///
    /// - Complexity: O(n).
    static func closest(to lag: Int, among lags: [Int]) -> Int? {
        lags.min { ($0 - lag).magnitude < ($1 - lag).magnitude }
    }

    /// What a true and a detected uptake must share.
    private struct Key: Hashable {
        var account: String
        var url: String
    }
}
