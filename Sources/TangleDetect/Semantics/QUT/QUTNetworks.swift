/// The QUT coordination-network-toolkit's networks (`compute_networks DB compute TYPE`), the same
/// directed edges and weights, computed by sorting and sweeping integer arrays instead of its SQL
/// self-joins.
///
/// Edge u1 → u2 weighs the number of distinct messages of u1 matched by some message of u2 within the
/// window, inclusive (|t1 − t2| ≤ window). A message matches itself, so the result holds the
/// toolkit's self-loops; its export drops them, and so does `tangle edges`.
///
/// Where this differs from the toolkit, on purpose:
/// - An empty URL never matches. The toolkit's CSV preprocess splits an empty `urls` field into the
///   URL "" and so links every two messages without a URL in its co-link network.
/// - Two empty token sets have similarity 0; the toolkit's plain `similarity` (its minimum document
///   size 0) divides by zero and aborts the computation.
/// - Times are whole milliseconds; the toolkit compares float seconds. The same for timestamps with
///   at most three decimals.
public enum QUTNetworks {
    /// One directed edge of a QUT network.
    public struct Edge: Sendable, Hashable, Comparable {
        /// The account whose messages were matched (the toolkit's `user_1`).
        public var source: UInt32
        /// The account whose messages matched them (`user_2`).
        public var target: UInt32
        /// How many distinct messages of `source` were matched.
        public var weight: Int

        public init(source: UInt32, target: UInt32, weight: Int) {
            self.source = source
            self.target = target
            self.weight = weight
        }

        public static func < (a: Edge, b: Edge) -> Bool {
            (a.source, a.target, a.weight) < (b.source, b.target, b.weight)
        }

        public var isLoop: Bool { source == target }
    }

    /// The toolkit's command-line default `--similarity_threshold` (its function's is 0.9).
    public static let defaultSimilarityThreshold = 0.8
    /// The toolkit's command-line default `--min_document_size_similarity`.
    public static let defaultMinDocumentSize = 1

    /// The edges of `network` on `input`, sorted by source then target, self-loops included; edges
    /// lighter than `minEdgeWeight` are dropped (the toolkit's `min_edge_weight`, its functions'
    /// default 1). `similarityThreshold` and `minDocumentSize` apply to co-similar-tweet only (see
    /// `QUTJaccard`). `input` must hold `network.columns`.
    ///
    /// - Complexity: for the keyed networks O(n + k + a + m) with k keys, a accounts and m the matches
    ///   counted (each message against the messages in its window that share a key), plus sorting each
    ///   source's targets; co-similar-tweet compares each pair of non-repost messages within the window
    ///   once, O(n·w·s) for w messages per window and s tokens per message, less what the size filter
    ///   skips.
    public static func compute(
        _ input: QUTInput, network: QUTNetwork, windowMilliseconds: Int64, minEdgeWeight: Int = 1,
        similarityThreshold: Double = defaultSimilarityThreshold, minDocumentSize: Int = defaultMinDocumentSize
    ) -> [Edge] {
        precondition(input.columns.isSuperset(of: network.columns), "the QUT input lacks the columns \(network.rawValue) reads")
        precondition(windowMilliseconds >= 0, "a negative time window")
        switch network {
        case .coRetweet:
            let keys = singleKeyLists(input.repostKeys)
            return keyedEdges(input, keyOffsets: keys.offsets, keyCodes: keys.codes, window: windowMilliseconds, minEdgeWeight: minEdgeWeight)
        case .coReply:
            let keys = singleKeyLists(input.replyKeys)
            return keyedEdges(input, keyOffsets: keys.offsets, keyCodes: keys.codes, window: windowMilliseconds, minEdgeWeight: minEdgeWeight)
        case .coTweet:
            let keys = singleKeyLists(input.coTweetKeys)
            return keyedEdges(input, keyOffsets: keys.offsets, keyCodes: keys.codes, window: windowMilliseconds, minEdgeWeight: minEdgeWeight)
        case .coLink:
            return keyedEdges(
                input, keyOffsets: input.urlOffsets, keyCodes: input.urlCodes, window: windowMilliseconds, minEdgeWeight: minEdgeWeight)
        case .coSimilarTweet:
            let jaccard = QUTJaccard(
                threshold: similarityThreshold, minDocumentSize: minDocumentSize, largestSet: largestSet(input.tokenOffsets))
            return similarEdges(input, jaccard: jaccard, window: windowMilliseconds, minEdgeWeight: minEdgeWeight)
        }
    }

