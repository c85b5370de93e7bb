/// What the operations created that the truth must name: stories and planned uptakes. Small: it
/// grows with the operations' output, not with the posts.
struct Ledger: Sendable {
    struct Story: Sendable {
        var operation: Int
        /// Its number within the operation, from 1.
        var number: Int
        var narrative: Int
        var url: [UInt8]
    }

    struct Uptake: Sendable {
        var operation: Int
        var story: Int32
        var account: Int32
    }

    var stories: [Story] = []
    var uptakes: [Uptake] = []
}
