import Foundation
import Testing

import TangleCore
@testable import TangleDetect

@Suite struct SourceRegistryTests {
    static func entry(
        _ kind: SourceEntry.Kind, _ value: String, _ label: String, list: String = "a", platform: String? = nil
    ) -> SourceEntry {
        SourceEntry(kind: kind, value: value, label: label, platform: platform, list: list)
    }

    static func parse(_ text: String, file: String = "list.csv", format: SourceListFormat? = nil, label: String = "test") throws -> SourceListImport {
        try SourceListImporter.parse(Array(text.utf8), file: file, format: format, label: label, list: "t")
    }

    // MARK: matching

    @Test func aDomainMatchesItsSubdomainsAndTheLongestWins() {
        let registry = SourceRegistry(entries: [
            Self.entry(.domain, "rt.com", "state-media"),
            Self.entry(.domain, "special.rt.com", "other"),
            Self.entry(.domain, "WWW.Example.org", "x"),
        ])
        #expect(registry.entry(forDomain: "rt.com")?.label == "state-media")
        #expect(registry.entry(forDomain: "actualidad.rt.com")?.label == "state-media")
        #expect(registry.entry(forDomain: "a.special.rt.com")?.label == "other")
        #expect(registry.entry(forDomain: "special.rt.com")?.label == "other")
        #expect(registry.entry(forDomain: "notrt.com") == nil)
        #expect(registry.entry(forDomain: "rt.com.evil.net") == nil)
        #expect(registry.entry(forDomain: "example.org")?.label == "x", "www. and case are not part of the key")
        #expect(registry.entry(forDomain: "www.rt.com")?.label == "state-media")
    }

    @Test func earlierEntriesWinAndListsAreOrderedByNameThenBuiltIn() {
        let first = Self.entry(.domain, "rt.com", "mine", list: "a-list")
        let second = Self.entry(.domain, "rt.com", "theirs", list: "b-list")
        #expect(SourceRegistry(entries: [first, second]).entry(forDomain: "rt.com")?.list == "a-list")
        #expect(SourceRegistry(entries: [second, first]).entry(forDomain: "rt.com")?.list == "b-list")

        func list(_ name: String, _ entries: [SourceEntry]) -> SourceList {
            var imported = SourceListImport(format: .csv)
            imported.entries = entries
            return SourceList(name: name, label: "x", format: .csv, source: "", sha256: "", importedAt: nil, imported: imported)
        }
        // state-media first, then labels in byte order; within a label, lists by name, built-in last.
        let registry = SourceRegistry(lists: [
            BuiltInSources.list, list("zz", [Self.entry(.domain, "rt.com", "a-label", list: "zz")]),
            list("aa", [Self.entry(.domain, "rt.com", "low-credibility", list: "aa")]),
            list("mm", [Self.entry(.domain, "rt.com", "state-media", list: "mm")]),
        ])
        #expect(registry.entry(forDomain: "rt.com")?.list == "mm")
        #expect(registry.matches(forDomain: "rt.com").map(\.list) == ["mm", "built-in", "zz", "aa"])
        #expect(SourceRegistry(lists: [BuiltInSources.list]).entry(forDomain: "rt.com")?.list == "built-in")
        let shuffled = SourceRegistry(lists: [list("aa", [Self.entry(.domain, "rt.com", "low-credibility", list: "aa")]), BuiltInSources.list])
        #expect(shuffled.entry(forDomain: "rt.com")?.label == "state-media", "Iffy's rt.com does not hide RT's state affiliation")
        #expect(shuffled.entry(forDomain: "sub.rt.com")?.list == "built-in")
    }

