import Foundation
import Testing
import TangleDetect
import TangleStore
@testable import TangleReport

/// A case built by hand: a small QUT file with a hostile post and handle, and runs saved as the
/// detectors would save them.
final class ReportCase {
    let folder = NSTemporaryDirectory() + "tangle-report-" + UUID().uuidString
    let caseFile: CaseFile
    let accounts: [Int64]
    static let hostile = "<script>alert('x')</script>"

    init(members: Int = 4) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var rows = ["message_id,user_id,username,repost_id,reply_id,message,timestamp,urls"]
        for a in 0..<members {
            let handle = a == 0 ? "<b>eve</b>" : "user\(a)"
            rows.append("\(a + 1),\(100 + a),\(handle),,,\(a == 0 ? Self.hostile : "post \(a)"),\(1_600_000_000 + a * 3600),https://news.example/\(a)")
        }
        let file = folder + "/a.csv"
        try (rows.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        caseFile = try CaseFile(path: folder + "/c.tangle")
        _ = try caseFile.ingest(path: file)
        accounts = try caseFile.frame().accountRowIDs
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func saveNetwork() throws {
        let evidence = EvidenceRow(
            signal: "text", key: Self.hostile, firstPost: "1", firstAccount: "100", firstTime: "2020-09-13T12:26:40.000Z", secondPost: "2",
            secondAccount: "101", gapSeconds: 1.5)
        let details = NetworkDetails(
            size: accounts.count, edges: 1, density: 0.5, totalWeight: 2, meanWeight: 2, meanSurprise: 9,
            signals: ["text": NetworkSignal(edges: 1, coactions: 3)], firstCoaction: "2020-09-13T12:26:40.000Z",
            lastCoaction: "2020-09-13T13:26:40.000Z", topKeys: [SharedKey(signal: "link", key: "<img src=x onerror=alert(1)>", coactions: 3, accounts: 2)],
            domains: [DomainShare(domain: "rt.com", links: 3, share: 0.75)], evidence: [evidence], coactions: 3)
        let edge = EdgeDetails(source: "100", target: "101", weight: 2, keys: 3, expectedKeys: 0.1, surprise: 9, network: "N1", signals: [:])
        try caseFile.saveRun(
            detector: "coordination", parameters: ["window_ms": "60000", "alpha": "0.01"],
            findings: [
                Finding(
                    kind: "network", key: "N1", label: "test", score: 9, details: String(decoding: try JSONEncoder().encode(details), as: UTF8.self),
                    accounts: accounts.enumerated().map { Finding.Member(account: $1, score: Double(100 - $0)) }),
                Finding(kind: "edge", key: "100|101", score: 2, details: String(decoding: try JSONEncoder().encode(edge), as: UTF8.self),
                        accounts: [Finding.Member(account: accounts[0]), Finding.Member(account: accounts[1])]),
            ])
    }

    func saveAccounts() throws {
        try caseFile.saveRun(
            detector: "accounts", parameters: ["threshold": "0.7", "model": "weighted"],
            findings: try accounts.enumerated().map { i, account in
                Finding(
                    kind: "account", key: "\(100 + i)", label: "user\(i)", score: 0.9 - Double(i) / 100,
                    details: String(
                        decoding: try JSONSerialization.data(
                            withJSONObject: ["score": 0.9, "reasons": ["posts " + Self.hostile], "signals": ["automation": 1.0]], options: [.sortedKeys]),
                        as: UTF8.self),
                    accounts: [Finding.Member(account: account)])
            })
    }

    func html(top: Int = 20) throws -> String {
        try CaseReport.build(CaseViews(caseFile: caseFile), title: "Test <case>", top: top).html()
    }
}

@Suite struct CaseReportTests {
    @Test func sectionsAppearExactlyWhenTheirFindingsExist() throws {
        let c = try ReportCase()
        var html = try c.html()
        #expect(html.contains("id=\"summary\"") && html.contains("id=\"methodology\""))
        #expect(!html.contains("id=\"networks\"") && !html.contains("id=\"accounts\"") && !html.contains("id=\"narratives\""))
        try c.saveNetwork()
        html = try c.html()
        #expect(html.contains("id=\"networks\"") && html.contains("<svg"))
        #expect(!html.contains("id=\"accounts\"") && !html.contains("id=\"narratives\""))
        try c.saveAccounts()
        html = try c.html()
        #expect(html.contains("id=\"accounts\""))
        #expect(!html.contains("id=\"narratives\""))
    }

