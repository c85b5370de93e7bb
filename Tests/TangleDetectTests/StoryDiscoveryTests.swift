import TangleCore
import Testing

@testable import TangleDetect

/// Hand-made posts with the stories and themes a reader would draw by hand: a copy-paste campaign
/// about a border deal whose link a fifth account shares and a sixth reposts, a second border story
/// told by its link, two stories about cats in kitchens, and posts that are no story.
@Suite struct StoryDiscoveryTests {
    struct Post {
        var account: Int
        var text: String
        var links: [String] = []
        var reposts: Int?
    }

    static let posts: [Post] = [
        Post(account: 0, text: "officials confirm the new border deal will cost taxpayers billions next year #border"),
        Post(account: 10, text: "my cat knocked a glass of water off the kitchen table", links: ["https://l3.example/cat"]),
        Post(account: 1, text: "officials confirm the new border deal will cost families billions next year #border"),
        Post(account: 2, text: "officials confirm new border deal will cost taxpayers billions next year #border"),
        // A variant of the campaign's text that also carries a link: joins the text cluster and the link.
        Post(
            account: 3, text: "officials confirm the new border deal will cost taxpayers billions this year #border",
            links: ["https://l1.example/deal"]),
        Post(account: 4, text: "must read", links: ["https://l1.example/deal"]),
        Post(account: 5, text: "RT @a: officials confirm the new border deal will cost taxpayers billions next year #border", reposts: 0),
        Post(account: 20, text: "border wall taxpayers funding billions scandal #border", links: ["https://l2.example/wall"]),
        Post(account: 21, text: "taxpayers pay for the border scandal #border", links: ["https://l2.example/wall"]),
        Post(account: 22, text: "billions wasted at the border #border", links: ["https://l2.example/wall"]),
        Post(account: 23, text: "look at this", links: ["https://l2.example/wall"]),
        Post(account: 24, text: "wow", links: ["https://l2.example/wall"]),
        Post(account: 11, text: "kitchen cat water glass disaster #cats", links: ["https://l3.example/cat"]),
        Post(account: 12, text: "cats and kitchen tables never mix #cats", links: ["https://l3.example/cat"]),
        Post(account: 13, text: "lol", links: ["https://l3.example/cat"]),
        Post(account: 14, text: "my kitchen is wet", links: ["https://l3.example/cat"]),
        Post(account: 30, text: "cats cats kitchen chaos #cats", links: ["https://l4.example/chaos"]),
        Post(account: 31, text: "kitchen cat chaos again #cats", links: ["https://l4.example/chaos"]),
        Post(account: 32, text: "the cat did it #cats", links: ["https://l4.example/chaos"]),
        Post(account: 33, text: "cat kitchen", links: ["https://l4.example/chaos"]),
        Post(account: 34, text: "hmm", links: ["https://l4.example/chaos"]),
        // No story: a link shared once, and a copy pair by two accounts.
        Post(account: 40, text: "lonely link", links: ["https://l9.example/"]),
        Post(account: 41, text: "some random people share this exact long sentence today"),
        Post(account: 42, text: "some random people share this exact long sentence today"),
    ]

    /// The posts as a Frame, one second apart, words loaded.
    static func frame(_ posts: [Post]) -> Frame {
        var frame = Frame()
        var references = KeyColumn.Builder()
        var links = KeyColumn.Builder()
        var domains = KeyColumn.Builder()
        var hashtags = KeyColumn.Builder()
        var words = WordColumn()
        let accountCount = (posts.map(\.account).max() ?? 0) + 1
        frame.accountRowIDs = (0..<accountCount).map { Int64($0 + 1) }
        for (index, post) in posts.enumerated() {
            frame.times.append(1_600_000_000_000 + Int64(index) * 1000)
            frame.accounts.append(UInt32(post.account))
            frame.kinds.append(post.reposts == nil ? PostKind.original.rawValue : PostKind.repost.rawValue)
            frame.postRowIDs.append(Int64(index + 1))
            references.append(post.reposts.map { [Substring("p\($0)")] } ?? [])
            links.append(post.links.map { Substring($0) })
            domains.append(post.links.map { Substring($0.split(separator: "/")[1]) })
            hashtags.append(Normalize.hashtags(in: post.text).map { Substring($0) })
            words.append(text: Normalize.text(post.text).utf8)
        }
        frame.referencedPosts = references.column
        frame.referencedAs = posts.indices.map { index in
            references.column.names.firstIndex(of: "p\(index)").map { UInt32($0) } ?? Frame.none
        }
        frame.links = links.column
        frame.domains = domains.column
        frame.hashtags = hashtags.column
        frame.words = words
        frame.textHashes = posts.map { _ in 1 }
        return frame
    }

