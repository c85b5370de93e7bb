import ArgumentParser
import Foundation
import TangleDetect

/// `--registry DIR`: where imported source lists live. Interface agreed for issue 6; the registry
/// helper fills in loading and the `tangle sources` command.
struct RegistryOption: ParsableArguments {
    @Option(help: "The source registry directory (default: $TANGLE_REGISTRY, else ~/.local/share/tangle/sources).")
    var registry: String?

    /// The built-in starter list plus every imported list.
    func load() throws -> SourceRegistry {
        SourceRegistry(entries: [])
    }
}
