/// A list-valued post field as integer codes, in compressed-sparse-row layout: post `i` holds the codes
/// `codes[offsets[i]..<offsets[i + 1]]`, and code `c` stands for `names[c]`.
///
/// Codes are assigned in order of first appearance in the Frame's post order, so the same case always
/// gives the same codes.
public struct KeyColumn: Sendable, Equatable {
    public private(set) var offsets: [UInt32] = [0]
    public private(set) var codes: [UInt32] = []
    public private(set) var names: [String] = []

    public init() {}

    /// The number of posts.
    public var count: Int { offsets.count - 1 }

    /// The codes of post `post`.
    ///
    /// - Complexity: O(1)
    public subscript(post: Int) -> ArraySlice<UInt32> {
        codes[Int(offsets[post])..<Int(offsets[post + 1])]
    }

    /// Builds a column post by post; the name index lives only as long as the building.
    public struct Builder {
        public private(set) var column = KeyColumn()
        private var index: [String: UInt32] = [:]

        public init() {}

        /// Appends the next post's values.
        public mutating func append(_ values: some Sequence<Substring>) {
            for value in values {
                let name = String(value)
                if let code = index[name] {
                    column.codes.append(code)
                } else {
                    let code = UInt32(column.names.count)
                    index[name] = code
                    column.names.append(name)
                    column.codes.append(code)
                }
            }
            column.offsets.append(UInt32(column.codes.count))
        }
    }
}
