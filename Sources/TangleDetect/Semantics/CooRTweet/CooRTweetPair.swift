/// One row of CooRTweet's `detect_groups` output: two accounts that shared the same object within the
/// time window, the older share first. Codes index the names of the `CooRTweetTable` it came from.
public struct CooRTweetPair: Sendable, Hashable {
    /// `object_id`.
    public var object: UInt32
    /// `content_id`: the older post.
    public var olderContent: UInt32
    /// `content_id_y`: the newer post.
    public var newerContent: UInt32
    /// `time_delta` in milliseconds, never negative.
    public var timeDelta: Int64
    /// `account_id`: the older post's author.
    public var olderAccount: UInt32
    /// `account_id_y`: the newer post's author.
    public var newerAccount: UInt32

    public init(
        object: UInt32, olderContent: UInt32, newerContent: UInt32, timeDelta: Int64, olderAccount: UInt32,
        newerAccount: UInt32
    ) {
        self.object = object
        self.olderContent = olderContent
        self.newerContent = newerContent
        self.timeDelta = timeDelta
        self.olderAccount = olderAccount
        self.newerAccount = newerAccount
    }
}
