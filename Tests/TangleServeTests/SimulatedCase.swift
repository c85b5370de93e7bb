import Foundation
import Testing

@testable import TangleServe
import TangleDetect

/// A small simulated influence operation with every kind of finding, built once for the whole suite
/// by the `tangle` executable beside the tests, as a user would build it.
struct SimulatedCase: Sendable {
    let folder: String
    let casePath: String
    let dashboard: Dashboard

    static let shared: Result<SimulatedCase, any Error> = Result { try SimulatedCase() }

    static func get() throws -> SimulatedCase { try shared.get() }

    private init() throws {
        folder = NSTemporaryDirectory() + "tangle-serve-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        casePath = folder + "/c.tangle"
        let world = folder + "/world"
        let registry = folder + "/registry"
        let steps: [[String]] = [
            ["simulate", "--scenario", "influence-op", "--posts", "12000", "--seed", "3", "--format", "io-archive", "--out", world],
            ["ingest", world + "/tweets.csv", "--case", casePath],
            ["ingest", world + "/users.csv", "--case", casePath],
            ["sources", "import", world + "/sources.csv", "--as", "simulated", "--registry", registry],
            ["detect", "--case", casePath],
            ["accounts", "--case", casePath],
            ["shifts", "--case", casePath],
            ["narratives", "--discover", "--case", casePath],
            ["timeline", "--by", "network", "--case", casePath],
            ["trace", "--all-urls", "--watch", world + "/watched.txt", "--case", casePath, "--registry", registry],
        ]
        for step in steps {
            let result = try Self.tangle(step)
            guard result.status == 0 else {
                throw SetupError("tangle \(step.joined(separator: " ")) failed (\(result.status)): \(result.stderr.suffix(2000))")
            }
        }
        let sources = try SourceListStore(directory: registry).lists()
        dashboard = try Dashboard(casePath: casePath, registry: SourceRegistry(lists: sources + [BuiltInSources.list]))
    }

    struct SetupError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static let executable: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        return candidates.map { $0.appendingPathComponent("tangle") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static func tangle(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        guard let executable else { throw SetupError("the tangle executable was not found beside the tests") }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}
