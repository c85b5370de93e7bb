import Foundation
import GRDB
import Testing
import TangleIngest
@testable import TangleStore

/// The readers' fixtures, ingested into a case: what is stored, merged, duplicated and rejected.
/// The figures were checked by hand against the fixture files and the readers' own tests.
@Suite struct RoundTripTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TangleIngestTests/Fixtures").path

    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        var format: String
        var stored: Int
        var merged = 0
        var duplicates = 0
        var accounts: Int
        var rejected: Int
        var snowflake = 0
        var testDescription: String { file }
    }

    static let cases: [Expected] = [
        .init(file: "io_archive_tweets.csv", format: "io-archive", stored: 7, accounts: 3, rejected: 1, snowflake: 5),
        .init(file: "io_archive_tweets.csv.gz", format: "io-archive", stored: 7, accounts: 3, rejected: 1, snowflake: 5),
        .init(file: "io_archive_users.csv", format: "io-archive-users", stored: 0, accounts: 2, rejected: 2),
        .init(file: "fivethirtyeight.csv", format: "fivethirtyeight", stored: 5, duplicates: 1, accounts: 2, rejected: 1),
        .init(file: "qut.csv", format: "qut", stored: 4, accounts: 4, rejected: 2),
        .init(file: "qut_headerless.csv", format: "qut", stored: 4, accounts: 4, rejected: 0),
        .init(file: "coortweet_long.csv", format: "coortweet-long", stored: 3, accounts: 3, rejected: 1),
        .init(file: "coortweet_wide.csv", format: "coortweet-wide", stored: 5, merged: 1, accounts: 4, rejected: 1),
        .init(file: "twitter_v1.jsonl", format: "twitter-json", stored: 4, accounts: 4, rejected: 1),
        .init(file: "twitter_v1.jsonl.gz", format: "twitter-json", stored: 4, accounts: 4, rejected: 1),
        .init(file: "twitter_v1_array.json", format: "twitter-json", stored: 2, accounts: 2, rejected: 0),
        .init(file: "twarc2_pages.jsonl", format: "twitter-json", stored: 3, accounts: 3, rejected: 1),
        .init(file: "twarc2_flattened.jsonl", format: "twitter-json", stored: 2, accounts: 1, rejected: 0),
        .init(file: "twitter_v2_page.json", format: "twitter-json", stored: 4, accounts: 2, rejected: 0, snowflake: 1),
        .init(file: "telegram_result.json", format: "telegram", stored: 5, accounts: 1, rejected: 1),
    ]

    @Test(arguments: cases)
    func fixtureRoundTrip(_ expected: Expected) throws {
        let scratch = try Scratch()
        let caseFile = try CaseFile(path: scratch.casePath)
        let summary = try caseFile.ingest(path: Self.fixtures + "/" + expected.file)
        #expect(summary.format == expected.format)
        #expect(summary.postsStored == expected.stored)
        #expect(summary.postsMerged == expected.merged)
        #expect(summary.postsDuplicate == expected.duplicates)
        #expect(summary.accountsStored == expected.accounts)
        #expect(summary.rejected == expected.rejected)
        #expect(summary.snowflakeTimes == expected.snowflake)
        #expect(summary.rowsRead == expected.stored + expected.merged + expected.duplicates + expected.rejected
            + (expected.format == "io-archive-users" ? expected.accounts : 0))

        let info = try caseFile.summary()
        #expect(info.posts == expected.stored)
        #expect(info.rejected == expected.rejected)
        #expect(info.snowflakeTimes == expected.snowflake)
        let stored = try caseFile.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM reject") }
        #expect(stored == expected.rejected)
        let rejects = (try? String(contentsOfFile: caseFile.rejectsPath, encoding: .utf8)) ?? ""
        #expect(rejects.hasPrefix("file,line,reason,raw\n") == (expected.rejected > 0))
    }

    @Test func usersFileFillsTheProfilesOfTweetAuthors() throws {
        let scratch = try Scratch()
        let caseFile = try CaseFile(path: scratch.casePath)
        _ = try caseFile.ingest(path: Self.fixtures + "/io_archive_tweets.csv")
        let users = try caseFile.ingest(path: Self.fixtures + "/io_archive_users.csv")
        #expect(users.accountsStored == 0, "both users with ids are authors already")
        let row = try caseFile.database.read { db in
            try Row.fetchOne(db, sql: "SELECT followers, location, created_at FROM account WHERE platform_id = '905874659358453760'")
        }
        #expect(row?["followers"] == 136930)
        #expect(row?["location"] == "Tennessee, USA")
        #expect(row?["created_at"] == 1_447_804_800_000 as Int64)
        #expect(try caseFile.summary().accounts == 3)
    }
}

