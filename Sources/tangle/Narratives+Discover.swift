import ArgumentParser
import Foundation
import TangleCore
import TangleDetect
import TangleStore

/// The options of `tangle narratives --discover`.
struct DiscoveryOptions: ParsableArguments {
    @Option(help: "The fewest posts a discovered story needs.")
    var minPosts = 5

    @Option(help: "The fewest distinct accounts a discovered story needs.")
    var minAccounts = 3

    @Option(help: "The least word-set Jaccard similarity of two near-duplicate texts, in (0, 1].")
    var nearTextThreshold = 0.8

    @Option(help: "The least average cosine similarity (TF-IDF) of two groups of stories to form one theme.")
    var themeThreshold = 0.03

    @Option(help: "How many stories and themes to print (all are saved).")
    var top = 20

    var parameters: DiscoveryParameters {
        get throws {
            guard minPosts >= 2 else { throw ValidationError("--min-posts must be at least 2") }
            guard minAccounts >= 1 else { throw ValidationError("--min-accounts must be at least 1") }
            guard nearTextThreshold > 0, nearTextThreshold <= 1 else {
                throw ValidationError("--near-text-threshold must be in (0, 1]")
            }
            guard themeThreshold > 0, themeThreshold <= 1 else { throw ValidationError("--theme-threshold must be in (0, 1]") }
            guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
            var parameters = DiscoveryParameters()
            parameters.minimumPosts = minPosts
            parameters.minimumAccounts = minAccounts
            parameters.nearDuplicates = NearDuplicateParameters(threshold: nearTextThreshold)
            parameters.themeThreshold = themeThreshold
            return parameters
        }
    }
}

extension Narratives {
    static let discoveredDetector = "narratives-discovered"

    func runDiscovery() throws {
        let parameters = try discovery.parameters
        let store = try CaseFile(path: caseFile.path, create: false)
        let progress = ProgressLine()
        progress.show("loading posts…")
        let clock = ContinuousClock()
        let started = clock.now
        let frame = try store.frame(words: true)
        progress.show("discovering stories and themes in \(grouped(frame.postCount)) posts…")
        let discovered = StoryDiscovery.discover(frame, parameters: parameters)
        let found = clock.now
        progress.show("naming \(grouped(discovered.stories.count)) stories…")
        let report = try DiscoveryReport(discovered, frame: frame, store: store, parameters: parameters)
        progress.show("saving…")
        try store.saveNarratives(
            detector: Self.discoveredDetector, parameters: parameters.recorded, narratives: report.records,
            posts: report.postsOfNarratives(discovered, frame: frame))
        progress.clear()
        let summary = DiscoverySummary(
            report: report, top: discovery.top, seconds: (found - started).seconds, postCount: frame.postCount)
        print(json ? try jsonText(summary) : summary.text)
    }
}

/// Discovered stories and themes with their names resolved, as saved and printed.
struct DiscoveryReport {
    var stories: [StoryEntry]
    var themes: [ThemeEntry]

    struct FirstPost: Codable {
        var id: String
        var account: String
        var time: String
    }

    struct Volume: Codable {
        var posts: Int
        var accounts: Int
    }

    struct Count: Codable {
        var key: String
        var posts: Int
    }

    struct StoryEntry: Codable {
        var id: String
        var label: String
        var terms: [String]
        var firstPost: FirstPost
        var volume: Volume
        var textClusters: Int
        var links: [Count]
        var domains: [Count]
        var hashtags: [Count]
    }

    struct ThemeEntry: Codable {
        var id: String
        var label: String
        var terms: [String]
        var firstPost: FirstPost
        var volume: Volume
        var stories: [String]
    }

    init(_ discovered: DiscoveredNarratives, frame: Frame, store: CaseFile, parameters: DiscoveryParameters) throws {
        let names = try Self.termNames(discovered, frame: frame, store: store)
        let firstPosts = discovered.stories.map(\.firstPost)
        let posts = try store.postNames(firstPosts.map { frame.postRowIDs[Int($0)] })
        let accounts = try store.accountNames(firstPosts.map { frame.accountRowIDs[Int(frame.accounts[Int($0)])] })
        func counts(_ column: KeyColumn, _ counts: [KeyCount]) -> [Count] {
            counts.map { Count(key: column.names[Int($0.code)], posts: $0.posts) }
        }
        stories = discovered.stories.enumerated().map { index, story in
            let terms = story.terms.prefix(parameters.labelTerms).map { names.name(of: $0.term) }
            return StoryEntry(
                id: "S\(index + 1)", label: terms.joined(separator: " "), terms: terms,
                firstPost: FirstPost(
                    id: posts[index].platformID, account: accounts[index].display,
                    time: Timestamp.iso8601(frame.times[Int(story.firstPost)])),
                volume: Volume(posts: story.posts.count, accounts: story.accountCount), textClusters: story.textClusters,
                links: counts(frame.links, story.links), domains: counts(frame.domains, story.domains),
                hashtags: counts(frame.hashtags, story.hashtags))
        }
        let storyEntries = stories
        themes = discovered.themes.enumerated().map { index, theme in
            let terms = theme.terms.prefix(parameters.labelTerms).map { names.name(of: $0.term) }
            let members = theme.stories.map { discovered.stories[$0] }
            var accounts = Set<UInt32>()
            for story in members { for post in story.posts { accounts.insert(frame.accounts[Int(post)]) } }
            return ThemeEntry(
                id: "T\(index + 1)", label: terms.joined(separator: " "), terms: terms,
                firstPost: storyEntries[theme.stories[0]].firstPost,
                volume: Volume(posts: members.reduce(0) { $0 + $1.posts.count }, accounts: accounts.count),
                stories: theme.stories.map { storyEntries[$0].id })
        }
    }

