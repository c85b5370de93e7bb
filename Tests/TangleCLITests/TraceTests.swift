import Foundation
import TangleCore
import TangleStore
import Testing

/// `trace` on a hand-made QUT file: an outlet's story, two reposts, an organic link post and a reply
/// to it, and a watched account linking the story 26 hours later.
@Suite struct TraceTests {
    static let posts = """
        message_id,user_id,username,repost_id,reply_id,message,timestamp,urls
        1,10,outlet,,,Story one,1600000000,https://www.news.example/story?utm_source=x
        2,11,bot1,1,,RT @outlet: Story one,1600000005,https://news.example/story
        3,12,bot2,1,,RT @outlet: Story one,1600000008,
        4,13,alice,,,my take,1600000100,https://news.example/story
        5,14,carol,,4,reply to alice,1600000200,
        6,15,bigname,,,look at this,1600093600,http://news.example/story
        7,16,other,,,unrelated,1600000050,https://else.example/x

        """

    static func tracedCase(_ folder: Folder) throws -> (casePath: String, watch: String) {
        let file = try folder.write("posts.csv", posts)
        let casePath = folder.path + "/c.tangle"
        let ingest = try TangleProcess.run(["ingest", file, "--case", casePath])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return (casePath, try folder.write("watch.txt", "# who we watch\n@BigName\n"))
    }

