import Foundation
import TangleCore
import Testing

@testable import TangleIngest

@Suite("IO archive tweets")
struct IOArchiveReaderTests {
    let result: CSVReadResult

    init() throws {
        result = try CSVTestSupport.readAll(CSVTestSupport.fixture("io_archive_tweets.csv"))
    }

    @Test func detectsAndCounts() {
        #expect(result.format == .ioArchive)
        #expect(result.posts.count == 7)
        #expect(result.rejections.count == 1)
        #expect(
            result.posts.map(\.platformID) == [
                "914580356430536707", "914623490375979008", "914621840496189440", "918193488503689216",
                "917856606729236480", "20", "914312219952861184",
            ])
    }

    @Test func originalWithProfileAndSnowflakeTime() throws {
        let post = try result.post("914580356430536707")
        #expect(post.kind == .original)
        #expect(post.time == 1_506_887_923_711)
        #expect(post.timeSource == .snowflake)
        #expect(post.text == "We have a sitting senator on trial #Corruption @nedryun")
        #expect(post.language == "en")
        #expect(post.client == "Twitter Web Client")
        #expect(post.hashtags == ["corruption"])
        #expect(post.mentions == ["nedryun"])
        #expect(post.links.isEmpty)
        #expect(post.referencedPostID == nil)
        #expect(
            post.account
                == AccountRecord(
                    platform: "twitter", platformID: "905874659358453760", handle: "TEN_GOP", displayName: "Ten GOP",
                    createdAt: 1_504_656_000_000, followers: 9636, following: 1052, language: "en",
                    location: "Tennessee, USA", description: "I love God and my country", profileURL: "https://t.co/abc"
                ))
    }

    @Test func retweet() throws {
        let post = try result.post("914623490375979008")
        #expect(post.kind == .repost)
        #expect(post.referencedPostID == "913231923715198976")
        #expect(post.referencedAccountID == "359121426")
        #expect(post.referencedHandle == "Cernovich")
        #expect(post.time == 1_506_898_207_645)
        #expect(post.hashtags == ["boycottnfl"])
        #expect(post.links == [Link(url: "https://twitter.com/x/status/1/video/1")])
    }

    @Test func quoteWithHashedAccountAndEscapedText() throws {
        let post = try result.post("914621840496189440")
        #expect(post.kind == .quote)
        #expect(post.referencedPostID == "917856606729236480")
        #expect(post.referencedAccountID == nil)
        #expect(post.text == "Look at this, \"really\" (quote)")
        #expect(post.account.platformID == "ygQRwhQRrh1+6N7J6IMFnzWgqUGimWqg0KZptLpxDY=")
        #expect(post.account.followers == 758)
        #expect(post.account.location == nil)
        #expect(post.account.description == nil)
        #expect(post.time == 1_506_897_814_283)
    }

    @Test func replyOverTwoLinesWithURLList() throws {
        let post = try result.post("918193488503689216")
        #expect(post.kind == .reply)
        #expect(post.referencedPostID == "918190000000000000")
        #expect(post.referencedAccountID == "55555")
        #expect(post.text == "@Breaking911 Build that wall!!\nSecond line")
        #expect(post.links == [Link(url: "http://a.example/one"), Link(url: "http://b.example/two")])
        #expect(post.timeSource == .snowflake)
    }

    @Test func snowflakeOutsideTheMinuteKeepsTheGivenTime() throws {
        let post = try result.post("917856606729236480")
        #expect(post.time == 1_507_671_000_000)
        #expect(post.timeSource == .given)
        #expect(post.account.followers == nil)
    }

    @Test func preSnowflakeIdAndUnquotedList() throws {
        let post = try result.post("20")
        #expect(post.time == 1_142_974_200_000)
        #expect(post.timeSource == .given)
        #expect(post.hashtags == ["a", "b"])
        #expect(post.links == [Link(url: "http://c.example/it's")])
    }

    @Test func numericRetweetFlagAndEscapedHashtag() throws {
        let post = try result.post("914312219952861184")
        #expect(post.kind == .repost)
        #expect(post.referencedPostID == nil)
        #expect(post.referencedHandle == "somebody")
        #expect(post.hashtags == ["café"])
    }

    @Test func badTimeIsRejectedWithTheValue() throws {
        let rejection = try #require(result.rejections.first)
        #expect(rejection.line == 9)
        #expect(rejection.reason == "bad tweet_time: expected YYYY-MM-DD HH:MM, got \"yesterday\"")
        #expect(rejection.raw.hasPrefix("914580356430536708,905874659358453760,Ten GOP"))
    }

    @Test func gzipReadsTheSameAsPlain() throws {
        let zipped = try CSVTestSupport.readAll(CSVTestSupport.fixture("io_archive_tweets.csv.gz"))
        #expect(zipped.format == .ioArchive)
        #expect(zipped.posts == result.posts)
        #expect(zipped.rejections == result.rejections)
    }

    @Test func truncatedGzipStopsTheFile() throws {
        let whole = try Array(
            Data(contentsOf: URL(fileURLWithPath: CSVTestSupport.fixture("io_archive_tweets.csv.gz"))))
        let path = try CSVTestSupport.temporaryFile(whole.prefix(whole.count * 2 / 3), name: "cut.csv.gz")
        let error = try #require(throws: IngestError.self) {
            _ = try CSVTestSupport.readAll(path, format: .ioArchive)
        }
        #expect(error.kind == .truncatedGzip)
        #expect(error.file == path)
    }

    @Test func missingRequiredColumnWithFormatGiven() throws {
        let path = try CSVTestSupport.temporaryFile("tweetid,userid,tweet_text\n1,2,hi\n")
        let error = try #require(throws: IngestError.self) {
            _ = try CSVTestSupport.readAll(path, format: .ioArchive)
        }
        #expect(error.kind == .missingColumns)
        #expect(error.line == 1)
        #expect(error.message.contains("missing column tweet_time"))
        #expect(error.message.contains("3 columns: tweetid, userid, tweet_text"))
    }

    @Test func emptyRequiredValues() throws {
        let path = try CSVTestSupport.temporaryFile(
            "tweetid,userid,tweet_time\n,2,2017-10-01 19:58\n1,,2017-10-01 19:58\n1,2,\n")
        let result = try CSVTestSupport.readAll(path)
        #expect(result.posts.isEmpty)
        #expect(
            result.rejections.map(\.reason) == [
                "empty tweetid: expected the tweet's id",
                "empty userid: expected the account's id",
                "empty tweet_time: expected YYYY-MM-DD HH:MM",
            ])
    }

    @Test func badListAndBadFlag() throws {
        let path = try CSVTestSupport.temporaryFile(
            "tweetid,userid,tweet_time,hashtags,is_retweet\n1,2,2017-10-01 19:58,['open,False\n"
                + "1,2,2017-10-01 19:58,[],maybe\n"
        )
        let result = try CSVTestSupport.readAll(path)
        #expect(
            result.rejections.map(\.reason) == [
                "bad hashtags: expected a list like ['a', 'b'], got \"['open\"",
                "bad is_retweet: expected True or False, got \"maybe\"",
            ])
    }
}
