import TangleCore

/// The rules `GenericCSVReader` and `GenericJSONLReader` share, so that the same data reads the same
/// as CSV or JSONL.
enum GenericRecord {
    /// Numbers above this are milliseconds, below it seconds (a time in seconds that large is after
    /// the year 5000).
    static let millisecondsThreshold: Int64 = 100_000_000_000

    /// A time as UTC milliseconds: a plain number above 1e11 is milliseconds, else seconds; anything
    /// else is read as ISO 8601 (no offset means UTC). Nil when it is none of these.
    static func time(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        if let number = Timestamp.parseUnix(bytes, unit: 1) {
            if number > millisecondsThreshold { return number }
            if let seconds = Timestamp.parseUnix(bytes) { return seconds }
        }
        return Timestamp.parseDateTime(bytes)
    }

    /// Makes `post` a repost, quote or reply of the first of those fields that has a value.
    static func addReference<E: Error>(
        to post: inout PostRecord, _ text: (ColumnMap.Field) throws(E) -> String?
    ) throws(E) {
        for (field, kind) in [(ColumnMap.Field.repost, PostKind.repost), (.quote, .quote), (.reply, .reply)] {
            if let referenced = try text(field) {
                post.kind = kind
                post.referencedPostID = referenced
                return
            }
        }
    }
}
