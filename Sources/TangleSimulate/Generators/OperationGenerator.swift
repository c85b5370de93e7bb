/// One operation running the playbook, one simulated hour at a time:
///
/// - its outlets publish stories in the office's daytime, and stories appear on its fake sites,
///   first posted by a troll on shift or a bot;
/// - its bots repost each story's first post seconds later and post stories' headlines and links on
///   a schedule;
/// - its trolls work office shifts (local `shiftStartHour` to `shiftEndHour`, weekdays, quieter at
///   lunch) posting near-duplicate variants of shared scripts, reposting outlet posts, and filler;
/// - sympathizers repost and reply to its posts; a watched account repeats a few stories a day or
///   so later (uptake);
/// - the share of the second narrative jumps at the pivot.
///
/// Events it plans for later hours (reposts, engagements, uptakes) carry their own times; every
/// event falls at or after the hour being generated and before the world's end.
struct OperationGenerator {
    private let index: Int
    private let world: World
    private let settings: OperationParameters
    private let organic: OrganicParameters
    private let cast: OperationCast
    private let scale: Double
    private var rng: SplitMix64
    private let office: Int64
    private let pivotTime: Int64?
    /// Story rate by office-local hour, summing to 1 over a day.
    private let outletDiurnal: [Double]

    private var stories: [StoryInPlay] = []
    private var scripts: [Script] = []
    private var outletPosts: [Event.Reference] = []
    private var nextBotPost: [Int64]
    private var uptakesPlanned = 0
    private var storyCount = 0
    private var trendingDay = Int64.min
    private var trending: [Int32] = []

    /// A story being pushed: its first post's content is what bots copy.
    private struct StoryInPlay {
        var story: Int32
        var time: Int64
        var headline: Content
    }

    /// Words handed to the trolls to post in their own variants.
    private struct Script {
        var seed: UInt64
        var narrative: Int16
        /// The story it pushes, or -1 for commentary without a link.
        var story: Int32
        var time: Int64
    }

    /// How long stories and scripts stay in play.
    private static let memory = 24 * Clock.hour

    init(index: Int, world: World, settings: OperationParameters, organic: OrganicParameters, scale: Double) {
        self.index = index
        self.world = world
        self.settings = settings
        self.organic = organic
        self.scale = scale
        let cast = world.casts[index]
        self.cast = cast
        rng = SplitMix64.stream(world.seed, 200 + UInt64(index))
        office = Int64(settings.officeUTCOffsetHours) * Clock.hour
        pivotTime = Self.pivotTime(settings, world: world)
        let daytime = (0..<24).map { $0 >= 6 && $0 < 23 ? 1.0 : 0.1 }
        let total = daytime.reduce(0, +)
        outletDiurnal = daytime.map { $0 / total }
        // Each bot keeps its own slot within the interval.
        let interval = Self.botInterval(settings.bots, scale: scale)
        let (start, seed) = (world.start, world.seed)
        nextBotPost = cast.bots.map { bot in
            start + Int64(SplitMix64.hash(seed, UInt64(bot)) % UInt64(interval))
        }
    }

    /// The date of the pivot, when the operation has one.
    static func pivotTime(_ settings: OperationParameters, world: World) -> Int64? {
        guard settings.narratives.pivot, settings.narratives.names.count > 1 else { return nil }
        return (Clock.days(world.start) + Int64(settings.narratives.pivotAt * Double(world.hours / 24))) * Clock.day
    }

    private static func botInterval(_ bots: BotParameters, scale: Double) -> Int64 {
        max(Clock.minute, Int64(bots.postEveryHours / scale * Double(Clock.hour)))
    }

