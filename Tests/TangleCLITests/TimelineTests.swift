import Foundation
import Testing

/// `narratives --discover` and `timeline` on a small simulated influence operation whose messaging
/// pivots from one narrative to another.
@Suite struct TimelineTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text.prefix(300))")
    }

    /// Days between two `YYYY-MM-DD` dates.
    static func days(_ a: String, _ b: String) throws -> Int {
        let format = DateFormatter()
        format.dateFormat = "yyyy-MM-dd"
        format.timeZone = TimeZone(identifier: "UTC")
        let x = try #require(format.date(from: a))
        let y = try #require(format.date(from: b))
        return Int((x.timeIntervalSince(y) / 86_400).rounded())
    }

    @Test func discoveredThemesShowTheOperationsPivot() throws {
        let folder = try Folder()
        let world = folder.path + "/world"
        let casePath = folder.path + "/c.tangle"
        let simulate = try TangleProcess.run([
            "simulate", "--scenario", "influence-op", "--posts", "40000", "--seed", "1", "--format", "qut", "--out", world,
        ])
        #expect(simulate.status == 0, "\(simulate.stderr)")
        #expect(try TangleProcess.run(["ingest", world + "/tweets.csv", "--case", casePath]).status == 0)

        let early = try TangleProcess.run(["timeline", "--case", casePath, "--by", "narrative"])
        #expect(early.status != 0)
        #expect(early.stderr.contains("tangle narratives"), "\(early.stderr)")

        #expect(try TangleProcess.run(["detect", "--case", casePath]).status == 0)
        let discover = try TangleProcess.run(["narratives", "--case", casePath, "--discover", "--top", "3", "--json"])
        #expect(discover.status == 0, "\(discover.stderr)")
        let discovered = try Self.json(discover.stdout)
        #expect((discovered["stories"] as? Int ?? 0) > 50)
        #expect((discovered["themes"] as? Int ?? 0) >= 2)
        let stories = try #require(discovered["topStories"] as? [[String: Any]])
        #expect(stories.count == 3)
        #expect(stories.allSatisfy { ($0["id"] as? String)?.hasPrefix("S") == true && ($0["label"] as? String)?.isEmpty == false })
        let themes = try #require(discovered["topThemes"] as? [[String: Any]])
        // The operation's two narratives are its hashtags, and the largest themes.
        let labels = themes.prefix(2).compactMap { $0["label"] as? String }.joined(separator: " ")
        #expect(labels.contains("#amber") && labels.contains("#cobalt"), "\(labels)")

        let timeline = try TangleProcess.run(["timeline", "--case", casePath, "--by", "network", "--json"])
        #expect(timeline.status == 0, "\(timeline.stderr)")
        let report = try Self.json(timeline.stdout)
        #expect(report["narratives"] as? String == "discovered")
        let pivots = try #require(report["pivots"] as? [[String: Any]])
        #expect(!pivots.isEmpty)
        let truth = try Self.json(try String(contentsOfFile: world + "/truth.json", encoding: .utf8))
        let operation = try #require((truth["operations"] as? [[String: Any]])?.first)
        let trueDate = try #require((operation["pivot"] as? [String: Any])?["date"] as? String)
        for pivot in pivots {
            let date = try #require(pivot["date"] as? String)
            #expect(abs(try Self.days(date, trueDate)) <= 2, "pivot on \(date), truth \(trueDate)")
            #expect((pivot["network"] as? String)?.hasPrefix("N") == true)
            #expect((pivot["totalVariation"] as? Double ?? 0) >= 0.2)
        }
        // Same case, same bytes.
        #expect(try TangleProcess.run(["timeline", "--case", casePath, "--by", "network", "--json"]).stdout == timeline.stdout)

        let evaluate = try TangleProcess.run(["evaluate", "--case", casePath, "--truth", world + "/truth.json", "--json"])
        let scored = try Self.json(evaluate.stdout)
        let matches = try #require((scored["pivots"] as? [String: Any])?["matches"] as? [[String: Any]])
        #expect(matches.count == 1)
        #expect(abs(matches.first?["errorDays"] as? Int ?? 99) <= 2, "\(matches)")

        let hourly = try TangleProcess.run(["timeline", "--case", casePath, "--by", "narrative", "--hourly", "--json"])
        #expect(hourly.status == 0, "\(hourly.stderr)")
        let byNarrative = try Self.json(hourly.stdout)
        let bins = try #require(byNarrative["bins"] as? [String])
        #expect(bins.count == 30 * 24)
        #expect(bins.first == "2016-09-01T00")
        let groups = try #require(byNarrative["groups"] as? [[String: Any]])
        #expect(groups.map { $0["key"] as? String } == ["all"])

        let text = try TangleProcess.run(["timeline", "--case", casePath])
        #expect(text.stdout.contains("pivots on "), "\(text.stdout.suffix(400))")
    }
}
