import GRDB
import Testing
@testable import TangleStore

@Suite struct FindingsTests {
    @Test func aReadOnlyCaseReadsButRefusesWrites() throws {
        let scratch = try Scratch()
        let file = try scratch.file("a.csv", qutHeader + "1,10,alice,,,one,1600000000,\n")
        _ = try CaseFile(path: scratch.casePath).ingest(path: file)
        let readOnly = try CaseFile(path: scratch.casePath, readOnly: true)
        #expect(try readOnly.frame().postCount == 1)
        #expect(throws: (any Error).self) { try readOnly.saveRun(detector: "x", parameters: [:], findings: []) }
        #expect(throws: StoreError.self) { try CaseFile(path: scratch.casePath + ".missing", readOnly: true) }
    }

    @Test func runsAreSavedWholeAndTheLatestPerDetectorIsRead() throws {
        let scratch = try Scratch()
        let file = try scratch.file("a.csv", qutHeader + "1,10,alice,,,one,1600000000,\n2,11,bob,,,two,1600000001,\n3,12,carol,,,x,1600000002,\n")
        let caseFile = try CaseFile(path: scratch.casePath)
        _ = try caseFile.ingest(path: file)
        let ids = try caseFile.frame().accountRowIDs

        try caseFile.saveRun(
            detector: "coordination", parameters: ["window": "60s"],
            findings: [Finding(kind: "network", key: "N1", score: 0.5, accounts: [.init(account: ids[0]), .init(account: ids[1])])])
        try caseFile.saveRun(
            detector: "coordination", parameters: ["window": "30s"],
            findings: [
                Finding(kind: "network", key: "N1", score: 0.9, details: #"{"edges":1}"#,
                        accounts: [.init(account: ids[1], score: 0.7), .init(account: ids[2], score: 0.8)]),
                Finding(kind: "network", key: "N2", flagged: false, accounts: [.init(account: ids[0])]),
            ])
        try caseFile.saveRun(
            detector: "timeline", parameters: [:],
            findings: [Finding(kind: "pivot", key: "2020-09-14", details: #"{"date":"2020-09-14"}"#)])

        let saved = try caseFile.latestFindings()
        #expect(saved.map(\.finding.key) == ["N1", "N2", "2020-09-14"])
        #expect(saved[0].finding.score == 0.9)
        #expect(saved[0].accountPlatformIDs == ["11", "12"])
        #expect(saved[0].finding.accounts.map(\.score) == [0.7, 0.8])
        #expect(saved[0].finding.details == #"{"edges":1}"#)
        #expect(saved[1].finding.flagged == false)
        #expect(saved[2].detector == "timeline")
    }

    @Test func aRunNamingAnUnknownAccountIsNotSavedAtAll() throws {
        let scratch = try Scratch()
        let caseFile = try CaseFile(path: scratch.casePath)
        let error = try #require(throws: DatabaseError.self) {
            try caseFile.saveRun(
                detector: "coordination", parameters: [:],
                findings: [Finding(kind: "network", key: "N1", accounts: [.init(account: 999)])])
        }
        #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY)
        #expect(try caseFile.database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM run") } == 0)
        #expect(try caseFile.latestFindings().isEmpty)
    }
}
