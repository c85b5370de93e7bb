import Foundation
import TangleCore

/// The organic population: where accounts live, how much they post, how many follow them, when
/// they were created.
extension World {
    /// The earliest creation date: ids are snowflakes of the creation time, which need a time after
    /// the snowflake epoch (late 2010).
    static let earliestCreation = Timestamp.epochMillis(year: 2011, month: 1, day: 1)

    mutating func buildPopulation(_ organic: OrganicParameters, _ handles: inout HandleMaker, _ rng: inout SplitMix64) {
        let latest = start - Clock.day
        let span = max(1, latest - Self.earliestCreation)
        // Real events around which many accounts were created, at least a year after the earliest.
        let creationEvents = (0..<organic.creationBursts).map { _ in
            Self.earliestCreation + span / 5 + Int64(rng.below(Int(span * 4 / 5)))
        }
        let zoneSampler = AliasTable(weights: organic.timeZones.map(\.share))
        let zonePlaces = organic.timeZones.map { places(atOffset: $0.utcOffsetHours) }
        let vague = vaguePlaces
        let clientSampler = AliasTable(weights: Lexicon.organicClients.map(\.share))
        var members = [[Int32]](repeating: [], count: organic.timeZones.count)
        var activity = [[Double]](repeating: [], count: organic.timeZones.count)

        for index in 0..<organicCount {
            let zone = zoneSampler.sample(&rng)
            var followers = rng.logNormal(median: organic.followersMedian, spread: organic.followersSpread)
            // A few celebrities and news accounts: the heavy tail that reach comes from.
            if rng.chance(0.002) { followers *= pow(10, 1 + 2 * rng.unit()) }
            let posting = min(2_000, rng.pareto(exponent: organic.activityExponent))
            var created: Int64
            if let event = creationEvents.isEmpty ? nil : creationEvents[rng.below(creationEvents.count)],
                rng.chance(organic.createdInBurstsShare)
            {
                created = event + Int64(rng.normal() * 12 * Double(Clock.hour))
            } else {
                created = Self.earliestCreation + Int64(rng.below(Int(span)))
            }
            created = min(latest, max(Self.earliestCreation, created))
            let roll = rng.unit()
            var location: UInt16 = 0
            if roll < 0.45, !zonePlaces[zone].isEmpty {
                location = zonePlaces[zone][rng.below(zonePlaces[zone].count)]
            } else if roll < 0.55 {
                location = vague[rng.below(vague.count)]
            }
            let (handle, name) = handles.organic(&rng, word: vocabulary.string(rng.below(vocabulary.count)))
            accounts.add(
                Accounts.Profile(
                    role: .organic, handle: Array(handle.utf8), name: Array(name.utf8), created: created,
                    location: location,
                    description: rng.chance(0.4) ? 0 : UInt16(1 + rng.below(descriptions.count - 1)),
                    followers: Int(followers), following: Int(rng.logNormal(median: 300, spread: 1.0)),
                    statuses: Int(posting * 200 * rng.logNormal(median: 1, spread: 0.5)) + 10,
                    client: UInt8(clientSampler.sample(&rng))))
            members[zone].append(Int32(index))
            activity[zone].append(posting)
        }
        zones = organic.timeZones.indices.map { zone in
            Zone(
                utcOffsetHours: organic.timeZones[zone].utcOffsetHours, share: organic.timeZones[zone].share,
                members: members[zone], sampler: AliasTable(weights: activity[zone].isEmpty ? [1] : activity[zone]))
        }
    }
}
