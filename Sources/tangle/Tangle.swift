import ArgumentParser

@main
struct Tangle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tangle",
        abstract: "Find the coordinated networks behind influence operations and trace the stories they push.",
        subcommands: [Ingest.self, Info.self, Detect.self, Networks.self, Accounts.self, Account.self, Edges.self, Export.self, Simulate.self, Evaluate.self, Demo.self, Report.self, Bench.self, Shifts.self, Narratives.self, Trace.self, Sources.self, Timeline.self, Serve.self])
}

/// `--case PATH`, shared by every subcommand that works on a case file.
struct CaseOption: ParsableArguments {
    @Option(name: .customLong("case"), help: "The case file (a SQLite database).")
    var path: String
}
