/// Many short byte strings in one array: the handles, names and words of a world, kept without a
/// `String` per item so that a million accounts cost two arrays and writing one is a copy.
struct ByteTable: Sendable {
    private(set) var bytes: [UInt8] = []
    private var ends: [UInt32] = []

    var count: Int { ends.count }

    mutating func append(_ text: some Collection<UInt8>) {
        bytes.append(contentsOf: text)
        ends.append(UInt32(bytes.count))
    }

    mutating func append(_ text: String) {
        append(text.utf8)
    }

    /// The bytes of item `index`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    subscript(index: Int) -> ArraySlice<UInt8> {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return bytes[start..<Int(ends[index])]
    }

    func string(_ index: Int) -> String {
        String(decoding: self[index], as: UTF8.self)
    }
}
