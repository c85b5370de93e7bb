/// A list-valued post field as integer codes, in compressed-sparse-row layout: post `i` holds the codes
/// `codes[offsets[i]..<offsets[i + 1]]`, and code `c` stands for `names[c]`.
///
/// Codes are assigned in order of first appearance in the Frame's post order, so the same case always
/// gives the same codes.
public struct KeyColumn: Sendable, Equatable {
    public private(set) var offsets: [UInt32]
    public private(set) var codes: [UInt32]
    public private(set) var names: [String]
    private var index: [String: UInt32] = [:]

    public init() {
        offsets = [0]
        codes = []
        names = []
    }

    /// The number of posts.
    public var count: Int { offsets.count - 1 }

    /// The codes of post `post`.
    ///
    /// - Complexity: O(1)
    public subscript(post: Int) -> ArraySlice<UInt32> {
        codes[Int(offsets[post])..<Int(offsets[post + 1])]
    }

    /// The code of `name`, if any post holds it.
    public func code(of name: String) -> UInt32? { index[name] }

    /// Appends the next post's values.
    public mutating func append(_ values: some Sequence<Substring>) {
        for value in values {
            let name = String(value)
            if let code = index[name] {
                codes.append(code)
            } else {
                let code = UInt32(names.count)
                index[name] = code
                names.append(name)
                codes.append(code)
            }
        }
        offsets.append(UInt32(codes.count))
    }

    public static func == (a: KeyColumn, b: KeyColumn) -> Bool {
        a.offsets == b.offsets && a.codes == b.codes && a.names == b.names
    }
}
