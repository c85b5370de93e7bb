/// What the first bytes of a JSON input show about its shape: the keys of its first records, found by
/// tokenising rather than parsing, since the prefix may end in the middle of a record.
///
/// A record is a top-level object (one JSON document, or one JSONL line) or, under a top-level array,
/// one of its elements.
struct JSONPrefixScan {
    /// One record's own keys, in order, and the string values among them (`type`, `created_at`).
    struct RecordKeys {
        var keys: [String] = []
        var strings: [String: String] = [:]
    }

    /// The first records in the prefix, at most `maxRecords`.
    private(set) var records: [RecordKeys] = []
    /// Every key seen at any depth.
    private(set) var allKeys: Set<String> = []

    /// Enough records to look past a few stream notices (`delete`, `limit`) at the start of a file.
    static let maxRecords = 8

    init(prefix: [UInt8]) {
        prefix.withUnsafeBufferPointer { scan($0) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var stack: [UInt8] = []
        var recordDepth = 1
        var sawFirstByte = false
        var lastString: String?
        var pendingKey: String?
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                index += 1
                continue
            case UInt8(ascii: "\""):
                var close = index + 1
                while close < bytes.count, bytes[close] != UInt8(ascii: "\"") {
                    close += bytes[close] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard close < bytes.count else { return }
                let string = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close]), as: UTF8.self)
                if let key = pendingKey, stack.count == recordDepth, !records.isEmpty {
                    records[records.count - 1].strings[key] = string
                    pendingKey = nil
                } else {
                    lastString = string
                }
                index = close + 1
                sawFirstByte = true
                continue
            case UInt8(ascii: ":"):
                if let key = lastString, stack.last == UInt8(ascii: "{") {
                    allKeys.insert(key)
                    if stack.count == recordDepth, !records.isEmpty {
                        records[records.count - 1].keys.append(key)
                        pendingKey = key
                    }
                }
                lastString = nil
                index += 1
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if !sawFirstByte, byte == UInt8(ascii: "[") { recordDepth = 2 }
                stack.append(byte)
                if byte == UInt8(ascii: "{"), stack.count == recordDepth {
                    guard records.count < Self.maxRecords else { return }
                    records.append(RecordKeys())
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
            default:
                break
            }
            sawFirstByte = true
            lastString = nil
            pendingKey = nil
            index += 1
        }
    }
}