    /// A one-key-per-message column (`none` for no key) in the layout of the many-key ones.
    private static func singleKeyLists(_ keys: [UInt32]) -> (offsets: [UInt32], codes: [UInt32]) {
        var offsets: [UInt32] = [0]
        var codes: [UInt32] = []
        offsets.reserveCapacity(keys.count + 1)
        for key in keys {
            if key != QUTInput.none { codes.append(key) }
            offsets.append(UInt32(codes.count))
        }
        return (offsets, codes)
    }

    /// The keyed networks: an action is a message with one of its keys. Actions are grouped by key
    /// (a counting sort, which keeps each group in time order), each action's window within its group
    /// found by two pointers, then each source account's messages swept over their windows.
    private static func keyedEdges(
        _ input: QUTInput, keyOffsets: [UInt32], keyCodes: [UInt32], window: Int64, minEdgeWeight: Int
    ) -> [Edge] {
        let actionCount = keyCodes.count
        guard actionCount > 0 else { return [] }
        let keyCount = Int(keyCodes.max() ?? 0) + 1

        var groupStarts = [Int](repeating: 0, count: keyCount + 1)
        for key in keyCodes { groupStarts[Int(key) + 1] += 1 }
        for key in 0..<keyCount { groupStarts[key + 1] += groupStarts[key] }

        // Each action's place in its key's group, with the time and account found there.
        var nextPlace = groupStarts
        var placeOfAction = [UInt32](repeating: 0, count: actionCount)
        var placeTimes = [Int64](repeating: 0, count: actionCount)
        var placeAccounts = [UInt32](repeating: 0, count: actionCount)
        for message in 0..<input.messageCount {
            for action in Int(keyOffsets[message])..<Int(keyOffsets[message + 1]) {
                let key = Int(keyCodes[action])
                let place = nextPlace[key]
                nextPlace[key] += 1
                placeOfAction[action] = UInt32(place)
                placeTimes[place] = input.times[message]
                placeAccounts[place] = input.accounts[message]
            }
        }

        // The window of each place: the places of its group within `window` of its time.
        var windowStarts = [UInt32](repeating: 0, count: actionCount)
        var windowEnds = [UInt32](repeating: 0, count: actionCount)
        for key in 0..<keyCount {
            let groupEnd = groupStarts[key + 1]
            var low = groupStarts[key]
            var high = low
            for place in groupStarts[key]..<groupEnd {
                let time = placeTimes[place]
                // Differences, not time ± window, which could overflow for a huge window.
                while time - placeTimes[low] > window { low += 1 }
                while high < groupEnd, placeTimes[high] - time <= window { high += 1 }
                windowStarts[place] = UInt32(low)
                windowEnds[place] = UInt32(high)
            }
        }

        var accumulator = QUTEdgeAccumulator(accountCount: input.accountCount, minEdgeWeight: minEdgeWeight)
        forEachAccountsMessages(input, where: { keyOffsets[$0] < keyOffsets[$0 + 1] }) { account, messages in
            for message in messages {
                for action in Int(keyOffsets[message])..<Int(keyOffsets[message + 1]) {
                    let place = Int(placeOfAction[action])
                    for other in Int(windowStarts[place])..<Int(windowEnds[place]) {
                        accumulator.count(message: UInt32(message), target: placeAccounts[other])
                    }
                }
            }
            accumulator.finish(source: account)
        }
        return accumulator.edges
    }

