import Testing
@testable import TangleIngest

@Suite struct LabelsReaderTests {
    @Test func readsTheAccountAndLabelColumnsWhereverTheyAre() throws {
        let path = try CSVTestSupport.temporaryFile(
            """
            external_author_id,author,account_category
            906000000000000001,TEN_GOP,RightTroll
            906000000000000002,someone,NonEnglish
            906000000000000003,nobody,
            """)
        defer { CSVTestSupport.removeTemporary(path) }
        let (labels, rejections) = try LabelsReader.read(path: path)
        #expect(rejections.isEmpty)
        #expect(labels.map(\.account) == ["906000000000000001", "906000000000000002", "906000000000000003"])
        #expect(labels.map(\.label) == ["RightTroll", "NonEnglish", ""])
        #expect(labels.map(\.line) == [2, 3, 4])
        #expect(labels.map(\.isPositive) == [true, true, false])
    }

    @Test func theWordsForNoAreNegative() {
        for word in ["0", "false", "No", " organic ", "human", "none"] {
            #expect(!AccountLabel(account: "a", label: word, line: 2).isPositive, "\(word)")
        }
        for word in ["1", "true", "bot", "troll"] {
            #expect(AccountLabel(account: "a", label: word, line: 2).isPositive, "\(word)")
        }
    }

    @Test func badRowsAreRejectedWithTheirLineAndBadHeadersNamed() throws {
        let path = try CSVTestSupport.temporaryFile("account,label\n1,bot\n,bot\n2\n")
        defer { CSVTestSupport.removeTemporary(path) }
        let (labels, rejections) = try LabelsReader.read(path: path)
        #expect(labels.map(\.account) == ["1"])
        #expect(rejections.map(\.line) == [3, 4])
        #expect(rejections[0].reason.hasPrefix("empty account"))

        let noLabel = try CSVTestSupport.temporaryFile("account,score\n1,0.5\n")
        defer { CSVTestSupport.removeTemporary(noLabel) }
        #expect(throws: IngestError.self) { try LabelsReader.read(path: noLabel) }
        do {
            _ = try LabelsReader.read(path: noLabel)
        } catch let error as IngestError {
            #expect(error.description.contains("no label column"))
            #expect(error.line == 1)
        }
    }
}
