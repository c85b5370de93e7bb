/// A batch of posts as defined narratives read them: the text's matching form and the space-separated
/// hashtags, normalised links and domains, each field's bytes end to end in one array.
///
/// Filled from the case file's columns as bytes, so matching never builds a `String` per post.
public struct NarrativePostBatch: Sendable {
    var texts = ByteList()
    var hashtags = ByteList()
    var links = ByteList()
    var domains = ByteList()

    public init() {}

    public var count: Int { texts.ends.count }

    /// Appends one post: `text` as in `text_norm`, the other fields as in the case file's list columns.
    public mutating func append(
        text: UnsafeBufferPointer<UInt8>, hashtags: UnsafeBufferPointer<UInt8>, links: UnsafeBufferPointer<UInt8>,
        domains: UnsafeBufferPointer<UInt8>
    ) {
        texts.append(text)
        self.hashtags.append(hashtags)
        self.links.append(links)
        self.domains.append(domains)
    }

    struct ByteList: Sendable {
        var bytes: [UInt8] = []
        var ends: [Int] = []

        mutating func append(_ item: UnsafeBufferPointer<UInt8>) {
            bytes.append(contentsOf: item)
            ends.append(bytes.count)
        }

        func range(_ index: Int) -> Range<Int> {
            (index == 0 ? 0 : ends[index - 1])..<ends[index]
        }
    }
}
