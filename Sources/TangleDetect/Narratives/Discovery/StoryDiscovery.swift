import TangleCore

/// Discovered narratives: stories from the signals that tie posts to one piece of content, and
/// themes from the words those stories share.
///
/// 1. Near-duplicate text clusters come from the engine's MinHash index (`NearDuplicates`),
///    reposts left out since they copy their original.
/// 2. Posts are joined (union–find) when they are in one near-duplicate cluster, carry one
///    normalised link, or one reposts the other. A post with text cluster A and link L so joins A
///    and L: a story pushed as copy-paste variants of a headline and as its link is one story.
/// 3. A group of joined posts is a story when it holds a text cluster or a link (a post reposted
///    alone is not one) and reaches `minimumPosts` posts by `minimumAccounts` accounts.
/// 4. Each story is a bag of the words and hashtags of its own posts (reposts repeat their
///    original and add nothing); TF-IDF over the stories gives each its most distinctive terms.
/// 5. Themes: average-linkage clustering of the stories' TF-IDF vectors (`ThemeClustering`).
///
/// Stories and themes are numbered in order of their first post, so the same case always gives
/// the same ids.
public enum StoryDiscovery {
    /// The stories and themes of `frame`, which must have been loaded with words.
    ///
    /// - Complexity: the near-duplicate index's cost, then O(P + L) to join P posts with L link
    ///   items, O(W log W) to count the W words of story posts, and the theme clustering's cost.
    public static func discover(_ frame: Frame, parameters: DiscoveryParameters = DiscoveryParameters())
        -> DiscoveredNarratives
    {
        let repost = PostKind.repost.rawValue
        let nearDuplicates = NearDuplicates.clusters(
            words: frame.words, parameters: parameters.nearDuplicates, skipping: { frame.kinds[$0] == repost })
        return discover(frame, nearDuplicates: nearDuplicates.codes, clusterCount: nearDuplicates.count, parameters: parameters)
    }

    /// The same, from near-duplicate codes already computed (one per post, `NearDuplicateClusters.none` for none).
    public static func discover(
        _ frame: Frame, nearDuplicates: [UInt32], clusterCount: Int, parameters: DiscoveryParameters
    ) -> DiscoveredNarratives {
        var stories = groups(frame, nearDuplicates: nearDuplicates, clusterCount: clusterCount, parameters: parameters)
        let vectors = TermVectors.of(stories: stories, in: frame, parameters: parameters)
        for index in stories.indices { stories[index].terms = vectors.top[index] }
        let themes = ThemeClustering.themes(vectors: vectors, stories: stories, parameters: parameters)
        return DiscoveredNarratives(stories: stories, themes: themes, nearDuplicateClusters: clusterCount)
    }

