/// The near-duplicate clusters of a Frame's posts: for each post the code of its cluster, if any, and
/// for each cluster its posts. Only clusters of two or more posts have codes; codes run `0..<count`
/// in order of each cluster's first post, so the same input always gives the same codes.
public struct NearDuplicateClusters: Sendable, Equatable {
    /// The parameters that produced these clusters.
    public let parameters: NearDuplicateParameters
    /// Each post's cluster code, or `NearDuplicateClusters.none`.
    public let codes: [UInt32]
    /// Cluster `c`'s posts are `members[memberOffsets[c]..<memberOffsets[c + 1]]`.
    public let memberOffsets: [UInt32]
    /// The posts of every cluster, cluster after cluster, each cluster's in post (time) order.
    public let members: [UInt32]
    /// The evidence: every verified pair that joined two different texts into one cluster, in the
    /// order found. Posts with the same shingle set as an earlier post are in its cluster without a
    /// join of their own (their Jaccard similarity is 1). A cluster of `t` distinct texts has `t − 1`
    /// joins linking them, so two members can be further apart than the threshold (chaining).
    public let joins: [NearDuplicateJoin]
    /// How many candidate pairs were compared exactly: at most distinct texts × bands × window.
    let comparisons: Int

    /// The code of posts in no cluster.
    public static let none = UInt32.max

    init(
        parameters: NearDuplicateParameters, codes: [UInt32], count: Int, joins: [NearDuplicateJoin],
        comparisons: Int
    ) {
        self.parameters = parameters
        self.codes = codes
        self.joins = joins
        self.comparisons = comparisons
        var offsets = [UInt32](repeating: 0, count: count + 1)
        for code in codes where code != Self.none { offsets[Int(code) + 1] += 1 }
        for cluster in 0..<count { offsets[cluster + 1] += offsets[cluster] }
        var next = offsets
        var members = [UInt32](repeating: 0, count: Int(offsets[count]))
        for (post, code) in codes.enumerated() where code != Self.none {
            members[Int(next[Int(code)])] = UInt32(post)
            next[Int(code)] += 1
        }
        self.memberOffsets = offsets
        self.members = members
    }

    /// The number of clusters.
    ///
    /// - Complexity: O(1)
    public var count: Int { memberOffsets.count - 1 }

    /// The cluster of post `post`, or nil.
    ///
    /// - Complexity: O(1)
    public func cluster(of post: Int) -> UInt32? {
        let code = codes[post]
        return code == Self.none ? nil : code
    }

    /// The posts of cluster `cluster`, in time order.
    ///
    /// - Complexity: O(1)
    public func members(of cluster: Int) -> ArraySlice<UInt32> {
        members[Int(memberOffsets[cluster])..<Int(memberOffsets[cluster + 1])]
    }
}

/// Two posts with different shingle sets found to be near-duplicates: the edge that put them in one
/// cluster. Each post stands for its text (the first post with that shingle set).
public struct NearDuplicateJoin: Sendable, Equatable {
    /// The post whose text appeared first.
    public let earlier: UInt32
    public let later: UInt32
    /// The exact Jaccard similarity of their shingle sets, at least the threshold.
    public let jaccard: Double
}
