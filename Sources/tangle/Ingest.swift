import ArgumentParser
import Foundation
import TangleIngest
import TangleStore

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read data files into a case file.",
        discussion: """
            Formats are detected from the header or first record: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).
            Gzip-compressed files are read as a stream. Rejected rows are counted and written to <case>.rejects.csv.
            A file whose bytes were already ingested completely is skipped (--force reads it again).
            """)

    @Argument(help: "Input files (.csv, .json, .jsonl, optionally .gz).")
    var files: [String]

    @OptionGroup var caseFile: CaseOption

    @Option(help: "The input format, instead of detecting it.")
    var format: Format?

    @Option(help: "Column map for generic csv / jsonl input, e.g. account=user_id,time=created_at,text=body,url=link.")
    var map: String?

    @Flag(help: "Stop at the first rejected row with a non-zero exit.")
    var strict = false

    @Flag(help: "Read files again even if the same bytes were ingested before.")
    var force = false

    @Flag(help: "Print the summaries as JSON.")
    var json = false

    func run() throws {
        let caseFile = try CaseFile(path: self.caseFile.path)
        var options = IngestOptions(format: format, strict: strict, force: force)
        if let map { options.columnMap = try ColumnMap(parsing: map) }
        if (format == .csv || format == .jsonl) && options.columnMap == nil {
            throw ValidationError("--format \(format?.rawValue ?? "") needs --map, e.g. --map account=user_id,time=created_at,text=body")
        }
        Interrupt.install()
        let progress = ProgressLine()
        var summaries: [IngestSummary] = []
        var failed = false
        for file in files {
            do {
                let summary = try caseFile.ingest(
                    path: file, options: options, shouldStop: Interrupt.requested,
                    progress: { progress.show("\(file): \(percent($0.bytesRead, $0.totalBytes)) \(grouped($0.rowsRead)) rows") })
                progress.clear()
                summaries.append(summary)
                if !json { print(Self.describe(summary, rejectsPath: caseFile.rejectsPath)) }
                if summary.interrupted { break }
            } catch {
                progress.clear()
                failed = true
                printError("error: \(error)")
                if strict { break }
            }
        }
        if json { print(try jsonText(summaries)) }
        if Interrupt.requested() {
            printError("interrupted: what was read is committed; run the same command again to complete it")
            throw ExitCode(130)
        }
        if failed { throw ExitCode.failure }
    }

    static func describe(_ s: IngestSummary, rejectsPath: String) -> String {
        if s.alreadyIngested {
            return "\(s.path): already ingested (sha256 \(s.sha256.prefix(12))); nothing read. Use --force to read it again."
        }
        var line = "\(s.path): \(s.format), \(grouped(s.rowsRead)) rows read: \(grouped(s.postsStored)) posts stored"
        if s.postsMerged > 0 { line += ", \(grouped(s.postsMerged)) merged into posts already stored" }
        line += ", \(grouped(s.postsDuplicate)) duplicates, \(grouped(s.accountsStored)) new accounts, \(grouped(s.rejected)) rejected"
        if s.rejected > 0 {
            let reasons = s.rejectsByReason.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key): \(grouped($0.value))" }.joined(separator: "; ")
            line += " (\(reasons); rows in \(rejectsPath))"
        }
        line += "; \(seconds(s.durationMs))"
        if s.snowflakeTimes > 0 {
            line += "\n  \(grouped(s.snowflakeTimes)) post times derived from snowflake ids (exact to the millisecond)"
        }
        if s.interrupted { line += "\n  interrupted before the end of the file" }
        return line
    }
}

extension Format: ExpressibleByArgument {}
