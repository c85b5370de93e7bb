import ArgumentParser
import TangleDetect
import Foundation
import TangleReport
import TangleSimulate
import TangleStore

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run Tangle end to end on a synthetic influence operation: simulate, ingest, detect, evaluate, report.",
        discussion: """
            Simulates a world with a planted operation, ingests it, runs every detector (coordination, account \
            scores, shift groups, discovered narratives and their timelines per network, the provenance trace of \
            every URL with the world's watch list), scores the findings against the world's truth and writes the \
            case report. The world's source list labels the report's domains; it is read in memory, never \
            written to your source registry.
            """)

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

        let path = caseFile.path
        let quiet = ["--case", path]
        print("")
        let scoring = try AccountScoring.run(caseFile, train: nil)
        try caseFile.saveRun(detector: "accounts", parameters: scoring.recordedParameters(train: nil), findings: scoring.findings())
        print("accounts: \(grouped(scoring.flagged.count)) scored at or above \(scoring.model.threshold)")
        print("")
        let shifts = try Shifts.parse(quiet)
        try shifts.run()
        print("")
        let narratives = try Narratives.parse(quiet + ["--discover", "--top", "5"])
        try narratives.run()
        print("")
        let timeline = try Timeline.parse(quiet + ["--by", "network"])
        try timeline.run()
        print("")
        // The world's source list in a registry inside the demo folder: the demo never touches the
        // user's registry, and the trace and the report label the world's outlets.
        let registry = out + "/registry"
        let sources = try Sources.Import.parse(
            [world + "/sources.csv", "--as", "simulated", "--name", "world", "--registry", registry])
        try sources.run()
        let trace = try Trace.parse(quiet + ["--all-urls", "--watch", world + "/watched.txt", "--registry", registry])
        try trace.run()

        // Scored once every detector has run: networks, accounts, pivots and uptakes against the truth.
        print("")
        print(Evaluation.score(try Evaluate.detectedFindings(try caseFile.latestFindings()), against: truth).text)

        let report = out + "/report.html"
        try Report.write(
            caseFile, registry: try RegistryOption.parse(["--registry", registry]).load(), to: report,
            title: "Tangle demo case", top: 20)
        print("")
        print(Info.text(try caseFile.summary(), casePath: caseFile.path))
        print("")
        print("report: \(report)")
    }
}
