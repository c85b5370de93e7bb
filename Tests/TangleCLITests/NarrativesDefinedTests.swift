import Foundation
import TangleStore
import Testing

/// `tangle narratives --define` on a tiny case: which posts carry which narrative, and the saved run.
@Suite struct NarrativesDefinedTests {
    let posts = """
        message_id,user_id,username,repost_id,reply_id,message,timestamp,urls
        1,10,alice,,,They say it was a STOLEN ELECTION,1600000000,
        2,11,bob,,,Élection volée !,1600000100,
        3,12,carol,,,nothing to see #StopTheSteal,1600086400,
        4,10,alice,,,rigged mail ballots,1600090000,https://www.example.com/elections/2020?utm_source=x
        5,13,dave,,,rigged mail ballots (satire),1600090001,
        6,14,erin,,,read this,1600172800,https://live.example-news.com/x
        7,11,bob,,,elections are fun,1600172900,
        """

    let narratives = """
        narratives:
          - id: voter-fraud
            name: Voter fraud
            terms: ["stolen election", "rigged AND (mail OR postal) AND NOT satire"]
            hashtags: [StopTheSteal]
            urls: ["example.com/elections/*"]
            domains: [example-news.com]
          - id: french
            terms: [election volee]
          - id: nothing
            hashtags: [absent]
        """

    @Test func matchedPostsArePrintedAndSaved() throws {
        let folder = try Folder()
        let casePath = folder.path + "/c.tangle"
        let data = try folder.write("posts.csv", posts)
        let definitions = try folder.write("narratives.yaml", narratives)
        #expect(try TangleProcess.run(["ingest", data, "--case", casePath]).status == 0)

        let result = try TangleProcess.run(["narratives", "--case", casePath, "--define", definitions, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["postsRead"] as? Int == 7)
        #expect(report["postsMatched"] as? Int == 5)
        let reports = try #require(report["narratives"] as? [[String: Any]])
        #expect(reports.map { $0["id"] as? String } == ["voter-fraud", "french", "nothing"])
        #expect(reports.map { $0["posts"] as? Int } == [4, 1, 0])
        #expect(reports[0]["accounts"] as? Int == 3)
        #expect(reports[0]["firstDay"] as? String == "2020-09-13" && reports[0]["lastDay"] as? String == "2020-09-15")
        let first = try #require(reports[0]["firstPost"] as? [String: Any])
        #expect(first["post"] as? String == "1")
        #expect((first["account"] as? [String: Any])?["handle"] as? String == "alice")
        let top = try #require(reports[0]["topAccounts"] as? [[String: Any]])
        #expect(top.map { ($0["account"] as? [String: Any])?["platformID"] as? String } == ["10", "12", "14"])
        #expect(top.map { $0["posts"] as? Int } == [2, 1, 1])

        let caseFile = try CaseFile(path: casePath, create: false)
        let saved = try #require(try caseFile.latestNarratives(detector: "narratives-defined"))
        #expect(saved.narratives.map(\.id) == ["voter-fraud", "french", "nothing"])
        #expect(saved.narratives.allSatisfy { $0.kind == "defined" })
        #expect(saved.run.parameters["sha256"]?.count == 64)
        let voterFraud = try caseFile.narrativePosts(run: saved.run.id, narrative: "voter-fraud")
        #expect(try caseFile.postNames(voterFraud).map(\.platformID) == ["1", "3", "4", "6"])
        let french = try caseFile.narrativePosts(run: saved.run.id, narrative: "french")
        #expect(try caseFile.postNames(french).map(\.platformID) == ["2"])
        #expect(try caseFile.narrativePosts(run: saved.run.id, narrative: "nothing") == [])

        let text = try TangleProcess.run(["narratives", "--case", casePath, "--define", definitions])
        #expect(text.status == 0)
        #expect(text.stdout.contains("voter-fraud (Voter fraud): 4 posts by 3 accounts, 2020-09-13 to 2020-09-15"))
        #expect(text.stdout.contains("first post: 1 by @alice (10) at 2020-09-13T12:26:40Z"))
    }

    @Test func aBadFileNamesItsLineAndSavesNothing() throws {
        let folder = try Folder()
        let casePath = folder.path + "/c.tangle"
        let data = try folder.write("posts.csv", posts)
        let bad = try folder.write("bad.yaml", "narratives:\n  - id: a\n    terms: [\"x AND\"]\n")
        #expect(try TangleProcess.run(["ingest", data, "--case", casePath]).status == 0)
        let result = try TangleProcess.run(["narratives", "--case", casePath, "--define", bad])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.yaml:3:"), "\(result.stderr)")
        let caseFile = try CaseFile(path: casePath, create: false)
        #expect(try caseFile.latestNarratives(detector: "narratives-defined") == nil)
    }
}
