import ArgumentParser
import TangleDetect
import Foundation
import TangleReport
import TangleSimulate
import TangleStore

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run Tangle end to end on a synthetic influence operation: simulate, ingest, detect, evaluate, report.")

    @Option(help: "The folder to write the world, the case file and the report into (replaced if it exists).")
    var out = "tangle-demo"

    @Option(help: "Posts in the simulated world.")
    var posts = 200_000

    @Option(help: "Random seed; the same seed gives the same bytes.")
    var seed: UInt64 = 7

    func run() throws {
        let files = FileManager.default
        // Replace only what an earlier demo wrote, never a folder the user keeps other things in.
        let marker = out + "/.tangle-demo"
        if files.fileExists(atPath: out) {
            guard files.fileExists(atPath: marker) else {
                throw ValidationError("\(out) exists and was not written by `tangle demo`; choose another --out")
            }
            try files.removeItem(atPath: out)
        }
        try files.createDirectory(atPath: out, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: marker))
        let world = out + "/world"
        try files.createDirectory(atPath: world, withIntermediateDirectories: true)

        var parameters = SimulationParameters(scenario: .influenceOp)
        parameters.posts = posts
        parameters.seed = seed
        let truth = try Simulator(parameters).write(to: world, format: .ioArchive)
        print("simulated \(grouped(truth.posts)) posts by \(grouped(truth.accounts)) accounts (\(truth.scenario), seed \(truth.seed)) in \(world)")

        let caseFile = try CaseFile(path: out + "/demo.tangle")
        for file in [world + "/tweets.csv", world + "/users.csv"] {
            print(Ingest.describe(try caseFile.ingest(path: file), rejectsPath: caseFile.rejectsPath))
        }

        print("")
        print(try Detect.detect(caseFile, parameters: CoordinationParameters()).text)
        let findings = try Evaluate.detectedFindings(try caseFile.latestFindings())
        print("")
        print(Evaluation.score(findings, against: truth).text)

        let summary = try caseFile.summary()
        let report = out + "/report.html"
        try SummaryReport.html(summary, title: "Tangle demo case").write(toFile: report, atomically: true, encoding: .utf8)
        print("")
        print(Info.text(summary, casePath: caseFile.path))
        print("")
        print("report: \(report)")
    }
}
