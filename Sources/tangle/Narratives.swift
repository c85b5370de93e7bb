import ArgumentParser
import Foundation
import TangleCore
import TangleDetect
import TangleStore

/// `tangle narratives`: analyst-defined narratives (`--define`) or discovered stories and themes
/// (`--discover`). Interface agreed for issue 6: the defined half lives here, the discovered half in
/// Narratives+Discover.swift.
struct Narratives: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Match analyst-defined narratives (--define FILE.yaml) or discover stories and themes (--discover).",
        discussion: """
            --define reads a YAML file of narratives (see examples/narratives.yaml): each with an id, a name, \
            terms (phrases with AND, OR, NOT and parentheses, matched on whole words, ignoring case and \
            accents), hashtags, URL patterns (a trailing * matches any link starting with the rest) and \
            domains (subdomains included). Every post is matched; the run is saved in the case (detector \
            "narratives-defined", with the file's SHA-256) with the posts that carry each narrative.
            """)

    static let definedDetector = "narratives-defined"

    @OptionGroup var caseFile: CaseOption

    @Option(help: "A YAML file of narratives: terms, hashtags, URL and domain patterns.")
    var define: String?

    @Flag(help: "Discover stories (near-duplicate texts and co-shared links) and themes (TF-IDF over stories).")
    var discover = false

    @OptionGroup var discovery: DiscoveryOptions

    @Option(help: "Accounts listed per defined narrative, most posts first.")
    var topAccounts = 5

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        guard (define != nil) != discover else { throw ValidationError("give either --define FILE or --discover") }
        guard topAccounts >= 0 else { throw ValidationError("--top-accounts must be 0 or more") }
    }

    func run() throws {
        if let define { try runDefined(file: define) } else { try runDiscovery() }
    }

    func runDefined(file: String) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("\(file): cannot read the narratives file")
        }
        let bytes = [UInt8](data)
        let matcher: DefinedNarrativeMatcher
        do {
            matcher = try DefinedNarrativeMatcher(definitions: NarrativeDefinition.parse(bytes, file: file), file: file)
        } catch {
            throw ValidationError(error.description)
        }
        var hash = SHA256()
        hash.update(bytes)
        let sha256 = hash.hexDigest

        let caseFile = try CaseFile(path: self.caseFile.path, create: false)
        let start = ContinuousClock.now
        let found = try Self.match(matcher, in: caseFile)
        let seconds = (ContinuousClock.now - start).seconds

        let reports = try Self.reports(matcher.definitions, found, caseFile: caseFile, topAccounts: topAccounts)
        let records = zip(matcher.definitions, reports).map { definition, report in
            NarrativeRecord(
                id: definition.id, kind: "defined", label: definition.name,
                details: Self.compactJSON(Details(definition: definition, figures: report)))
        }
        try caseFile.saveNarratives(
            detector: Self.definedDetector,
            parameters: ["file": file, "sha256": sha256, "narratives": "\(records.count)"],
            narratives: records, posts: zip(found.narratives, found.posts).map { (narrative: Int($0), post: $1) })
        let summary = DefinedSummary(
            file: file, sha256: sha256, postsRead: found.postsRead, postsMatched: found.distinctPosts, seconds: seconds,
            narratives: reports)
        print(json ? try jsonText(summary) : summary.text)
    }

    /// Every (narrative, post) pair of the case with the post's account and time, in post order.
    struct Matches {
        var narratives: [Int32] = []
        var posts: [Int64] = []
        var accounts: [Int64] = []
        var times: [Int64] = []
        var postsRead = 0

        /// Posts carrying at least one narrative: pairs come in post order, so repeats are adjacent.
        var distinctPosts: Int {
            zip(posts.indices, posts).count { index, post in index == 0 || posts[index - 1] != post }
        }
    }

    static let batchSize = 65_536

    /// Reads the case in batches; each batch is matched on every core while the next one is read.
    static func match(_ matcher: DefinedNarrativeMatcher, in caseFile: CaseFile) throws -> Matches {
        let progress = ProgressLine()
        defer { progress.clear() }
        Interrupt.install()
        let lastRowID = max(1, try caseFile.lastPostRowID())
        var found = Matches()
        var reading = BatchInReading()
        var matching: (job: MatchJob, batch: BatchInReading)?
        func collect() {
            guard let (job, batch) = matching else { return }
            job.done.wait()
            for pair in job.pairs {
                found.narratives.append(Int32(pair.narrative))
                found.posts.append(batch.posts[pair.post])
                found.accounts.append(batch.accounts[pair.post])
                found.times.append(batch.times[pair.post])
            }
            found.postsRead += batch.posts.count
            matching = nil
        }
        func submit() {
            collect()
            let job = MatchJob()
            let texts = reading.texts
            DispatchQueue.global().async(group: job.done) { job.pairs = matcher.matches(in: texts) }
            matching = (job, reading)
            // Fresh storage: the job still reads the batch just submitted.
            reading = BatchInReading()
        }
        try caseFile.forEachNarrativePost { row in
            reading.texts.append(text: row.text, hashtags: row.hashtags, links: row.links, domains: row.domains)
            reading.posts.append(row.post)
            reading.accounts.append(row.account)
            reading.times.append(row.time)
            guard reading.posts.count == batchSize else { return true }
            submit()
            progress.show("matching narratives: \(Int(100 * Double(row.post) / Double(lastRowID)))% of posts")
            return !Interrupt.requested()
        }
        collect()
        if Interrupt.requested() {
            printError("interrupted: no narratives run was saved")
            throw ExitCode(130)
        }
        submit()
        collect()
        return found
    }

    /// A batch of posts and who wrote them when, as read from the case.
    struct BatchInReading {
        var texts = NarrativePostBatch()
        var posts: [Int64] = []
        var accounts: [Int64] = []
        var times: [Int64] = []
    }

    // @unchecked because `pairs` is written by the one block in `done` and read only after `done.wait()`.
    final class MatchJob: @unchecked Sendable {
        let done = DispatchGroup()
        var pairs: [(post: Int, narrative: Int)] = []
    }

    /// Per narrative: volume, reach, first post, span and the most active accounts.
    static func reports(
        _ definitions: [NarrativeDefinition], _ found: Matches, caseFile: CaseFile, topAccounts: Int
    ) throws -> [NarrativeReport] {
        var byNarrative = [[Int]](repeating: [], count: definitions.count)
        for index in found.narratives.indices { byNarrative[Int(found.narratives[index])].append(index) }
        var reports: [NarrativeReport] = []
        for (narrative, definition) in definitions.enumerated() {
            let matches = byNarrative[narrative]
            var report = NarrativeReport(id: definition.id, name: definition.name, posts: matches.count, accounts: 0)
            guard let first = matches.min(by: { (found.times[$0], found.posts[$0]) < (found.times[$1], found.posts[$1]) }),
                let last = matches.max(by: { found.times[$0] < found.times[$1] })
            else {
                reports.append(report)
                continue
            }
            var postsByAccount: [Int64: Int] = [:]
            for index in matches { postsByAccount[found.accounts[index], default: 0] += 1 }
            report.accounts = postsByAccount.count
            let top = postsByAccount.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(topAccounts)
            let names = try caseFile.accountNames([found.accounts[first]] + top.map(\.key))
            let firstPost = try caseFile.postNames([found.posts[first]])[0]
            report.firstPost = FirstPost(
                post: firstPost.platformID, account: names[0], time: Timestamp.iso8601(found.times[first]))
            report.firstDay = String(Timestamp.iso8601(found.times[first]).prefix(10))
            report.lastDay = String(Timestamp.iso8601(found.times[last]).prefix(10))
            report.topAccounts = zip(top, names.dropFirst()).map { TopAccount(account: $1, posts: $0.value) }
            reports.append(report)
        }
        return reports
    }

    static func compactJSON(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// What a saved defined narrative holds in `details`: its definition and its figures.
    struct Details: Encodable {
        var definition: NarrativeDefinition
        var figures: NarrativeReport
    }

    struct FirstPost: Encodable {
        var post: String
        var account: AccountName
        var time: String
    }

    struct TopAccount: Encodable {
        var account: AccountName
        var posts: Int
    }

    struct NarrativeReport: Encodable {
        var id: String
        var name: String
        var posts: Int
        var accounts: Int
        var firstPost: FirstPost?
        var firstDay: String?
        var lastDay: String?
        var topAccounts: [TopAccount] = []
    }

    struct DefinedSummary: Encodable {
        var file: String
        var sha256: String
        var postsRead: Int
        var postsMatched: Int
        var seconds: Double
        var narratives: [NarrativeReport]

        var text: String {
            var lines = [
                "\(narratives.count) narratives from \(file) (sha256 \(sha256.prefix(12))), \(grouped(postsRead)) posts read"
                    + String(format: " in %.2f s", seconds) + "; \(grouped(postsMatched)) carry at least one"
            ]
            for narrative in narratives {
                lines.append("")
                let span = narrative.firstDay.map { first in ", " + (first == narrative.lastDay ? first : "\(first) to \(narrative.lastDay ?? first)") } ?? ""
                lines.append(
                    "\(narrative.id) (\(narrative.name)): \(grouped(narrative.posts)) posts by \(grouped(narrative.accounts)) accounts\(span)")
                if let first = narrative.firstPost {
                    lines.append("  first post: \(first.post) by \(first.account.display) at \(first.time)")
                }
                if !narrative.topAccounts.isEmpty {
                    lines.append("  top accounts: " + narrative.topAccounts.map { "\($0.account.display) \(grouped($0.posts))" }.joined(separator: ", "))
                }
            }
            return lines.joined(separator: "\n")
        }
    }
}
