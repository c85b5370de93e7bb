import TangleCore

/// Gathers the posts of each URL of a Frame for tracing: the posts linking it plus every post that
/// reposts, quotes or replies to one of them, transitively. Built once per Frame, so that tracing
/// every URL of a case costs the sum of their posts, not a query each.
public struct FrameTracer {
    public let frame: Frame
    /// The posts linking each URL code, in Frame (time) order: `linkPosts[linkOffsets[c]..<linkOffsets[c + 1]]`.
    private let linkOffsets: [Int]
    private let linkPosts: [UInt32]
    /// The posts referencing each referenced-post code, same layout.
    private let referrerOffsets: [Int]
    private let referrerPosts: [UInt32]
    /// The post a referenced-post code names, when the case holds it; `Frame.none` otherwise.
    private let postOfCode: [UInt32]
    /// Scratch marks reused from one URL to the next: post `p` is in the current trace when
    /// `mark[p] == generation`, at index `local[p]`.
    private var mark: [UInt32]
    private var local: [Int32]
    private var generation: UInt32 = 0

    /// - Complexity: O(posts + links + references).
    public init(frame: Frame) {
        self.frame = frame
        (linkOffsets, linkPosts) = Self.postings(frame.links)
        var postOfCode = [UInt32](repeating: Frame.none, count: frame.referencedPosts.names.count)
        for (post, code) in frame.referencedAs.enumerated() where code != Frame.none && postOfCode[Int(code)] == Frame.none {
            postOfCode[Int(code)] = UInt32(post)
        }
        self.postOfCode = postOfCode
        (referrerOffsets, referrerPosts) = Self.postings(frame.referencedPosts)
        mark = [UInt32](repeating: 0, count: frame.postCount)
        local = [Int32](repeating: -1, count: frame.postCount)
    }

    /// The number of URL codes (`frame.links.names`).
    public var linkCount: Int { linkOffsets.count - 1 }

    /// The number of posts linking URL `code`.
    public func postCount(ofLink code: Int) -> Int { linkOffsets[code + 1] - linkOffsets[code] }

    /// The trace input of URL `code`, and the Frame post of each of its posts.
    ///
    /// `accountClasses` is indexed by Frame account, `stateMedia` by Frame post.
    ///
    /// - Complexity: O(k log k) for the k posts gathered.
    public mutating func input(
        ofLink code: Int, accountClasses: [TraceAccountClass], stateMedia: [Bool]
    ) -> (posts: [Int], input: TraceInput) {
        generation &+= 1
        if generation == 0 {
            // Wrapped after 2^32 traces: forget every old mark once.
            for p in mark.indices { mark[p] = 0 }
            generation = 1
        }
        var posts: [Int] = []
        for p in linkPosts[linkOffsets[code]..<linkOffsets[code + 1]] where mark[Int(p)] != generation {
            mark[Int(p)] = generation
            posts.append(Int(p))
        }
        var next = 0
        while next < posts.count {
            let referenced = frame.referencedAs[posts[next]]
            next += 1
            guard referenced != Frame.none else { continue }
            let r = Int(referenced)
            for q in referrerPosts[referrerOffsets[r]..<referrerOffsets[r + 1]] where mark[Int(q)] != generation {
                mark[Int(q)] = generation
                posts.append(Int(q))
            }
        }
        posts.sort()
        for (i, p) in posts.enumerated() { local[p] = Int32(i) }

        var input = TraceInput()
        input.accountClasses = accountClasses
        let key = UInt32(code)
        for p in posts {
            var reference: Int32 = -1
            if let c = frame.referencedPosts[p].first {
                let parent = postOfCode[Int(c)]
                if parent != Frame.none, mark[Int(parent)] == generation { reference = local[Int(parent)] }
            }
            let carries = frame.links[p].contains(key)
            input.append(
                time: frame.times[p], account: frame.accounts[p], kind: frame.kinds[p], reference: reference,
                attachKey: carries ? key : TraceInput.noKey, stateMedia: stateMedia[p])
        }
        return (posts, input)
    }

    /// For each code of a column, the posts holding it, in post order (a counting sort).
    private static func postings(_ column: KeyColumn) -> (offsets: [Int], posts: [UInt32]) {
        var offsets = [Int](repeating: 0, count: column.names.count + 1)
        for code in column.codes { offsets[Int(code) + 1] += 1 }
        for c in 0..<column.names.count { offsets[c + 1] += offsets[c] }
        var fill = offsets
        var posts = [UInt32](repeating: 0, count: column.codes.count)
        for p in 0..<column.count {
            for code in column[p] {
                posts[fill[Int(code)]] = UInt32(p)
                fill[Int(code)] += 1
            }
        }
        return (offsets, posts)
    }
}
