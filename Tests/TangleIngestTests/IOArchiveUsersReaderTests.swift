import TangleCore
import Testing

@testable import TangleIngest

@Suite("IO archive users")
struct IOArchiveUsersReaderTests {
    @Test func readsAccountsAndRejectsBadRows() throws {
        let result = try CSVTestSupport.readAll(CSVTestSupport.fixture("io_archive_users.csv"))
        #expect(result.format == .ioArchiveUsers)
        #expect(result.posts.isEmpty)
        #expect(result.accounts.count == 2)
        #expect(
            result.accounts.first
                == AccountRecord(
                    platform: "twitter", platformID: "905874659358453760", handle: "TEN_GOP", displayName: "Ten GOP",
                    createdAt: 1_447_804_800_000, followers: 136_930, following: 1081, language: "en",
                    location: "Tennessee, USA",
                    description:
                        "Unofficial Twitter of Tennessee Republicans. Covering breaking news, national politics, "
                        + "foreign policy and more. #MAGA #2A",
                    profileURL: "https://t.co/abc"))
        let hashed = try #require(result.accounts.last)
        #expect(hashed.platformID == "ygQRwhQRrh1+6N7J6IMFnzWgqUGimWqg0KZptLpxDY=")
        #expect(hashed.createdAt == 1_480_809_600_000)
        #expect(hashed.followers == 17)
        #expect(hashed.location == nil)
        #expect(result.rejections.map(\.line) == [4, 5])
        #expect(
            result.rejections.map(\.reason) == [
                "empty userid: expected the account's id",
                "bad following_count: expected a whole number, got \"many\"",
            ])
    }

    @Test func badCreationDate() throws {
        let path = try CSVTestSupport.temporaryFile("userid,user_screen_name,account_creation_date\n1,a,2016-13-01\n")
        let result = try CSVTestSupport.readAll(path)
        #expect(
            result.rejections.map(\.reason) == ["bad account_creation_date: expected YYYY-MM-DD, got \"2016-13-01\""])
    }
}
