import Foundation
import TangleDetect
import TangleStore

/// What a `shifts` run saves per group.
struct SavedShift: Decodable {
    var utcOffsetHours: Int
    var isWorkSchedule: Bool
    var confidence: Double
    var fit: WorkScheduleFit
    var fingerprint: [Double]
}

/// One shift group: accounts keeping the same hours, its inferred time zone and its weekly activity.
public struct ShiftGroupView: Codable, Sendable, Equatable {
    public var id: String
    public var label: String?
    public var size: Int
    public var utcOffsetHours: Int
    public var isWorkSchedule: Bool
    /// The share of members whose own best offset agrees within an hour.
    public var confidence: Double
    public var fit: WorkScheduleFit
    /// Posts per UTC hour of the week, Monday 00:00 first (168 values).
    public var fingerprint: [Double]
    public var members: [AccountName]
}

extension CaseViews {
    /// The shift groups of the latest `shifts` run (S1 first), at most `limit`, with `members` names each.
    public func shiftGroups(limit: Int = 20, members: Int = 10) throws -> (groups: [ShiftGroupView], total: Int) {
        guard let run = try caseFile.latestRun(detector: Self.shifts) else { return ([], 0) }
        return try shiftGroups(run: run, limit: limit, members: members)
    }

    func shiftGroups(run: SavedRun, limit: Int, members: Int = 10) throws -> (groups: [ShiftGroupView], total: Int) {
        let saved = try caseFile.findings(of: run, kind: "shift").sorted { (Self.order($0.finding.key), $0.finding.key) < (Self.order($1.finding.key), $1.finding.key) }
        var groups: [ShiftGroupView] = []
        // The overview asks with limit 0 for the work-schedule groups only, without their names.
        for s in saved where groups.count < limit || limit == 0 {
            guard let d = Self.decode(SavedShift.self, s.finding.details) else { continue }
            if limit == 0 && !d.isWorkSchedule { continue }
            let names = limit == 0 ? [] : try caseFile.accountNames(s.finding.accounts.prefix(members).map(\.account))
            groups.append(
                ShiftGroupView(
                    id: s.finding.key, label: s.finding.label, size: s.finding.accounts.count, utcOffsetHours: d.utcOffsetHours,
                    isWorkSchedule: d.isWorkSchedule, confidence: d.confidence, fit: d.fit, fingerprint: d.fingerprint,
                    members: names))
        }
        if limit == 0 { groups.sort { ($1.size, $0.id) < ($0.size, $1.id) } }
        return (groups, saved.count)
    }
}
