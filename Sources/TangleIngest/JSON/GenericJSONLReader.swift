import TangleCore

/// Reads any JSONL (or JSON array of objects) whose keys a `ColumnMap` names as dotted paths:
/// `--map account=user.id,time=created_at,text=body,url=entities.urls.expanded_url`.
///
/// A path steps into objects key by key and through arrays element by element, so `url`, `hashtag`
/// and `mention` may point at arrays (of strings, or of objects holding the key); a single string
/// there holds several values separated by spaces or commas, as in a CSV cell. Other fields take the
/// first value found, a string or a number's digits. The rest follows `GenericCSVReader`, so that the
/// same data reads the same as CSV or JSONL: times are ISO 8601 (no offset means UTC), or Unix seconds,
/// or milliseconds above 1e11; without a hashtag or mention path they are read from the text; a record
/// without an id gets a synthetic one from account, time (as written) and text; platform `unknown`.
struct GenericJSONLReader: RecordReader {
    private var stream: JSONRecordStream
    private var document = JSONDocument()
    private let columnMap: ColumnMap
    /// Each mapped field's path, split at dots, as key bytes.
    private let paths: [ColumnMap.Field: [[UInt8]]]

    init(source: ByteSource, columnMap: ColumnMap, recordLimit: Int = JSONRecordStream.defaultRecordLimit) {
        stream = JSONRecordStream(source: source, recordLimit: recordLimit)
        self.columnMap = columnMap
        paths = columnMap.columns.mapValues { path in path.split(separator: ".").map { Array($0.utf8) } }
    }

    mutating func next() throws -> IngestEvent? {
        while let record = try stream.next(into: &document) {
            switch record {
            case .rejected(let rejection):
                return .rejected(rejection)
            case .parsed(let line, _):
                do throws(RecordProblem) {
                    return .post(try post())
                } catch {
                    return .rejected(Rejection(line: line, reason: error.reason, raw: document.bytes))
                }
            }
        }
        return nil
    }

    private func post() throws(RecordProblem) -> PostRecord {
        let root = document.root
        guard document.kind(root) == .object else {
            throw RecordProblem("not an object: expected a JSON object, found \(document.shown(root))")
        }
        guard let accountID = text(.account) else { throw missing(.account, expected: "the account's id") }
        var account = AccountRecord(platform: "unknown", platformID: accountID)
        account.handle = text(.handle)
        guard let timeNode = values(.time).first, let timeWritten = document.text(timeNode) else {
            throw missing(.time, expected: "an ISO 8601 time or Unix seconds or milliseconds")
        }
        let time = try parsedTime(timeNode)
        let body = self.text(.text) ?? ""
        let id = self.text(.id) ?? SyntheticID.make([accountID, timeWritten, body])
        var post = PostRecord(platformID: id, account: account, time: time, text: body)
        post.language = self.text(.language)
        post.client = self.text(.client)
        GenericRecord.addReference(to: &post) { self.text($0) }
        post.links = strings(.url).map { Link(url: $0) }
        if paths[.hashtag] == nil, paths[.mention] == nil {
            (post.hashtags, post.mentions) = Normalize.hashtagsAndMentions(in: body)
        } else {
            post.hashtags =
                paths[.hashtag] == nil
                ? Normalize.hashtags(in: body) : strings(.hashtag).map { Normalize.hashtag($0) }
            post.mentions =
                paths[.mention] == nil
                ? Normalize.mentions(in: body) : strings(.mention).map { Normalize.mention($0) }
        }
        return post
    }

    /// Times as `GenericCSVReader` reads them (`GenericRecord.time(_:)`).
    private func parsedTime(_ node: Int) throws(RecordProblem) -> Int64 {
        let time = document.withContent(node, GenericRecord.time)
        guard let time, document.kind(node) == .string || document.kind(node) == .number else {
            throw RecordProblem(
                "bad \(columnMap.columns[.time] ?? "time"): expected an ISO 8601 time (2016-10-01T19:58:07Z) or "
                    + "Unix seconds or milliseconds, found \(document.shown(node))")
        }
        return time
    }

    /// The values at a field's path, arrays flattened, in document order; none when the field is not
    /// mapped.
    ///
    /// Walks with an explicit stack, since the parser accepts any depth (`[[[...]]]` a million deep)
    /// and a recursive walk would overflow the reader thread's stack.
    ///
    /// - Complexity: O(nodes visited).
    private func values(_ field: ColumnMap.Field) -> [Int] {
        guard let path = paths[field] else { return [] }
        var found: [Int] = []
        // (node, how many keys of the path are taken), the next to visit last.
        var pending: [(node: Int, depth: Int)] = [(document.root, 0)]
        var elements: [Int] = []
        while let (node, depth) = pending.popLast() {
            if document.kind(node) == .array {
                elements.removeAll(keepingCapacity: true)
                elements.append(contentsOf: document.elements(node))
                for element in elements.reversed() { pending.append((element, depth)) }
                continue
            }
            guard depth < path.count else {
                found.append(node)
                continue
            }
            if let child = document.member(node, key: path[depth]) { pending.append((child, depth + 1)) }
        }
        return found
    }

    /// The first value at a field's path as text.
    private func text(_ field: ColumnMap.Field) -> String? {
        values(field).lazy.compactMap { document.text($0) }.first
    }

    /// Every value at a field's path; a string holding several, split at spaces and commas.
    private func strings(_ field: ColumnMap.Field) -> [String] {
        let nodes = values(field)
        if nodes.count == 1, let single = document.text(nodes[0]) {
            return single.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        }
        return nodes.compactMap { document.text($0) }
    }

    private func missing(_ field: ColumnMap.Field, expected: String) -> RecordProblem {
        let path = columnMap.columns[field] ?? field.rawValue
        let keys = document.keyNames(document.root).prefix(20).joined(separator: ", ")
        return RecordProblem(
            "no \(field.rawValue) at \"\(path)\": expected \(expected), found no value there "
                + "(the record's keys are \(keys))")
    }
}
