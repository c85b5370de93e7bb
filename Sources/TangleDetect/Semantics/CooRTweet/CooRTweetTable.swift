/// CooRTweet's long table (`object_id, account_id, content_id, timestamp_share`) as integer-coded
/// parallel columns in input order: row `r` says that account `accounts[r]` shared object `objects[r]`
/// in its post `contents[r]` at `timestamps[r]`.
///
/// Codes index the name arrays and are assigned in order of first appearance, so comparing two
/// account codes compares where the accounts' first rows are. That order matters: it decides which of
/// two simultaneous shares CooRTweet calls the older (see `CooRTweet.detectGroups`).
public struct CooRTweetTable: Sendable, Equatable {
    public private(set) var objects: [UInt32] = []
    public private(set) var accounts: [UInt32] = []
    public private(set) var contents: [UInt32] = []
    /// UTC milliseconds (CooRTweet's `timestamp_share` is in seconds; the case stores milliseconds).
    public private(set) var timestamps: [Int64] = []
    public private(set) var objectNames: [String] = []
    public private(set) var accountNames: [String] = []
    public private(set) var contentNames: [String] = []
    /// For each object, the content with the same id, or `CooRTweetTable.none`: CooRTweet drops a pair
    /// whose object id equals one of its content ids (a retweet table lists each original under its own id).
    private(set) var contentNamedLikeObject: [UInt32] = []

    /// The code of no content.
    static let none = UInt32.max

    public init() {}

    /// The number of rows.
    public var rowCount: Int { objects.count }

    /// Whether row `row` lists a post under its own id as the object.
    ///
    /// - Complexity: O(1)
    func objectIsOwnContent(row: Int) -> Bool {
        contentNamedLikeObject[Int(objects[row])] == contents[row]
    }

    /// Builds a table row by row, interning the ids; the name indexes live only as long as the building.
    public struct Builder {
        private var building = CooRTweetTable()
        private var objectCodes: [String: UInt32] = [:]
        private var accountCodes: [String: UInt32] = [:]
        private var contentCodes: [String: UInt32] = [:]

        public init() {}

        /// Appends one row, kept as given (CooRTweet's `detect_groups` removes no duplicates).
        ///
        /// - Complexity: O(1) amortised, plus hashing the three ids.
        public mutating func append(object: String, account: String, content: String, timestamp: Int64) {
            building.objects.append(Self.code(of: object, in: &objectCodes, names: &building.objectNames))
            building.accounts.append(Self.code(of: account, in: &accountCodes, names: &building.accountNames))
            building.contents.append(Self.code(of: content, in: &contentCodes, names: &building.contentNames))
            building.timestamps.append(timestamp)
        }

        /// The finished table.
        ///
        /// - Complexity: O(objects), one lookup per distinct object.
        public var table: CooRTweetTable {
            var finished = building
            finished.contentNamedLikeObject = finished.objectNames.map { contentCodes[$0] ?? CooRTweetTable.none }
            return finished
        }

        private static func code(of name: String, in codes: inout [String: UInt32], names: inout [String]) -> UInt32 {
            if let code = codes[name] { return code }
            let code = UInt32(names.count)
            codes[name] = code
            names.append(name)
            return code
        }
    }
}