    /// Co-similar-tweet: every pair of non-repost messages within the window is compared once, in
    /// time order, and the similar pairs kept; then each source account's messages are swept over
    /// their similar messages, their own selves included when similar to themselves.
    private static func similarEdges(_ input: QUTInput, jaccard: QUTJaccard, window: Int64, minEdgeWeight: Int) -> [Edge] {
        let candidates = (0..<input.messageCount).filter { !input.isRepost[$0] }
        let offsets = input.tokenOffsets
        func tokens(_ message: Int) -> Range<Int> { Int(offsets[message])..<Int(offsets[message + 1]) }
        var pairFirsts: [UInt32] = []
        var pairSeconds: [UInt32] = []
        input.tokenCodes.withUnsafeBufferPointer { codes in
            for (rank, message) in candidates.enumerated() {
                let time = input.times[message]
                let messageTokens = tokens(message)
                var laterRank = rank + 1
                while laterRank < candidates.count, input.times[candidates[laterRank]] - time <= window {
                    let later = candidates[laterRank]
                    if jaccard.matches(codes, messageTokens, tokens(later)) {
                        pairFirsts.append(UInt32(message))
                        pairSeconds.append(UInt32(later))
                    }
                    laterRank += 1
                }
            }
        }

        // The similar messages of each message, both ways round.
        var matchStarts = [Int](repeating: 0, count: input.messageCount + 1)
        for (first, second) in zip(pairFirsts, pairSeconds) {
            matchStarts[Int(first) + 1] += 1
            matchStarts[Int(second) + 1] += 1
        }
        for message in 0..<input.messageCount { matchStarts[message + 1] += matchStarts[message] }
        var nextMatch = matchStarts
        var matches = [UInt32](repeating: 0, count: pairFirsts.count * 2)
        for (first, second) in zip(pairFirsts, pairSeconds) {
            matches[nextMatch[Int(first)]] = second
            nextMatch[Int(first)] += 1
            matches[nextMatch[Int(second)]] = first
            nextMatch[Int(second)] += 1
        }

        var accumulator = QUTEdgeAccumulator(accountCount: input.accountCount, minEdgeWeight: minEdgeWeight)
        forEachAccountsMessages(input, where: { !input.isRepost[$0] }) { account, messages in
            for message in messages {
                if jaccard.matchesItself(size: tokens(message).count) { accumulator.count(message: UInt32(message), target: account) }
                for match in matches[matchStarts[message]..<matchStarts[message + 1]] {
                    accumulator.count(message: UInt32(message), target: input.accounts[Int(match)])
                }
            }
            accumulator.finish(source: account)
        }
        return accumulator.edges
    }

    /// Calls `body` for each account in code order with its messages that pass `include`, in time
    /// order; accounts with none are skipped.
    ///
    /// - Complexity: O(n + accounts), a counting sort.
    private static func forEachAccountsMessages(
        _ input: QUTInput, where include: (Int) -> Bool, _ body: (UInt32, ArraySlice<Int>) -> Void
    ) {
        var starts = [Int](repeating: 0, count: input.accountCount + 1)
        var included: [Int] = []
        for message in 0..<input.messageCount where include(message) {
            included.append(message)
            starts[Int(input.accounts[message]) + 1] += 1
        }
        for account in 0..<input.accountCount { starts[account + 1] += starts[account] }
        var next = starts
        var byAccount = [Int](repeating: 0, count: included.count)
        for message in included {
            let account = Int(input.accounts[message])
            byAccount[next[account]] = message
            next[account] += 1
        }
        for account in 0..<input.accountCount where starts[account] < starts[account + 1] {
            body(UInt32(account), byAccount[starts[account]..<starts[account + 1]])
        }
    }

    private static func largestSet(_ offsets: [UInt32]) -> Int {
        var largest = 0
        for (start, end) in zip(offsets, offsets.dropFirst()) { largest = max(largest, Int(end - start)) }
        return largest
    }
}