    @Test func theSameCaseGivesTheSameBytes() throws {
        let c = try ReportCase()
        try c.saveNetwork()
        try c.saveAccounts()
        let first = try c.html()
        let second = try CaseReport.build(CaseViews(caseFile: try CaseFile(path: c.caseFile.path, create: false)), title: "Test <case>").html()
        #expect(first == second)
    }

    @Test func hostileTextIsEscaped() throws {
        let c = try ReportCase()
        try c.saveNetwork()
        try c.saveAccounts()
        let html = try c.html()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>eve</b>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("Test &lt;case&gt;"))
    }

    @Test func noExternalResources() throws {
        let c = try ReportCase()
        try c.saveNetwork()
        try c.saveAccounts()
        let html = try c.html().lowercased()
        for marker in ["<link", "<script", "<img", "<iframe", "<object", "<embed", "@import", "url("] {
            #expect(!html.contains(marker), "\(marker)")
        }
        for attribute in ["src=", "href=", "xlink:href="] {
            var rest = html[...]
            while let range = rest.range(of: attribute) {
                let value = rest[range.upperBound...].drop { $0 == "\"" || $0 == "'" }
                #expect(!value.hasPrefix("http:") && !value.hasPrefix("https:") && !value.hasPrefix("//"), "\(attribute)\(value.prefix(40))")
                rest = rest[range.upperBound...]
            }
        }
    }

    @Test func listsKeepTheTopNAndSayHowManyThereAre() throws {
        let c = try ReportCase(members: 12)
        try c.saveNetwork()
        try c.saveAccounts()
        let html = try c.html(top: 5)
        #expect(html.contains("Showing the top 5 of 12 members."))
        #expect(html.contains("Showing the top 5 of 12 accounts."))
        let views = CaseViews(caseFile: c.caseFile)
        let network = try #require(try views.network("N1", limit: 5, graphNodes: 3))
        #expect(network.members.count == 5 && network.membersTotal == 12)
        #expect(network.members.map(\.strength) == [100, 99, 98, 97, 96])
        #expect(network.graph.nodes.count == 3 && network.graph.nodesTotal == 12)
        #expect(network.graph.edges.count == 1 && network.graph.edgesTotal == 1)
        #expect(network.domains.first?.label == "state-media")
        let accounts = try #require(try views.accountSummaries(limit: 5))
        #expect(accounts.accounts.count == 5 && accounts.total == 12)
        #expect(accounts.accounts.first?.network == "N1")
    }

    @Test func overviewReadsFilesRunsAndHeadlines() throws {
        let c = try ReportCase()
        try c.saveNetwork()
        let overview = try CaseViews(caseFile: c.caseFile).overview()
        #expect(overview.files.count == 1 && overview.files[0].sha256.count == 64)
        #expect(overview.counts.posts == 4)
        #expect(overview.runs.map(\.detector) == ["coordination"])
        #expect(overview.runs[0].parameters.map(\.name) == ["alpha", "window_ms"])
        #expect(overview.headlines.first?.hasPrefix("Coordination: 1 network of 4 accounts") == true)
    }

    @Test func anAccountViewReadsProfileScoreActivityAndNetworks() throws {
        let c = try ReportCase()
        try c.saveNetwork()
        try c.saveAccounts()
        let view = try #require(try CaseViews(caseFile: c.caseFile).account("@user1"))
        #expect(view.id == "101" && view.score == 0.89)
        #expect(view.networks == ["N1"])
        #expect(view.activity.posts == 1 && view.activity.hourOfWeek.reduce(0, +) == 1)
        #expect(view.signals.map(\.name) == ["automation"])
        #expect(view.reasons == ["posts " + ReportCase.hostile])
        #expect(try CaseViews(caseFile: c.caseFile).account("nobody") == nil)
    }
}
