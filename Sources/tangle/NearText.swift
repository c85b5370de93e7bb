import TangleCore

/// Each post's near-duplicate cluster for the `near-text` signal.
enum NearText {
    static func clusters(_ frame: Frame, threshold: Double) -> [UInt32] {
        // Exact-text groups until the MinHash index lands.
        var codeOfHash: [UInt64: UInt32] = [:]
        return frame.textHashes.map { hash in
            guard hash != 0 else { return Frame.none }
            if let code = codeOfHash[hash] { return code }
            let code = UInt32(codeOfHash.count)
            codeOfHash[hash] = code
            return code
        }
    }
}
