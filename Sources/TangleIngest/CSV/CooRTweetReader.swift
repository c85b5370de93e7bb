import TangleCore

/// Reads the tables of CooRTweet (the R package for coordinated-sharing detection), whose ids are
/// usually hashed: accounts, posts and objects are known only by opaque ids, so the platform is
/// `unknown`.
///
/// - Long: `object_id, account_id, content_id, timestamp_share`, one shared object per row; the
///   object becomes an opaque link.
/// - Wide: `account_id, post_id, url_id, hashtag_id, domain_id, phash_id, timestamp`. A post that
///   shared several objects has several rows; each row is one `.post` and the store merges them.
///   `NA` and empty both mean missing.
struct CooRTweetReader: CSVRecordReader {
    enum Layout {
        case long, wide

        /// The columns without which a row is not a post.
        var requiredColumns: [String] {
            switch self {
            case .long: ["object_id", "account_id", "content_id", "timestamp_share"]
            case .wide: ["account_id", "post_id", "timestamp"]
            }
        }

        var format: Format {
            switch self {
            case .long: .coortweetLong
            case .wide: .coortweetWide
            }
        }
    }

    /// The columns that differ between the layouts.
    private enum Objects {
        case long(object: CSVColumn)
        case wide(url: CSVColumn?, domain: CSVColumn?, hashtag: CSVColumn?, mediaHash: CSVColumn?)
    }

    let parser: CSVParser
    private let account: CSVColumn
    private let post: CSVColumn
    private let time: CSVColumn
    private let objects: Objects

    init(parser: CSVParser, header: CSVHeader, layout: Layout) throws {
        let required = try header.require(layout.requiredColumns, for: layout.format, path: parser.path)
        self.parser = parser
        switch layout {
        case .long:
            account = required[1]
            post = required[2]
            time = required[3]
            objects = .long(object: required[0])
        case .wide:
            account = required[0]
            post = required[1]
            time = required[2]
            objects = .wide(
                url: header.column("url_id"), domain: header.column("domain_id"),
                hashtag: header.column("hashtag_id"), mediaHash: header.column("phash_id"))
        }
    }

    /// Hashtag and media ids are opaque (hashed): kept as written, not normalised.
    func event() throws(RecordProblem) -> IngestEvent {
        let account = AccountRecord(
            platform: "unknown", platformID: try parser.requiredText(account, expected: "the account's id"))
        var post = PostRecord(
            platformID: try parser.requiredText(post, expected: "the post's id"), account: account,
            time: try parser.unixSeconds(time))
        switch objects {
        case .long(let object):
            post.links = [
                Link(opaque: try parser.requiredText(object, expected: "the shared object's id"), domain: nil)
            ]
        case .wide(let urlColumn, let domainColumn, let hashtagColumn, let mediaHashColumn):
            let url = try parser.textOrNA(urlColumn)
            let domain = try parser.textOrNA(domainColumn)
            if url != nil || domain != nil { post.links = [Link(opaque: url, domain: domain)] }
            if let hashtag = try parser.textOrNA(hashtagColumn) { post.hashtags = [hashtag] }
            if let mediaHash = try parser.textOrNA(mediaHashColumn) { post.mediaHashes = [mediaHash] }
        }
        return .post(post)
    }
}
