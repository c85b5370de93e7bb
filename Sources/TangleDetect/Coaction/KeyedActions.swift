import TangleCore

/// One signal's actions grouped by key, in compressed-sparse-row layout: key `k` was acted on by the
/// posts `posts[offsets[k]..<offsets[k + 1]]`, in time order. Each post acts at most once per key.
public struct KeyedActions: Sendable {
    public var offsets: [UInt32]
    public var posts: [UInt32]
    /// How many distinct accounts acted on each key in the whole case: the key's popularity.
    public var accountCounts: [UInt32]

    public var keyCount: Int { offsets.count - 1 }
    public var actionCount: Int { posts.count }

    public subscript(key: Int) -> ArraySlice<UInt32> {
        posts[Int(offsets[key])..<Int(offsets[key + 1])]
    }

    /// Groups a list's actions by key with a stable counting sort: within a key, posts stay in time
    /// order.
    ///
    /// - Complexity: O(actions + keys + accounts).
    public init(_ list: ActionList, frame: Frame) {
        let keyCount = list.keyCount
        let (offsets, posts) = groupedByKey(list.posts, keys: list.keys, keyCount: keyCount)
        var accountCounts = [UInt32](repeating: 0, count: keyCount)
        var stamp = [UInt32](repeating: Frame.none, count: frame.accountCount)
        for key in 0..<keyCount {
            var distinct: UInt32 = 0
            for post in posts[Int(offsets[key])..<Int(offsets[key + 1])] {
                let account = Int(frame.accounts[Int(post)])
                if stamp[account] != UInt32(key) {
                    stamp[account] = UInt32(key)
                    distinct += 1
                }
            }
            accountCounts[key] = distinct
        }
        self.offsets = offsets.map { UInt32($0) }
        self.posts = posts
        self.accountCounts = accountCounts
    }
}

/// `values` grouped by their `keys` (each below `keyCount`) with a stable counting sort: group `k` is
/// `grouped[offsets[k]..<offsets[k + 1]]`, in input order.
///
/// - Complexity: O(values + keys).
func groupedByKey<T>(_ values: [T], keys: [UInt32], keyCount: Int) -> (offsets: [Int], grouped: [T]) {
    var offsets = [Int](repeating: 0, count: keyCount + 1)
    for key in keys { offsets[Int(key) + 1] += 1 }
    for k in 0..<keyCount { offsets[k + 1] += offsets[k] }
    guard let filler = values.first else { return (offsets, []) }
    var cursor = offsets
    var grouped = [T](repeating: filler, count: values.count)
    for (key, value) in zip(keys, values) {
        grouped[cursor[Int(key)]] = value
        cursor[Int(key)] += 1
    }
    return (offsets, grouped)
}

/// One signal's actions as `(key, post)` pairs in post order, hence in time order.
public struct ActionList: Sendable {
    public var keys: [UInt32] = []
    public var posts: [UInt32] = []
    public var keyCount = 0

    public var count: Int { keys.count }
}

