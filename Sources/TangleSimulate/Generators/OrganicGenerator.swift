/// The organic background, one simulated hour at a time: accounts drawn by how much they post and
/// where they live (diurnal cycles per time zone), posting ordinary words, stock phrases, trending
/// hashtags and news links, and reposting, replying to and quoting each other.
///
/// Repost cascades come from a preferential pool (Simon's model): an original enters the pool with
/// more copies the more followers its author has, and each repost adds another copy, so popular
/// posts become more popular until the pool forgets them after `cascadeHours`.
struct OrganicGenerator {
    private let world: World
    private let parameters: OrganicParameters
    private var rng: SplitMix64
    private var pool: RepostPool
    private var times: [Int64] = []
    private var zoneWeights: [Double] = []
    private var trendingDay = Int64.min
    private var trending: [Int32] = []

    init(world: World, parameters: OrganicParameters, meanPostsPerHour: Double) {
        self.world = world
        self.parameters = parameters
        rng = SplitMix64.stream(world.seed, 4)
        pool = RepostPool(capacity: Int(min(262_144, max(256, meanPostsPerHour * parameters.cascadeHours))))
    }

    /// The relative organic activity of each hour of the world: the zones' shares times their local
    /// diurnal curve, lower at weekends.
    ///
    /// - Complexity: O(hours × zones).
    static func hourWeights(world: World, parameters: OrganicParameters) -> [Double] {
        (0..<world.hours).map { hour in
            let start = world.start + Int64(hour) * Clock.hour
            return world.zones.indices.reduce(0) { $0 + weight(world.zones[$1], at: start, parameters) }
        }
    }

    private static func weight(_ zone: World.Zone, at time: Int64, _ parameters: OrganicParameters) -> Double {
        guard !zone.members.isEmpty else { return 0 }
        let local = time + Int64(zone.utcOffsetHours) * Clock.hour
        let weekend = Clock.weekday(local) >= 5
        return zone.share * Lexicon.diurnal[Clock.hourOfDay(local)] * (weekend ? parameters.weekendFactor : 1)
    }

    /// Appends `count` posts of hour `hour`, in time order, to `events`.
    mutating func generate(hour: Int, count: Int, ids: inout PostIDs, into events: inout [Event]) {
        guard count > 0 else { return }
        let hourStart = world.start + Int64(hour) * Clock.hour
        let day = Clock.days(hourStart)
        if day != trendingDay {
            trendingDay = day
            trending = world.trending(day: day, count: parameters.trendingPerDay)
        }
        zoneWeights.removeAll(keepingCapacity: true)
        var total = 0.0
        for zone in world.zones {
            total += Self.weight(zone, at: hourStart, parameters)
            zoneWeights.append(total)
        }
        // Weekend and night weights may all be zero for a one-zone world; fall back to the shares.
        if total <= 0 {
            total = 0
            zoneWeights.removeAll(keepingCapacity: true)
            for zone in world.zones {
                total += zone.members.isEmpty ? 0 : zone.share
                zoneWeights.append(total)
            }
        }

        times.removeAll(keepingCapacity: true)
        for _ in 0..<count { times.append(hourStart + Int64(rng.below(Int(Clock.hour)))) }
        times.sort()
        for time in times {
            let draw = rng.unit() * total
            var zone = 0
            while zone < zoneWeights.count - 1, zoneWeights[zone] <= draw { zone += 1 }
            let members = world.zones[zone].members
            let account = members[world.zones[zone].sampler.sample(&rng)]
            events.append(post(by: account, at: time, day: day, ids: &ids))
        }
    }

    private mutating func post(by account: Int32, at time: Int64, day: Int64, ids: inout PostIDs) -> Event {
        var roll = rng.unit()
        if roll < parameters.stockPhraseShare {
            return Event(id: ids.make(at: time), time: time, account: account, content: world.stockPhrase(&rng))
        }
        roll -= parameters.stockPhraseShare
        let interacts = roll < parameters.repostShare + parameters.replyShare + parameters.quoteShare
        if interacts, let target = pool.sample(&rng), target.account != account, target.time < time {
            var event = Event(id: ids.make(at: time), time: time, account: account, content: target.content)
            event.reference = target
            if roll < parameters.repostShare {
                event.kind = .repost
                pool.add(target, copies: 1)
            } else if roll < parameters.repostShare + parameters.replyShare {
                event.kind = .reply
                event.content = Content(
                    wordCount: UInt8(2 + rng.below(9)), capitalized: rng.chance(0.3), seed: rng.next())
            } else {
                event.kind = .quote
                event.content = world.ordinaryContent(&rng, day: day, organic: parameters, trending: trending)
            }
            return event
        }
        let content = world.ordinaryContent(&rng, day: day, organic: parameters, trending: trending)
        let event = Event(id: ids.make(at: time), time: time, account: account, content: content)
        pool.add(event.asReference, copies: RepostPool.copies(followers: world.accounts.followers[Int(account)]))
        return event
    }
}
