import ArgumentParser
import Foundation
import TangleStore

/// `tangle narratives`: analyst-defined narratives (`--define`) or discovered stories and themes
/// (`--discover`). Interface agreed for issue 6: the defined half lives here, the discovered half in
/// Narratives+Discover.swift.
struct Narratives: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Match analyst-defined narratives (--define FILE.yaml) or discover stories and themes (--discover).")

    @OptionGroup var caseFile: CaseOption

    @Option(help: "A YAML file of narratives: terms, hashtags, URL and domain patterns.")
    var define: String?

    @Flag(help: "Discover stories (near-duplicate texts and co-shared links) and themes (TF-IDF over stories).")
    var discover = false

    @OptionGroup var discovery: DiscoveryOptions

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        guard (define != nil) != discover else { throw ValidationError("give either --define FILE or --discover") }
    }

    func run() throws {
        if let define { try runDefined(file: define) } else { try runDiscovery() }
    }

    func runDefined(file: String) throws {
        throw ValidationError("--define is not implemented yet")
    }
}
