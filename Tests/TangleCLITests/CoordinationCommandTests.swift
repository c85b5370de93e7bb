import Foundation
import Testing

/// `detect`, `networks`, `edges` and `export` on a hand-made QUT file: three accounts repost an
/// outlet's ten posts seconds apart, amid 30 other accounts each posting and reposting other things
/// every few minutes (the background the null model shuffles against); one of them reposts a story once.
@Suite struct CoordinationCommandTests {
    static let stories = 10

    static func world(_ folder: Folder) throws -> String {
        var rows = ["message_id,user_id,username,repost_id,reply_id,message,timestamp,urls"]
        var id = 1000
        for story in 0..<Self.stories {
            let t = 1_600_000_000 + story * 7_200
            rows.append("\(story + 1),1,outlet,,,story \(story) words here,\(t),https://news.example/\(story)")
            for (bot, lag) in [(21, 3), (22, 5), (23, 8)] {
                id += 1
                rows.append("\(id),\(bot),bot\(bot),\(story + 1),,RT @outlet: story \(story) words here,\(t + lag),https://news.example/\(story)")
            }
        }
        // A seeded linear congruential draw: the background is random, not a pattern of its own.
        var state: UInt64 = 12345
        func draw(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var notes: [Int] = []
        for minute in 0..<(Self.stories * 120) {
            let account = 100 + draw(30)
            id += 1
            let t = 1_600_000_000 + minute * 60 + draw(60)
            if notes.isEmpty || draw(2) == 0 {
                rows.append("\(id),\(account),user\(account),,,note \(minute),\(t),https://blog\(draw(7)).example/\(minute)")
                notes.append(id)
            } else {
                rows.append("\(id),\(account),user\(account),\(notes[draw(notes.count)]),,RT: note,\(t),")
            }
        }
        rows.append("9999,100,user100,1,,RT @outlet: story 0 words here,1600004000,")
        return try folder.write("world.csv", rows.joined(separator: "\n") + "\n")
    }

    @Test func detectFindsTheUnitAndTheOtherCommandsReadIt() throws {
        let folder = try Folder()
        let file = try Self.world(folder)
        let casePath = folder.path + "/c.tangle"
        #expect(try TangleProcess.run(["ingest", file, "--case", casePath]).status == 0)

        let detect = try TangleProcess.run(["detect", "--case", casePath, "--json"])
        #expect(detect.status == 0, "\(detect.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(detect.stdout.utf8)) as? [String: Any]
        let networks = summary?["networks"] as? [[String: Any]]
        #expect(networks?.count == 1, "\(detect.stdout)")
        #expect(networks?.first?["size"] as? Int == 4, "the outlet and its three bots")

        let list = try TangleProcess.run(["networks", "--case", casePath, "--json"])
        #expect(list.status == 0)
        let items = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        #expect((items?.first?["members"] as? [String])?.sorted() == ["1", "21", "22", "23"])

        let evidence = try TangleProcess.run(["networks", "--case", casePath, "--network", "N1", "--evidence"])
        #expect(evidence.status == 0)
        // 10 stories x 6 pairs of the 4 accounts on the reposted id.
        let lines = evidence.stdout.split(separator: "\n")
        #expect(lines.first == "signal,key,first_post,first_account,first_time,second_post,second_account,gap_s")
        #expect(lines.filter { $0.hasPrefix("repost,") }.count == 60)
        #expect(lines.contains("repost,1,1,1,2020-09-13T12:26:40Z,1001,21,3.0"))

        let edges = try TangleProcess.run(["edges", "--case", casePath, "--signal", "repost", "--format", "csv"])
        #expect(edges.stdout.split(separator: "\n").first == "source,target,keys,coactions,median_gap_s,weight")
        // Ten shared reposts, 2 s apart. Four accounts acted on each story (the outlet and its bots),
        // five on story 0: the weight is 9 ln 3 / ln 4 + ln 3 / ln 5.
        let weight = 9 * log(3.0) / log(4.0) + log(3.0) / log(5.0)
        #expect(edges.stdout.contains("\n21,22,10,10,2.0,\(String(format: "%.10f", weight).dropLast(2))"), "\(edges.stdout.prefix(300))")

        let out = folder.path + "/net.graphml"
        let export = try TangleProcess.run(["export", "--case", casePath, "--format", "graphml", "--out", out])
        #expect(export.status == 0, "\(export.stderr)")
        let graphml = try String(contentsOfFile: out, encoding: .utf8)
        #expect(graphml.components(separatedBy: "<edge ").count - 1 == summary?["flaggedEdges"] as? Int)
        #expect(!FileManager.default.fileExists(atPath: out + ".partial"))
    }

    @Test func networksBeforeDetectSaysWhatToRun() throws {
        let folder = try Folder()
        let casePath = folder.path + "/c.tangle"
        _ = try TangleProcess.run(["ingest", try Self.world(folder), "--case", casePath])
        let result = try TangleProcess.run(["networks", "--case", casePath])
        #expect(result.status != 0)
        #expect(result.stderr.contains("tangle detect"))
    }

    @Test func anUnknownSignalIsNamed() throws {
        let folder = try Folder()
        let casePath = folder.path + "/c.tangle"
        _ = try TangleProcess.run(["ingest", try Self.world(folder), "--case", casePath])
        let result = try TangleProcess.run(["detect", "--case", casePath, "--signals", "repost,retweet"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("unknown signal 'retweet'"))
    }
}
