import Foundation
import Testing

/// `tangle sources` with a temporary registry directory, and the label shares `tangle networks` reports.
@Suite struct SourcesTests {
    static func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func importListLookupRemoveRoundTrip() throws {
        let folder = try Folder()
        let registry = folder.path + "/registry"
        let file = try folder.write(
            "Watch List.csv",
            """
            domain,account,label,note,platform
            rt.com,,state-media,overrides the built-in entry,
            news.example/politics,,,,
            ,@Outlet_One,,,twitter
            ,,,,
            not a domain,,,,
            """)

        let imported = try TangleProcess.run(["sources", "import", file, "--as", "watch", "--registry", registry])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("watch-list: 3 entries (1 domain, 1 account, 1 url-prefix) from 4 rows as csv, label watch"), "\(imported.stdout)")
        #expect(imported.stdout.contains("\(file):6: domain: expected a domain or web address, got 'not a domain'"), "\(imported.stdout)")
        #expect(FileManager.default.fileExists(atPath: registry + "/watch-list.json"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: registry) == ["watch-list.json"], "no temporary file left")

        let list = try TangleProcess.run(["sources", "list", "--json", "--registry", registry])
        #expect(list.status == 0, "\(list.stderr)")
        let lists = try #require(try Self.json(list.stdout) as? [[String: Any]])
        #expect(lists.map { $0["name"] as? String } == ["watch-list", "built-in"])
        #expect(lists[0]["label"] as? String == "watch")
        #expect(lists[0]["rejected"] as? Int == 1)
        #expect((lists[0]["sha256"] as? String)?.count == 64)
        #expect((lists[0]["entries"] as? [String: Int]) == ["domain": 1, "account": 1, "url-prefix": 1])
        #expect(lists[0]["importedAt"] is String)
        #expect((lists[1]["entries"] as? [String: Int])?["domain"] ?? 0 > 40)
        let text = try TangleProcess.run(["sources", "list", "--registry", registry])
        #expect(text.stdout.contains("watch-list  label watch  1 domain, 1 account, 1 url-prefix"), "\(text.stdout)")

        let url = try TangleProcess.run(["sources", "lookup", "https://www.rt.com/news/1", "--json", "--registry", registry])
        let matches = try #require(try Self.json(url.stdout) as? [[String: Any]])
        #expect(matches.map { $0["list"] as? String } == ["watch-list", "built-in"], "the imported list comes first")
        #expect(matches.first?["note"] as? String == "overrides the built-in entry")
        let prefix = try TangleProcess.run(["sources", "lookup", "news.example/politics/story", "--registry", registry])
        #expect(prefix.stdout.hasPrefix("watch  news.example/politics  (url-prefix"), "\(prefix.stdout)")
        let handle = try TangleProcess.run(["sources", "lookup", "@outlet_one", "--registry", registry])
        #expect(handle.stdout.hasPrefix("watch  Outlet_One  (account; twitter)"), "\(handle.stdout)")
        let telegram = try TangleProcess.run(["sources", "lookup", "@rian_ru", "--registry", registry])
        #expect(telegram.stdout.contains("state-media  rian_ru  (account; telegram; RIA Novosti; Russia)  list built-in"), "\(telegram.stdout)")
        let unknown = try TangleProcess.run(["sources", "lookup", "nowhere.example", "--registry", registry])
        #expect(unknown.stdout == "nowhere.example: not in the registry\n")

        // Re-importing replaces the list.
        let again = try TangleProcess.run(["sources", "import", file, "--as", "other", "--registry", registry])
        #expect(again.status == 0)
        let relisted = try #require(try Self.json(try TangleProcess.run(["sources", "list", "--json", "--registry", registry]).stdout) as? [[String: Any]])
        #expect(relisted.count == 2 && relisted[0]["label"] as? String == "other")

