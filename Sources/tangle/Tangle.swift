import ArgumentParser

@main
struct Tangle: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tangle",
        abstract: "Find the coordinated networks behind influence operations and trace the stories they push.",
        subcommands: [])
}
