extension QUTInput {
    /// Builds a `QUTInput` message by message, in any order, coding keys as it goes and making the
    /// co-tweet forms and token sets of the messages that are not reposts.
    public struct Builder {
        private var input = QUTInput()
        private var repostIDs = QUTKeyTable()
        private var replyIDs = QUTKeyTable()
        private var urlTable = QUTKeyTable()
        private var coTweetForms = QUTKeyTable()
        private var tokenTable = QUTKeyTable()
        private var processor = QUTTextProcessor()
        private var messageCodes: [UInt32] = []

        /// A builder of `columns`, for accounts coded `0..<accountCount` (or more, as appended).
        public init(columns: Columns = .all, accountCount: Int = 0) {
            input.columns = columns
            input.accountCount = accountCount
            if columns.contains(.urls) { input.urlOffsets = [0] }
            if columns.contains(.tokens) { input.tokenOffsets = [0] }
        }

        /// Adds one message, as the toolkit's `preprocess` reads a CSV row. An empty `repostID` or
        /// `replyID` is none, as the toolkit's `repost_id or None`; `urls` are separated by spaces, and
        /// an empty one (which the toolkit would store and match) is skipped. A repost's text and URLs
        /// are not read. The buffers are read during the call only.
        ///
        /// - Complexity: O(text length + URLs length), amortised.
        public mutating func append(
            account: UInt32, time: Int64, repostID: UnsafeBufferPointer<UInt8>?, replyID: UnsafeBufferPointer<UInt8>?,
            text: UnsafeBufferPointer<UInt8>, urls: UnsafeBufferPointer<UInt8>
        ) {
            let columns = input.columns
            let isRepost = repostID.map { !$0.isEmpty } ?? false
            input.accounts.append(account)
            input.accountCount = max(input.accountCount, Int(account) + 1)
            input.times.append(time)
            input.isRepost.append(isRepost)
            if columns.contains(.repostKeys) {
                if isRepost, let repostID {
                    input.repostKeys.append(repostIDs.code(of: repostID))
                } else {
                    input.repostKeys.append(QUTInput.none)
                }
            }
            if columns.contains(.replyKeys) {
                if !isRepost, let replyID, !replyID.isEmpty {
                    input.replyKeys.append(replyIDs.code(of: replyID))
                } else {
                    input.replyKeys.append(QUTInput.none)
                }
            }
            if columns.contains(.urls) {
                if !isRepost { appendURLs(urls) }
                input.urlOffsets.append(UInt32(input.urlCodes.count))
            }
            guard columns.contains(.coTweetText) || columns.contains(.tokens) else { return }
            if !isRepost { processor.load(text) }
            if columns.contains(.coTweetText) {
                if isRepost {
                    input.coTweetKeys.append(QUTInput.none)
                } else {
                    processor.makeCoTweetForm()
                    input.coTweetKeys.append(coTweetForms.code(of: processor.coTweetForm))
                }
            }
            if columns.contains(.tokens) {
                if !isRepost { appendTokens() }
                input.tokenOffsets.append(UInt32(input.tokenCodes.count))
            }
        }

        /// Adds one message given as strings (see the byte-buffer `append`); `urls` as separate items.
        public mutating func append(
            account: UInt32, time: Int64, repostID: String? = nil, replyID: String? = nil, text: String = "",
            urls: [String] = []
        ) {
            var text = text
            var urlList = urls.joined(separator: " ")
            var repost = repostID ?? ""
            var reply = replyID ?? ""
            text.withUTF8 { text in
                urlList.withUTF8 { urlList in
                    repost.withUTF8 { repost in
                        reply.withUTF8 { reply in
                            append(account: account, time: time, repostID: repost, replyID: reply, text: text, urls: urlList)
                        }
                    }
                }
            }
        }

        private mutating func appendURLs(_ urls: UnsafeBufferPointer<UInt8>) {
            messageCodes.removeAll(keepingCapacity: true)
            var start = 0
            for index in 0...urls.count where index == urls.count || urls[index] == 0x20 {
                if index > start {
                    messageCodes.append(urlTable.code(of: UnsafeBufferPointer(rebasing: urls[start..<index])))
                }
                start = index + 1
            }
            Self.appendSet(of: &messageCodes, to: &input.urlCodes)
        }

        private mutating func appendTokens() {
            processor.makeTokens()
            messageCodes.removeAll(keepingCapacity: true)
            var start = 0
            processor.tokenBytes.withUnsafeBufferPointer { bytes in
                for end in processor.tokenEnds {
                    messageCodes.append(tokenTable.code(of: UnsafeBufferPointer(rebasing: bytes[start..<end])))
                    start = end
                }
            }
            Self.appendSet(of: &messageCodes, to: &input.tokenCodes)
        }

        /// Appends `codes` to `column` ascending, without repeats (sorting `codes` in place).
        private static func appendSet(of codes: inout [UInt32], to column: inout [UInt32]) {
            codes.sort()
            var last = QUTInput.none
            for code in codes where code != last {
                column.append(code)
                last = code
            }
        }

        /// The input, sorted by time (stably: ties stay in the order they were appended).
        ///
        /// - Complexity: O(n) when appended in time order, O(n log n) otherwise.
        public func build() -> QUTInput {
            var sorted = input
            let times = input.times
            guard zip(times, times.dropFirst()).contains(where: { $0 > $1 }) else { return sorted }
            let order = times.indices.sorted { times[$0] < times[$1] || (times[$0] == times[$1] && $0 < $1) }
            sorted.accounts = order.map { input.accounts[$0] }
            sorted.times = order.map { times[$0] }
            sorted.isRepost = order.map { input.isRepost[$0] }
            if !input.repostKeys.isEmpty { sorted.repostKeys = order.map { input.repostKeys[$0] } }
            if !input.replyKeys.isEmpty { sorted.replyKeys = order.map { input.replyKeys[$0] } }
            if !input.coTweetKeys.isEmpty { sorted.coTweetKeys = order.map { input.coTweetKeys[$0] } }
            if !input.urlOffsets.isEmpty {
                (sorted.urlOffsets, sorted.urlCodes) = Self.permuted(input.urlOffsets, input.urlCodes, by: order)
            }
            if !input.tokenOffsets.isEmpty {
                (sorted.tokenOffsets, sorted.tokenCodes) = Self.permuted(input.tokenOffsets, input.tokenCodes, by: order)
            }
            return sorted
        }

        private static func permuted(_ offsets: [UInt32], _ codes: [UInt32], by order: [Int]) -> ([UInt32], [UInt32]) {
            var newOffsets: [UInt32] = [0]
            var newCodes: [UInt32] = []
            newOffsets.reserveCapacity(offsets.count)
            newCodes.reserveCapacity(codes.count)
            for message in order {
                newCodes.append(contentsOf: codes[Int(offsets[message])..<Int(offsets[message + 1])])
                newOffsets.append(UInt32(newCodes.count))
            }
            return (newOffsets, newCodes)
        }
    }
}
