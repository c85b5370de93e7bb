import Foundation

/// Breaking-news bursts: a popular account breaks the news, then thousands of distinct organic
/// accounts post its hashtag or link, or repost it, within minutes (most in the first minutes, as
/// attention decays). Coordinated-looking, and organic: the null a detector must not flag.
struct BurstGenerator {
    private let world: World
    private let settings: BurstParameters
    private let scale: Double
    private var rng: SplitMix64

    init(world: World, settings: BurstParameters, scale: Double) {
        self.world = world
        self.settings = settings
        self.scale = scale
        rng = SplitMix64.stream(world.seed, 5)
    }

    /// Accounts posting in a burst, its source included, after scaling.
    static func accounts(_ plan: World.BurstPlan, scale: Double) -> Int {
        max(1, Int((Double(plan.accounts) * scale).rounded()))
    }

    /// Appends the posts of the bursts that start in hour `hour` (some fall in later hours).
    mutating func generate(hour: Int, ids: inout PostIDs, into events: inout [Event]) {
        for plan in world.bursts where world.hour(of: plan.start) == hour {
            emit(plan, ids: &ids, into: &events)
        }
    }

    private mutating func emit(_ plan: World.BurstPlan, ids: inout PostIDs, into events: inout [Event]) {
        var content = Content(wordCount: UInt8(6 + rng.below(6)), capitalized: true, seed: rng.next())
        switch plan.key {
        case .hashtag(let tag): content.hashtag = tag
        case .link(let url): content.link = .burst(url)
        }
        let source = Event(id: ids.make(at: plan.start), time: plan.start, account: plan.source, content: content)
        events.append(source)

        let length = Double(Int64(plan.minutes) * Clock.minute)
        let decay = length / 3
        let tail = 1 - exp(-length / decay)
        var joined: Set<Int32> = [plan.source]
        let wanted = min(Self.accounts(plan, scale: scale), world.organicCount)
        while joined.count < wanted {
            let account = Int32(rng.below(world.organicCount))
            guard joined.insert(account).inserted else { continue }
            // Exponential decay truncated to the burst's length.
            let offset = -decay * log(1 - rng.unit() * tail)
            let time = min(plan.start + max(1, Int64(offset)), world.end - 1)
            var event = Event(id: ids.make(at: time), time: time, account: account, content: content)
            if rng.chance(settings.repostShare) {
                event.kind = .repost
                event.reference = source.asReference
            } else {
                event.content = Content(
                    wordCount: UInt8(3 + rng.below(10)), capitalized: rng.chance(0.5), seed: rng.next())
                event.content.hashtag = content.hashtag
                event.content.link = content.link
            }
            events.append(event)
        }
    }
}
