import Testing

@testable import TangleCore

@Suite struct ByteStringTableTests {
    @Test func findsEveryKeyThroughGrowth() {
        var table = ByteStringTable()
        for index in 0..<5000 { table.insert("key\(index).example", flags: UInt8(index % 7 + 1)) }
        for index in 0..<5000 {
            #expect(table.flags(of: "key\(index).example") == UInt8(index % 7 + 1))
        }
        #expect(table.flags(of: "key5000.example") == nil)
        #expect(table.flags(of: "") == nil)
    }

    @Test func foldsASCIICaseOnly() {
        let table = ByteStringTable(["utm_source", "пример.рф"])
        #expect(table.flags(of: "UTM_Source") == 1)
        #expect(table.flags(of: "пример.рф") == 1)
        #expect(table.flags(of: "ПРИМЕР.рф") == nil)  // non-ASCII compares exactly; hosts arrive lower-cased
    }

    @Test func insertingAgainAddsFlags() {
        var table = ByteStringTable()
        table.insert("co.uk", flags: 1)
        table.insert("CO.UK", flags: 8)
        #expect(table.flags(of: "co.uk") == 9)
    }
}
