import ArgumentParser
import TangleStore

extension Edges {
    func printCooRTweetEdges(_ caseFile: CaseFile) throws {
        throw ValidationError("--semantics coortweet: not built yet")
    }
}
