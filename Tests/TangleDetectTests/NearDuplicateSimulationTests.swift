import Foundation
import TangleCore
import TangleDetect
import TangleSimulate
import TangleStore
import Testing

/// Near-duplicate clusters of a simulated influence operation, read through ingest and the Frame as
/// `tangle` reads them: the troll unit's copy-paste variants of shared scripts cluster across many
/// accounts, while organic posts, drawn word by word from a shared vocabulary, do not.
@Suite struct NearDuplicateSimulationTests {
    @Test func trollScriptVariantsClusterAndOrganicPostsDoNot() throws {
        var parameters = SimulationParameters(scenario: .influenceOp)
        parameters.posts = 20_000
        parameters.days = 8
        parameters.accounts = 1_500
        parameters.seed = 11
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("near-text-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let truth = try Simulator(parameters).write(to: folder, format: .qut)
        let caseFile = try CaseFile(path: folder + "/case.tangle")
        _ = try caseFile.ingest(path: folder + "/tweets.csv")
        let frame = try caseFile.frame(words: true)
        let isRepost = { (post: Int) in frame.kinds[post] == PostKind.repost.rawValue }
        let clusters = NearDuplicates.clusters(words: frame.words, skipping: isRepost)

        var unitOf: [String: String] = [:]
        for operation in truth.operations {
            for account in operation.accounts { unitOf[account.platformID] = account.unit }
        }
        let accountUnits = try caseFile.accountNames(frame.accountRowIDs).map { unitOf[$0.platformID] ?? "organic" }
        var originals: [String: Int] = [:]
        var clustered: [String: Int] = [:]
        for post in 0..<frame.postCount where !isRepost(post) {
            let unit = accountUnits[Int(frame.accounts[post])]
            originals[unit, default: 0] += 1
            if clusters.cluster(of: post) != nil { clustered[unit, default: 0] += 1 }
        }
        let trolls = try #require(originals["troll"])
        let organic = try #require(originals["organic"])
        // Scripts are 60% of troll posts and reposts (skipped) about a quarter; at four edits a copy,
        // most variants stay within 0.8 of another.
        #expect(Double(clustered["troll", default: 0]) >= 0.5 * Double(trolls), "\(clustered) of \(originals)")
        #expect(clustered["organic", default: 0] * 1_000 <= organic, "\(clustered) of \(originals)")

        let trollClusters = (0..<clusters.count).filter { cluster in
            clusters.members(of: cluster).contains { accountUnits[Int(frame.accounts[Int($0)])] == "troll" }
        }
        let accountsPerCluster = trollClusters.map { cluster in
            Set(clusters.members(of: cluster).map { frame.accounts[Int($0)] }).count
        }
        #expect(accountsPerCluster.filter { $0 >= 3 }.count * 2 >= trollClusters.count)
    }
}