extension ActionList {
    /// The actions of `signal` in `frame`. `nearText` holds each post's near-duplicate cluster
    /// (`Frame.none` for none) and is read only for `.nearText`.
    ///
    /// What acts on a key:
    /// - `repost`: reposts, by the reposted post's id, and the reposted post itself when it is in the
    ///   case (an outlet's post and the bots reposting it seconds later are the playbook's first move);
    /// - `quote`, `reply`: quotes and replies by the referenced post's id;
    /// - every other signal: posts that are not reposts (a repost repeats its original's links, tags
    ///   and text; counting them again would count one act twice);
    /// - `domain` leaves out platform and shortener domains, which say nothing about the story;
    /// - `hashtag-seq` keys posts with two or more hashtags by the ordered sequence;
    /// - `text` keys posts by their exact normalised text, never the empty text.
    public static func of(_ signal: Signal, in frame: Frame, nearText: [UInt32] = []) -> ActionList {
        var keys: [UInt32] = []
        var posts: [UInt32] = []
        var keyCount = 0
        let repost = PostKind.repost.rawValue
        func isRepost(_ post: Int) -> Bool { frame.kinds[post] == repost }

        func fromColumn(_ column: KeyColumn, include: (Int) -> Bool, skipCode: ((UInt32) -> Bool)? = nil) {
            keyCount = column.names.count
            for post in 0..<frame.postCount where include(post) {
                let codes = column[post]
                for (index, code) in codes.enumerated() {
                    if let skipCode, skipCode(code) { continue }
                    // A post acts once per key even when a list repeats it.
                    if codes[codes.startIndex..<(codes.startIndex + index)].contains(code) { continue }
                    keys.append(code)
                    posts.append(UInt32(post))
                }
            }
        }
        func fromHashes(_ hashOf: (Int) -> UInt64?) {
            var codeOfHash: [UInt64: UInt32] = [:]
            for post in 0..<frame.postCount {
                guard let hash = hashOf(post) else { continue }
                let code = codeOfHash[hash] ?? {
                    let new = UInt32(codeOfHash.count)
                    codeOfHash[hash] = new
                    return new
                }()
                keys.append(code)
                posts.append(UInt32(post))
            }
            keyCount = codeOfHash.count
        }

        switch signal {
        case .repost:
            keyCount = frame.referencedPosts.names.count
            for post in 0..<frame.postCount {
                if isRepost(post), let code = frame.referencedPosts[post].first {
                    keys.append(code)
                    posts.append(UInt32(post))
                } else if frame.referencedAs.count == frame.postCount, frame.referencedAs[post] != Frame.none {
                    keys.append(frame.referencedAs[post])
                    posts.append(UInt32(post))
                }
            }
        case .quote, .reply:
            let kind = (signal == .quote ? PostKind.quote : PostKind.reply).rawValue
            fromColumn(frame.referencedPosts, include: { frame.kinds[$0] == kind })
        case .link:
            fromColumn(frame.links, include: { !isRepost($0) })
        case .domain:
            let excluded = frame.domains.names.map { Self.isPlatformOrShortener(domain: $0) }
            fromColumn(frame.domains, include: { !isRepost($0) }, skipCode: { excluded[Int($0)] })
        case .hashtag:
            fromColumn(frame.hashtags, include: { !isRepost($0) })
        case .media:
            fromColumn(frame.mediaHashes, include: { !isRepost($0) })
        case .hashtagSeq:
            fromHashes { post in
                let tags = frame.hashtags[post]
                guard tags.count >= 2, !isRepost(post) else { return nil }
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for tag in tags { hash = (hash ^ UInt64(tag)) &* 0x0000_0100_0000_01b3 }
                return hash
            }
        case .text:
            fromHashes { post in
                let hash = frame.textHashes[post]
                return hash == 0 || isRepost(post) ? nil : hash
            }
        case .nearText:
            precondition(nearText.count == frame.postCount, "near-text needs each post's cluster")
            var largest: UInt32 = 0
            for post in 0..<frame.postCount where nearText[post] != Frame.none && !isRepost(post) {
                keys.append(nearText[post])
                posts.append(UInt32(post))
                largest = max(largest, nearText[post] + 1)
            }
            keyCount = Int(largest)
        }
        return ActionList(keys: keys, posts: posts, keyCount: keyCount)
    }

    /// The platforms' own domains: a link to a post on the platform is not a source.
    static let platformDomains: Set<String> = [
        "twitter.com", "x.com", "t.co", "facebook.com", "fb.com", "fb.me", "fb.watch", "instagram.com", "t.me",
        "telegram.me", "telegram.org", "vk.com", "youtube.com", "youtu.be", "tiktok.com", "reddit.com",
        "threads.net", "bsky.app", "linkedin.com", "whatsapp.com", "wa.me", "ok.ru",
    ]

    static func isPlatformOrShortener(domain: String) -> Bool {
        platformDomains.contains(domain) || URLNormalizer.isShortener(host: domain)
    }
}
