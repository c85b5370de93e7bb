import ArgumentParser
import TangleStore

extension Edges {
    func printTangleEdges(_ caseFile: CaseFile) throws {
        throw ValidationError("--semantics tangle: not built yet")
    }
}
