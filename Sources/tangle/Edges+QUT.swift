import ArgumentParser
import TangleStore

extension Edges {
    func printQUTEdges(_ caseFile: CaseFile) throws {
        throw ValidationError("--semantics qut: not built yet")
    }
}
