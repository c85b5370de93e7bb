import Foundation
import Testing

/// `accounts` and `shifts` on a small simulated world with users (IO archive).
@Suite struct AccountCommandTests {
    @Test func accountsScoresWithReasonsAndTrainsOnTruth() throws {
        let folder = try Folder()
        let world = folder.path + "/world"
        let casePath = folder.path + "/c.tangle"
        #expect(try TangleProcess.run(["simulate", "--scenario", "influence-op", "--posts", "40000", "--seed", "2", "--out", world]).status == 0)
        #expect(try TangleProcess.run(["ingest", world + "/tweets.csv", world + "/users.csv", "--case", casePath]).status == 0)

        let scored = try TangleProcess.run(["accounts", "--case", casePath, "--top", "5", "--json"])
        #expect(scored.status == 0, "\(scored.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(scored.stdout.utf8)) as? [String: Any])
        let top = try #require(report["top"] as? [[String: Any]])
        #expect(top.count == 5)
        let scores = top.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >), "highest first")
        #expect(top.allSatisfy { ($0["reasons"] as? [String])?.isEmpty == false }, "every listed account says why")

        let first = try #require(top.first?["account"] as? String)
        let one = try TangleProcess.run(["account", "--case", casePath, first, "--json"])
        #expect(one.status == 0, "\(one.stderr)")
        let detail = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        #expect(detail["account"] as? String == first)
        #expect((detail["hourOfWeek"] as? [Int])?.count == 168)
        #expect((detail["hourOfWeek"] as? [Int])?.reduce(0, +) == detail["posts"] as? Int)
        let profile = try #require(detail["profile"] as? [String: Any])
        #expect(profile["platformID"] as? String == first)
        #expect(profile["createdAt"] as? String != nil && profile["followers"] as? Int != nil)
        let recent = try #require(detail["recentPosts"] as? [[String: Any]])
        let times = recent.compactMap { $0["time"] as? String }
        #expect(recent.count == min(10, detail["posts"] as? Int ?? 0) && times == times.sorted(by: >), "newest first")
        let clients = try #require(detail["clients"] as? [[String: Any]])
        #expect(clients.compactMap { $0["posts"] as? Int }.reduce(0, +) == detail["posts"] as? Int, "IO archives name every post's client")
        let missing = try TangleProcess.run(["account", "--case", casePath, "@nobody_here"])
        #expect(missing.status != 0 && missing.stderr.contains("@nobody_here"))

        let trained = try TangleProcess.run(["accounts", "--case", casePath, "--train", world + "/truth.json", "--top", "1"])
        #expect(trained.status == 0, "\(trained.stderr)")
        #expect(trained.stdout.contains("5-fold cross-validation"))

        let shifts = try TangleProcess.run(["shifts", "--case", casePath, "--json"])
        #expect(shifts.status == 0, "\(shifts.stderr)")
    }

    @Test func aLabelsFileWithoutALabelColumnIsNamed() throws {
        let folder = try Folder()
        let casePath = folder.path + "/c.tangle"
        let world = folder.path + "/world"
        _ = try TangleProcess.run(["simulate", "--posts", "5000", "--out", world])
        _ = try TangleProcess.run(["ingest", world + "/tweets.csv", "--case", casePath])
        let labels = try folder.write("labels.csv", "account,score\n1,0.5\n")
        let result = try TangleProcess.run(["accounts", "--case", casePath, "--train", labels])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no label column"))
    }
}
