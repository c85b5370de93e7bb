import TangleCore

/// Finds shift groups: accounts whose hour-of-week fingerprints are unusually concentrated and alike.
///
/// 1. Fingerprint every account with at least `minimumPosts` posts (`ActivityFingerprints`).
/// 2. Concentration: the share of an account's posts in its best shift window, `shiftHours` consecutive
///    hours on `shiftDays` consecutive days, at the same UTC hour each day. The window has a fixed
///    shape, so an account with few posts cannot look concentrated just by being sparse, as it would
///    by the share in its busiest bins.
/// 3. Concentrated accounts whose windows start within `startToleranceHours` are compared by the
///    cosine of their hour-smoothed fingerprints; pairs at `minimumSimilarity` or more are edges,
///    weighted by the cosine, and Leiden splits the graph into groups.
/// 4. Each group's summed fingerprint is fitted (`WorkScheduleFit`), and flagged as a work schedule
///    when the weekend, night and office shares and the work-over-diurnal margin all pass.
///
/// The same frame and parameters give the same groups, ordered by size (largest first), then by
/// first member.
public enum ShiftGroups {
    /// - Complexity: O(P + A) to fingerprint, O(Q · 168 · shiftDays) for the Q fingerprinted accounts'
    ///   concentration, O(Σ C_w · C_w' · 168) to compare the concentrated accounts in nearby windows,
    ///   and O(G · 27 · 168) to fit G groups and their members.
    public static func find(frame: Frame, parameters: ShiftGroupParameters = .init()) -> [ShiftGroup] {
        let fingerprints = ActivityFingerprints(frame: frame, minimumPosts: parameters.minimumPosts)
        return find(fingerprints, parameters: parameters)
    }

    /// Shift groups among already counted fingerprints.
    public static func find(_ fingerprints: ActivityFingerprints, parameters: ShiftGroupParameters) -> [ShiftGroup] {
        let bins = ActivityFingerprints.binCount
        var candidates: [Int] = []
        var starts: [Int] = []
        for row in 0..<fingerprints.count {
            let (start, share) = bestShiftWindow(fingerprints.fingerprint(row), parameters: parameters)
            if share >= parameters.minimumConcentration {
                candidates.append(row)
                starts.append(start)
            }
        }
        let vectors = candidates.map { smoothedUnitVector(fingerprints.fingerprint($0)) }
        var byStart = [[Int]](repeating: [], count: bins)
        for (candidate, start) in starts.enumerated() { byStart[start].append(candidate) }

        var sources: [UInt32] = []
        var targets: [UInt32] = []
        var weights: [Double] = []
        let tolerance = min(parameters.startToleranceHours, (bins - 1) / 2)
        for (a, start) in starts.enumerated() {
            for distance in 0...tolerance {
                for b in byStart[(start + distance) % bins] where distance > 0 || b > a {
                    let similarity = dot(vectors[a], vectors[b])
                    if similarity >= parameters.minimumSimilarity {
                        sources.append(UInt32(a))
                        targets.append(UInt32(b))
                        weights.append(similarity)
                    }
                }
            }
        }
        let graph = WeightedGraph(nodeCount: candidates.count, sources: sources, targets: targets, weights: weights)
        let labels = Communities.leiden(graph, resolution: parameters.resolution, seed: parameters.seed)
        var groupsOfLabel = [[Int]](repeating: [], count: (labels.max().map { Int($0) + 1 }) ?? 0)
        for (candidate, label) in labels.enumerated() { groupsOfLabel[Int(label)].append(candidate) }

        var groups: [ShiftGroup] = []
        for group in groupsOfLabel where group.count >= parameters.minimumGroupSize {
            var summed = [Double](repeating: 0, count: bins)
            for candidate in group {
                for (bin, posts) in fingerprints.fingerprint(candidates[candidate]).enumerated() {
                    summed[bin] += Double(posts)
                }
            }
            guard let fit = WorkScheduleFit.fit(summed) else { continue }
            let agreeing = group.filter { candidate in
                let own = WorkScheduleFit.fit(fingerprints.fingerprint(candidates[candidate]).map(Double.init))
                return own.map { abs($0.utcOffsetHours - fit.utcOffsetHours) <= 1 } ?? false
            }
            let isWorkSchedule =
                fit.weekendShare <= parameters.maximumWeekendShare && fit.nightShare <= parameters.maximumNightShare
                && fit.officeShare >= parameters.minimumOfficeShare
                && fit.workOverDiurnal >= parameters.minimumWorkOverDiurnal
            groups.append(
                ShiftGroup(
                    members: group.map { fingerprints.accounts[candidates[$0]] }.sorted(), fingerprint: summed, fit: fit,
                    confidence: Double(agreeing.count) / Double(group.count), isWorkSchedule: isWorkSchedule))
        }
        return groups.sorted {
            $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.members[0] < $1.members[0]
        }
    }

    /// The start (UTC hour of the week) of the shift window holding most of a fingerprint's posts, and
    /// that share; ties go to the earliest start.
    ///
    /// - Complexity: O(168 · shiftDays)
    static func bestShiftWindow(_ fingerprint: ArraySlice<UInt32>, parameters: ShiftGroupParameters) -> (
        start: Int, share: Double
    ) {
        let bins = ActivityFingerprints.binCount
        // prefix[i] = posts in bins 0..<i of the week repeated twice, so windows may wrap around.
        var prefix = [Int](repeating: 0, count: 2 * bins + 1)
        let base = fingerprint.startIndex
        for i in 0..<(2 * bins) { prefix[i + 1] = prefix[i] + Int(fingerprint[base + i % bins]) }
        let total = prefix[bins]
        guard total > 0 else { return (0, 0) }
        var best = (start: 0, posts: -1)
        for start in 0..<bins {
            var posts = 0
            for day in 0..<parameters.shiftDays {
                let from = (start + 24 * day) % bins
                posts += prefix[from + parameters.shiftHours] - prefix[from]
            }
            if posts > best.posts { best = (start, posts) }
        }
        return (best.start, Double(best.posts) / Double(total))
    }

    /// The fingerprint smoothed with weights 1, 2, 1 over the hour before, the hour and the hour after
    /// (wrapping around the week), scaled to unit length.
    ///
    /// - Complexity: O(168)
    static func smoothedUnitVector(_ fingerprint: ArraySlice<UInt32>) -> [Double] {
        let bins = ActivityFingerprints.binCount
        let base = fingerprint.startIndex
        var vector = (0..<bins).map { bin in
            Double(fingerprint[base + (bin + bins - 1) % bins]) + 2 * Double(fingerprint[base + bin])
                + Double(fingerprint[base + (bin + 1) % bins])
        }
        let norm = dot(vector, vector).squareRoot()
        if norm > 0 { vector = vector.map { $0 / norm } }
        return vector
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for i in a.indices { sum += a[i] * b[i] }
        return sum
    }
}
