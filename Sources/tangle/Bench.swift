import ArgumentParser
import Foundation
import TangleDetect
import TangleIngest
import TangleSimulate
import TangleStore

#if canImport(Glibc)
import Glibc
#endif

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure ingest speed and peak memory on a generated file (use a release build).",
        discussion: """
            Generates a synthetic file (reused when it exists), then runs each phase in its own child process:
            `hash` computes the file's SHA-256 alone, `parse` reads every record without storing it (hashing
            the file as ingest does), `ingest` stores it into a fresh case file, and with --detect, `detect`
            runs the coordination detector with every signal on that case, and with --accounts, `accounts` scores
            every account (signals, shift groups, score; after `detect` when both are given). Prints rows per second and each
            child's own peak resident memory.
            """)

    @Option(help: "Rows in the generated file.")
    var posts = 1_000_000

    @Option(help: "Format of the generated file: \(SimulationFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var layout: SimulationFormat = .qut

    @Flag(help: "Also time `tangle detect` (every signal, default parameters) on the ingested case.")
    var detect = false

    @Flag(help: "Also time `tangle accounts` (every account signal, shift groups and the score) on the ingested case.")
    var accounts = false

    @Option(help: "Folder for the generated file and the case file.")
    var dir = ".build-bench"

    @Option(help: "Internal: run one phase on FILE in this process.")
    var phase: String?

    @Option(help: "Internal: the file a phase reads.")
    var file: String?

    func run() throws {
        if let phase, let file { return try runPhase(phase, file: file) }
        let folder = "\(dir)/\(layout.rawValue)-\(posts)"
        let path = folder + "/" + (layout.dataFiles.first ?? "tweets.csv")
        if !FileManager.default.fileExists(atPath: path) {
            printError("simulating \(folder) ...")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            var parameters = SimulationParameters(scenario: .influenceOp)
            parameters.posts = posts
            _ = try Simulator(parameters).write(to: folder, format: layout)
        }
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print("file      \(path)  \(layout.rawValue)  \(grouped(posts)) rows  \(grouped(size / 1_000_000)) MB")
        for phase in ["hash", "parse", "ingest"] + (detect ? ["detect"] : []) + (accounts ? ["accounts"] : []) {
            let report = try child(["bench", "--phase", phase, "--file", path, "--dir", dir, "--posts", "\(posts)"])
            print("\(phase.padding(toLength: 9, withPad: " ", startingAt: 0)) \(report)")
        }
    }

    private func runPhase(_ phase: String, file: String) throws {
        let clock = ContinuousClock()
        let start = clock.now
        var rows = 0
        var stages = ""
        switch phase {
        case "hash":
            // The reading thread hashes the file as it parses it; this is that share of its time.
            let (size, _) = try ByteSource.sha256(path: file)
            rows = size / 1_000_000
        case "parse":
            var (_, reader) = try Reader.open(path: file)
            while try reader.next() != nil { rows += 1 }
        case "ingest":
            let casePath = "\(dir)/bench.tangle"
            for suffix in ["", "-wal", "-shm", ".rejects.csv"] { try? FileManager.default.removeItem(atPath: casePath + suffix) }
            let summary = try CaseFile(path: casePath).ingest(path: file)
            rows = summary.rowsRead
        case "detect":
            let summary = try Detect.detect(try CaseFile(path: "\(dir)/bench.tangle", create: false), parameters: CoordinationParameters())
            rows = posts
            stages = "; " + summary.stages.map { String(format: "%@ %.1f s", $0.stage, $0.seconds) }.joined(separator: ", ")
            stages += "; \(grouped(summary.pairs)) pairs, \(summary.networks.count) networks"
        case "accounts":
            let scoring = try AccountScoring.run(try CaseFile(path: "\(dir)/bench.tangle", create: false), train: nil)
            rows = posts
            stages = "; " + scoring.stages.map { String(format: "%@ %.1f s", $0.stage, $0.seconds) }.joined(separator: ", ")
            let flagged = scoring.scored.scores.count { $0 >= scoring.model.threshold }
            stages += "; \(grouped(scoring.frame.accountCount)) accounts, \(grouped(flagged)) flagged"
        default:
            throw ValidationError("unknown phase \(phase)")
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peak = "  peak RSS \(grouped(Int(usage.ru_maxrss) / 1024)) MB"
        if phase == "hash" {
            print(String(format: "SHA-256 of %@ MB in %.2f s = %.0f MB/s", grouped(rows), seconds, Double(rows) / seconds) + peak)
        } else {
            print(String(format: "%@ rows in %.2f s = %@ rows/s", grouped(rows), seconds, grouped(Int(Double(rows) / seconds))) + peak + stages)
        }
    }

    /// Runs this executable with `arguments`; returns its output line.
    private func child(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = Bundle.main.executableURL
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ExitCode(process.terminationStatus) }
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