    mutating func generate(hour: Int, ledger: inout Ledger, ids: inout PostIDs, into events: inout [Event]) {
        let hourStart = world.start + Int64(hour) * Clock.hour
        let hourEnd = hourStart + Clock.hour
        stories.removeAll { $0.time < hourStart - Self.memory }
        scripts.removeAll { $0.time < hourStart - Self.memory }
        let local = hourStart + office
        let localHour = Clock.hourOfDay(local)
        let day = Clock.days(hourStart)
        if day != trendingDay {
            trendingDay = day
            trending = world.trending(day: day, count: organic.trendingPerDay)
        }

        if settings.trolls.enabled, localHour == settings.trolls.shiftStartHour % 24 {
            for _ in 0..<settings.trolls.scriptsPerDay {
                scripts.append(
                    Script(seed: rng.next(), narrative: narrative(at: hourStart), story: -1, time: hourStart))
            }
        }
        if settings.outlets.enabled {
            for outlet in cast.outlets.indices {
                let count = rng.poisson(settings.outlets.storiesPerDay * scale * outletDiurnal[localHour])
                for _ in 0..<count {
                    let time = hourStart + Int64(rng.below(Int(Clock.hour)))
                    publish(
                        by: cast.outlets[outlet], on: cast.outletDomains[outlet], at: time, ledger: &ledger, ids: &ids,
                        into: &events)
                }
            }
        }
        // Each troll's working windows around this hour (no draws: the same whenever computed).
        let shifts = cast.trolls.map { shift(of: $0, around: hourStart) }
        if settings.fakeSites.enabled, !cast.fakeSites.isEmpty {
            for _ in 0..<rng.poisson(settings.fakeSites.storiesPerDay * scale / 24) {
                let time = hourStart + Int64(rng.below(Int(Clock.hour)))
                let onShift = cast.trolls.indices.filter { troll in shifts[troll].contains { $0.contains(time) } }
                let author = onShift.isEmpty ? pick(from: cast.bots) : pick(from: onShift).map { cast.trolls[$0] }
                if let author {
                    let site = cast.fakeSites[rng.below(cast.fakeSites.count)]
                    publish(by: author, on: site, at: time, ledger: &ledger, ids: &ids, into: &events)
                }
            }
        }
        if settings.trolls.enabled {
            let lunch = localHour == settings.trolls.lunchHour ? settings.trolls.lunchFactor : 1
            for (troll, windows) in zip(cast.trolls, shifts) {
                for window in windows {
                    let from = max(window.lowerBound, hourStart)
                    let to = min(window.upperBound, hourEnd)
                    guard from < to else { continue }
                    let rate = settings.trolls.postsPerHour * scale * lunch * Double(to - from) / Double(Clock.hour)
                    for _ in 0..<rng.poisson(rate) {
                        let time = from + Int64(rng.below(Int(to - from)))
                        trollPost(by: troll, at: time, ids: &ids, into: &events)
                    }
                }
            }
        }
        if settings.bots.enabled {
            let interval = Self.botInterval(settings.bots, scale: scale)
            let jitter = Int(settings.bots.scheduleJitterSeconds * 1000) + 1
            for bot in cast.bots.indices {
                while nextBotPost[bot] < hourEnd {
                    let slot = nextBotPost[bot]
                    nextBotPost[bot] += interval
                    guard slot >= hourStart else { continue }
                    let time = slot + Int64(rng.below(jitter))
                    if time < world.end { scheduledPost(by: cast.bots[bot], at: time, ids: &ids, into: &events) }
                }
            }
        }
    }

    // MARK: - Stories

    /// A story's first post, then the bot unit's reposts of it, sympathizers' engagement, and,
    /// when one is due, a watched account's uptake.
    private mutating func publish(
        by author: Int32, on site: Int32, at time: Int64, ledger: inout Ledger, ids: inout PostIDs,
        into events: inout [Event]
    ) {
        let narrative = narrative(at: time)
        storyCount += 1
        let story = Int32(ledger.stories.count)
        ledger.stories.append(
            Ledger.Story(
                operation: index, number: storyCount, narrative: Int(narrative), url: storyURL(site: site, at: time)))
        let headline = Content(
            wordCount: UInt8(8 + rng.below(7)), capitalized: true, narrative: narrative, link: .story(story),
            seed: rng.next())
        var first = Event(id: ids.make(at: time), time: time, account: author, content: headline)
        first.mark = .storyFirstPost(story)
        events.append(first)
        if world.accounts.roles[Int(author)] == .outlet { remember(outletPost: first.asReference) }
        stories.append(StoryInPlay(story: story, time: time, headline: headline))
        if settings.trolls.enabled {
            scripts.append(Script(seed: rng.next(), narrative: narrative, story: story, time: time))
        }
        if settings.bots.enabled {
            for bot in cast.bots where bot != author && rng.chance(settings.bots.repostProbability) {
                let repostTime = time + botLag()
                guard repostTime < world.end else { continue }
                var repost = Event(id: ids.make(at: repostTime), time: repostTime, account: bot, content: headline)
                repost.kind = .repost
                repost.reference = first.asReference
                events.append(repost)
            }
        }
        engage(with: first, ids: &ids, into: &events)
        planUptake(of: story, first: first, ledger: &ledger, ids: &ids, into: &events)
    }

