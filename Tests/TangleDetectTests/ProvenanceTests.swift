import TangleCore
import Testing

@testable import TangleDetect

/// Provenance traces on a hand-made story: an outlet's post, two network bots reposting it, organic
/// quotes, replies and link posts, and two uptakes a day later (one watched, one high-reach).
@Suite struct ProvenanceTests {
    static let second: Int64 = 1000
    static let outlet: UInt32 = 0, bot1: UInt32 = 1, bot2: UInt32 = 2, alice: UInt32 = 3, bob: UInt32 = 4
    static let watcher: UInt32 = 5, celebrity: UInt32 = 6

    /// Posts in time order: (seconds, account, kind, reference).
    static func story() -> TraceInput {
        var input = TraceInput()
        input.accountClasses = [[.labelled], [.network], [.network], [], [], [.watched], [.highReach]]
        let posts: [(Int64, UInt32, PostKind, Int32)] = [
            (0, outlet, .original, -1),  // 0: the story
            (5, bot1, .repost, 0),  // 1
            (8, bot2, .repost, 0),  // 2
            (60, alice, .quote, 1),  // 3: quotes bot1's repost
            (120, bob, .original, -1),  // 4: links the URL, no reference
            (3_600, alice, .reply, 4),  // 5
            (93_600, watcher, .original, -1),  // 6: the watched account, 26 h later
            (100_000, celebrity, .quote, 4),  // 7: a high-reach account quotes bob
            (100_500, watcher, .original, -1),  // 8: the watcher again: not a second uptake
        ]
        for (t, account, kind, reference) in posts {
            input.append(
                time: 1_600_000_000_000 + t * second, account: account, kind: kind.rawValue, reference: reference,
                attachKey: 0, stateMedia: account == outlet)
        }
        return input
    }

    @Test func referencesMakeTheTreeAndLinkPostsHangFromTheFirstByTimeOrder() {
        let trace = ProvenanceTrace(Self.story())
        #expect(trace.parents == [-1, 0, 0, 1, 0, 4, 0, 4, 0])
        #expect(trace.edgeKinds == [nil, .reference, .reference, .reference, .timeOrder, .reference, .timeOrder, .reference, .timeOrder])
        #expect(trace.referenceEdges == 5)
        #expect(trace.timeOrderEdges == 3)
        #expect(trace.path(to: 5) == [0, 4, 5])
        #expect(trace.path(to: 3) == [0, 1, 3])
    }

    @Test func firstPostOfEachClass() {
        let trace = ProvenanceTrace(Self.story(), firstCount: 3)
        #expect(trace.firstPosts == [0, 1, 2])
        #expect(trace.firstOfClass.map(\.0) == [.stateMedia, .network, .organic, .watched, .highReach])
        #expect(trace.firstOfClass.map(\.1) == [0, 1, 3, 6, 7])
    }

    @Test func uptakesByWatchListAndByReachWithExactLagsAndPaths() {
        let trace = ProvenanceTrace(Self.story())
        #expect(trace.uptakes.count == 2)
        #expect(trace.uptakes[0] == .init(post: 6, account: Self.watcher, reasons: .watched, lag: 93_600 * Self.second, path: [0, 6]))
        #expect(trace.uptakes[1] == .init(post: 7, account: Self.celebrity, reasons: .highReach, lag: 100_000 * Self.second, path: [0, 4, 7]))
    }

