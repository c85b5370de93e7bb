import Foundation
import GRDB
import Testing
import TangleIngest
@testable import TangleStore

/// A fresh folder per test, removed at the end.
final class Scratch {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "tangle-store-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String, _ contents: String) throws -> String {
        let file = path + "/" + name
        try contents.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    var casePath: String { path + "/case.tangle" }
}

let qutHeader = "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n"

@Suite struct IngestTests {
    @Test func storesPostsAndSummarises() throws {
        let scratch = try Scratch()
        let file = try scratch.file(
            "a.csv",
            qutHeader + """
                1,10,alice,,,hello #Vote https://www.Example.com/a?utm_source=x,1600000000,https://www.Example.com/a?utm_source=x
                2,11,bob,1,,RT @alice: hello #vote,1600000005.5,
                3,12,carol,,1,@alice yes #vote,1600000100,https://bbc.co.uk/news
                """)
        let caseFile = try CaseFile(path: scratch.casePath)
        let summary = try caseFile.ingest(path: file)
        #expect(summary.format == "qut")
        #expect(summary.rowsRead == 3)
        #expect(summary.postsStored == 3)
        #expect(summary.accountsStored == 3)
        #expect(summary.rejected == 0)

        let info = try caseFile.summary()
        #expect(info.posts == 3)
        #expect(info.accounts == 3)
        #expect(info.postsByKind == [.init(name: "original", count: 1), .init(name: "repost", count: 1), .init(name: "reply", count: 1)])
        #expect(info.firstPost == "2020-09-13T12:26:40Z")
        #expect(info.lastPost == "2020-09-13T12:28:20Z")
        #expect(info.topHashtags.first == .init(name: "vote", count: 3))
        #expect(info.postsWithLinks == 2)
        #expect(info.sources.count == 1)
        #expect(info.sources[0].status == "complete")
        #expect(info.sources[0].sha256.count == 64)
    }

    @Test func ingestingTheSameFileTwiceStoresNothingTwice() throws {
        let scratch = try Scratch()
        let file = try scratch.file("a.csv", qutHeader + "1,10,alice,,,one,1600000000,\n2,11,bob,,,two,1600000001,\n")
        let caseFile = try CaseFile(path: scratch.casePath)
        _ = try caseFile.ingest(path: file)
        let again = try caseFile.ingest(path: file)
        #expect(again.alreadyIngested)
        #expect(again.rowsRead == 0)
        let forced = try caseFile.ingest(path: file, options: IngestOptions(force: true))
        #expect(forced.postsStored == 0)
        #expect(forced.postsDuplicate == 2)
        #expect(try caseFile.summary().posts == 2)
    }

    @Test func overlappingFilesMergeAccounts() throws {
        let scratch = try Scratch()
        let a = try scratch.file("a.csv", qutHeader + "1,10,alice,,,one,1600000000,\n2,11,bob,,,two,1600000001,\n")
        let b = try scratch.file("b.csv", qutHeader + "2,11,bob,,,two,1600000001,\n3,10,alice,,,three,1600000002,\n")
        let caseFile = try CaseFile(path: scratch.casePath)
        _ = try caseFile.ingest(path: a)
        let second = try caseFile.ingest(path: b)
        #expect(second.postsStored == 1)
        #expect(second.postsDuplicate == 1)
        #expect(second.accountsStored == 0)
        let info = try caseFile.summary()
        #expect(info.posts == 3)
        #expect(info.accounts == 2)
        #expect(info.topAccounts.first?.handle == "alice")
    }

    @Test func rowsOfOnePostSpreadOverLinesAreMerged() throws {
        let scratch = try Scratch()
        let file = try scratch.file(
            "wide.csv",
            """
            account_id,post_id,url_id,hashtag_id,domain_id,phash_id,timestamp
            fb_1,100,u1,h1,d1,,1629589836.0
            fb_2,200,,h2,,,1629589840
            fb_1,100,u2,h3,d1,,1629589836.0
            fb_1,100,u2,h3,d1,,1629589836.0
            """)
        let caseFile = try CaseFile(path: scratch.casePath)
        let summary = try caseFile.ingest(path: file)
        #expect(summary.postsStored == 2)
        #expect(summary.postsMerged == 1)
        #expect(summary.postsDuplicate == 1)
        let row = try caseFile.database.read { db in
            try Row.fetchOne(db, sql: "SELECT urls, domains, hashtags FROM post WHERE platform_id = '100'")
        }
        #expect(row?["urls"] == "u1 u2")
        #expect(row?["domains"] == "d1")
        #expect(row?["hashtags"] == "h1 h3")
    }