    /// Steps 2 and 3: the stories, without their terms, in order of their first post.
    static func groups(
        _ frame: Frame, nearDuplicates: [UInt32], clusterCount: Int, parameters: DiscoveryParameters
    ) -> [Story] {
        let postCount = frame.postCount
        var forest = NearDuplicates.UnionFind(count: postCount)
        var seeded = [Bool](repeating: false, count: postCount)
        var firstOfCluster = [UInt32](repeating: Frame.none, count: clusterCount)
        var firstOfLink = [UInt32](repeating: Frame.none, count: frame.links.names.count)
        func join(_ a: UInt32, _ b: UInt32) {
            forest.union(roots: forest.find(a), forest.find(b))
        }
        for post in 0..<postCount {
            let p = UInt32(post)
            if post < nearDuplicates.count, nearDuplicates[post] != NearDuplicateClusters.none {
                let cluster = Int(nearDuplicates[post])
                seeded[post] = true
                if firstOfCluster[cluster] == Frame.none { firstOfCluster[cluster] = p } else { join(firstOfCluster[cluster], p) }
            }
            for link in frame.links[post] {
                seeded[post] = true
                if firstOfLink[Int(link)] == Frame.none { firstOfLink[Int(link)] = p } else { join(firstOfLink[Int(link)], p) }
            }
        }
        // Reposts join the post they repost, when that post is in the case.
        var postOfReference = [UInt32](repeating: Frame.none, count: frame.referencedPosts.names.count)
        for (post, code) in frame.referencedAs.enumerated() where code != Frame.none { postOfReference[Int(code)] = UInt32(post) }
        let repost = PostKind.repost.rawValue
        for post in 0..<postCount where frame.kinds[post] == repost {
            for code in frame.referencedPosts[post] where postOfReference[Int(code)] != Frame.none {
                join(postOfReference[Int(code)], UInt32(post))
            }
        }
        // The root of a set is its smallest post, so roots in ascending order are stories in order
        // of their first post. A counting sort groups the posts by root, each group in post order.
        var roots = [UInt32](repeating: 0, count: postCount)
        var sizes = [UInt32](repeating: 0, count: postCount)
        var rootSeeded = [Bool](repeating: false, count: postCount)
        for post in 0..<postCount {
            let root = forest.find(UInt32(post))
            roots[post] = root
            sizes[Int(root)] += 1
            if seeded[post] { rootSeeded[Int(root)] = true }
        }
        var offsets = [Int](repeating: 0, count: postCount + 1)
        for root in 0..<postCount { offsets[root + 1] = offsets[root] + Int(sizes[root]) }
        var next = offsets
        var grouped = [UInt32](repeating: 0, count: postCount)
        for post in 0..<postCount {
            let root = Int(roots[post])
            grouped[next[root]] = UInt32(post)
            next[root] += 1
        }
        var stories: [Story] = []
        var accounts: [UInt32] = []
        for root in 0..<postCount where rootSeeded[root] && Int(sizes[root]) >= parameters.minimumPosts {
            let posts = Array(grouped[offsets[root]..<offsets[root + 1]])
            accounts.removeAll(keepingCapacity: true)
            for post in posts { accounts.append(frame.accounts[Int(post)]) }
            accounts.sort()
            var distinct = 0
            for index in accounts.indices where index == 0 || accounts[index] != accounts[index - 1] { distinct += 1 }
            guard distinct >= parameters.minimumAccounts else { continue }
            var clusters = Set<UInt32>()
            for post in posts where Int(post) < nearDuplicates.count && nearDuplicates[Int(post)] != NearDuplicateClusters.none {
                clusters.insert(nearDuplicates[Int(post)])
            }
            stories.append(
                Story(
                    posts: posts, accountCount: distinct, textClusters: clusters.count,
                    links: topCodes(frame.links, posts: posts, limit: parameters.topKeys),
                    domains: topCodes(frame.domains, posts: posts, limit: parameters.topKeys),
                    hashtags: topCodes(frame.hashtags, posts: posts, limit: parameters.topKeys), terms: []))
        }
        return stories
    }

    /// The `limit` codes of `column` carried by the most of `posts` (each post counted once per
    /// code), ties by code: the order of first appearance in the Frame.
    static func topCodes(_ column: KeyColumn, posts: [UInt32], limit: Int) -> [KeyCount] {
        var codes: [UInt32] = []
        for post in posts {
            let start = codes.count
            codes.append(contentsOf: column[Int(post)])
            if codes.count - start > 1 {
                // A post naming a link twice counts once.
                let unique = Set(codes[start...]).sorted()
                codes.removeSubrange(start...)
                codes.append(contentsOf: unique)
            }
        }
        codes.sort()
        var counts: [KeyCount] = []
        var start = 0
        while start < codes.count {
            var end = start + 1
            while end < codes.count, codes[end] == codes[start] { end += 1 }
            counts.append(KeyCount(code: codes[start], posts: end - start))
            start = end
        }
        counts.sort { $0.posts != $1.posts ? $0.posts > $1.posts : $0.code < $1.code }
        return Array(counts.prefix(limit))
    }
}
