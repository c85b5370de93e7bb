#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The Public Suffix List (publicsuffix.org): which host suffixes are registries, so that
/// `news.bbc.co.uk` belongs to `bbc.co.uk` and `a.b.github.io` to `b.github.io`.
///
/// Both sections of the list are used. The private section (blogspot.com, github.io, wixsite.com,
/// herokuapp.com, ...) makes each blog or hosted site its own registrable domain, which is what a
/// co-domain signal wants: two accounts linking to different blogspot blogs have not shared a domain.
/// The cost is that such a platform's bare name (`blogspot.com` itself) is a suffix and has no
/// registrable domain.
///
/// Rules follow the list's algorithm: the longest matching rule wins, `*.ck` matches any one label
/// under `ck`, `!www.ck` is an exception that makes `www.ck` registrable, and a host that matches no
/// rule has its last label as suffix (the implicit `*`).
public struct PublicSuffixList: Sendable {
    /// The list read from the system (Debian's `publicsuffix` package), or the built-in fallback.
    ///
    /// Loaded once, on first use; Swift initialises a `static let` exactly once, thread-safely.
    public static let shared = PublicSuffixList.loadSystemList()

    /// The files tried, in order, for `shared`.
    public static let systemPaths = [
        "/usr/share/publicsuffix/public_suffix_list.dat",
        "/usr/share/publicsuffix/effective_tld_names.dat",
    ]

    /// Where the rules came from: a file path, or `built-in` for the fallback list. Recorded so that
    /// a finding that depends on domains can say which list produced them.
    public let origin: String

    /// The number of rules read (normal, wildcard and exception rules).
    public let ruleCount: Int

    private let table: ByteStringTable

    private static let isRule: UInt8 = 1
    private static let isWildcard: UInt8 = 2  // `*.key` is a rule
    private static let isException: UInt8 = 4  // `!key` is a rule
    private static let isAncestor: UInt8 = 8  // a longer rule ends with `.key`: keep matching leftwards

    /// A list parsed from text in the publicsuffix.org format: one rule per line, `//` comments,
    /// `*.` wildcards and `!` exceptions.
    ///
    /// - Complexity: O(n) in the length of the text.
    public init(rules text: String, origin: String) {
        var text = text
        self = text.withUTF8 { PublicSuffixList(bytes: $0, origin: origin) }
    }

    init(bytes: UnsafeBufferPointer<UInt8>, origin: String) {
        var table = ByteStringTable()
        var rules = 0
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            // A rule is the line's first whitespace-delimited token; `//` starts a comment line.
            var start = lineStart
            while start < lineEnd, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0D {
                start += 1
            }
            var end = start
            while end < lineEnd, bytes[end] > 0x20 { end += 1 }
            let isComment = end - start >= 2 && bytes[start] == 0x2F && bytes[start + 1] == 0x2F
            if end > start, !isComment {
                Self.add(UnsafeBufferPointer(rebasing: bytes[start..<end]), to: &table)
                rules += 1
            }
            lineStart = lineEnd + 1
        }
        self.table = table
        self.ruleCount = rules
        self.origin = origin
    }

    private static func add(_ rule: UnsafeBufferPointer<UInt8>, to table: inout ByteStringTable) {
        var key = rule
        var flag = isRule
        if key.first == UInt8(ascii: "!") {
            key = UnsafeBufferPointer(rebasing: key[1...])
            flag = isException
        } else if key.count >= 2, key[0] == UInt8(ascii: "*"), key[1] == UInt8(ascii: ".") {
            key = UnsafeBufferPointer(rebasing: key[2...])
            flag = isWildcard
        }
        guard !key.isEmpty else { return }
        table.insert(key, flags: flag)
        // Mark every proper suffix of the key, so that a lookup walking leftwards knows to go on.
        for index in key.indices where key[index] == UInt8(ascii: ".") && index + 1 < key.count {
            table.insert(UnsafeBufferPointer(rebasing: key[(index + 1)...]), flags: isAncestor)
        }
    }

    /// The registrable domain of a host (`news.bbc.co.uk` -> `bbc.co.uk`), or nil when the host is
    /// itself a public suffix (`co.uk`, `com`) or empty. The host should already be normalised
    /// (lower-case, no trailing dot, Unicode rather than `xn--` labels); `URLNormalizer` does that.
    ///
    /// - Complexity: O(length of the host): one table lookup per label, from the right.
    public func registrableDomain(of host: String) -> String? {
        var host = host
        return host.withUTF8 { bytes in
            registrableDomainStart(in: bytes).map {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[$0...]), as: UTF8.self)
            }
        }
    }

    /// Where the registrable domain starts in `host`, or nil when the host is a public suffix.
    ///
    /// Walks the labels from the right: at each step the suffix of the last k labels is looked up;
    /// it is a public suffix if it is a rule or its parent carries a wildcard, unless it is an
    /// exception (then its parent is the suffix). The walk stops at the first suffix no rule ends with.
    ///
    /// - Complexity: O(length of the host).
    func registrableDomainStart(in host: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !host.isEmpty, host.last != UInt8(ascii: "."), host.first != UInt8(ascii: ".") else {
            return nil
        }
        var labelStart = host.count  // start of the suffix of the labels looked at so far
        var suffixStart: Int?  // start of the longest public suffix so far
        var parentFlags: UInt8 = 0
        while labelStart > 0 {
            let parentStart = labelStart
            var start = parentStart == host.count ? parentStart : parentStart - 1  // skip the dot
            while start > 0, host[start - 1] != UInt8(ascii: ".") { start -= 1 }
            if parentStart < host.count, start == parentStart - 1 { return nil }  // an empty label: `a..b`
            labelStart = start
            let flags = table.flags(of: UnsafeBufferPointer(rebasing: host[labelStart...])) ?? 0
            if flags & Self.isException != 0 {
                suffixStart = parentStart
                break
            }
            // The last label alone is a suffix even when no rule names it (the list's implicit `*`).
            if flags & Self.isRule != 0 || parentFlags & Self.isWildcard != 0 || parentStart == host.count {
                suffixStart = labelStart
            }
            if flags == 0 { break }
            parentFlags = flags
        }
        guard let suffix = suffixStart, suffix > 0 else { return nil }
        // The registrable domain is the suffix plus one more label to its left.
        var start = suffix - 1  // the dot before the suffix
        while start > 0, host[start - 1] != UInt8(ascii: ".") { start -= 1 }
        return start < suffix - 1 ? start : nil
    }

    /// Reads the first system list that exists, or falls back to the built-in list.
    static func loadSystemList() -> PublicSuffixList {
        for path in systemPaths {
            if let bytes = readFile(path) {
                let list = bytes.withUnsafeBufferPointer { PublicSuffixList(bytes: $0, origin: path) }
                if list.ruleCount > 0 { return list }
            }
        }
        return builtIn
    }

    /// The whole file, or nil when it cannot be read.
    private static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count { break }
        }
        return ferror(file) == 0 ? bytes : nil
    }
}