/// Each kind of bad input gives its documented error or rejection, and the case file stays valid.
@Suite struct BadInputTests {
    enum Outcome: Sendable {
        case error(IngestError.Kind)
        case rejected(Int, posts: Int)
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        var name: String
        var format: Format?
        var bytes: @Sendable () -> [UInt8]
        var outcome: Outcome
        var testDescription: String { name }
    }

    static let cases: [BadInput] = [
        BadInput(name: "empty file", bytes: { [] }, outcome: .error(.emptyFile)),
        BadInput(name: "unknown header", bytes: { Array("colour,shape\nred,round\n".utf8) }, outcome: .error(.unrecognisedFormat)),
        BadInput(
            name: "missing columns", format: .ioArchive, bytes: { Array("tweetid,userid\n1,2\n".utf8) },
            outcome: .error(.missingColumns)),
        BadInput(
            name: "bad timestamp", bytes: { Array((qutHeader + "1,10,a,,,x,yesterday,\n2,10,a,,,y,1600000000,\n").utf8) },
            outcome: .rejected(1, posts: 1)),
        BadInput(
            name: "invalid UTF-8", bytes: { Array((qutHeader + "1,10,a,,,").utf8) + [0xC3, 0x28] + Array(",1600000000,\n2,10,a,,,y,1600000000,\n".utf8) },
            outcome: .rejected(1, posts: 1)),
        BadInput(
            name: "unterminated quote",
            bytes: { Array((qutHeader + "1,10,a,,,\"never closed,1600000000,\n2,10,a,,,y,1600000001,\n3,10,a,,,z,1600000002,\n").utf8) },
            outcome: .rejected(1, posts: 2)),
        BadInput(
            name: "10 MB field",
            bytes: { Array((qutHeader + "1,10,a,,," + String(repeating: "x", count: 10_000_000) + ",1600000000,\n2,10,a,,,y,1600000001,\n").utf8) },
            outcome: .rejected(1, posts: 1)),
        BadInput(
            name: "JSON line that does not parse",
            bytes: { Array(#"{"id_str":"1","user":{"id_str":"9","screen_name":"a"},"created_at":"Wed Oct 10 20:19:24 +0000 2018","text":"x"}"#.utf8) + [0x0A] + Array(#"{"id_str":"2","user":"#.utf8) + [0x0A] },
            outcome: .rejected(1, posts: 1)),
    ]

    @Test(arguments: cases)
    func badInputKeepsTheCaseValid(_ input: BadInput) throws {
        let scratch = try Scratch()
        let file = scratch.path + "/input"
        try Data(input.bytes()).write(to: URL(fileURLWithPath: file))
        let caseFile = try CaseFile(path: scratch.casePath)
        switch input.outcome {
        case .error(let kind):
            #expect {
                try caseFile.ingest(path: file, options: IngestOptions(format: input.format))
            } throws: { error in
                guard let error = error as? IngestError else { return false }
                return error.kind == kind && error.description.hasPrefix(file + ":")
            }
            #expect(try caseFile.summary().sources.last?.status == "failed")
        case .rejected(let rejected, let posts):
            let summary = try caseFile.ingest(path: file, options: IngestOptions(format: input.format))
            #expect(summary.rejected == rejected)
            #expect(summary.postsStored == posts)
        }
        let integrity = try caseFile.database.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
        #expect(try CaseFile(path: scratch.casePath, create: false).summary().posts >= 0)
    }

    @Test func reRunningAFileDoesNotDuplicateItsRejects() throws {
        let scratch = try Scratch()
        let file = try scratch.file("bad.csv", qutHeader + "1,10,a,,,x,yesterday,\n2,10,a,,,y,1600000000,\n")
        let caseFile = try CaseFile(path: scratch.casePath)
        _ = try caseFile.ingest(path: file)
        let forced = try caseFile.ingest(path: file, options: IngestOptions(force: true))
        #expect(forced.rejected == 1)
        let info = try caseFile.summary()
        #expect(info.rejected == 1)
        #expect(info.sources.map(\.status) == ["superseded", "complete"])
        let rejects = try String(contentsOfFile: caseFile.rejectsPath, encoding: .utf8)
        #expect(rejects.split(separator: "\n").count == 2)
    }

    @Test func rejectReasonsAreCountedByWhatNotByRow() {
        #expect(CaseFile.reasonCategory("bad created_at of tweet 123: expected x") == "bad created_at of tweet N")
        #expect(CaseFile.reasonCategory("bad created_at of tweet 456: expected y") == "bad created_at of tweet N")
        #expect(CaseFile.reasonCategory("expected 8 fields, got 9") == "expected N fields, got N")
    }
}
