import TangleCore
import TangleDetect

/// Each post's near-duplicate cluster for the `near-text` signal (`Frame.none` for none); reposts
/// are left out, since they copy their original by construction.
enum NearText {
    static func clusters(_ frame: Frame, threshold: Double) -> [UInt32] {
        NearDuplicates.clusters(
            words: frame.words, parameters: NearDuplicateParameters(threshold: threshold),
            skipping: { frame.kinds[$0] == PostKind.repost.rawValue }
        ).codes
    }
}
