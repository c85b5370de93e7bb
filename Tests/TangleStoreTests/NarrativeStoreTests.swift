import GRDB
import Testing
@testable import TangleStore

@Suite struct NarrativeStoreTests {
    private func record(_ id: String, kind: String = "defined") -> NarrativeRecord {
        NarrativeRecord(id: id, kind: kind, label: "label of \(id)", details: #"{"id":"\#(id)"}"#)
    }

    @Test func narrativesAndTheirPostsRoundTripInSavedOrder() throws {
        let scratch = try Scratch()
        let caseFile = try CaseFile(path: scratch.casePath)
        let narratives = [record("voter-fraud"), record("abortion"), record("empty")]
        let run = try caseFile.saveNarratives(
            detector: "narratives-defined", parameters: ["sha256": "abc"], narratives: narratives,
            posts: [(0, 9), (1, 4), (0, 3), (0, 9), (1, 1), (0, 5)])

        let latest = try #require(try caseFile.latestNarratives(detector: "narratives-defined"))
        #expect(latest.run.id == run)
        #expect(latest.run.parameters == ["sha256": "abc"])
        // Saved order, not key order.
        #expect(latest.narratives == narratives)
        #expect(try caseFile.narrativePosts(run: run, narrative: "voter-fraud") == [3, 5, 9])
        #expect(try caseFile.narrativePosts(run: run, narrative: "abortion") == [1, 4])
        #expect(try caseFile.narrativePosts(run: run, narrative: "empty") == [])
        #expect(try caseFile.narrativePosts(run: run, narrative: "unknown") == [])
    }

    @Test func theLatestRunWinsAndAnotherDetectorsRunIsUntouched() throws {
        let scratch = try Scratch()
        let caseFile = try CaseFile(path: scratch.casePath)
        let first = try caseFile.saveNarratives(
            detector: "narratives-defined", parameters: [:], narratives: [record("a")], posts: [(0, 1), (0, 2)])
        let discovered = try caseFile.saveNarratives(
            detector: "narratives-discovered", parameters: [:], narratives: [record("S1", kind: "story"), record("T1", kind: "theme")],
            posts: [(0, 7), (1, 7), (1, 8)])
        let second = try caseFile.saveNarratives(
            detector: "narratives-defined", parameters: [:], narratives: [record("b"), record("a")], posts: [(1, 3)])

        let defined = try #require(try caseFile.latestNarratives(detector: "narratives-defined"))
        #expect(defined.run.id == second)
        #expect(defined.narratives.map(\.id) == ["b", "a"])
        #expect(try caseFile.narrativePosts(run: second, narrative: "a") == [3])
        #expect(try caseFile.narrativePosts(run: first, narrative: "a") == [1, 2])

        let other = try #require(try caseFile.latestNarratives(detector: "narratives-discovered"))
        #expect(other.run.id == discovered)
        #expect(other.narratives.map(\.kind) == ["story", "theme"])
        #expect(try caseFile.narrativePosts(run: discovered, narrative: "T1") == [7, 8])
        #expect(try caseFile.latestNarratives(detector: "nothing") == nil)
    }

    @Test func aFailedSaveLeavesNoRun() throws {
        let scratch = try Scratch()
        let caseFile = try CaseFile(path: scratch.casePath)
        #expect(throws: StoreError.self) {
            try caseFile.saveNarratives(detector: "narratives-defined", parameters: [:], narratives: [record("a")], posts: [(1, 1)])
        }
        // Two narratives with one id fail in the middle of the transaction, after the run row was written.
        #expect(throws: DatabaseError.self) {
            try caseFile.saveNarratives(
                detector: "narratives-defined", parameters: [:], narratives: [record("a"), record("a")], posts: [(0, 1)])
        }
        #expect(try caseFile.latestNarratives(detector: "narratives-defined") == nil)
    }

    @Test func deletingARunDeletesItsPosts() throws {
        let scratch = try Scratch()
        let caseFile = try CaseFile(path: scratch.casePath)
        let run = try caseFile.saveNarratives(
            detector: "narratives-defined", parameters: [:], narratives: [record("a")], posts: (1...1000).map { (0, Int64($0)) })
        #expect(try caseFile.narrativePosts(run: run, narrative: "a").count == 1000)
        try caseFile.database.write { db in try db.execute(sql: "DELETE FROM run WHERE id = ?", arguments: [run]) }
        #expect(try caseFile.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM narrative_post") } == 0)
    }
}
