import TangleCore

/// Each active account's hour-of-week histogram: how many of its posts fall in each of the 168 hours
/// of the week, in UTC, Monday 00:00–01:00 first.
///
/// Only accounts with at least `minimumPosts` posts get one: below that a histogram of 168 bins is
/// mostly empty and any schedule read into it is noise. The histograms are one flat array, row `r`
/// (account `accounts[r]`) at `counts[r * 168 ..< (r + 1) * 168]`.
public struct ActivityFingerprints: Sendable, Equatable {
    /// Hours in a week: the number of bins of a fingerprint.
    public static let binCount = 168

    /// Dense account indexes of the accounts with a fingerprint, ascending.
    public let accounts: [UInt32]
    /// `accounts.count × 168` post counts, row by row.
    public let counts: [UInt32]

    /// Counts the frame's posts by author and hour of the week.
    ///
    /// - Complexity: O(P + A) time for P posts and A accounts; O(A + Q · 168) memory for the Q
    ///   accounts that qualify. Two passes over the posts, no allocation per post.
    public init(frame: Frame, minimumPosts: Int) {
        var postCounts = [UInt32](repeating: 0, count: frame.accountCount)
        for account in frame.accounts { postCounts[Int(account)] &+= 1 }
        var rowOfAccount = [Int32](repeating: -1, count: frame.accountCount)
        var accounts: [UInt32] = []
        for (account, count) in postCounts.enumerated() where count >= minimumPosts {
            rowOfAccount[account] = Int32(accounts.count)
            accounts.append(UInt32(account))
        }
        var counts = [UInt32](repeating: 0, count: accounts.count * Self.binCount)
        counts.withUnsafeMutableBufferPointer { counts in
            for (time, account) in zip(frame.times, frame.accounts) {
                let row = Int(rowOfAccount[Int(account)])
                if row >= 0 { counts[row * Self.binCount + Self.hourOfWeek(utcMillis: time)] += 1 }
            }
        }
        self.accounts = accounts
        self.counts = counts
    }

    /// The number of accounts with a fingerprint.
    ///
    /// - Complexity: O(1)
    public var count: Int { accounts.count }

    /// Row `row`'s 168 counts.
    ///
    /// - Complexity: O(1)
    public func fingerprint(_ row: Int) -> ArraySlice<UInt32> {
        counts[row * Self.binCount..<(row + 1) * Self.binCount]
    }

    /// The hour of the week of a UTC time: `24 × weekday + hour`, Monday = 0. 1970-01-01 was a
    /// Thursday, so day `d` since the epoch is weekday `(d + 3) mod 7`; times before 1970 round down.
    ///
    /// - Complexity: O(1)
    public static func hourOfWeek(utcMillis: Int64) -> Int {
        let hours = utcMillis >= 0 ? utcMillis / 3_600_000 : (utcMillis + 1) / 3_600_000 - 1
        let ofWeek = (hours + 72) % 168
        return Int(ofWeek < 0 ? ofWeek + 168 : ofWeek)
    }
}