    @Test func nearDuplicatesLinksAndRepostsMergeIntoTheExpectedStories() {
        let frame = Self.frame(Self.posts)
        let discovered = StoryDiscovery.discover(frame)
        #expect(discovered.stories.map(\.posts) == [[0, 2, 3, 4, 5, 6], [1, 12, 13, 14, 15], [7, 8, 9, 10, 11], [16, 17, 18, 19, 20]])
        #expect(discovered.stories.map(\.accountCount) == [6, 5, 5, 5])
        #expect(discovered.stories[0].textClusters == 1)
        #expect(discovered.stories[0].links.map { frame.links.names[Int($0.code)] } == ["https://l1.example/deal"])
        #expect(discovered.stories[0].links.first?.posts == 2)
        #expect(discovered.stories[2].links.first?.posts == 5)
        #expect(discovered.stories[2].hashtags.map { frame.hashtags.names[Int($0.code)] } == ["border"])
        #expect(discovered.stories[2].hashtags.first?.posts == 3)
    }

    @Test func storiesBelowTheMinimaAreDropped() {
        var parameters = DiscoveryParameters()
        parameters.minimumPosts = 6
        #expect(StoryDiscovery.discover(Self.frame(Self.posts), parameters: parameters).stories.map(\.firstPost) == [0])
        parameters.minimumPosts = 2
        parameters.minimumAccounts = 2
        // The copy pair is now a story; the lonely link still is not.
        let stories = StoryDiscovery.discover(Self.frame(Self.posts), parameters: parameters).stories
        #expect(stories.map(\.firstPost) == [0, 1, 7, 16, 22])
    }

    @Test func themesGroupStoriesSharingDistinctiveTerms() {
        let discovered = StoryDiscovery.discover(Self.frame(Self.posts))
        #expect(discovered.themes.map(\.stories) == [[0, 2], [1, 3]])
        #expect(discovered.themes.map(\.firstPost) == [0, 1])
        let cats = discovered.themes[1].terms.prefix(3).map(\.term)
        #expect(cats.contains(.hashtag(1)), "#cats is the second hashtag of the Frame")
        // A word every story uses weighs nothing.
        let the = Term.word(WordColumn.hash(word: "the".utf8))
        #expect(discovered.stories.allSatisfy { story in !story.terms.contains { $0.term == the } })
    }

    @Test func aHighThresholdLeavesNoTheme() {
        var parameters = DiscoveryParameters()
        parameters.themeThreshold = 0.99
        #expect(StoryDiscovery.discover(Self.frame(Self.posts), parameters: parameters).themes.isEmpty)
    }

    @Test func idsAreDeterministic() {
        let first = StoryDiscovery.discover(Self.frame(Self.posts))
        let second = StoryDiscovery.discover(Self.frame(Self.posts))
        #expect(first == second)
        #expect(first.stories.map(\.firstPost) == first.stories.map(\.firstPost).sorted())
    }

    @Test func termNamesReadWordsBackFromTexts() {
        let frame = Self.frame(Self.posts)
        var names = TermNames(hashtags: frame.hashtags.names)
        names.learn(text: "Officials CONFIRM the deal! #Border")
        #expect(names.name(of: .word(WordColumn.hash(word: "officials".utf8))) == "officials")
        #expect(names.name(of: .word(WordColumn.hash(word: "confirm".utf8))) == "confirm")
        #expect(names.name(of: .hashtag(0)) == "#border")
        #expect(names.name(of: .word(WordColumn.hash(word: "unseen".utf8))).hasPrefix("~"))
    }
}