    /// `https://outlet.example/section/123456-words-words/` or `https://site.example/2016/09/14/words-words-7.html`.
    private mutating func storyURL(site: Int32, at time: Int64) -> [UInt8] {
        var url = Array("https://".utf8)
        url += world.domains[Int(site)]
        let words = (0..<(3 + rng.below(3))).map { _ in world.vocabulary[world.vocabularySampler.sample(&rng)] }
        if cast.outletDomains.contains(site) {
            url += Array("/\(Lexicon.sections[rng.below(Lexicon.sections.count)])/".utf8)
            url.appendDecimal(100_000 * (index + 1) + storyCount)
            for word in words { url += [UInt8(ascii: "-")] + word }
            url.append(UInt8(ascii: "/"))
        } else {
            url.append(UInt8(ascii: "/"))
            url.appendDate(time, separator: UInt8(ascii: "/"))
            url.append(UInt8(ascii: "/"))
            for word in words { url += word + [UInt8(ascii: "-")] }
            url.appendDecimal(storyCount)
            url += Array(".html".utf8)
        }
        return url
    }

    /// A repeat of the story by a watched account a day or so after its first post: the first
    /// uptake is due a sixth of the way through the world (for three), the others evenly after.
    private mutating func planUptake(
        of story: Int32, first: Event, ledger: inout Ledger, ids: inout PostIDs, into events: inout [Event]
    ) {
        let uptake = settings.uptake
        guard uptake.enabled, !world.watched.isEmpty, uptakesPlanned < uptake.stories else { return }
        let due = world.start + (world.end - world.start) * Int64(2 * uptakesPlanned + 1) / Int64(2 * uptake.stories)
        guard first.time >= due else { return }
        let hours = uptake.lagHours + (2 * rng.unit() - 1) * uptake.lagJitterHours
        let time = first.time + max(Clock.hour, Int64(hours * Double(Clock.hour)))
        guard time < world.end else { return }
        let account = world.watched[(index + uptakesPlanned) % world.watched.count]
        let number = Int32(ledger.uptakes.count)
        ledger.uptakes.append(Ledger.Uptake(operation: index, story: story, account: account))
        let content = Content(
            wordCount: UInt8(6 + rng.below(8)), capitalized: true, link: .story(story), seed: rng.next())
        var uptakePost = Event(id: ids.make(at: time), time: time, account: account, content: content)
        uptakePost.mark = .uptake(number)
        events.append(uptakePost)
        uptakesPlanned += 1
    }

    // MARK: - Units

    private mutating func trollPost(by troll: Int32, at time: Int64, ids: inout PostIDs, into events: inout [Event]) {
        let roll = rng.unit()
        let trolls = settings.trolls
        if roll < trolls.scriptShare, let script = pick(from: scripts, where: { $0.time < time }) {
            let content = Content(
                words: .script, edits: UInt8(trolls.variantEdits), narrative: script.narrative,
                link: script.story >= 0 ? .story(script.story) : .none, seed: script.seed, variant: rng.next())
            let post = Event(id: ids.make(at: time), time: time, account: troll, content: content)
            events.append(post)
            engage(with: post, ids: &ids, into: &events)
            return
        }
        if roll < trolls.scriptShare + trolls.repostShare,
            let original = pick(from: outletPosts, where: { $0.time < time })
        {
            var repost = Event(id: ids.make(at: time), time: time, account: troll, content: original.content)
            repost.kind = .repost
            repost.reference = original
            events.append(repost)
            return
        }
        events.append(filler(by: troll, at: time, ids: &ids))
    }

    /// A bot's scheduled post: a story's headline and link as the outlet posted them (with
    /// `headlineEdits` edits), or the narrative's hashtag, or filler.
    private mutating func scheduledPost(by bot: Int32, at time: Int64, ids: inout PostIDs, into events: inout [Event]) {
        if rng.chance(settings.bots.fillerShare) {
            events.append(filler(by: bot, at: time, ids: &ids))
            return
        }
        var content: Content
        if let story = pick(from: stories, where: { $0.time < time }) {
            content = story.headline
            content.edits = UInt8(settings.bots.headlineEdits)
            content.variant = rng.next()
        } else {
            content = Content(
                wordCount: UInt8(4 + rng.below(5)), capitalized: rng.chance(0.5), narrative: narrative(at: time),
                seed: rng.next())
        }
        events.append(Event(id: ids.make(at: time), time: time, account: bot, content: content))
    }

    /// An ordinary post, to look like anyone else.
    private mutating func filler(by account: Int32, at time: Int64, ids: inout PostIDs) -> Event {
        let content =
            rng.chance(0.2)
            ? world.stockPhrase(&rng)
            : world.ordinaryContent(&rng, day: Clock.days(time), organic: organic, trending: trending)
        return Event(id: ids.make(at: time), time: time, account: account, content: content)
    }

