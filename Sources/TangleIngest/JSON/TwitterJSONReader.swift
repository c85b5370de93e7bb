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
    /// The page being read: its line, its includes, and its tweets, made into events one at a time
    /// before the next record is read (made all at once, 280,000 small tweets took 150 MB more).
    private var pageLine = 0
    private var pageIncludes = TwitterV2Tweet.Includes()
    private var pageTweets: [Int] = []
    private var nextPageTweet = 0

    init(source: ByteSource, recordLimit: Int = JSONRecordStream.defaultRecordLimit) {
        stream = JSONRecordStream(source: source, recordLimit: recordLimit)
    }

    mutating func next() throws -> IngestEvent? {
        if let event = nextPageEvent() { return event }
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

    /// The event for the record just parsed; for a page, the event of its first tweet (the rest follow
    /// from `nextPageEvent`). Nil for a page without tweets.
    private mutating func event(line: Int) -> IngestEvent? {
        let root = document.root
        guard document.kind(root) == .object else {
            return rejection(
                line: line,
                "not an object: expected a JSON object (a tweet or a v2 page), found \(document.shown(root))")
        }
        if let data = document.member(root, "data") {
            return startPage(data: data, line: line)
        }
        do throws(RecordProblem) {
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
            return rejection(line: line, "API error response: expected tweets, found the error \"\(message)\"")
        }
        if document.contains(root, "meta") { return nil }
        return rejection(
            line: line,
            "unknown record: expected a v1.1 status (id_str, user, created_at), a v2 page (data, includes) or a "
                + "v2 tweet (id, author_id, text), found keys " + document.keyNames(root).joined(separator: ", "))
    }

    /// Starts handing out the tweets of a page; the event of its first tweet, or nil when it has none.
    private mutating func startPage(data: Int, line: Int) -> IngestEvent? {
        switch document.kind(data) {
        case .object:
            pageTweets = [data]
        case .array:
            pageTweets.removeAll(keepingCapacity: true)
            pageTweets.append(contentsOf: document.elements(data))
        default:
            return rejection(
                line: line, "bad data: expected a tweet or an array of tweets, found \(document.shown(data))")
        }
        pageLine = line
        pageIncludes = TwitterV2Tweet.Includes(document, page: document.root)
        nextPageTweet = 0
        return nextPageEvent()
    }

    /// The event of the next tweet of the page being read; nil when none is left.
    private mutating func nextPageEvent() -> IngestEvent? {
        guard nextPageTweet < pageTweets.count else { return nil }
        let index = nextPageTweet
        let tweet = pageTweets[index]
        nextPageTweet += 1
        do throws(RecordProblem) {
            return .post(try TwitterV2Tweet.post(document, tweet, includes: pageIncludes))
        } catch {
            let place = pageTweets.count > 1 ? " (tweet \(index + 1) of \(pageTweets.count) in the page)" : ""
            return .rejected(Rejection(line: pageLine, reason: error.reason + place, raw: document.raw(tweet)))
        }
    }

    private func rejection(line: Int, _ reason: String) -> IngestEvent {
        .rejected(Rejection(line: line, reason: reason, raw: document.bytes))
    }
}
