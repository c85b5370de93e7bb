import ArgumentParser
import Foundation
import TangleStore

/// The options of `tangle narratives --discover`.
struct DiscoveryOptions: ParsableArguments {
}

extension Narratives {
    func runDiscovery() throws {
        throw ValidationError("--discover is not implemented yet")
    }
}
