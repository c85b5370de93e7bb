/// What the QUT toolkit's network computations see of a data set, integer-coded: one entry per message
/// in every array, in time order (ties in the order the messages were added).
///
/// Keys are coded exactly: two messages share a code only when the toolkit's SQL would find their
/// strings equal. A column the input was not built with is empty (see `Columns`).
public struct QUTInput: Sendable, Equatable {
    /// "No key" in the key columns.
    public static let none = UInt32.max

    /// The columns besides accounts, times and repost flags, each built only when asked for.
    public struct Columns: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// `repostKeys`
        public static let repostKeys = Columns(rawValue: 1 << 0)
        /// `replyKeys`
        public static let replyKeys = Columns(rawValue: 1 << 1)
        /// `urlOffsets` and `urlCodes`
        public static let urls = Columns(rawValue: 1 << 2)
        /// `coTweetKeys`
        public static let coTweetText = Columns(rawValue: 1 << 3)
        /// `tokenOffsets` and `tokenCodes`
        public static let tokens = Columns(rawValue: 1 << 4)
        public static let all: Columns = [.repostKeys, .replyKeys, .urls, .coTweetText, .tokens]
    }

    /// The columns this input holds.
    public internal(set) var columns: Columns = []
    /// Dense account codes, `0..<accountCount`.
    public internal(set) var accounts: [UInt32] = []
    /// The number of account codes (accounts without messages included).
    public internal(set) var accountCount = 0
    /// UTC milliseconds, ascending.
    public internal(set) var times: [Int64] = []
    /// True for a repost (a non-empty `repost_id`).
    public internal(set) var isRepost: [Bool] = []
    /// The reposted message id's code, `none` unless a repost.
    public internal(set) var repostKeys: [UInt32] = []
    /// The replied-to message id's code, `none` for a repost or a message that replies to nothing.
    public internal(set) var replyKeys: [UInt32] = []
    /// The codes of a message's distinct URLs, as written, in compressed-sparse-row layout: message `i`
    /// holds `urlCodes[urlOffsets[i]..<urlOffsets[i + 1]]`. Reposts and empty URLs hold none.
    public internal(set) var urlOffsets: [UInt32] = []
    public internal(set) var urlCodes: [UInt32] = []
    /// The code of a message's co-tweet form, `none` for a repost. The empty form has a code too.
    public internal(set) var coTweetKeys: [UInt32] = []
    /// A message's token set as ascending codes, in compressed-sparse-row layout as `urlCodes`.
    /// Reposts hold none.
    public internal(set) var tokenOffsets: [UInt32] = []
    public internal(set) var tokenCodes: [UInt32] = []

    /// The number of messages.
    public var messageCount: Int { times.count }

    /// The URL codes of message `message`.
    ///
    /// - Complexity: O(1)
    public func urls(of message: Int) -> ArraySlice<UInt32> {
        urlCodes[Int(urlOffsets[message])..<Int(urlOffsets[message + 1])]
    }

    /// The token codes of message `message`, ascending.
    ///
    /// - Complexity: O(1)
    public func tokens(of message: Int) -> ArraySlice<UInt32> {
        tokenCodes[Int(tokenOffsets[message])..<Int(tokenOffsets[message + 1])]
    }
}
