import ArgumentParser
import TangleStore

struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what a case holds: sources, counts, time span, top accounts, domains and hashtags.")

    @OptionGroup var caseFile: CaseOption

    @Option(help: "How many top accounts, domains and hashtags to list.")
    var top = 10

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
    }

    func run() throws {
        let summary = try CaseFile(path: caseFile.path, create: false).summary(top: top)
        print(json ? try jsonText(summary) : Self.text(summary, casePath: caseFile.path))
    }

    static func text(_ s: CaseSummary, casePath: String) -> String {
        var lines = ["Case \(casePath)", "", "Sources (\(s.sources.count))"]
        for source in s.sources {
            var line = "  \(source.path)  \(source.format)  \(grouped(source.size)) bytes  sha256 \(source.sha256.prefix(16))  \(source.status)"
            line += "\n    rows \(grouped(source.rowsRead)) · posts stored \(grouped(source.postsStored))"
            line += " · merged \(grouped(source.postsMerged)) · duplicates \(grouped(source.postsDuplicate))"
            line += " · new accounts \(grouped(source.accountsStored)) · rejected \(grouped(source.rejected))"
            if let error = source.error { line += "\n    error: \(error)" }
            lines.append(line)
        }
        lines.append("")
        let kinds = s.postsByKind.map { "\($0.name) \(grouped($0.count))" }.joined(separator: " · ")
        lines.append("Posts     \(grouped(s.posts))" + (kinds.isEmpty ? "" : " (\(kinds))"))
        lines.append("Accounts  \(grouped(s.accounts)), \(grouped(s.accountsWithPosts)) with posts")
        if s.platforms.count > 1 || s.platforms.first?.name != "twitter" {
            lines.append("Platforms " + s.platforms.map { "\($0.name) \(grouped($0.count))" }.joined(separator: " · "))
        }
        if let first = s.firstPost, let last = s.lastPost { lines.append("Span      \(first) to \(last)") }
        lines.append("Links     \(grouped(s.postsWithLinks)) posts with links, \(grouped(s.postsWithHashtags)) with hashtags")
        if s.snowflakeTimes > 0 {
            let rest = s.snowflakeTimes < s.posts ? "; the others keep the resolution of their file" : ""
            lines.append(
                "Times     \(grouped(s.snowflakeTimes)) of \(grouped(s.posts)) post times derived from snowflake ids "
                    + "(exact to the millisecond)" + rest)
        } else {
            lines.append("Times     as the files wrote them (no snowflake ids to refine them)")
        }
        if s.rejected > 0 { lines.append("Rejected  \(grouped(s.rejected)) rows, in \(casePath).rejects.csv") }
        lines.append("")
        lines.append("Top accounts")
        for a in s.topAccounts {
            lines.append("  \(grouped(a.posts).leftPadded(10))  \(a.handle.map { "@" + $0 } ?? "-")  (\(a.platform) \(a.platformID))")
        }
        lines.append("Top domains")
        for d in s.topDomains { lines.append("  \(grouped(d.count).leftPadded(10))  \(d.name)") }
        lines.append("Top hashtags")
        for h in s.topHashtags { lines.append("  \(grouped(h.count).leftPadded(10))  #\(h.name)") }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