    @Test func urlTraceAsTextAndJSON() throws {
        let folder = try Folder()
        let (casePath, watch) = try Self.tracedCase(folder)
        let text = try TangleProcess.run(["trace", "--case", casePath, "--url", "news.example/story", "--watch", watch])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Trace of url news.example/story"))
        #expect(text.stdout.contains("6 posts by 6 accounts"))
        #expect(text.stdout.contains("@bigname"))
        #expect(text.stdout.contains("26 h 00 min"))
        #expect(text.stdout.contains("path: @outlet (1) ~> @bigname (6)"))

        let json = try TangleProcess.run(["trace", "--case", casePath, "--url", "https://www.news.example/story?utm_campaign=y", "--watch", watch, "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["posts"] as? Int == 6)
        #expect((report["firstPosts"] as? [[String: Any]])?.first?["id"] as? String == "1")
        let uptakes = try #require(report["uptakes"] as? [[String: Any]])
        #expect(uptakes.count == 1)
        #expect(uptakes.first?["account"] as? String == "15")
        #expect(uptakes.first?["lagSeconds"] as? Int == 93_600)
        #expect(uptakes.first?["path"] as? [String] == ["1", "6"])
        let graph = try #require(report["graph"] as? [String: Any])
        #expect(graph["complete"] as? Bool == true)
        let edges = (graph["edges"] as? [[String: Any]] ?? []).map { "\($0["source"] ?? "")>\($0["target"] ?? ""):\($0["kind"] ?? "")" }
        #expect(edges == ["1>2:reference", "1>3:reference", "1>4:time-order", "4>5:reference", "1>6:time-order"])

        let again = try TangleProcess.run(["trace", "--case", casePath, "--url", "https://www.news.example/story?utm_campaign=y", "--watch", watch, "--json"])
        #expect(again.stdout == json.stdout, "the same case gives the same bytes")
    }

    @Test func laterIngestsAndMergedURLsReachTheIndex() throws {
        let folder = try Folder()
        let (casePath, _) = try Self.tracedCase(folder)
        #expect(try TangleProcess.run(["trace", "--case", casePath, "--url", "news.example/story"]).stdout.contains("6 posts"))
        // Post 7 comes again with the story's URL (merged into the stored row); post 8 is new.
        let more = try folder.write(
            "more.csv",
            """
            message_id,user_id,username,repost_id,reply_id,message,timestamp,urls
            7,16,other,,,unrelated,1600000050,https://news.example/story
            8,17,late,,,late to it,1600200000,https://news.example/story

            """)
        #expect(try TangleProcess.run(["ingest", more, "--case", casePath]).status == 0)
        let json = try TangleProcess.run(["trace", "--case", casePath, "--url", "news.example/story", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["posts"] as? Int == 8, "\(json.stdout)")
    }

    @Test func allURLsSavesOriginsAndUptakes() throws {
        let folder = try Folder()
        let (casePath, watch) = try Self.tracedCase(folder)
        let batch = try TangleProcess.run(["trace", "--case", casePath, "--all-urls", "--min-posts", "3", "--watch", watch])
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(batch.stdout.contains("Traced 1 URLs"))

        let findings = try CaseFile(path: casePath, create: false).latestFindings().filter { $0.detector == "trace" }
        #expect(findings.map(\.finding.kind) == ["origin", "uptake"])
        let origin = try #require(findings.first)
        #expect(origin.finding.key == "news.example/story")
        #expect(origin.accountPlatformIDs == ["10"])
        let originDetails = try #require(try JSONSerialization.jsonObject(with: Data(origin.finding.details.utf8)) as? [String: Any])
        #expect(originDetails["postID"] as? String == "1")
        #expect(originDetails["accountID"] as? String == "10")
        #expect(originDetails["time"] as? String == "2020-09-13T12:26:40Z")
        #expect(originDetails.keys.contains("label"), "label is written, null when the registry has none")
        let uptake = try #require(findings.last)
        #expect(uptake.finding.key == "news.example/story/15")
        #expect(uptake.finding.flagged)
        let details = try #require(try JSONSerialization.jsonObject(with: Data(uptake.finding.details.utf8)) as? [String: Any])
        #expect(details["url"] as? String == "news.example/story")
        #expect(details["accountID"] as? String == "15")
        #expect(details["lagSeconds"] as? Int == 93_600)
    }

    @Test func registryLabelsMakeTheStateMediaClassAndTheOriginLabel() throws {
        let folder = try Folder()
        let (casePath, _) = try Self.tracedCase(folder)
        let registry = folder.path + "/registry"
        let list = try folder.write("outlets.csv", "account,label\n10,state-media\n")
        let imported = try TangleProcess.run(["sources", "import", list, "--as", "state-media", "--registry", registry])
        #expect(imported.status == 0, "\(imported.stderr)")

        let json = try TangleProcess.run(["trace", "--case", casePath, "--url", "news.example/story", "--registry", registry, "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let firsts = (report["firstOfClass"] as? [[String: Any]] ?? []).map { "\($0["class"] ?? ""):\(($0["post"] as? [String: Any])?["id"] ?? "")" }
        #expect(firsts == ["state-media:1", "organic:2"], "the outlet's account is labelled, so it is not organic")

        #expect(try TangleProcess.run(["trace", "--case", casePath, "--all-urls", "--registry", registry]).status == 0)
        let origin = try #require(try CaseFile(path: casePath, create: false).latestFindings().first { $0.finding.kind == "origin" })
        #expect(origin.finding.details.contains("\"label\" : \"state-media\""), "\(origin.finding.details)")
    }

    /// The issue's quality bar on a small world: every planted story's first post found, every planted
    /// uptake found with its lag within 10 % (scored by `tangle evaluate`).
    @Test func simulatedWorldOriginsAndUptakes() throws {
        let folder = try Folder()
        let world = folder.path + "/world"
        let casePath = folder.path + "/c.tangle"
        #expect(try TangleProcess.run(["simulate", "--scenario", "influence-op", "--posts", "40000", "--seed", "2", "--out", world]).status == 0)
        #expect(try TangleProcess.run(["ingest", world + "/tweets.csv", world + "/users.csv", "--case", casePath]).status == 0)
        let truth = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: world + "/truth.json"))) as? [String: Any])
        let watched = try #require(truth["watchedAccounts"] as? [String])
        let watch = try folder.write("watch.txt", watched.joined(separator: "\n") + "\n")
        let batch = try TangleProcess.run(["trace", "--case", casePath, "--all-urls", "--watch", watch])
        #expect(batch.status == 0, "\(batch.stderr)")

        let evaluation = try TangleProcess.run(["evaluate", "--case", casePath, "--truth", world + "/truth.json", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(evaluation.stdout.utf8)) as? [String: Any])
        var originPost: [String: String] = [:]
        for saved in try CaseFile(path: casePath, create: false).latestFindings() where saved.finding.kind == "origin" {
            let details = try JSONSerialization.jsonObject(with: Data(saved.finding.details.utf8)) as? [String: Any]
            originPost[saved.finding.key] = details?["postID"] as? String
        }
        let stories = (truth["operations"] as? [[String: Any]] ?? []).flatMap { $0["stories"] as? [[String: Any]] ?? [] }
        #expect(!stories.isEmpty)
        for story in stories {
            let url = URLNormalizer.normalize(story["url"] as? String ?? "").url
            #expect(originPost[url] == story["firstPostID"] as? String, "origin of \(url)")
        }
        let uptakes = try #require(report["uptakes"] as? [String: Any])
        let events = try #require(uptakes["events"] as? [[String: Any]])
        #expect(!events.isEmpty)
        for event in events {
            let lag = try #require(event["lagSeconds"] as? Int)
            let error = try #require(event["lagErrorSeconds"] as? Int, "uptake \(event) not found")
            #expect(abs(error) * 10 <= lag, "\(event)")
        }
    }

    @Test func aBadWatchFileIsNamedWithItsLine() throws {
        let folder = try Folder()
        let (casePath, _) = try Self.tracedCase(folder)
        let watch = try folder.write("bad.txt", "@ok\n# fine\n@two names\n")
        let result = try TangleProcess.run(["trace", "--case", casePath, "--url", "news.example/story", "--watch", watch])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.txt:3: expected one handle or platform id per line"), "\(result.stderr)")
        let unknown = try TangleProcess.run(["trace", "--case", casePath, "--url", "nowhere.example/x"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("nowhere.example/x"))
    }
}
