import Foundation
import TangleCore
import Testing

@testable import TangleIngest

/// What a reader produced from a whole file.
struct CSVReadResult {
    var format: Format
    var posts: [PostRecord] = []
    var accounts: [AccountRecord] = []
    var rejections: [Rejection] = []

    /// The post with `id`; fails the test when there is none.
    func post(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> PostRecord {
        try #require(posts.first { $0.platformID == id }, "no post \(id)", sourceLocation: sourceLocation)
    }
}

enum CSVTestSupport {
    /// The path of a fixture shipped in `Fixtures/`.
    static func fixture(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")
        return try #require(url, "missing fixture \(name)", sourceLocation: sourceLocation).path
    }

    /// Writes `bytes` to a new file in a temporary folder and returns its path.
    static func temporaryFile(_ bytes: some Sequence<UInt8>, name: String = "input.csv") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tangle-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Removes a file made by `temporaryFile` and its folder; for the multi-megabyte inputs.
    static func removeTemporary(_ path: String) {
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }

    static func temporaryFile(_ text: String, name: String = "input.csv") throws -> String {
        try temporaryFile(Array(text.utf8), name: name)
    }

    /// Opens `path` (detecting its format unless one is given) and reads every event.
    static func readAll(_ path: String, format: Format? = nil, map: String? = nil) throws -> CSVReadResult {
        let columnMap = try map.map { try ColumnMap(parsing: $0) }
        let (detected, opened) = try Reader.open(path: path, format: format, columnMap: columnMap)
        var reader = opened
        var result = CSVReadResult(format: detected)
        while let event = try reader.next() {
            switch event {
            case .post(let post): result.posts.append(post)
            case .account(let account): result.accounts.append(account)
            case .rejected(let rejection): result.rejections.append(rejection)
            }
        }
        return result
    }

    /// Every record of `bytes` as field strings, or the rejection reasons, in order.
    static func parse(_ bytes: [UInt8], expectedFields: Int? = nil) throws -> [Result<[String], RejectionText>] {
        let parser = CSVParser(bytes: bytes, path: "memory.csv")
        parser.expectedFieldCount = expectedFields
        var records: [Result<[String], RejectionText>] = []
        while let step = try parser.next() {
            switch step {
            case .record:
                records.append(
                    .success(
                        (0..<parser.fieldCount).map { i in parser.withField(i) { String(decoding: $0, as: UTF8.self) } }
                    ))
            case .rejected(let rejection):
                records.append(.failure(RejectionText(line: rejection.line, reason: rejection.reason)))
            }
        }
        return records
    }

    static func parse(_ text: String, expectedFields: Int? = nil) throws -> [Result<[String], RejectionText>] {
        try parse(Array(text.utf8), expectedFields: expectedFields)
    }
}

/// A rejection's line and reason, comparable in tests.
struct RejectionText: Error, Equatable {
    var line: Int
    var reason: String
}