    @Test func rejectedRowsAreCountedAndWrittenOut() throws {
        let scratch = try Scratch()
        let file = try scratch.file(
            "bad.csv", qutHeader + "1,10,alice,,,one,1600000000,\n2,11,bob,,,two,yesterday,\n3,12,carol,,,three,1600000002,\n")
        let caseFile = try CaseFile(path: scratch.casePath)
        let summary = try caseFile.ingest(path: file)
        #expect(summary.postsStored == 2)
        #expect(summary.rejected == 1)
        #expect(summary.rejectsByReason.count == 1 && summary.rejectsByReason.values.first == 1)
        let rejects = try String(contentsOfFile: caseFile.rejectsPath, encoding: .utf8)
        let lines = rejects.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == "file,line,reason,raw")
        #expect(lines[1].hasPrefix(file + ",3,"))
        #expect(lines[1].contains("yesterday"))
        #expect(try caseFile.summary().rejected == 1)
    }

    @Test func strictStopsAtTheFirstRejectedRow() throws {
        let scratch = try Scratch()
        let file = try scratch.file("bad.csv", qutHeader + "1,10,alice,,,one,1600000000,\n2,11,bob,,,two,yesterday,\n3,12,c,,,x,1600000002,\n")
        let caseFile = try CaseFile(path: scratch.casePath)
        #expect {
            try caseFile.ingest(path: file, options: IngestOptions(strict: true))
        } throws: { error in
            (error as? IngestError)?.kind == .rejectedRow && (error as? IngestError)?.line == 3
        }
        let info = try caseFile.summary()
        #expect(info.sources.first?.status == "failed")
        #expect(info.posts == 1)
    }

    @Test func anInterruptedIngestLeavesAValidCaseAndARerunCompletesIt() throws {
        let scratch = try Scratch()
        var rows = qutHeader
        for i in 0..<1000 { rows += "\(i),\(i % 37),user\(i % 37),,,text \(i),\(1_600_000_000 + i),\n" }
        let file = try scratch.file("big.csv", rows)
        let caseFile = try CaseFile(path: scratch.casePath)
        var options = IngestOptions()
        options.batchSize = 100
        var batches = 0
        let first = try caseFile.ingest(path: file, options: options, shouldStop: { batches >= 3 }, progress: { _ in batches += 1 })
        #expect(first.interrupted)
        #expect(first.postsStored == 300)
        #expect(try caseFile.summary().sources.first?.status == "interrupted")
        let second = try caseFile.ingest(path: file, options: options)
        #expect(second.postsStored == 700)
        #expect(second.postsDuplicate == 300)
        #expect(try caseFile.summary().posts == 1000)
    }

    @Test func aTruncatedGzipKeepsWhatWasReadAndRecordsTheFailure() throws {
        let scratch = try Scratch()
        var rows = qutHeader
        var state: UInt64 = 1
        for i in 0..<20_000 {
            // Incompressible-ish text so that the cut lands well inside the data.
            state = state &* 6364136223846793005 &+ 1442695040888963407
            rows += "\(i),\(i % 97),user\(i % 97),,,text \(state),\(1_600_000_000 + i),\n"
        }
        let plain = try scratch.file("rows.csv", rows)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", plain]
        try gzip.run()
        gzip.waitUntilExit()
        let whole = try Data(contentsOf: URL(fileURLWithPath: plain + ".gz"))
        let cut = scratch.path + "/cut.csv.gz"
        try whole.prefix(whole.count * 2 / 3).write(to: URL(fileURLWithPath: cut))

        let caseFile = try CaseFile(path: scratch.casePath)
        var options = IngestOptions()
        options.batchSize = 1000
        #expect {
            try caseFile.ingest(path: cut, options: options)
        } throws: { error in
            (error as? IngestError)?.kind == .truncatedGzip
        }
        let info = try caseFile.summary()
        #expect(info.sources.first?.status == "failed")
        #expect(info.sources.first?.error?.contains("gzip") == true)
        #expect(info.posts > 1000)
        #expect(info.posts < 20_000)
        let complete = try caseFile.ingest(path: plain + ".gz")
        #expect(complete.postsDuplicate == info.posts)
        #expect(complete.postsStored == 20_000 - info.posts)
        #expect(try caseFile.summary().posts == 20_000)
    }

    @Test func aForgetfulAccountCacheStillCountsAndLinksEveryAccountOnce() throws {
        let scratch = try Scratch()
        var rows = qutHeader
        for i in 0..<2000 { rows += "\(i),\(i * 7919 % 301),user\(i * 7919 % 301),,,text \(i),\(1_600_000_000 + i),\n" }
        let file = try scratch.file("many.csv", rows)
        let caseFile = try CaseFile(path: scratch.casePath)
        var options = IngestOptions()
        options.accountCacheLimit = 7
        let summary = try caseFile.ingest(path: file, options: options)
        #expect(summary.postsStored == 2000)
        #expect(summary.accountsStored == 301)
        let info = try caseFile.summary()
        #expect(info.accounts == 301)
        #expect(info.accountsWithPosts == 301)
        let again = try caseFile.ingest(path: file, options: IngestOptions(force: true))
        #expect(again.accountsStored == 0)
    }

    @Test func aMissingCaseFileIsAnErrorForReaders() throws {
        let scratch = try Scratch()
        let path = scratch.path + "/nope.tangle"
        let error = try #require(throws: StoreError.self) { try CaseFile(path: path, create: false) }
        #expect(error.description == path + ": no such case file; create one with `tangle ingest FILE --case \(path)`")
    }

    @Test func garbageIsNotACaseFile() throws {
        let scratch = try Scratch()
        let file = try scratch.file("junk.tangle", String(repeating: "not a database ", count: 400))
        let error = try #require(throws: StoreError.self) { try CaseFile(path: file) }
        #expect(error.description.hasPrefix(file + ": not a usable case file ("))
    }
}