    @Test func stagesInTimeOrderWithLags() {
        let trace = ProvenanceTrace(Self.story())
        #expect(trace.stages.map(\.name) == [
            "first appearance", "first network", "first organic", "half of posts", "first watched", "first high-reach", "last post",
        ])
        #expect(trace.stages.map(\.lag) == [0, 5, 60, 120, 93_600, 100_000, 100_500].map { $0 * Self.second })
    }

    @Test func timeOrderAttachesToTheEarliestEarlierPostOfTheSameURL() {
        var input = TraceInput()
        input.accountClasses = [[], [], [], []]
        // Two URLs in one narrative: B first appears at post 1, so post 3 hangs from post 1, not 0.
        for (i, key) in [UInt32(0), 1, 0, 1].enumerated() {
            input.append(time: Int64(i) * 1000, account: UInt32(i), kind: 0, reference: -1, attachKey: key, stateMedia: false)
        }
        input.append(time: 9000, account: 0, kind: 0, reference: -1, attachKey: TraceInput.noKey, stateMedia: false)
        let trace = ProvenanceTrace(input)
        #expect(trace.parents == [-1, 0, 0, 1, 0])
        #expect(trace.edgeKinds.dropFirst().allSatisfy { $0 == .timeOrder })
    }

    @Test func aReferenceToALaterPostIsNotFollowed() {
        var input = TraceInput()
        input.accountClasses = [[], []]
        input.append(time: 0, account: 0, kind: PostKind.reply.rawValue, reference: 1, attachKey: 0, stateMedia: false)
        input.append(time: 0, account: 1, kind: PostKind.reply.rawValue, reference: 0, attachKey: 0, stateMedia: false)
        let trace = ProvenanceTrace(input)
        #expect(trace.parents == [-1, 0])
        #expect(trace.path(to: 1) == [0, 1])
    }

    @Test func theFirstPostersOwnAccountIsNoUptake() {
        var input = TraceInput()
        input.accountClasses = [[.watched, .highReach], []]
        input.append(time: 0, account: 0, kind: 0, reference: -1, attachKey: 0, stateMedia: false)
        input.append(time: 10, account: 1, kind: 0, reference: -1, attachKey: 0, stateMedia: false)
        input.append(time: 20, account: 0, kind: 0, reference: -1, attachKey: 0, stateMedia: false)
        #expect(ProvenanceTrace(input).uptakes.isEmpty)
    }

    @Test func frameTracerGathersLinkPostsAndEveryPostReferencingThemTransitively() throws {
        // Post ids p0..p5. p0 links the URL; p1 reposts p0 (no link); p2 replies to p1; p3 links it
        // too; p4 reposts an unrelated p5, which links elsewhere.
        var frame = Frame()
        var links = KeyColumn.Builder()
        var references = KeyColumn.Builder()
        let url = "news.example/story"
        let rows: [(link: String?, reference: String?)] = [
            (url, nil), (nil, "p0"), (nil, "p1"), (url, nil), (nil, "p5"), ("other.example/x", nil),
        ]
        for (i, row) in rows.enumerated() {
            frame.times.append(Int64(i) * 1000)
            frame.accounts.append(UInt32(i))
            frame.kinds.append(row.reference == nil ? 0 : PostKind.repost.rawValue)
            frame.postRowIDs.append(Int64(i + 1))
            frame.accountRowIDs.append(Int64(i + 1))
            links.append(row.link.map { [Substring($0)] } ?? [])
            references.append(row.reference.map { [Substring($0)] } ?? [])
        }
        for i in rows.indices {
            var name = "p\(i)"
            frame.referencedAs.append(name.withUTF8 { references.intern(UnsafeRawBufferPointer($0)) })
        }
        frame.links = links.column
        frame.referencedPosts = references.column
        var tracer = FrameTracer(frame: frame)
        let code = try #require(frame.links.names.firstIndex(of: url))
        #expect(tracer.postCount(ofLink: code) == 2)
        let classes = [TraceAccountClass](repeating: [], count: rows.count)
        let (posts, input) = tracer.input(ofLink: code, accountClasses: classes, stateMedia: [Bool](repeating: false, count: rows.count))
        #expect(posts == [0, 1, 2, 3])
        #expect(input.references == [-1, 0, 1, -1])
        #expect(input.attachKeys == [UInt32(code), TraceInput.noKey, TraceInput.noKey, UInt32(code)])
        let trace = ProvenanceTrace(input)
        #expect(trace.parents == [-1, 0, 1, 0])
        #expect(trace.edgeKinds == [nil, .reference, .reference, .timeOrder])
        // The scratch marks of one URL do not leak into the next.
        let other = try #require(frame.links.names.firstIndex(of: "other.example/x"))
        #expect(tracer.input(ofLink: other, accountClasses: classes, stateMedia: [Bool](repeating: false, count: rows.count)).posts == [4, 5])
    }

    @Test func watchFileHandlesIdsCommentsAndCRLF() throws {
        let list = try WatchList(parsing: Array("# watched\r\n@BigNews\r\n12345  # an id\r\n\r\n   @other\n".utf8), file: "w.txt")
        #expect(list.handles == ["bignews", "other"])
        #expect(list.platformIDs == ["12345"])
        #expect(list.contains(platformID: "9", handle: "bignews"))
        #expect(list.contains(platformID: "12345", handle: nil))
        #expect(!list.contains(platformID: "9", handle: nil))
    }

    @Test(arguments: [("@a\n@b c\n", 2), ("1\n2\n@\n", 3), ("a,b\n", 1)])
    func badWatchLinesAreNamedWithFileAndLine(text: String, line: Int) {
        #expect(throws: InputFileError.self) { try WatchList(parsing: Array(text.utf8), file: "w.txt") }
        do {
            _ = try WatchList(parsing: Array(text.utf8), file: "w.txt")
        } catch {
            #expect(error.line == line)
            #expect(error.description.hasPrefix("w.txt:\(line): expected "))
        }
    }

    @Test func lagText() {
        #expect(TraceReport.lagText(45) == "45 s")
        #expect(TraceReport.lagText(725) == "12 min 05 s")
        #expect(TraceReport.lagText(93_780) == "26 h 03 min")
        #expect(TraceReport.lagText(3 * 86_400 + 4 * 3600) == "3 d 04 h")
        #expect(TraceReport.seconds(1_999) == 1 && TraceReport.seconds(2_000) == 2)
    }
}
