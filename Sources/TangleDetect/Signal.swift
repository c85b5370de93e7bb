import TangleCore

/// A kind of co-action: what two actions must share, besides being close in time, to count.
public enum Signal: String, CaseIterable, Sendable, Codable, Comparable {
    case repost, quote, reply, link, domain, hashtag, hashtagSeq = "hashtag-seq", text, nearText = "near-text", media

    public static func < (a: Signal, b: Signal) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
