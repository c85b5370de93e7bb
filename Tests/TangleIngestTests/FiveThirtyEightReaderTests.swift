import TangleCore
import Testing

@testable import TangleIngest

@Suite("FiveThirtyEight IRA tweets")
struct FiveThirtyEightReaderTests {
    let result: CSVReadResult

    init() throws {
        result = try CSVTestSupport.readAll(CSVTestSupport.fixture("fivethirtyeight.csv"))
    }

    @Test func detectsAndCounts() {
        #expect(result.format == .fiveThirtyEight)
        #expect(result.posts.count == 6)
        #expect(result.rejections.count == 1)
        #expect(result.posts.map(\.kind) == [.original, .repost, .quote, .repost, .original, .original])
    }

    @Test func originalUnwrappedWithAccountAndLabels() throws {
        let post = try result.post("914580356430536707")
        #expect(post.text == "Wrapped in quotes #Tag @someone")
        #expect(post.time == 1_506_887_880_000)
        #expect(post.timeSource == .given)
        #expect(post.language == "English")
        #expect(post.hashtags == ["tag"])
        #expect(post.mentions == ["someone"])
        #expect(post.links == [Link(url: "https://twitter.com/10_gop/status/914580356430536707/video/1")])
        #expect(
            post.account
                == AccountRecord(
                    platform: "twitter", platformID: "905874659358453760", handle: "10_GOP", followers: 9636,
                    following: 1052, postCount: 253,
                    labels: [
                        "account_category": "RightTroll", "account_type": "Right", "region": "Unknown",
                        "new_june_2018": "0",
                    ]))
    }

    @Test func retweetWithPrefixNamesTheReposted() throws {
        let post = try result.post("914623490375979008")
        #expect(post.kind == .repost)
        #expect(post.referencedHandle == "Cernovich")
        #expect(post.referencedPostID == nil)
        #expect(post.time == 1_506_898_200_000)
    }

    @Test func quoteTakesTheExpandedLinksNotTheArticleURL() throws {
        let post = try result.post("918637394051715072")
        #expect(post.kind == .quote)
        #expect(post.referencedHandle == nil)
        #expect(post.time == 1_507_855_140_000)
        #expect(
            post.links.map(\.raw) == [
                "https://twitter.com/JackPosobiec/status/918637032209043456/photo/1", "http://bit.ly/2xyz",
                "https://www.rt.com/news/story/",
            ])
    }

    @Test func retweetFlagWithoutPostType() throws {
        let post = try result.post("918268125115834368")
        #expect(post.kind == .repost)
        #expect(post.referencedHandle == nil)
    }

    @Test func rowsWithoutTweetIDGetOneSyntheticIDForExactRepeats() throws {
        let synthetic = result.posts.filter { $0.platformID.hasPrefix("~") }
        #expect(synthetic.count == 2)
        #expect(synthetic[0].platformID == synthetic[1].platformID)
        #expect(
            synthetic[0].platformID
                == SyntheticID.make(["1679279490", "1/15/2017 14:03", "Sign the petition \u{FFFD} now #StopIslam"]))
        #expect(synthetic[0].text == "Sign the petition \u{FFFD} now #StopIslam")
        #expect(synthetic[0].time == 1_484_488_980_000)
        #expect(synthetic[0].account.labels["new_june_2018"] == "1")
        #expect(synthetic[0].account.labels["region"] == "United States")
        #expect(synthetic[0].links.isEmpty)
    }

    @Test func badDateIsRejected() throws {
        let rejection = try #require(result.rejections.first)
        #expect(rejection.line == 8)
        #expect(rejection.reason == "bad publish_date: expected M/D/YYYY H:MM, got \"13/45/2017 99:99\"")
    }

    @Test func unknownPostType() throws {
        let path = try CSVTestSupport.temporaryFile(
            "external_author_id,author,content,publish_date,post_type\n1,a,hi,10/1/2017 19:58,REPLY\n")
        let result = try CSVTestSupport.readAll(path)
        #expect(
            result.rejections.map(\.reason) == ["bad post_type: expected RETWEET, QUOTE_TWEET or empty, got \"REPLY\""])
    }

    @Test func quotesThatDoNotWrapTheWholeTextStay() {
        #expect(FiveThirtyEightReader.unwrapped("\"Quote\" ~ @someone") == "\"Quote\" ~ @someone")
        #expect(FiveThirtyEightReader.unwrapped("\"") == "\"")
        #expect(FiveThirtyEightReader.unwrapped("\"\"") == "")
    }
}
