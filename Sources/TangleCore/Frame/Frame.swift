/// What the detectors read: every post of a case as dense integer columns, sorted by time once and
/// shared by all detectors. Hot loops index these arrays and never touch `String`.
///
/// Post `i` (0-based, in time order, ties by case-file row id) was made by account `accounts[i]` at
/// `times[i]`; the account index is dense (0..<accountCount) and maps back to the case file through
/// `accountRowIDs`.
public struct Frame: Sendable, Equatable {
    /// UTC milliseconds, ascending.
    public var times: [Int64] = []
    /// Dense account index of each post's author.
    public var accounts: [UInt32] = []
    /// `PostKind` raw values.
    public var kinds: [UInt8] = []
    /// Case-file row id of each post, to fetch its text and evidence.
    public var postRowIDs: [Int64] = []
    /// Case-file row id of each dense account index.
    public var accountRowIDs: [Int64] = []
    /// The reposted, quoted or replied-to post id (at most one per post).
    public var referencedPosts = KeyColumn()
    /// Normalised URLs.
    public var links = KeyColumn()
    /// Registrable domains.
    public var domains = KeyColumn()
    public var hashtags = KeyColumn()
    public var mentions = KeyColumn()
    public var mediaHashes = KeyColumn()
    /// For a post that other posts in the case repost, quote or reply to: its own code in
    /// `referencedPosts`; otherwise `Frame.none`. Lets co-repost count the original among the actions
    /// on its id.
    public var referencedAs: [UInt32] = []
    /// A 64-bit hash of each post's normalised text (`Normalize.text`), 0 when that text is empty: the
    /// key of exact-text co-action. At 64 bits a collision among 10^8 texts has odds below 10^-3.
    public var textHashes: [UInt64] = []
    /// Each post's words, for near-duplicate text; empty unless the Frame was loaded with words.
    public var words = WordColumn()

    public init() {}

    /// "No code" in the Frame's code columns.
    public static let none = UInt32.max

    public var postCount: Int { times.count }
    public var accountCount: Int { accountRowIDs.count }
}