    @Test func aURLPrefixBeatsItsDomainOnlyAtAPathBoundary() {
        let registry = SourceRegistry(entries: [
            Self.entry(.domain, "dailymail.co.uk", "tabloid"),
            Self.entry(.urlPrefix, "dailymail.co.uk/ushome", "iffy"),
            Self.entry(.urlPrefix, "dailymail.co.uk/ushome/politics", "deeper"),
            Self.entry(.urlPrefix, "rinf.com/alt-news/*", "iffy"),
        ])
        func label(_ raw: String) -> String? {
            registry.entry(forURL: URLNormalizer.normalize(raw).url, host: "")?.label
        }
        #expect(label("https://www.dailymail.co.uk/ushome/index.html") == "iffy")
        #expect(label("https://www.dailymail.co.uk/ushome") == "iffy")
        #expect(label("https://www.dailymail.co.uk/ushome/politics/a.html") == "deeper")
        #expect(label("https://www.dailymail.co.uk/ushomepage") == "tabloid")
        #expect(label("https://www.dailymail.co.uk/news/a") == "tabloid")
        #expect(label("https://rinf.com/alt-news/story?id=1") == "iffy")
        #expect(label("https://rinf.com/other") == nil)
        #expect(registry.entry(forURL: "dailymail.co.uk/ushome/x", host: "dailymail.co.uk")?.label == "iffy")
    }

    @Test func accountsMatchByHandleCaseInsensitivelyAndPerPlatform() {
        let registry = SourceRegistry(entries: [
            Self.entry(.account, "RT_com", "state-media", platform: "twitter"),
            Self.entry(.account, "rt_russian", "state-media", platform: "telegram"),
            Self.entry(.account, "12345", "by-id"),
        ])
        #expect(registry.entry(forAccount: "rt_COM", platformID: "1", platform: "twitter")?.value == "RT_com")
        #expect(registry.entry(forAccount: "@RT_com", platformID: "1", platform: "twitter") != nil)
        #expect(registry.entry(forAccount: "rt_com", platformID: "1", platform: "telegram") == nil)
        #expect(registry.entry(forAccount: "rt_russian", platformID: "9", platform: "twitter") == nil)
        #expect(registry.entry(forAccount: "rt_russian", platformID: "9", platform: "telegram") != nil)
        #expect(registry.entry(forAccount: "rt_russian", platformID: "9", platform: "unknown") != nil, "unknown platforms match any")
        #expect(registry.entry(forAccount: nil, platformID: "12345", platform: "facebook")?.label == "by-id")
        #expect(registry.entry(forAccount: "someone", platformID: "777", platform: "twitter") == nil)
    }

    @Test func theHostOfANormalisedURL() {
        #expect(SourceRegistry.host(ofNormalizedURL: "rt.com/news/1?x=2") == "rt.com")
        #expect(SourceRegistry.host(ofNormalizedURL: "rt.com:8080/a") == "rt.com")
        #expect(SourceRegistry.host(ofNormalizedURL: "ftp://files.example.org/a") == "files.example.org")
        #expect(SourceRegistry.host(ofNormalizedURL: "[::1]:80/x") == "[::1]")
        #expect(SourceRegistry.host(ofNormalizedURL: "example.com") == "example.com")
    }

    // MARK: built-in list

    @Test func theBuiltInListReadsWithoutARejectAndCitesEveryEntry() {
        let list = BuiltInSources.list
        #expect(list.rejected == 0, "\(list.problems)")
        #expect(list.duplicates == 0)
        #expect(list.entries.count > 60)
        for entry in list.entries {
            #expect(entry.label == "state-media" && entry.list == "built-in")
            #expect(entry.citation?.hasPrefix("https://en.wikipedia.org/wiki/") == true, "\(entry.value)")
            #expect(entry.country != nil && entry.name != nil, "\(entry.value)")
        }
        let registry = SourceRegistry(lists: [list])
        for domain in [
            "rt.com", "sputnikglobe.com", "tass.ru", "ria.ru", "cgtn.com", "news.cn", "chinadaily.com.cn", "globaltimes.cn",
            "people.com.cn", "cctv.com", "presstv.ir", "hispantv.com", "telesurtv.net", "kcna.kp",
        ] {
            #expect(registry.entry(forDomain: domain) != nil, "\(domain)")
        }
        #expect(registry.entry(forAccount: "rt_com", platformID: "1", platform: "twitter")?.name == "RT")
        #expect(registry.entry(forAccount: "rian_ru", platformID: "1", platform: "telegram")?.name == "RIA Novosti")
    }

    // MARK: importers

