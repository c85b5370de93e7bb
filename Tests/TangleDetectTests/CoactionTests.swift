import Foundation
import Testing
import TangleCore
@testable import TangleDetect

/// Builds Frames by hand: posts in time order with their account, kind and keys.
struct FrameFixture {
    struct Post {
        var time: Int64
        var account: UInt32
        var kind: PostKind = .original
        var reference: String? = nil
        var links: [String] = []
        var hashtags: [String] = []
        var text: String = ""
    }

    static func frame(_ posts: [Post], accounts: Int? = nil) -> Frame {
        var frame = Frame()
        var references = KeyColumn.Builder()
        var links = KeyColumn.Builder()
        var domains = KeyColumn.Builder()
        var hashtags = KeyColumn.Builder()
        var empty = KeyColumn.Builder()
        for post in posts.sorted(by: { $0.time < $1.time }) {
            frame.times.append(post.time)
            frame.accounts.append(post.account)
            frame.kinds.append(post.kind.rawValue)
            frame.postRowIDs.append(Int64(frame.postRowIDs.count + 1))
            references.append(post.reference.map { [Substring($0)] } ?? [])
            links.append(post.links.map { Substring($0) })
            domains.append(post.links.map { Substring($0.split(separator: "/").first ?? "") })
            hashtags.append(post.hashtags.map { Substring($0) })
            empty.append([])
            let normalised = Normalize.text(post.text)
            frame.textHashes.append(normalised.isEmpty ? 0 : TextHash.of(normalised))
        }
        frame.referencedPosts = references.column
        frame.links = links.column
        frame.domains = domains.column
        frame.hashtags = hashtags.column
        frame.mentions = empty.column
        frame.mediaHashes = empty.column
        frame.referencedAs = [UInt32](repeating: Frame.none, count: frame.postCount)
        let count = accounts ?? Int((posts.map(\.account).max() ?? 0) + 1)
        frame.accountRowIDs = (0..<count).map { Int64($0 + 1) }
        return frame
    }
}

@Suite struct CoactionSweepTests {
    func edges(_ signal: Signal, _ frame: Frame, window: Int64) -> SignalEdges {
        CoactionSweep(window: window).edges(signal, KeyedActions(ActionList.of(signal, in: frame), frame: frame), frame: frame)
    }

    @Test func theWindowIsInclusiveInMilliseconds() {
        let frame = FrameFixture.frame([
            .init(time: 0, account: 0, kind: .repost, reference: "X"),
            .init(time: 60_000, account: 1, kind: .repost, reference: "X"),
            .init(time: 60_001, account: 2, kind: .repost, reference: "X"),
        ])
        let result = edges(.repost, frame, window: 60_000)
        #expect(result.sources == [0, 1])
        #expect(result.targets == [1, 2])
        #expect(result.coactions == [1, 1])
        #expect(result.medianGaps == [60_000, 1])
        // Three accounts on the key: each co-action counts fully.
        #expect(result.weights == [1, 1])
    }

    @Test func distinctKeysCoactionsAndTheMedianOfEachKeysClosestGap() {
        // Accounts 0 and 1: on key A twice each (closest gap 2 s), on key B once (gap 10 s), on key C (gap 30 s).
        let frame = FrameFixture.frame([
            .init(time: 0, account: 0, links: ["a.example/1"]),
            .init(time: 2_000, account: 1, links: ["a.example/1"]),
            .init(time: 5_000, account: 0, links: ["a.example/1"]),
            .init(time: 100_000, account: 0, links: ["a.example/2"]),
            .init(time: 110_000, account: 1, links: ["a.example/2"]),
            .init(time: 200_000, account: 1, links: ["a.example/3"]),
            .init(time: 230_000, account: 0, links: ["a.example/3"]),
            .init(time: 231_000, account: 0, links: ["a.example/3"]),
        ])
        let result = edges(.link, frame, window: 60_000)
        #expect(result.sources == [0] && result.targets == [1])
        #expect(result.keys == [3])
        // Key 1: (0,1) 2 s, (1,0@5s) 3 s; key 2: 10 s; key 3: 30 s and 31 s.
        #expect(result.coactions == [5])
        #expect(result.medianGaps == [10_000])
        #expect(result.weights == [3])
    }

    @Test func oneAccountNeverCoactsWithItselfAndRepostsOnlyCountAsReposts() {
        let frame = FrameFixture.frame([
            .init(time: 0, account: 0, links: ["a.example/1"], hashtags: ["x"], text: "same words"),
            .init(time: 1_000, account: 0, links: ["a.example/1"], hashtags: ["x"], text: "same words"),
            .init(time: 2_000, account: 1, kind: .repost, reference: "9", links: ["a.example/1"], hashtags: ["x"], text: "same words"),
        ])
        for signal in [Signal.link, .domain, .hashtag, .text] {
            #expect(edges(signal, frame, window: 60_000).count == 0, "\(signal)")
        }
    }

