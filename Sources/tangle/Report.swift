import ArgumentParser
import Foundation
import TangleDetect
import TangleReport
import TangleStore

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the case report: one self-contained HTML file (no scripts, no external requests) that prints well.",
        discussion: """
            Sections appear when their findings exist: the summary (files with their SHA-256, counts, runs and \
            their parameters, headline findings), networks (a picture of each, members, signals, shared items, \
            domains with their source labels, evidence), accounts (top scores with reasons, shift groups' weekly \
            heat maps and time zones), narratives and provenance (daily timelines per network with pivots, \
            traced URLs with their uptakes), and the methodology with the thresholds each run used. The same \
            case gives the same bytes.
            """)

    @OptionGroup var caseFile: CaseOption

    @Option(help: "The HTML file to write.")
    var out: String

    @Option(help: "The most rows in any list (networks, members, accounts, evidence, uptakes); totals are always given.")
    var top = 20

    @Option(help: "The report's title (default: the case file's name).")
    var title: String?

    @OptionGroup var registry: RegistryOption

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be positive") }
    }

    func run() throws {
        let caseFile = try CaseFile(path: self.caseFile.path, create: false)
        let name = URL(fileURLWithPath: self.caseFile.path).lastPathComponent
        try Self.write(caseFile, registry: try registry.load(), to: out, title: title ?? "Tangle case report: \(name)", top: top)
        print("report: \(out)")
    }

    /// Builds the report from the case's saved runs and writes it to `path`.
    static func write(_ caseFile: CaseFile, registry: SourceRegistry, to path: String, title: String, top: Int) throws {
        let report = try CaseReport.build(CaseViews(caseFile: caseFile, registry: registry), title: title, top: top)
        do {
            try Data(report.html().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ValidationError("\(path): cannot write the report (\(error.localizedDescription))")
        }
    }
}