    /// Sympathizers reposting or replying to `post` minutes to hours later.
    private mutating func engage(with post: Event, ids: inout PostIDs, into events: inout [Event]) {
        let sympathizers = settings.sympathizers
        guard sympathizers.enabled, !cast.sympathizers.isEmpty else { return }
        for _ in 0..<rng.poisson(sympathizers.engagementsPerPost) {
            let account = cast.sympathizers[rng.below(cast.sympathizers.count)]
            let minutes = rng.logNormal(median: sympathizers.medianLagMinutes, spread: 1.0)
            let time = post.time + max(5 * Clock.second, Int64(minutes * Double(Clock.minute)))
            guard time < world.end else { continue }
            var engagement = Event(id: ids.make(at: time), time: time, account: account, content: post.content)
            engagement.reference = post.asReference
            if rng.chance(sympathizers.replyShare) {
                engagement.kind = .reply
                engagement.content = Content(wordCount: UInt8(2 + rng.below(8)), seed: rng.next())
            } else {
                engagement.kind = .repost
            }
            events.append(engagement)
        }
    }

    // MARK: - Timing and narratives

    /// Seconds between a story's first post and a bot's repost of it: at least the minimum,
    /// log-normal around the median, at most the maximum.
    private mutating func botLag() -> Int64 {
        let bots = settings.bots
        let spread = rng.logNormal(median: max(0.001, bots.lagMedianSeconds - bots.lagMinSeconds), spread: 0.9)
        let seconds = min(bots.lagMaxSeconds, bots.lagMinSeconds + spread)
        return max(1, Int64(seconds * 1000))
    }

    /// The troll's working windows (UTC) on the office days around `time`: the office hours,
    /// shifted by the day's jitter, on weekdays and on the weekend days it works.
    private func shift(of troll: Int32, around time: Int64) -> [Range<Int64>] {
        let trolls = settings.trolls
        let today = Clock.days(time + office)
        var windows: [Range<Int64>] = []
        for day in (today - 1)...(today + 1) {
            let dayStart = day * Clock.day - office
            let draw = SplitMix64.hash(UInt64(bitPattern: Int64(troll)) ^ world.seed, UInt64(bitPattern: day))
            if Clock.weekday(day * Clock.day) >= 5, SplitMix64.unit(of: draw) >= trolls.weekendFactor { continue }
            var jitter = (Int64(0), Int64(0))
            if trolls.shiftJitterMinutes > 0 {
                let span = UInt64(2 * trolls.shiftJitterMinutes + 1)
                jitter = (
                    Int64((draw >> 20) % span) - Int64(trolls.shiftJitterMinutes),
                    Int64((draw >> 40) % span) - Int64(trolls.shiftJitterMinutes)
                )
            }
            let from = dayStart + Int64(trolls.shiftStartHour) * Clock.hour + jitter.0 * Clock.minute
            let to = dayStart + Int64(trolls.shiftEndHour) * Clock.hour + jitter.1 * Clock.minute
            if from < to { windows.append(from..<to) }
        }
        return windows
    }

    /// The narrative of an item posted at `time`: before the pivot the second narrative has
    /// `shareBefore`, after it `shareAfter`; the rest goes to the others.
    private mutating func narrative(at time: Int64) -> Int16 {
        let names = cast.narratives
        guard names.count > 1 else { return Int16(names.first ?? 0) }
        let narratives = settings.narratives
        let share = pivotTime.map { time >= $0 } == true ? narratives.shareAfter : narratives.shareBefore
        if rng.chance(share) { return Int16(names[1]) }
        if names.count == 2 { return Int16(names[0]) }
        let other = rng.below(names.count - 1)
        return Int16(names[other == 0 ? 0 : other + 1])
    }

    /// A uniform choice drawn with this generator's own arithmetic (not the standard library's,
    /// whose sampling could change between releases and with it the output).
    private mutating func pick<Element>(from elements: [Element]) -> Element? {
        elements.isEmpty ? nil : elements[rng.below(elements.count)]
    }

    /// `pick(from: elements.filter(isIncluded))` without building the filtered array: the same
    /// draw (none when nothing matches), then a walk to the chosen match.
    private mutating func pick<Element>(from elements: [Element], where isIncluded: (Element) -> Bool) -> Element? {
        var count = 0
        for element in elements where isIncluded(element) { count += 1 }
        guard count > 0 else { return nil }
        var rest = rng.below(count)
        for element in elements where isIncluded(element) {
            if rest == 0 { return element }
            rest -= 1
        }
        return nil
    }

    private mutating func remember(outletPost: Event.Reference) {
        if outletPosts.count >= 32 { outletPosts.removeFirst() }
        outletPosts.append(outletPost)
    }
}
