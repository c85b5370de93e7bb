import ArgumentParser
import Foundation
import TangleCore
import TangleDetect
import TangleStore

struct Shifts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find shift groups: accounts keeping the same concentrated hours of the week, and their time zone.",
        discussion: """
            Each account with enough posts gets an hour-of-week fingerprint (168 bins, UTC). Accounts that put \
            most of their posts in one fixed daily window on consecutive days, and whose fingerprints are \
            alike, form shift groups. Each group is fitted to office hours (09-18, Monday to Friday) at every \
            UTC offset; the best offset is its inferred time zone, and the group is flagged as a work \
            schedule when it keeps weekends and nights nearly empty and office hours explain it better than \
            ordinary waking hours. The groups are saved in the case as findings of kind "shift".
            """)

    static let detector = "shifts"

    @OptionGroup var caseFile: CaseOption

    @Option(help: "Accounts with fewer posts get no fingerprint.")
    var minPosts = 30

    @Option(help: "The least share of an account's posts in its best daily window for it to count as concentrated.")
    var minConcentration = 0.7

    @Option(help: "The least cosine similarity of two fingerprints to join them.")
    var minSimilarity = 0.75

    @Option(help: "The smallest group reported.")
    var minGroupSize = 5

    @Option(help: "Leiden resolution on the similarity graph: larger splits groups more.")
    var resolution = 0.5

    @Option(help: "Seed of community detection.")
    var seed: UInt64 = 1

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        var parameters = ShiftGroupParameters()
        guard minPosts >= 1 else { throw ValidationError("--min-posts must be at least 1") }
        guard (0.0...1.0).contains(minConcentration) else { throw ValidationError("--min-concentration must be in [0, 1]") }
        guard (0.0...1.0).contains(minSimilarity) else { throw ValidationError("--min-similarity must be in [0, 1]") }
        guard minGroupSize >= 2 else { throw ValidationError("--min-group-size must be at least 2") }
        parameters.minimumPosts = minPosts
        parameters.minimumConcentration = minConcentration
        parameters.minimumSimilarity = minSimilarity
        parameters.minimumGroupSize = minGroupSize
        guard resolution >= 0, resolution.isFinite else { throw ValidationError("--resolution must be 0 or more") }
        parameters.resolution = resolution
        parameters.seed = seed
        let caseFile = try CaseFile(path: self.caseFile.path, create: false)
        let frame = try caseFile.frame(content: [])
        let start = ContinuousClock.now
        let groups = ShiftGroups.find(frame: frame, parameters: parameters)
        let seconds = (ContinuousClock.now - start).seconds
        var reports: [GroupReport] = []
        for (index, group) in groups.enumerated() {
            let names = try caseFile.accountNames(group.members.map { frame.accountRowIDs[Int($0)] })
            reports.append(GroupReport(key: "S\(index + 1)", group: group, names: names))
        }
        try caseFile.saveRun(
            detector: Self.detector, parameters: Self.recorded(parameters),
            findings: zip(groups, reports).map { group, report in
                Finding(
                    kind: "shift", key: report.key, label: report.label, score: group.confidence,
                    flagged: group.isWorkSchedule, details: (try? jsonText(report.details)) ?? "{}",
                    accounts: group.members.map { Finding.Member(account: frame.accountRowIDs[Int($0)]) })
            })
        let summary = Summary(seconds: seconds, groups: reports)
        print(json ? try jsonText(summary) : summary.text)
    }

    static func recorded(_ parameters: ShiftGroupParameters) -> [String: String] {
        [
            "minimumPosts": "\(parameters.minimumPosts)", "shiftHours": "\(parameters.shiftHours)",
            "shiftDays": "\(parameters.shiftDays)", "minimumConcentration": "\(parameters.minimumConcentration)",
            "minimumSimilarity": "\(parameters.minimumSimilarity)",
            "startToleranceHours": "\(parameters.startToleranceHours)",
            "minimumGroupSize": "\(parameters.minimumGroupSize)", "resolution": "\(parameters.resolution)",
            "seed": "\(parameters.seed)", "maximumWeekendShare": "\(parameters.maximumWeekendShare)",
            "maximumNightShare": "\(parameters.maximumNightShare)",
            "minimumOfficeShare": "\(parameters.minimumOfficeShare)",
            "minimumWorkOverDiurnal": "\(parameters.minimumWorkOverDiurnal)",
        ]
    }

    /// What a saved shift finding holds in `details`.
    struct Details: Encodable {
        var utcOffsetHours: Int
        var isWorkSchedule: Bool
        var confidence: Double
        var fit: WorkScheduleFit
        /// Posts per UTC hour of the week, Monday 00:00 first.
        var fingerprint: [Double]
    }

    struct GroupReport: Encodable {
        var key: String
        var size: Int
        var details: Details
        var members: [AccountName]

        init(key: String, group: ShiftGroup, names: [AccountName]) {
            self.key = key
            size = group.members.count
            details = Details(
                utcOffsetHours: group.utcOffsetHours, isWorkSchedule: group.isWorkSchedule,
                confidence: group.confidence, fit: group.fit, fingerprint: group.fingerprint)
            members = names
        }

        var label: String {
            "\(size) accounts, \(Shifts.utc(details.utcOffsetHours))" + (details.isWorkSchedule ? ", work schedule" : "")
        }
    }

    struct Summary: Encodable {
        var seconds: Double
        var groups: [GroupReport]

        var text: String {
            var lines = ["\(groups.count) shift groups, \(groups.filter(\.details.isWorkSchedule).count) on a work schedule"]
            for group in groups {
                let fit = group.details.fit
                lines.append("")
                lines.append(
                    "\(group.key): \(group.size) accounts, office time \(Shifts.utc(fit.utcOffsetHours)),"
                        + " confidence \(Shifts.percent(group.details.confidence)) of members agree within an hour")
                lines.append(
                    "  work schedule: \(group.details.isWorkSchedule ? "yes" : "no"):"
                        + " \(Shifts.percent(fit.officeShare)) of posts in weekday office hours,"
                        + " \(Shifts.percent(fit.weekendShare)) at weekends, \(Shifts.percent(fit.nightShare)) at night,"
                        + " lunch hour at \(Shifts.percent(fit.lunchDip)) of the office rate")
                lines.append("  activity by local hour (\(Shifts.utc(fit.utcOffsetHours))), darker is busier:")
                lines += Shifts.heatMap(group.details.fingerprint, offset: fit.utcOffsetHours).map { "    " + $0 }
                let shown = group.members.prefix(5).map(\.display).joined(separator: ", ")
                lines.append("  members: \(shown)" + (group.size > 5 ? ", ... \(group.size - 5) more" : ""))
            }
            return lines.joined(separator: "\n")
        }
    }

    /// `UTC+3`, `UTC-5`, `UTC+0`.
    static func utc(_ offset: Int) -> String {
        "UTC" + (offset < 0 ? "-" : "+") + "\(abs(offset))"
    }

    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }

    /// Seven rows (Monday first) of 24 characters, one per local hour, from ` ` (no posts) to `@` (the
    /// busiest hour), under an hour ruler.
    static func heatMap(_ fingerprint: [Double], offset: Int) -> [String] {
        let shades = Array(" .:-=+*#%@")
        let busiest = fingerprint.max() ?? 0
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        var rows = ["    0     6     12    18"]
        for day in 0..<7 {
            let cells = (0..<24).map { hour -> Character in
                let utc = ((day * 24 + hour - offset) % 168 + 168) % 168
                guard busiest > 0, fingerprint[utc] > 0 else { return shades[0] }
                return shades[max(1, Int((fingerprint[utc] / busiest * Double(shades.count - 1)).rounded()))]
            }
            var row = days[day] + " " + String(cells)
            while row.last == " " { row.removeLast() }
            rows.append(row)
        }
        return rows
    }
}