    @Test func emptyTextNeverMatchesAndHashtagSequencesNeedTwoTagsInOrder() {
        let frame = FrameFixture.frame([
            .init(time: 0, account: 0, hashtags: ["a", "b"], text: "@someone"),
            .init(time: 1_000, account: 1, hashtags: ["a", "b"], text: "@other"),
            .init(time: 2_000, account: 2, hashtags: ["b", "a"]),
            .init(time: 3_000, account: 3, hashtags: ["a"]),
        ])
        #expect(edges(.text, frame, window: 60_000).count == 0)
        let sequences = edges(.hashtagSeq, frame, window: 60_000)
        #expect(sequences.sources == [0] && sequences.targets == [1])
    }

    @Test func theOriginalPostActsOnItsOwnIdForRepost() {
        var frame = FrameFixture.frame([
            .init(time: 0, account: 0),
            .init(time: 5_000, account: 1, kind: .repost, reference: "100"),
            .init(time: 9_000, account: 2, kind: .repost, reference: "100"),
        ])
        frame.referencedAs[0] = 0  // post 0 is "100", code 0 in referencedPosts
        let result = edges(.repost, frame, window: 60_000)
        #expect(result.sources == [0, 0, 1])
        #expect(result.targets == [1, 2, 2])
    }

    @Test func platformAndShortenerDomainsAreNotSources() {
        let frame = FrameFixture.frame([
            .init(time: 0, account: 0, links: ["twitter.com/a/status/1", "bit.ly/x"]),
            .init(time: 1_000, account: 1, links: ["twitter.com/b/status/2", "bit.ly/y"]),
        ])
        #expect(edges(.domain, frame, window: 60_000).count == 0)
    }

    @Test func popularKeysWeighLess() {
        #expect(SignalEdges.keyWeight(accounts: 2) == 1)
        #expect(SignalEdges.keyWeight(accounts: 3) == 1)
        let weights = [4, 10, 100, 1_000, 10_000].map { SignalEdges.keyWeight(accounts: UInt32($0)) }
        #expect(zip(weights, weights.dropFirst()).allSatisfy { $0 > $1 })
        #expect(abs(SignalEdges.keyWeight(accounts: 100) - 0.2386) < 1e-4)
    }

    /// The sweep against the definition, pair by pair, on random frames.
    @Test(arguments: 1...40) func theSweepEqualsAllPairs(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let accounts = 2 + Int(rng.next() % 8)
        let keys = 1 + Int(rng.next() % 6)
        let window = Int64(1 + rng.next() % 20)
        var posts: [FrameFixture.Post] = []
        for _ in 0..<Int(rng.next() % 60) {
            let time = Int64(rng.next() % 100)
            let tags = (0..<Int(rng.next() % 3)).map { _ in "k\(rng.next() % UInt64(keys))" }
            posts.append(.init(time: time, account: UInt32(rng.next() % UInt64(accounts)), hashtags: tags))
        }
        let frame = FrameFixture.frame(posts, accounts: accounts)
        let result = edges(.hashtag, frame, window: window)

        // The definition: for each pair, the keys both used within the window, and how often.
        var sharers: [String: Set<UInt32>] = [:]
        for post in 0..<frame.postCount {
            for tag in Set(frame.hashtags[post]) { sharers[frame.hashtags.names[Int(tag)], default: []].insert(frame.accounts[post]) }
        }
        var expected: [[UInt32]: (keys: Set<UInt32>, coactions: Int, weight: Double, gaps: [UInt32: Int64])] = [:]
        for i in 0..<frame.postCount {
            for j in (i + 1)..<frame.postCount {
                let (a, b) = (frame.accounts[i], frame.accounts[j])
                guard a != b, frame.times[j] - frame.times[i] <= window else { continue }
                for key in Set(frame.hashtags[i]).intersection(frame.hashtags[j]) {
                    let pair = [min(a, b), max(a, b)]
                    var entry = expected[pair] ?? ([], 0, 0, [:])
                    entry.coactions += 1
                    if entry.keys.insert(key).inserted {
                        entry.weight += SignalEdges.keyWeight(accounts: UInt32(sharers[frame.hashtags.names[Int(key)]]!.count))
                    }
                    entry.gaps[key] = min(entry.gaps[key] ?? .max, frame.times[j] - frame.times[i])
                    expected[pair] = entry
                }
            }
        }
        let pairs = expected.keys.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
        #expect(result.sources == pairs.map { $0[0] })
        #expect(result.targets == pairs.map { $0[1] })
        #expect(result.keys == pairs.map { UInt32(expected[$0]!.keys.count) })
        #expect(result.coactions == pairs.map { UInt32(expected[$0]!.coactions) })
        for (index, pair) in pairs.enumerated() {
            #expect(abs(result.weights[index] - expected[pair]!.weight) < 1e-9)
            let gaps = expected[pair]!.gaps.values.sorted()
            #expect(result.medianGaps[index] == gaps[(gaps.count - 1) / 2])
        }
    }
}

