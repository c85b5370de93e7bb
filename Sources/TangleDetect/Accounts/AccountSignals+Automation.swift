import TangleCore

/// What each account did in the case: post counts, time span, gap moments, reposts and their lags.
/// One pass over the posts in time order, integer columns only.
struct PostingActivity {
    var posts: [Int32]
    var first: [Int64]
    var last: [Int64]
    var gapSum: [Double]
    var gapSquareSum: [Double]
    var rapidGaps: [Int32]
    var reposts: [Int32]
    /// Reposts whose original is in the case.
    var timedReposts: [Int32]
    var fastReposts: [Int32]
    /// The frame's account of each post.
    var accountOfPost: [UInt32]
    /// The finest time resolution the data has: 1 (ms), 1 000 (seconds) or 60 000 (minutes).
    var resolution: Int64

    init(frame: Frame, clients: PostClients?, parameters: AccountSignals.Parameters) {
        let count = frame.accountCount
        posts = Array(repeating: 0, count: count)
        first = Array(repeating: 0, count: count)
        last = Array(repeating: 0, count: count)
        gapSum = Array(repeating: 0, count: count)
        gapSquareSum = Array(repeating: 0, count: count)
        rapidGaps = Array(repeating: 0, count: count)
        reposts = Array(repeating: 0, count: count)
        timedReposts = Array(repeating: 0, count: count)
        fastReposts = Array(repeating: 0, count: count)
        resolution = Self.resolution(frame.times)
        accountOfPost = frame.accounts
        var originalTime = [Int64](repeating: Int64.min, count: frame.referencedPosts.names.count)
        for (post, code) in frame.referencedAs.enumerated() where code != Frame.none {
            if originalTime[Int(code)] == Int64.min { originalTime[Int(code)] = frame.times[post] }
        }
        let rapid = Int64(parameters.rapidGapSeconds * 1000)
        let fast = Int64(parameters.fastRepostSeconds * 1000)
        let repost = PostKind.repost.rawValue
        for post in 0..<frame.postCount {
            let account = Int(frame.accounts[post])
            let time = frame.times[post]
            if posts[account] == 0 {
                first[account] = time
            } else {
                let gap = Double(time - last[account]) / 1000
                gapSum[account] += gap
                gapSquareSum[account] += gap * gap
                if time - last[account] < rapid { rapidGaps[account] += 1 }
            }
            posts[account] += 1
            last[account] = time
            guard frame.kinds[post] == repost else { continue }
            reposts[account] += 1
            guard let code = frame.referencedPosts[post].first, originalTime[Int(code)] != Int64.min else { continue }
            let lag = time - originalTime[Int(code)]
            guard lag >= 0 else { continue }
            timedReposts[account] += 1
            if lag <= fast { fastReposts[account] += 1 }
        }
    }

    /// 60 000 when nine in ten times are whole minutes, 1 000 when whole seconds, else 1.
    static func resolution(_ times: [Int64]) -> Int64 {
        guard !times.isEmpty else { return 1 }
        let stride = max(1, times.count / 10_000)
        var sampled = 0
        var minutes = 0
        var seconds = 0
        for index in Swift.stride(from: 0, to: times.count, by: stride) {
            sampled += 1
            if times[index] % 60_000 == 0 { minutes += 1 }
            if times[index] % 1000 == 0 { seconds += 1 }
        }
        if minutes * 10 >= sampled * 9 { return 60_000 }
        return seconds * 10 >= sampled * 9 ? 1000 : 1
    }
}

extension AccountSignals {
    /// `posting-rate`: posts a day in the case, over the account's span there (at least one day).
    /// 0 at 24 a day or fewer, 1 at 240 (one every 6 minutes around the clock), log-linear between.
    /// Needs `minimumPosts`.
    static func postingRate(_ activity: PostingActivity, _ parameters: Parameters) -> FeatureColumn {
        var column = FeatureColumn(count: activity.posts.count, explainAbove: parameters.explainAbove)
        for account in activity.posts.indices where Int(activity.posts[account]) >= parameters.minimumPosts {
            let days = max(1, Double(activity.last[account] - activity.first[account]) / 86_400_000)
            let rate = Double(activity.posts[account]) / days
            column.set(account, logScale(rate, low: 24, high: 240)) {
                "posted \(short(rate)) times a day over \(short(days)) days in the case"
            }
        }
        return column
    }

