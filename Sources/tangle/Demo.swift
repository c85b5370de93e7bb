import ArgumentParser
import Foundation
import TangleSimulate
import TangleStore
import TangleReport

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run Tangle end to end on a small synthetic case: generate, ingest, summarise, write a report.")

    @Option(help: "The folder to write the dataset, case file and report into (replaced if it exists).")
    var out = "tangle-demo"

    @Option(help: "Rows to generate.")
    var posts = 20_000

    @Option(help: "Random seed; the same seed gives the same bytes.")
    var seed: UInt64 = 7

    func run() throws {
        let files = FileManager.default
        try? files.removeItem(atPath: out)
        try files.createDirectory(atPath: out, withIntermediateDirectories: true)
        let tweets = out + "/tweets.csv"
        let users = out + "/users.csv"
        try SyntheticFiles(posts: posts, seed: seed).write(.ioArchive, to: tweets, usersPath: users)
        let caseFile = try CaseFile(path: out + "/demo.tangle")
        for file in [tweets, users] {
            print(Ingest.describe(try caseFile.ingest(path: file), rejectsPath: caseFile.rejectsPath))
        }
        let summary = try caseFile.summary()
        let report = out + "/report.html"
        try SummaryReport.html(summary, title: "Tangle demo case").write(toFile: report, atomically: true, encoding: .utf8)
        print("")
        print(Info.text(summary, casePath: caseFile.path))
        print("")
        print("report: \(report)")
    }
}
