import Foundation
import Testing

@testable import TangleSimulate

@Suite struct ShiftEvaluationTests {
    @Test func matchesTheTrollUnitToItsWorkScheduleGroup() throws {
        let findings = DetectedFindings(shiftGroups: [
            .init(id: "shifts/S1", members: ["b1", "b2", "x1"], utcOffsetHours: 3, isWorkSchedule: false),
            .init(id: "shifts/S2", members: ["t1", "t2", "x2"], utcOffsetHours: 2, isWorkSchedule: true),
        ])
        let report = Evaluation.score(findings, against: World.truth)
        let shifts = try #require(report.shifts)
        #expect(shifts.detected == 2)
        #expect(shifts.workSchedules == 1)
        let match = try #require(shifts.matches.first)
        #expect(match.operation == "op1")
        #expect(match.unitSize == 3)
        #expect(match.utcOffsetHours == 3)
        #expect(match.group == "shifts/S2")
        #expect(match.overlap == 2)
        #expect(match.jaccard == Rate(2, of: 4))
        #expect(match.offsetErrorHours == -1)
        #expect(report.text.contains("shift groups: 2 detected, 1 on a work schedule"))
        #expect(report.text.split(separator: "\n").contains { $0.contains("shifts/S2") && $0.contains("-1 h") })
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(EvaluationReport.self, from: data) == report)
    }

    @Test func aTrollUnitWithoutAWorkScheduleGroupIsMissing() throws {
        let findings = DetectedFindings(shiftGroups: [
            .init(id: "shifts/S1", members: ["t1", "t2", "t3"], utcOffsetHours: 3, isWorkSchedule: false)
        ])
        let match = try #require(Evaluation.score(findings, against: World.truth).shifts?.matches.first)
        #expect(match.group == nil)
        #expect(match.offsetErrorHours == nil)
        #expect(match.jaccard.value == nil)
    }

    @Test func nullScenarioCountsWorkScheduleGroupsAgainstZero() throws {
        let findings = DetectedFindings(shiftGroups: [
            .init(id: "shifts/S1", members: ["x1", "x2"], utcOffsetHours: -5, isWorkSchedule: true)
        ])
        let report = Evaluation.score(findings, against: World.nullTruth)
        #expect(report.shifts?.workSchedules == 1)
        #expect(report.shifts?.matches.isEmpty == true)
        #expect(report.text.contains("shift groups: 1 detected, 1 on a work schedule (target 0)"))
        #expect(report.accounts.flagged == 0)
    }

    @Test func aShiftRunThatFoundNothingCountsAsZero() {
        let report = Evaluation.score(DetectedFindings(shiftGroups: []), against: World.nullTruth)
        #expect(report.shifts == .init(detected: 0, workSchedules: 0, matches: []))
        #expect(report.text.contains("shift groups: 0 detected, 0 on a work schedule (target 0)"))
        let missed = Evaluation.score(DetectedFindings(shiftGroups: []), against: World.truth).shifts?.matches
        #expect(missed?.map(\.group) == [nil])
    }

    @Test func noShiftRunLeavesTheReportAsItWas() {
        #expect(Evaluation.score(DetectedFindings(), against: World.truth).shifts == nil)
        #expect(!Evaluation.score(DetectedFindings(), against: World.truth).text.contains("shift"))
    }
}
