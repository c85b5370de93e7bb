/// One edge of CooRTweet's `generate_coordinated_network`: every pair between two accounts, whichever
/// shared first. Codes index the account names of the `CooRTweetTable` the pairs came from.
public struct CooRTweetEdge: Sendable, Hashable {
    /// `from`: the account whose id comes first in code-point order.
    public var from: UInt32
    /// `to`: the other account.
    public var to: UInt32
    /// `weight`: the number of pairs.
    public var weight: Int
    /// `avg_time_delta`: the mean gap of the pairs, in seconds.
    public var averageTimeDelta: Double
    /// `n_content_id`: distinct older posts among the pairs, whichever account wrote them.
    public var olderContentCount: Int
    /// `n_content_id_y`: distinct newer posts among the pairs.
    public var newerContentCount: Int
    /// `edge_symmetry_score`: the smaller of the two counts over the larger; 1 when they are equal.
    public var symmetryScore: Double
    /// `weight_threshold`: whether the weight is strictly above the network's edge-weight quantile.
    public var isAboveThreshold: Bool

    public init(
        from: UInt32, to: UInt32, weight: Int, averageTimeDelta: Double, olderContentCount: Int,
        newerContentCount: Int, symmetryScore: Double, isAboveThreshold: Bool
    ) {
        self.from = from
        self.to = to
        self.weight = weight
        self.averageTimeDelta = averageTimeDelta
        self.olderContentCount = olderContentCount
        self.newerContentCount = newerContentCount
        self.symmetryScore = symmetryScore
        self.isAboveThreshold = isAboveThreshold
    }
}