@Suite struct NullModelTests {
    @Test func shufflingMovesContentAmongTheBlocksPostsAndKeepsEachBlocksKeys() {
        var rng = SeededRandom(seed: 9)
        // Half the posts carry a hashtag, some two.
        let posts = (0..<500).map { _ in
            FrameFixture.Post(
                time: Int64(rng.next() % 10_000), account: UInt32(rng.next() % 30),
                hashtags: (0..<Int(rng.next() % 4) / 2 + Int(rng.next() % 2)).map { _ in "t\(rng.next() % 12)" })
        }
        let frame = FrameFixture.frame(posts)
        let list = ActionList.of(.hashtag, in: frame)
        let null = NullModel(block: 1_000, frame: frame)
        let shuffled = null.shuffled(list, signal: .hashtag, seed: 4)
        #expect(shuffled.count == list.count)
        #expect(shuffled.posts != list.posts, "keys land on posts that had none")
        #expect(zip(shuffled.posts, shuffled.posts.dropFirst()).allSatisfy { $0 <= $1 }, "still in post order")
        // A post's keys move together.
        let perPost = Dictionary(grouping: list.posts, by: { $0 }).values.map(\.count).sorted()
        #expect(Dictionary(grouping: shuffled.posts, by: { $0 }).values.map(\.count).sorted() == perPost)
        func keysByBlock(_ l: ActionList) -> [Int64: [UInt32]] {
            Dictionary(grouping: l.posts.indices, by: { frame.times[Int(l.posts[$0])] / 1_000 }).mapValues { $0.map { l.keys[$0] }.sorted() }
        }
        #expect(keysByBlock(shuffled) == keysByBlock(list))
        #expect(null.shuffled(list, signal: .hashtag, seed: 4).keys == shuffled.keys)
        #expect(null.shuffled(list, signal: .hashtag, seed: 5).posts != shuffled.posts)
    }
}

@Suite struct PoissonTests {
    @Test func theUpperTailMatchesTheDirectSum() {
        for mean in [0.1, 0.25, 0.5, 2.0, 7.5] {
            for k in 1...60 {
                // The tail summed term by term, in log space: no cancellation however small it is.
                let logs = (k..<(k + 400)).map { i in -mean + Double(i) * log(mean) - lgamma(Double(i) + 1) }
                let top = logs.max()!
                let direct = (top + log(logs.map { exp($0 - top) }.reduce(0, +))) / log(10)
                #expect(abs(Poisson.log10UpperTail(atLeast: k, mean: mean) - direct) < 1e-6 * max(1, abs(direct)), "k \(k) mean \(mean)")
            }
        }
        #expect(Poisson.log10UpperTail(atLeast: 0, mean: 3) == 0)
    }
}

@Suite struct CoordinationTests {
    /// 200 accounts posting at random; accounts 0–5 also repost the same 30 posts seconds apart.
    static func plantedWorld(planted: Bool, seed: UInt64) -> Frame {
        var rng = SeededRandom(seed: seed)
        var posts: [FrameFixture.Post] = []
        let day: Int64 = 86_400_000
        for _ in 0..<6_000 {
            let time = Int64(rng.next() % UInt64(7 * day))
            let account = UInt32(rng.next() % 200)
            if rng.next() % 2 == 0 {
                posts.append(.init(time: time, account: account, kind: .repost, reference: "p\(rng.next() % 400)"))
            } else {
                posts.append(.init(time: time, account: account, links: ["site\(rng.next() % 20).example/\(rng.next() % 300)"], hashtags: ["tag\(rng.next() % 15)"]))
            }
        }
        if planted {
            for story in 0..<30 {
                let time = Int64(story) * 5 * 3_600_000 + 1_000
                for bot in 0..<6 {
                    posts.append(.init(time: time + Int64(bot) * 2_000 + Int64(rng.next() % 1_000), account: UInt32(bot), kind: .repost, reference: "story\(story)"))
                }
            }
        }
        return FrameFixture.frame(posts, accounts: 200)
    }

    @Test func aPlantedUnitIsTheOnlyNetwork() {
        let result = Coordination.run(Self.plantedWorld(planted: true, seed: 1), parameters: CoordinationParameters())
        #expect(result.networks.count == 1)
        #expect(result.networks.first?.members == [0, 1, 2, 3, 4, 5])
        #expect(result.networks.first?.edges.count == 15)
    }

    @Test(arguments: [UInt64(1), 2, 3]) func randomActivityYieldsNoNetwork(seed: UInt64) {
        let result = Coordination.run(Self.plantedWorld(planted: false, seed: seed), parameters: CoordinationParameters())
        #expect(result.networks.isEmpty)
        #expect(result.combined.flagged.allSatisfy { !$0 })
    }

    @Test func theSameInputGivesTheSameResult() {
        let frame = Self.plantedWorld(planted: true, seed: 2)
        let a = Coordination.run(frame, parameters: CoordinationParameters())
        let b = Coordination.run(frame, parameters: CoordinationParameters())
        #expect(a.combined.surprise == b.combined.surprise)
        #expect(a.networks.map(\.members) == b.networks.map(\.members))
    }
}