        let removed = try TangleProcess.run(["sources", "remove", "watch-list", "--registry", registry])
        #expect(removed.status == 0 && removed.stdout == "removed watch-list\n")
        let afterwards = try TangleProcess.run(["sources", "lookup", "rt.com", "--registry", registry])
        #expect(afterwards.stdout.hasPrefix("state-media  rt.com  (domain; RT; Russia;"), "\(afterwards.stdout)")
        let missing = try TangleProcess.run(["sources", "remove", "watch-list", "--registry", registry])
        #expect(missing.status != 0 && missing.stderr.contains("no list 'watch-list'"))
        let builtIn = try TangleProcess.run(["sources", "remove", "built-in", "--registry", registry])
        #expect(builtIn.status != 0)
    }

    @Test func aFileOfNoKnownFormatIsNamedWithItsLine() throws {
        let folder = try Folder()
        let file = try folder.write("odd.csv", "name,thing\na,b\n")
        let result = try TangleProcess.run(["sources", "import", file, "--as", "x", "--registry", folder.path + "/r"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(file):1: expected the State Media Monitor matrix header"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/r/odd.json"))
    }

    @Test func networksReportTheShareOfTheirLinksByLabelAndTheCaseIsLabelled() throws {
        let folder = try Folder()
        let registry = folder.path + "/registry"
        let casePath = folder.path + "/c.tangle"
        #expect(try TangleProcess.run(["ingest", try CoordinationCommandTests.world(folder), "--case", casePath]).status == 0)
        #expect(try TangleProcess.run(["detect", "--case", casePath]).status == 0)
        let list = try folder.write("outlets.csv", "domain,label\nnews.example,test-outlet\nblog3.example,blogs\n")
        #expect(try TangleProcess.run(["sources", "import", list, "--as", "x", "--registry", registry]).status == 0)

        let networks = try TangleProcess.run(["networks", "--case", casePath, "--json", "--registry", registry])
        #expect(networks.status == 0, "\(networks.stderr)")
        let items = try #require(try Self.json(networks.stdout) as? [[String: Any]])
        let sources = try #require(items.first?["sources"] as? [String: Any])
        // The outlet's ten stories and its three bots' thirty reposts, all linking to news.example.
        #expect(sources["links"] as? Int == 40)
        let labels = try #require(sources["labels"] as? [[String: Any]])
        #expect(labels.map { $0["label"] as? String } == ["test-outlet"])
        #expect(labels.first?["share"] as? Double == 1)

        let text = try TangleProcess.run(["networks", "--case", casePath, "--registry", registry])
        #expect(text.stdout.contains("    sources: test-outlet 100% (40 of 40 links)"), "\(text.stdout)")
        let without = try TangleProcess.run(["networks", "--case", casePath, "--no-sources", "--registry", registry])
        #expect(without.status == 0 && !without.stdout.contains("sources:"), "\(without.stdout)")
        let one = try TangleProcess.run(["networks", "--case", casePath, "--network", "N1", "--registry", registry])
        #expect(one.stdout.contains("sources: test-outlet 100% (40 of 40 links)"), "\(one.stdout)")

        let label = try TangleProcess.run(["sources", "label", "--case", casePath, "--json", "--registry", registry])
        #expect(label.status == 0, "\(label.stderr)")
        let summary = try #require(try Self.json(label.stdout) as? [String: Any])
        let counts = try #require(summary["labels"] as? [[String: Any]])
        #expect(counts.map { $0["label"] as? String } == ["blogs", "test-outlet"])
        #expect(counts.last?["posts"] as? Int == 40)
        #expect(counts.last?["links"] as? Int == 10)
        #expect(counts.last?["domains"] as? Int == 1)
        let top = try #require(summary["topDomains"] as? [[String: Any]])
        #expect(top.map { $0["domain"] as? String } == ["blog3.example", "news.example"])
        #expect(top.last?["posts"] as? Int == 40)
        let labelText = try TangleProcess.run(["sources", "label", "--case", casePath, "--registry", registry])
        #expect(labelText.stdout.contains("  test-outlet  40 posts, 10 links, 1 domains, 0 accounts"), "\(labelText.stdout)")
    }
}
