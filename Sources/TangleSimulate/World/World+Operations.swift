/// An operation's cast: its accounts, sites and narratives, chosen before anything is posted.
struct OperationCast: Sendable {
    var outlets: [Int32] = []
    var outletNames: [String] = []
    /// Indices into `World.domains`, one per outlet.
    var outletDomains: [Int32] = []
    var fakeSites: [Int32] = []
    var bots: [Int32] = []
    var trolls: [Int32] = []
    /// Organic accounts that engage with the operation's posts.
    var sympathizers: [Int32] = []
    /// Indices into `World.narratives`.
    var narratives: [Int] = []
}

extension World {
    mutating func cast(
        _ operation: OperationParameters, index: Int, firstNarrative: Int, _ handles: inout HandleMaker,
        _ rng: inout SplitMix64
    ) {
        var cast = OperationCast()
        cast.narratives = Array(firstNarrative..<(firstNarrative + operation.narratives.names.count))

        if operation.outlets.enabled {
            for number in 0..<operation.outlets.count {
                let slot = index * operation.outlets.count + number
                var name = Lexicon.outletNames[slot % Lexicon.outletNames.count]
                if slot >= Lexicon.outletNames.count { name += " \(slot / Lexicon.outletNames.count + 1)" }
                let domain = Int32(domains.count)
                domains.append(name.lowercased().replacing(" ", with: "") + ".example")
                let handle = handles.outlet(name, &rng)
                let created = Self.earliestCreation + Int64(rng.below(Int(2 * 365 * Clock.day)))
                accounts.add(
                    Accounts.Profile(
                        role: .outlet, handle: Array(handle.utf8), name: Array(name.utf8), created: created,
                        site: domain, followers: Int(rng.logNormal(median: 400_000, spread: 0.8)),
                        following: 100 + rng.below(700), statuses: 30_000 + rng.below(70_000),
                        client: clientIndex(Lexicon.outletClient) ?? 0))
                cast.outlets.append(Int32(accounts.count - 1))
                cast.outletNames.append(name)
                cast.outletDomains.append(domain)
            }
        }

        if operation.fakeSites.enabled {
            for word in fakeSiteWords[index] {
                cast.fakeSites.append(Int32(domains.count))
                let host: String
                switch rng.below(5) {
                case 0: host = "\(word)-today.example"
                case 1: host = "\(word)insider.example"
                case 2: host = "daily\(word).example"
                case 3: host = "\(word)wire.example"
                default: host = "the\(word)gazette.example"
                }
                domains.append(host)
            }
        }

        if operation.bots.enabled {
            let client = clientIndex(operation.bots.client) ?? 0
            for batch in 0..<max(1, operation.bots.batches) {
                // Each batch was registered in one sitting, a few months before the world starts.
                var created = start - Int64(60 + rng.below(180)) * Clock.day + Int64(rng.below(Int(Clock.day)))
                for _ in Self.share(of: operation.bots.count, part: batch, parts: max(1, operation.bots.batches)) {
                    created += Int64(20 + rng.below(70)) * Clock.second
                    let (handle, name) = handles.bot(&rng)
                    let location = rng.chance(0.3) ? vaguePlaces[rng.below(vaguePlaces.count)] : 0
                    accounts.add(
                        Accounts.Profile(
                            role: .bot, handle: Array(handle.utf8), name: Array(name.utf8), created: created,
                            location: location,
                            description: rng.chance(0.8) ? 0 : UInt16(1 + rng.below(descriptions.count - 1)),
                            followers: Int(rng.logNormal(median: 25, spread: 0.8)),
                            following: Int(rng.logNormal(median: 500, spread: 0.6)),
                            statuses: Int(rng.logNormal(median: 2_000, spread: 0.5)), client: client))
                    cast.bots.append(Int32(accounts.count - 1))
                }
            }
        }

        if operation.trolls.enabled {
            let places = usPlaces
            for batch in 0..<max(1, operation.trolls.batches) {
                // Personas are older: built up over a year or two before they are used.
                var created = start - Int64(300 + rng.below(500)) * Clock.day + Int64(rng.below(Int(Clock.day)))
                for _ in Self.share(of: operation.trolls.count, part: batch, parts: max(1, operation.trolls.batches)) {
                    created += Int64(1 + rng.below(15)) * Clock.minute
                    let place = Lexicon.personaPlaces[rng.below(Lexicon.personaPlaces.count)]
                    let (handle, name) = handles.persona(&rng, place: place)
                    let interests = (0..<2).map { _ in Lexicon.interests[rng.below(Lexicon.interests.count)] }
                    descriptions.append("\(place) | \(interests[0]) | \(interests[1])")
                    accounts.add(
                        Accounts.Profile(
                            role: .troll, handle: Array(handle.utf8), name: Array(name.utf8), created: created,
                            location: places[rng.below(places.count)], description: UInt16(descriptions.count - 1),
                            followers: Int(rng.logNormal(median: 900, spread: 0.9)),
                            following: Int(rng.logNormal(median: 800, spread: 0.5)),
                            statuses: Int(rng.logNormal(median: 5_000, spread: 0.6)),
                            client: clientIndex(Lexicon.personaClient) ?? 0))
                    cast.trolls.append(Int32(accounts.count - 1))
                }
            }
        }

        if operation.sympathizers.enabled {
            // Distinct organic accounts, none watched and none another operation's sympathizer; all
            // operations' together at most a quarter of the population.
            let earlier = casts.flatMap(\.sympathizers)
            var taken = Set(watched).union(earlier)
            let wanted = min(operation.sympathizers.count, max(0, organicCount / 4 - earlier.count))
            while cast.sympathizers.count < wanted {
                let candidate = Int32(rng.below(organicCount))
                if taken.insert(candidate).inserted { cast.sympathizers.append(candidate) }
            }
        }
        casts.append(cast)
    }

    /// The numbers in part `part` of `count` split into `parts` near-equal runs.
    static func share(of count: Int, part: Int, parts: Int) -> Range<Int> {
        (count * part / parts)..<(count * (part + 1) / parts)
    }
}