    /// `gap-regularity`: how clockwork the gaps between posts are: `(μ - σ) / (μ + σ)` of the gaps,
    /// clamped to [0, 1], the negative of Goh and Barabási's burstiness. Evenly spaced posts are 1,
    /// Poisson posting 0, bursty human posting 0. Needs `minimumPosts`.
    static func gapRegularity(_ activity: PostingActivity, _ parameters: Parameters) -> FeatureColumn {
        var column = FeatureColumn(count: activity.posts.count, explainAbove: parameters.explainAbove)
        for account in activity.posts.indices where Int(activity.posts[account]) >= parameters.minimumPosts {
            let gaps = Double(activity.posts[account] - 1)
            let mean = activity.gapSum[account] / gaps
            let deviation = (max(0, activity.gapSquareSum[account] / gaps - mean * mean)).squareRoot()
            guard mean > 0 else { continue }
            column.set(account, unit((mean - deviation) / (mean + deviation))) {
                "posts at regular intervals: gaps average \(duration(mean)) with a spread of \(duration(deviation))"
            }
        }
        return column
    }

    /// `rapid-posts`: the share of the account's consecutive posts less than `rapidGapSeconds` apart,
    /// faster than a person types. Needs `minimumPosts` and times finer than a minute.
    static func rapidPosts(_ activity: PostingActivity, _ parameters: Parameters) -> FeatureColumn {
        var column = FeatureColumn(count: activity.posts.count, explainAbove: parameters.explainAbove)
        guard activity.resolution < 60_000 else { return column }
        for account in activity.posts.indices where Int(activity.posts[account]) >= parameters.minimumPosts {
            let share = Double(activity.rapidGaps[account]) / Double(activity.posts[account] - 1)
            column.set(account, share) {
                "posts less than \(short(parameters.rapidGapSeconds)) s after its previous post: "
                    + "\(percent(share)) of its posts"
            }
        }
        return column
    }

    /// `repost-share`: `(r - 0.5) / 0.5` clamped, `r` the share of its posts that are reposts: accounts
    /// that do little but amplify. Needs `minimumPosts`.
    static func repostShare(_ activity: PostingActivity, _ parameters: Parameters) -> FeatureColumn {
        var column = FeatureColumn(count: activity.posts.count, explainAbove: parameters.explainAbove)
        for account in activity.posts.indices where Int(activity.posts[account]) >= parameters.minimumPosts {
            let share = Double(activity.reposts[account]) / Double(activity.posts[account])
            column.set(account, unit((share - 0.5) / 0.5)) {
                "\(percent(share)) of its \(activity.posts[account]) posts are reposts"
            }
        }
        return column
    }

    /// `fast-reposts`: the share of its reposts of posts in the case made within `fastRepostSeconds` of
    /// the original. Needs 3 such reposts and times finer than a minute.
    static func fastReposts(_ activity: PostingActivity, _ parameters: Parameters) -> FeatureColumn {
        var column = FeatureColumn(count: activity.posts.count, explainAbove: parameters.explainAbove)
        guard Double(activity.resolution) < parameters.fastRepostSeconds * 1000 else { return column }
        for account in activity.posts.indices where activity.timedReposts[account] >= 3 {
            let share = Double(activity.fastReposts[account]) / Double(activity.timedReposts[account])
            column.set(account, share) {
                "reposts within \(short(parameters.fastRepostSeconds)) s of the original: \(percent(share)) of its "
                    + "\(activity.timedReposts[account]) reposts of posts in the case"
            }
        }
        return column
    }

    /// "42 s", "30 min", "5.5 h".
    static func duration(_ seconds: Double) -> String {
        if seconds < 120 { return "\(short(seconds)) s" }
        if seconds < 7200 { return "\(short(seconds / 60)) min" }
        return "\(short(seconds / 3600)) h"
    }
}
