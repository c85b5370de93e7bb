import Testing

@testable import TangleIngest

@Suite("CSV format detection")
struct CSVDetectionTests {
    @Test(arguments: [
        ("io_archive_tweets.csv", Format.ioArchive),
        ("io_archive_tweets.csv.gz", .ioArchive),
        ("io_archive_users.csv", .ioArchiveUsers),
        ("fivethirtyeight.csv", .fiveThirtyEight),
        ("qut.csv", .qut),
        ("qut_headerless.csv", .qut),
        ("coortweet_long.csv", .coortweetLong),
        ("coortweet_wide.csv", .coortweetWide),
    ])
    func detectsEachFixture(name: String, format: Format) throws {
        #expect(try Reader.detect(path: CSVTestSupport.fixture(name)) == format)
    }

    @Test func headerMatchingIgnoresCaseSpacesAndByteOrderMark() throws {
        let path = try CSVTestSupport.temporaryFile(
            [0xEF, 0xBB, 0xBF] + Array(" Object_ID , ACCOUNT_ID,content_id,Timestamp_Share\n1,a,p,1\n".utf8))
        #expect(try Reader.detect(path: path) == .coortweetLong)
        let result = try CSVTestSupport.readAll(path)
        #expect(result.posts.map(\.platformID) == ["p"])
    }

    @Test func unrecognisedHeaderListsWhatWasExpectedAndFound() throws {
        let path = try CSVTestSupport.temporaryFile("when,who,what\n1,2,3\n")
        let error = try #require(throws: IngestError.self) { _ = try Reader.detect(path: path) }
        #expect(error.kind == .unrecognisedFormat)
        #expect(error.line == 1)
        for format in [Format.ioArchive, .ioArchiveUsers, .fiveThirtyEight, .qut, .coortweetLong, .coortweetWide] {
            #expect(error.message.contains(format.summary))
        }
        #expect(error.message.contains("--format csv --map"))
        #expect(error.message.hasSuffix("The header has 3 columns: when, who, what"))
    }

    @Test func eightColumnsWithoutATimeInTheSeventhAreNotQUT() throws {
        let path = try CSVTestSupport.temporaryFile("a,b,c,d,e,f,g,h\n1,2,3,4,5,6,7,8\n")
        let error = try #require(throws: IngestError.self) { _ = try Reader.detect(path: path) }
        #expect(error.kind == .unrecognisedFormat)
    }

    @Test func emptyFile() throws {
        let path = try CSVTestSupport.temporaryFile("")
        let detected = try #require(throws: IngestError.self) { _ = try Reader.detect(path: path) }
        #expect(detected.kind == .emptyFile)
        let opened = try #require(throws: IngestError.self) { _ = try Reader.open(path: path, format: .qut) }
        #expect(opened.kind == .emptyFile)
        let blank = try CSVTestSupport.temporaryFile("\n\r\n\n")
        let blankOpened = try #require(throws: IngestError.self) {
            _ = try Reader.open(path: blank, format: .ioArchive)
        }
        #expect(blankOpened.kind == .emptyFile)
        #expect(blankOpened.message == "the file is empty; expected a header row")
    }

    @Test func headerOnlyFileHasNoEvents() throws {
        let path = try CSVTestSupport.temporaryFile("object_id,account_id,content_id,timestamp_share\n")
        let result = try CSVTestSupport.readAll(path)
        #expect(result.posts.isEmpty && result.rejections.isEmpty)
    }

    @Test func missingColumnsNameEveryOne() throws {
        let path = try CSVTestSupport.temporaryFile("external_author_id,content\n1,hi\n")
        let error = try #require(throws: IngestError.self) { _ = try Reader.open(path: path, format: .fiveThirtyEight) }
        #expect(error.kind == .missingColumns)
        #expect(error.message.hasPrefix("missing columns author, publish_date for \(Format.fiveThirtyEight.summary)"))
    }
}
