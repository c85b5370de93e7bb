import Foundation
import TangleCore
import Testing

@testable import TangleIngest

/// Fixture paths and whole-file reads for the JSON-family tests.
enum JSONFixtures {
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    /// Every event of a file, opened as the CLI opens it (format detected unless given).
    static func read(
        _ path: String, format: Format? = nil, columnMap: ColumnMap? = nil
    ) throws -> (format: Format, posts: [PostRecord], rejections: [Rejection]) {
        let (detected, reader) = try Reader.open(path: path, format: format, columnMap: columnMap)
        var opened = reader
        return try drain(&opened, format: detected)
    }

    static func drain(
        _ reader: inout any RecordReader, format: Format
    ) throws -> (format: Format, posts: [PostRecord], rejections: [Rejection]) {
        var posts: [PostRecord] = []
        var rejections: [Rejection] = []
        while let event = try reader.next() {
            switch event {
            case .post(let post): posts.append(post)
            case .rejected(let rejection): rejections.append(rejection)
            case .account: Issue.record("JSON readers yield no bare accounts")
            }
        }
        return (format, posts, rejections)
    }

    /// Writes `bytes` to a new file in the temporary directory and returns its path.
    static func temporaryFile(_ bytes: [UInt8], suffix: String = ".json") throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tangle-json-\(UUID().uuidString)\(suffix)")
        try Data(bytes).write(to: url)
        return url.path
    }

    static func temporaryFile(_ text: String, suffix: String = ".json") throws -> String {
        try temporaryFile(Array(text.utf8), suffix: suffix)
    }

    /// Every record of a file as the stream splits it: parsed records as their compact JSON text
    /// (from the document's bytes) with their line, rejections as they are.
    static func records(
        _ path: String, streamedKey: String? = nil, recordLimit: Int = JSONRecordStream.defaultRecordLimit,
        nodeLimit: Int = JSONRecordStream.defaultNodeLimit
    ) throws -> [StreamItem] {
        var stream = JSONRecordStream(
            source: try ByteSource(path: path), streamedKey: streamedKey, recordLimit: recordLimit,
            nodeLimit: nodeLimit)
        var document = JSONDocument()
        var items: [StreamItem] = []
        while let record = try stream.next(into: &document) {
            switch record {
            case .parsed(let line, let key):
                items.append(.parsed(line: line, key: key, text: String(decoding: document.bytes, as: UTF8.self)))
            case .rejected(let rejection):
                items.append(.rejected(line: rejection.line, reason: rejection.reason))
            }
        }
        return items
    }

    enum StreamItem: Equatable {
        case parsed(line: Int, key: String?, text: String)
        case rejected(line: Int, reason: String)
    }
}
