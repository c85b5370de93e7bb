import ArgumentParser
import Foundation
import TangleSimulate

struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic world with known truth: posts and accounts in an ingestible format, and truth.json.",
        discussion: """
            Scenarios: \(Scenario.allCases.map(\.rawValue).joined(separator: ", ")). The same parameters and seed give
            the same bytes. Texts are neutral placeholder tokens; nothing is posted anywhere.
            """)

    @Option(help: "The scenario (default influence-op, or the parameter file's).")
    var scenario: Scenario?

    @Option(help: "Rows to write in all.")
    var posts: Int?

    @Option(help: "Accounts in the world.")
    var accounts: Int?

    @Option(help: "Days the world spans.")
    var days: Int?

    @Option(help: "Random seed.")
    var seed: UInt64?

    @Option(help: "A JSON parameter file, shaped like SimulationParameters (missing keys keep the scenario's defaults); options given here override it.")
    var parameters: String?

    @Option(help: "Output format: \(SimulationFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: SimulationFormat = .ioArchive

    @Option(help: "The folder to write into (created if needed).")
    var out: String

    func run() throws {
        let settings = try resolvedParameters()
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let progress = ProgressLine()
        let truth = try Simulator(settings).write(to: out, format: format) { written in
            progress.show("simulating: \(grouped(written)) posts")
        }
        progress.clear()
        let operationAccounts = truth.operations.reduce(0) { $0 + $1.accounts.count }
        print("\(out): \(truth.scenario), \(grouped(truth.posts)) posts by \(grouped(truth.accounts)) accounts over \(truth.days) days, seed \(truth.seed)")
        print("  \(truth.operations.count) operations, \(grouped(operationAccounts)) operation accounts, \(truth.bursts.count) organic bursts; truth in \(out)/truth.json, its source list in sources.csv and watch list in watched.txt")
    }

    func resolvedParameters() throws -> SimulationParameters {
        var settings = SimulationParameters(scenario: scenario ?? .influenceOp)
        if let parameters {
            let data = try Data(contentsOf: URL(fileURLWithPath: parameters))
            do {
                settings = try JSONDecoder().decode(SimulationParameters.self, from: data)
            } catch {
                throw ValidationError("\(parameters): not a parameter file (\(error))")
            }
        }
        if let scenario, settings.scenario != scenario {
            throw ValidationError("--scenario \(scenario.rawValue) contradicts the parameter file's scenario \(settings.scenario.rawValue)")
        }
        if let posts { settings.posts = posts }
        if let accounts { settings.accounts = accounts }
        if let days { settings.days = days }
        if let seed { settings.seed = seed }
        return settings
    }
}

extension Scenario: ExpressibleByArgument {}
extension SimulationFormat: ExpressibleByArgument {}
