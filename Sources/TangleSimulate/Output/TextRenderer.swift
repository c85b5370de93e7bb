/// Renders a post's content recipe into its text, recording where its mentions, hashtags and link
/// are (the v2 entities and Telegram's text entities need the positions). Texts are ASCII, so a
/// byte offset is a character offset.
///
/// Rendering is a pure function of the recipe: a repost, which carries its original's recipe,
/// renders the same words, and a script variant differs from its script by its few edits.
struct TextRenderer {
    /// Where an entity sits in `text`, and which item it names.
    struct Span {
        var start: Int
        var end: Int
        /// An account for mentions, a hashtag index for hashtags.
        var item: Int32
    }

    /// What goes before the words.
    enum Prefix {
        case none
        /// `RT @handle: `, the old-style retweet prefix.
        case repost(of: Int32)
        /// `@handle `, as replies start.
        case reply(to: Int32)
    }

    let world: World
    private(set) var text: [UInt8] = []
    private(set) var mentions: [Span] = []
    private(set) var hashtags: [Span] = []
    private(set) var link: Span?
    private var words: [Int32] = []

    init(world: World) {
        self.world = world
        text.reserveCapacity(512)
    }

    /// Renders `content` into `text`; links are written as `t.co` short links when `shortLinks`.
    mutating func render(_ content: Content, prefix: Prefix, shortLinks: Bool, ledger: Ledger) {
        text.removeAll(keepingCapacity: true)
        mentions.removeAll(keepingCapacity: true)
        hashtags.removeAll(keepingCapacity: true)
        link = nil
        switch prefix {
        case .none:
            break
        case .repost(let account):
            text.append("RT ")
            appendMention(account)
            text.append(UInt8(ascii: ":"))
            text.append(UInt8(ascii: " "))
        case .reply(let account):
            appendMention(account)
            text.append(UInt8(ascii: " "))
        }
        if content.mention >= 0 {
            appendMention(content.mention)
            text.append(UInt8(ascii: " "))
        }
        appendWords(content)
        if content.hashtag >= 0 { appendHashtag(content.hashtag) }
        if content.secondHashtag >= 0 { appendHashtag(content.secondHashtag) }
        if content.narrative >= 0 { appendHashtag(Int32(world.narrativeTags) + Int32(content.narrative)) }
        if case .none = content.link { return }
        text.append(UInt8(ascii: " "))
        let start = text.count
        if shortLinks {
            appendShortLink(content)
        } else {
            appendURL(content.link, ledger: ledger, into: &text)
        }
        link = Span(start: start, end: text.count, item: 0)
    }

    /// The link's full URL, as `expanded_url`, the IO archive's `urls` and QUT's `urls` hold it.
    func appendURL(_ link: Content.Link, ledger: Ledger, into bytes: inout [UInt8]) {
        switch link {
        case .none:
            break
        case .story(let story):
            bytes += ledger.stories[Int(story)].url
        case .burst(let url):
            bytes += world.burstURLs[Int(url)]
        case .article(let domain, let day, let rank, let tracking):
            appendArticleURL(domain: Int(domain), day: Int64(day), rank: Int(rank), into: &bytes)
            switch tracking {
            case 1: bytes.append("?utm_source=twitter&utm_medium=social")
            case 2: bytes.append("?utm_medium=twitter&utm_source=dlvr.it")
            case 3: bytes.append("?utm_campaign=share&utm_source=tw")
            default: break
            }
        }
    }

    // MARK: - Parts

    private mutating func appendMention(_ account: Int32) {
        let start = text.count
        text.append(UInt8(ascii: "@"))
        text += world.accounts.handles[Int(account)]
        mentions.append(Span(start: start, end: text.count, item: account))
    }

    private mutating func appendHashtag(_ tag: Int32) {
        text.append(UInt8(ascii: " "))
        let start = text.count
        text.append(UInt8(ascii: "#"))
        text += world.hashtags[Int(tag)]
        hashtags.append(Span(start: start, end: text.count, item: tag))
    }

