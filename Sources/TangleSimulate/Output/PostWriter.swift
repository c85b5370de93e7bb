/// Writes posts in one file format. `Simulator` is generic over it, so each format's loop is
/// compiled for that format alone.
protocol PostWriter {
    /// Writes one post; posts arrive in time order.
    mutating func write(_ event: Event, ledger: Ledger) throws

    /// The id the files give the post written last, as the truth must name it.
    func lastPostID() -> String

    /// A post's time as the files give it.
    func writtenTime(_ time: Int64) -> Int64

    /// An account's id as the files write it.
    func accountID(_ account: Int32) -> String

    /// Writes what follows the posts (a last page, the IO archive's users, closing brackets) and
    /// closes the files.
    mutating func finish(ledger: Ledger) throws
}

extension TextRenderer.Prefix {
    /// The prefix a tweet's text starts with: `RT @handle: ` for reposts, `@handle ` for replies.
    static func tweet(_ event: Event) -> TextRenderer.Prefix {
        guard let reference = event.reference else { return .none }
        switch event.kind {
        case .repost: return .repost(of: reference.account)
        case .reply: return .reply(to: reference.account)
        case .original, .quote: return .none
        }
    }
}