    @Test func theMatrixGivesDomainsSectionsAndAccountsFromQuotedFields() throws {
        let text = """
            Region,Country,Media company,Main assets,URL,Typology,Status,Notes,Instagram Link,Twitter Link,Facebook Link,Youtube Link,Telegram Link,VK Link
            Europe,Russia,RT,RT International,https://www.rt.com/,SC,,,,https://www.twitter.com/rt_com,,,https://t.me/rt_russian,https://vk.com/rt_international
            Europe,Belarus,"Belarus Segodnya, JSC","Respublika",https://www.sb.by/respublika/,SC,,"a note
            over two lines",,,,https://www.youtube.com/channel/UCabc,,
            Asia,Nowhere,Ghost,Ghost,,SC,,,,,,,,
            Asia,Somewhere,Broken,Broken,not a url,SC,,,,https://example.com/whatever,,,,
            Europe,Russia,RT,RT Deutsch,https://de.rt.com/,SC,,,,https://www.twitter.com/RT_com,,,,
            Asia,Laos,KPL,KPL,https://kpl.gov.la/EN/Default.aspx,SC,,,,,,,,
            ,,,,,,,,,,,,,
            """
        let imported = try Self.parse(text, file: "/data/matrix.csv", label: "state-media")
        #expect(imported.format == .matrix)
        #expect(imported.rows == 6)
        let values = imported.entries.map { "\($0.kind.rawValue) \($0.platform ?? "-") \($0.value)" }
        #expect(
            values == [
                "domain - rt.com", "account twitter rt_com", "account telegram rt_russian", "account vk rt_international",
                "domain - sb.by", "url-prefix - sb.by/respublika", "account youtube UCabc", "domain - de.rt.com", "domain - kpl.gov.la",
            ])
        #expect(imported.duplicates == 1, "RT Deutsch's twitter link repeats RT's (case-insensitively)")
        let respublika = try #require(imported.entries.first { $0.kind == .urlPrefix })
        #expect(respublika.name == "Respublika")
        #expect(respublika.country == "Belarus")
        #expect(respublika.note == "typology SC; company Belarus Segodnya, JSC")
        #expect(respublika.citation == "matrix.csv:3")
        #expect(imported.entries.first { $0.value == "de.rt.com" }?.citation == "matrix.csv:7", "the quoted newline counts as a line")
        #expect(imported.problems.map(\.line) == [5, 6, 6])
        #expect(imported.problems[0].reason.contains("nothing to label"))
        #expect(imported.problems[1].reason.contains("URL: expected a web address, got 'not a url'"))
        #expect(imported.problems[2].reason.contains("Twitter Link: expected a profile link"))
    }

    @Test func iffyPatternsAreDomainsOrPrefixes() throws {
        let text = """
            https://100percentfedup.com/*
            https://www.activistpost.com/*

            # a comment
            https://childrenshealthdefense.org/defender/*
            https://russia-insider.com/en*
            not a pattern at all
            http://www.activistpost.com/*
            """
        let imported = try Self.parse(text, file: "iffy.txt", label: "low-credibility")
        #expect(imported.format == .iffy)
        #expect(imported.entries.map(\.value) == ["100percentfedup.com", "activistpost.com", "childrenshealthdefense.org/defender", "russia-insider.com/en"])
        #expect(imported.entries.map(\.kind) == [.domain, .domain, .urlPrefix, .urlPrefix])
        #expect(imported.entries[2].citation == "iffy.txt:5")
        #expect(imported.rows == 6)
        #expect(imported.duplicates == 1)
        #expect(imported.problems == [SourceListProblem(line: 7, reason: "expected a URL pattern such as https://domain/* or https://domain/path/*, got 'not a pattern at all'")])
    }

    @Test func aBareListOfDomainsReadsAsPatterns() throws {
        let imported = try Self.parse("rt.com\r\nwww.example.org\r\n", file: "plain.txt")
        #expect(imported.format == .iffy)
        #expect(imported.entries.map(\.value) == ["rt.com", "example.org"])
        #expect(imported.entries.allSatisfy { $0.kind == .domain })
    }

    @Test func aUserCSVWithLabelsPlatformsAndQuotedNotes() throws {
        let text = """
            domain,account,label,note,platform,country
            example.com,,watch,"seen in ""op"" reports, 2024",,
            ,@SomeOutlet,,,twitter,Freedonia
            ,https://t.me/some_channel,partisan,,,
            news.example.org/politics,,,,,
            ,,watch,,,
            ,has space,,,,
            """
        let imported = try Self.parse(text, file: "mine.csv", label: "default-label")
        #expect(imported.format == .csv)
        #expect(imported.entries.map(\.value) == ["example.com", "SomeOutlet", "some_channel", "news.example.org/politics"])
        #expect(imported.entries.map(\.label) == ["watch", "default-label", "partisan", "default-label"])
        #expect(imported.entries[0].note == "seen in \"op\" reports, 2024")
        #expect(imported.entries[1].platform == "twitter" && imported.entries[1].country == "Freedonia")
        #expect(imported.entries[2].platform == "telegram")
        #expect(imported.entries[3].kind == .urlPrefix)
        #expect(imported.problems.map(\.line) == [6, 7])
    }

    @Test func badFilesNameTheFileTheLineAndWhatWasExpected() {
        #expect(throws: InputFileError(file: "x.txt", line: 0, "the file is empty; expected a source list")) {
            try Self.parse("\n\n", file: "x.txt")
        }
        do {
            _ = try Self.parse("name,thing\na,b\n", file: "odd.csv")
            Issue.record("an unknown header must not import")
        } catch let error as InputFileError {
            #expect(error.description.hasPrefix("odd.csv:1: expected the State Media Monitor matrix header"))
        } catch {
            Issue.record("\(error)")
        }
        #expect(throws: InputFileError(file: "q.csv", line: 2, "a quoted field opened here is never closed (expected a closing \")")) {
            try Self.parse("domain,label\n\"rt.com,x\n", file: "q.csv")
        }
        do {
            _ = try Self.parse("domain,label\nnot a domain,x\n", file: "bad.csv")
            Issue.record("a list with no entry must not import")
        } catch let error as InputFileError {
            #expect(error.description == "bad.csv: no entries could be read from 1 rows (line 2: domain: expected a domain or web address, got 'not a domain')")
        } catch {
            Issue.record("\(error)")
        }
        #expect(throws: InputFileError.self) { try Self.parse("Region,Country\n", file: "m.csv", format: .matrix) }
    }

    @Test func socialLinksNameThePlatformAndTheHandle() {
        func account(_ link: String) -> String? { SocialLink.account(fromURL: link).map { "\($0.platform) \($0.handle)" } }
        #expect(account("https://www.twitter.com/cgtn") == "twitter cgtn")
        #expect(account("https://x.com/RT_com/") == "twitter RT_com")
        #expect(account("https://t.me/s/rian_ru") == "telegram rian_ru")
        #expect(account("https://www.youtube.com/channel/UCabc") == "youtube UCabc")
        #expect(account("https://www.youtube.com/@cgtn") == "youtube cgtn")
        #expect(account("https://www.tiktok.com/@cgtnafrica") == "tiktok cgtnafrica")
        #expect(account("https://www.facebook.com/profile.php?id=1000") == "facebook 1000")
        #expect(account("https://ok.ru/group/5489") == "ok 5489")
        #expect(account("https://www.linkedin.com/company/cgtn-america") == "linkedin cgtn-america")
        #expect(account("https://example.com/cgtn") == nil)
        #expect(account("https://twitter.com/") == nil)
    }

    // MARK: the shared data

    static let sharedData: String = {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/domains").path
    }()

    static var sharedDataPresent: Bool { FileManager.default.fileExists(atPath: sharedData + "/State_Media_Matrix.csv") }

    @Test(.enabled(if: sharedDataPresent, "needs ../shared/data/domains (State_Media_Matrix.csv, iffy_2024-08-01.txt)"))
    func theStateMediaMatrix() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.sharedData + "/State_Media_Matrix.csv")))
        let imported = try SourceListImporter.parse(bytes, file: "State_Media_Matrix.csv", label: "state-media", list: "matrix")
        #expect(imported.format == .matrix)
        #expect(imported.rows == 1156)
        let counts = Dictionary(grouping: imported.entries, by: \.kind).mapValues(\.count)
        #expect(counts == [.domain: 973, .account: 898, .urlPrefix: 52], "\(counts)")
        #expect(imported.duplicates == 407, "outlets sharing a site or an account")
        // 82 outlets have neither a URL nor a social-media link; every URL and link that is given reads.
        #expect(imported.rejected == 82)
        #expect(imported.problems.allSatisfy { $0.reason.hasPrefix("no URL and no social-media link") }, "\(imported.problems.prefix(5))")
        #expect(!imported.entries.contains { $0.kind == .domain && ["youtube.com", "rumble.com"].contains($0.value) }, "streams on platforms label their URL only")
        let registry = SourceRegistry(entries: imported.entries)
        #expect(registry.entry(forDomain: "www.rt.com")?.name == "RT International")
        #expect(registry.entry(forAccount: "rt_russian", platformID: "1", platform: "telegram")?.country == "Russia")
        #expect(registry.entry(forURL: "sb.by/respublika/2024/x", host: "sb.by")?.name == "Respublika")
    }

    @Test(.enabled(if: sharedDataPresent, "needs ../shared/data/domains (State_Media_Matrix.csv, iffy_2024-08-01.txt)"))
    func theIffyList() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.sharedData + "/iffy_2024-08-01.txt")))
        let imported = try SourceListImporter.parse(bytes, file: "iffy_2024-08-01.txt", label: "low-credibility", list: "iffy")
        #expect(imported.format == .iffy)
        #expect(imported.rows == 712)
        let counts = Dictionary(grouping: imported.entries, by: \.kind).mapValues(\.count)
        #expect(counts == [.domain: 701, .urlPrefix: 11], "\(counts)")
        #expect(imported.duplicates == 0)
        #expect(imported.rejected == 0, "\(imported.problems.prefix(5))")
        let registry = SourceRegistry(entries: imported.entries)
        #expect(registry.entry(forURL: "dailymail.co.uk/ushome/index.html", host: "")?.kind == .urlPrefix)
        #expect(registry.entry(forURL: "dailymail.co.uk/news/1", host: "") == nil)
    }

    // MARK: labelling a Frame

    @Test func aFramesLinksDomainsAndAccountsAreLabelled() {
        var frame = Frame()
        var links = KeyColumn.Builder()
        var domains = KeyColumn.Builder()
        // post 0: an RT link by account 0; post 1: a blog link by account 1 (@RT_com's namesake on twitter);
        // post 2: RT and an Iffy prefix by account 1; post 3: nothing by account 0.
        let rows: [([Substring], [Substring], UInt32)] = [
            (["rt.com/news/1"], ["rt.com"], 0), (["blog.example/a"], ["blog.example"], 1),
            (["de.rt.com/x", "bad.example/section/y"], ["rt.com", "bad.example"], 1), ([], [], 0),
        ]
        for (link, domain, account) in rows {
            links.append(link)
            domains.append(domain)
            frame.accounts.append(account)
            frame.times.append(Int64(frame.times.count))
        }
        frame.links = links.column
        frame.domains = domains.column
        frame.accountRowIDs = [10, 11]
        let registry = SourceRegistry(entries: [
            Self.entry(.domain, "rt.com", "state-media", list: "built-in"),
            Self.entry(.urlPrefix, "bad.example/section", "low-credibility"),
            Self.entry(.account, "RT_com", "state-media", platform: "twitter"),
        ])
        let labels = SourceLabels(
            registry: registry, frame: frame,
            accounts: [SourceLabels.Account(platformID: "1", handle: "someone"), SourceLabels.Account(platformID: "2", handle: "rt_com", platform: "twitter")])
        #expect(labels.labels == ["low-credibility", "state-media"])
        let summary = labels.summary(frame)
        #expect(summary.labelledPosts == 3)
        #expect(
            summary.labels == [
                SourceLabels.LabelCount(label: "low-credibility", posts: 1, links: 1, domains: 0, accounts: 0),
                SourceLabels.LabelCount(label: "state-media", posts: 3, links: 2, domains: 1, accounts: 1),
            ])
        #expect(summary.topDomains.map { "\($0.domain) \($0.posts)" } == ["rt.com 2", "bad.example/section 1"])
        #expect(labels.entry(account: 1)?.value == "RT_com")
        #expect(registry.entries[Int(labels.entryIndex(post: 1, in: frame))].kind == .account)

        let shares = labels.linkShares(of: [1], in: frame)
        #expect(shares.links == 3)
        #expect(shares.labels.map { "\($0.label) \($0.links)" } == ["low-credibility 1", "state-media 1"])
        #expect(labels.linkShares(of: [0], in: frame).labels.first?.share == 1)
    }
}
