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
    ///
    /// Names are found by a 64-bit hash of their bytes (checked against the stored name, so a
    /// collision only costs a probe), and a `String` is made only for a name seen the first time:
    /// loading a Frame from bytes allocates nothing per item.
    public struct Builder {
        public private(set) var column = KeyColumn()
        private var index: [UInt64: UInt32] = [:]

        public init() {}

        /// Appends the next post's values.
        public mutating func append(_ values: some Sequence<Substring>) {
            for value in values {
                var value = value
                value.withUTF8 { appendItem(UnsafeRawBufferPointer($0)) }
            }
            endPost()
        }

        /// Appends the next post's values from a space-separated list (the case file's list columns).
        public mutating func append(spaceSeparated bytes: UnsafeRawBufferPointer) {
            var start = 0
            for (offset, byte) in bytes.enumerated() where byte == 0x20 {
                if offset > start { appendItem(UnsafeRawBufferPointer(rebasing: bytes[start..<offset])) }
                start = offset + 1
            }
            if bytes.count > start { appendItem(UnsafeRawBufferPointer(rebasing: bytes[start..<bytes.count])) }
            endPost()
        }

        /// The code of a name, adding it to `column.names` when new, without adding it to any post:
        /// for interning a single-valued column.
        public mutating func intern(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
            var slot = TextHash.of(bytes.assumingMemoryBound(to: UInt8.self))
            while let code = index[slot] {
                if column.names[Int(code)].utf8.elementsEqual(bytes) { return code }
                slot &+= 1
            }
            let code = UInt32(column.names.count)
            index[slot] = code
            column.names.append(String(decoding: bytes, as: UTF8.self))
            return code
        }

        private mutating func appendItem(_ bytes: UnsafeRawBufferPointer) {
            column.codes.append(intern(bytes))
        }

        private mutating func endPost() {
            column.offsets.append(UInt32(column.codes.count))
        }
    }
}