    private mutating func appendWords(_ content: Content) {
        if content.words == .stockPhrase {
            text += world.stockPhrases[Int(content.seed)]
            return
        }
        var rng = SplitMix64(seed: content.seed)
        let count = content.words == .script ? 10 + rng.below(5) : Int(content.wordCount)
        let capitalized = content.words == .script ? content.seed & 1 == 1 : content.capitalized
        words.removeAll(keepingCapacity: true)
        for _ in 0..<count { words.append(Int32(world.vocabularySampler.sample(&rng))) }
        // Punctuation belongs to the recipe too, so copies keep it.
        let comma = rng.below(4) == 0 ? rng.below(max(1, count - 1)) : -1
        let ending = rng.below(8)
        applyEdits(count: Int(content.edits), variant: content.variant)
        for (position, word) in words.enumerated() {
            if position > 0 { text.append(UInt8(ascii: " ")) }
            let start = text.count
            text += world.vocabulary[Int(word)]
            if position == 0, capitalized, text[start] >= UInt8(ascii: "a"), text[start] <= UInt8(ascii: "z") {
                text[start] -= 32
            }
            if position == comma, position < words.count - 1 { text.append(UInt8(ascii: ",")) }
        }
        switch ending {
        case 0, 1: text.append(UInt8(ascii: "."))
        case 2: text.append(UInt8(ascii: "!"))
        case 3: text.append(UInt8(ascii: "?"))
        default: break
        }
    }

    /// Near-duplicate edits: replace a word, swap two neighbours, insert a word, drop a word.
    private mutating func applyEdits(count: Int, variant: UInt64) {
        guard count > 0 else { return }
        var rng = SplitMix64(seed: variant)
        for _ in 0..<count {
            let position = rng.below(words.count)
            switch rng.below(4) {
            case 0:
                words[position] = Int32(world.vocabularySampler.sample(&rng))
            case 1 where position + 1 < words.count:
                words.swapAt(position, position + 1)
            case 2 where words.count < 24:
                words.insert(Int32(world.vocabularySampler.sample(&rng)), at: position)
            case 3 where words.count > 4:
                words.remove(at: position)
            default:
                words[position] = Int32(world.vocabularySampler.sample(&rng))
            }
        }
    }

    /// `https://t.co/` and ten base-62 characters, the same for every copy of one post.
    private mutating func appendShortLink(_ content: Content) {
        text.append("https://t.co/")
        var code = SplitMix64.hash(content.seed, content.variant ^ 0x7463_6F)
        for _ in 0..<10 {
            let digit = UInt8(code % 62)
            code /= 62
            text.append(
                digit < 10
                    ? UInt8(ascii: "0") + digit
                    : digit < 36 ? UInt8(ascii: "a") + digit - 10 : UInt8(ascii: "A") + digit - 36)
        }
    }

    /// An article URL in the domain's own style: dated paths, numbered articles, section slugs.
    private func appendArticleURL(domain: Int, day: Int64, rank: Int, into bytes: inout [UInt8]) {
        var rng = SplitMix64(seed: SplitMix64.hash(UInt64(domain), UInt64(bitPattern: day) << 8 | UInt64(rank)))
        let slug = (0..<(3 + rng.below(3))).map { _ in rng.below(min(2_000, world.vocabulary.count)) }
        let number = 1_000_000 + rng.below(9_000_000)
        let section = Lexicon.sections[rng.below(Lexicon.sections.count)]
        bytes.append("https://")
        bytes += world.domains[domain]
        func appendSlug(_ bytes: inout [UInt8]) {
            for (position, word) in slug.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: "-")) }
                bytes += world.vocabulary[word]
            }
        }
        func appendDatePath(_ bytes: inout [UInt8]) {
            bytes.appendDate(days: day, separator: UInt8(ascii: "/"))
            bytes.append(UInt8(ascii: "/"))
        }
        switch domain % 4 {
        case 0:
            bytes.append(UInt8(ascii: "/"))
            appendDatePath(&bytes)
            appendSlug(&bytes)
            bytes.append(UInt8(ascii: "/"))
        case 1:
            bytes += Array("/\(section)/".utf8)
            appendSlug(&bytes)
            bytes.append(UInt8(ascii: "-"))
            bytes.appendDecimal(number)
            bytes.append(".html")
        case 2:
            bytes += Array("/\(section)/".utf8)
            appendDatePath(&bytes)
            appendSlug(&bytes)
        default:
            bytes.append("/article/")
            bytes.appendDecimal(number)
            bytes.append(UInt8(ascii: "/"))
            appendSlug(&bytes)
        }
    }
}
