import TangleCore

/// Reads Twitter API JSON: v1.1 statuses, v2 response pages (`data` + `includes`) and v2 tweets on
/// their own (twarc2's flattened lines), as JSON arrays, JSONL, or pretty-printed pages. Each record
/// is recognised by its keys, so one file may mix them.
///
/// A page yields one post per tweet in `data`; `includes.tweets` are context (the retweeted, quoted
/// and replied-to tweets), not posts of the collection. A page of no results (`meta` alone) yields
/// nothing; an error response (`errors` without `data`: a rate limit, a suspended account) is
/// rejected, so that the gap it leaves shows.
struct TwitterJSONReader: RecordReader {
    private var stream: JSONRecordStream
    private var document = JSONDocument()
    /// Events of a page beyond the first, handed out before the next record is read.
    private var pending: [IngestEvent] = []
    private var pendingIndex = 0

    init(source: ByteSource, recordLimit: Int = JSONRecordStream.defaultRecordLimit) {
        stream = JSONRecordStream(source: source, recordLimit: recordLimit)
    }

    mutating func next() throws -> IngestEvent? {
        if pendingIndex < pending.count {
            defer { pendingIndex += 1 }
            return pending[pendingIndex]
        }
        while let record = try stream.next(into: &document) {
            switch record {
            case .rejected(let rejection):
                return .rejected(rejection)
            case .parsed(let line, _):
                if let event = event(line: line) { return event }
            }
        }
        return nil
    }

    /// The event for the record just parsed; for a page, the first of its events (the rest wait in
    /// `pending`). Nil for a page without tweets.
    private mutating func event(line: Int) -> IngestEvent? {
        let root = document.root
        guard document.kind(root) == .object else {
            return rejection(line: line, "expected a JSON object (a tweet or a v2 page), found \(document.shown(root))")
        }
        if let data = document.member(root, "data") {
            return pageEvents(data: data, line: line)
        }
        do throws(JSONRecordProblem) {
            if TwitterV1Status.matches(document, root) {
                return .post(try TwitterV1Status.post(document, root))
            }
            if TwitterV2Tweet.matches(document, root) {
                return .post(try TwitterV2Tweet.post(document, root, includes: TwitterV2Tweet.Includes()))
            }
        } catch {
            return rejection(line: line, error.reason)
        }
        if let errors = document.member(root, "errors") {
            let first = document.first(errors)
            let message =
                document.string(document.member(first, "detail")) ?? document.string(document.member(first, "message"))
                ?? document.shown(errors)
            return rejection(line: line, "expected tweets, found an API error response: \(message)")
        }
        if document.contains(root, "meta") { return nil }
        return rejection(
            line: line,
            "expected a v1.1 status (id_str, user, created_at), a v2 page (data, includes) or a v2 tweet "
                + "(id, author_id, text), found keys " + document.keyNames(root).joined(separator: ", "))
    }

    private mutating func pageEvents(data: Int, line: Int) -> IngestEvent? {
        let includes = TwitterV2Tweet.Includes(document, page: document.root)
        let tweets: [Int]
        switch document.kind(data) {
        case .object: tweets = [data]
        case .array: tweets = Array(document.elements(data))
        default:
            return rejection(
                line: line, "expected data to hold a tweet or an array of tweets, found \(document.shown(data))")
        }
        pending.removeAll(keepingCapacity: true)
        pendingIndex = 0
        for (index, tweet) in tweets.enumerated() {
            do throws(JSONRecordProblem) {
                pending.append(.post(try TwitterV2Tweet.post(document, tweet, includes: includes)))
            } catch {
                let place = tweets.count > 1 ? "tweet \(index + 1) of the page: " : ""
                pending.append(.rejected(Rejection(line: line, reason: place + error.reason, raw: document.raw(tweet))))
            }
        }
        guard !pending.isEmpty else { return nil }
        pendingIndex = 1
        return pending[0]
    }

    private func rejection(line: Int, _ reason: String) -> IngestEvent {
        .rejected(Rejection(line: line, reason: reason, raw: document.bytes))
    }
}