    var records: [NarrativeRecord] {
        stories.map { NarrativeRecord(id: $0.id, kind: "story", label: $0.label, details: (try? jsonText($0)) ?? "{}") }
            + themes.map { NarrativeRecord(id: $0.id, kind: "theme", label: $0.label, details: (try? jsonText($0)) ?? "{}") }
    }

    /// Every (narrative, post rowid) pair: a story's posts, then each theme's, the union of its stories'.
    func postsOfNarratives(_ discovered: DiscoveredNarratives, frame: Frame) -> [(narrative: Int, post: Int64)] {
        var pairs: [(narrative: Int, post: Int64)] = []
        for (index, story) in discovered.stories.enumerated() {
            for post in story.posts { pairs.append((index, frame.postRowIDs[Int(post)])) }
        }
        for (index, theme) in discovered.themes.enumerated() {
            for story in theme.stories {
                for post in discovered.stories[story].posts {
                    pairs.append((discovered.stories.count + index, frame.postRowIDs[Int(post)]))
                }
            }
        }
        return pairs
    }

    /// The words of every story's terms, read from the fewest of its own posts that use them all
    /// (at most 20 a story): the Frame holds words only as hashes.
    static func termNames(_ discovered: DiscoveredNarratives, frame: Frame, store: CaseFile) throws -> TermNames {
        var sample: [Int64] = []
        let repost = PostKind.repost.rawValue
        for story in discovered.stories {
            var missing = Set(story.terms.compactMap(\.term.wordHash))
            var taken = 0
            for post in story.posts where frame.kinds[Int(post)] != repost {
                guard !missing.isEmpty, taken < 20 else { break }
                let words = frame.words[Int(post)]
                guard words.contains(where: { missing.contains($0) }) else { continue }
                for word in words { missing.remove(word) }
                sample.append(frame.postRowIDs[Int(post)])
                taken += 1
            }
        }
        var names = TermNames(hashtags: frame.hashtags.names)
        for post in try store.postNames(sample) { names.learn(text: post.text) }
        return names
    }
}

/// What `tangle narratives --discover` prints.
struct DiscoverySummary: Encodable {
    var seconds: Double
    var posts: Int
    var stories: Int
    var storyPosts: Int
    var themes: Int
    var topStories: [DiscoveryReport.StoryEntry]
    var topThemes: [DiscoveryReport.ThemeEntry]

    init(report: DiscoveryReport, top: Int, seconds: Double, postCount: Int) {
        self.seconds = seconds
        posts = postCount
        stories = report.stories.count
        storyPosts = report.stories.reduce(0) { $0 + $1.volume.posts }
        themes = report.themes.count
        // Largest first, ties by id order (which is first-post order).
        topStories = Array(
            report.stories.enumerated().sorted { ($1.element.volume.posts, $0.offset) < ($0.element.volume.posts, $1.offset) }
                .map(\.element).prefix(top))
        topThemes = Array(
            report.themes.enumerated().sorted { ($1.element.volume.posts, $0.offset) < ($0.element.volume.posts, $1.offset) }
                .map(\.element).prefix(top))
    }

    var text: String {
        var lines = [
            "discovered \(grouped(stories)) stories (\(grouped(storyPosts)) of \(grouped(posts)) posts) and \(grouped(themes)) themes in \(String(format: "%.2f", seconds)) s"
        ]
        if !topStories.isEmpty {
            lines.append("stories, largest \(topStories.count) of \(grouped(stories)):")
            for story in topStories {
                lines.append(
                    "  \(story.id)  \(grouped(story.volume.posts)) posts, \(grouped(story.volume.accounts)) accounts  \(story.label)")
                lines.append("      first \(story.firstPost.time) by \(story.firstPost.account), post \(story.firstPost.id)")
                if let link = story.links.first { lines.append("      link \(link.key) (\(grouped(link.posts)) posts)") }
            }
        }
        if !topThemes.isEmpty {
            lines.append("themes, largest \(topThemes.count) of \(grouped(themes)):")
            for theme in topThemes {
                lines.append(
                    "  \(theme.id)  \(theme.stories.count) stories, \(grouped(theme.volume.posts)) posts, \(grouped(theme.volume.accounts)) accounts  \(theme.label)"
                )
                lines.append("      first \(theme.firstPost.time); stories \(theme.stories.prefix(8).joined(separator: " "))\(theme.stories.count > 8 ? " …" : "")")
            }
        }
        return lines.joined(separator: "\n")
    }
}
