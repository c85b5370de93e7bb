import ArgumentParser
import Foundation
import TangleSimulate
import TangleStore

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the findings saved in a case against a simulated world's truth.json.")

    @OptionGroup var caseFile: CaseOption

    @Option(help: "The truth.json the simulator wrote beside the data.")
    var truth: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let truth: Truth
        do {
            truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: URL(fileURLWithPath: self.truth)))
        } catch {
            throw ValidationError("\(self.truth): not a truth.json written by `tangle simulate` (\(error))")
        }
        let store = try CaseFile(path: caseFile.path, create: false)
        let findings = try Self.detectedFindings(
            try store.latestFindings(), shiftsRan: try store.latestRun(detector: Shifts.detector) != nil,
            traceRan: try store.latestRun(detector: "trace") != nil)
        let report = Evaluation.score(findings, against: truth)
        print(json ? try jsonText(report) : report.text)
    }

    /// The case's latest findings in the terms truth.json uses. Shift groups, flagged or not, are
    /// listed apart (a shift group is a schedule, not a coordinated network); `shiftsRan` says that
    /// `tangle shifts` ran, so that a run that found no group still counts as zero groups; `traceRan`
    /// likewise for the origins of `tangle trace --all-urls`.
    static func detectedFindings(_ saved: [SavedFinding], shiftsRan: Bool = false, traceRan: Bool = false) throws -> DetectedFindings {
        var result = DetectedFindings()
        var flagged = Set<String>()
        var shiftGroups: [DetectedFindings.ShiftGroup] = []
        for item in saved where item.finding.kind == "shift" {
            let shift = try JSONDecoder().decode(ShiftDetails.self, from: Data(item.finding.details.utf8))
            shiftGroups.append(
                .init(
                    id: "\(item.detector)/\(item.finding.key)", members: item.accountPlatformIDs,
                    utcOffsetHours: shift.utcOffsetHours, isWorkSchedule: shift.isWorkSchedule))
        }
        if shiftsRan || !shiftGroups.isEmpty { result.shiftGroups = shiftGroups }
        let origins = try saved.filter { $0.finding.kind == "origin" }.map { item in
            try JSONDecoder().decode(DetectedFindings.Origin.self, from: Data(item.finding.details.utf8))
        }
        if traceRan || !origins.isEmpty { result.origins = origins }
        for item in saved where item.finding.flagged {
            let details = Data(item.finding.details.utf8)
            switch item.finding.kind {
            case "account":
                flagged.formUnion(item.accountPlatformIDs)
            case "network":
                flagged.formUnion(item.accountPlatformIDs)
                result.networks.append(.init(id: "\(item.detector)/\(item.finding.key)", members: item.accountPlatformIDs))
            case "pivot":
                let pivot = try JSONDecoder().decode(PivotDetails.self, from: details)
                result.pivots.append(.init(date: pivot.date, network: pivot.network))
            case "uptake":
                let uptake = try JSONDecoder().decode(UptakeDetails.self, from: details)
                result.uptakes.append(.init(url: uptake.url, accountID: uptake.accountID, lagSeconds: uptake.lagSeconds))
            default:
                continue
            }
        }
        result.flaggedAccounts = flagged.sorted()
        return result
    }

    private struct PivotDetails: Decodable {
        var date: String
        var network: String?
    }

    private struct ShiftDetails: Decodable {
        var utcOffsetHours: Int
        var isWorkSchedule: Bool
    }

    private struct UptakeDetails: Decodable {
        var url: String
        var accountID: String
        var lagSeconds: Int
    }
}
