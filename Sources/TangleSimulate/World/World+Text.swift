/// The material of posts and profiles: pseudo-words, hashtags, domains, places, bios, clients.
extension World {
    mutating func buildText(_ parameters: SimulationParameters, _ rng: inout SplitMix64) {
        let organic = parameters.organic
        // Lower-cased words in use, so that no hashtag, word or domain repeats or shadows a narrative.
        var used = Set(narratives.map { $0.lowercased() })

        for _ in 0..<organic.vocabulary {
            let word = Self.freshWord(&rng, &used)
            vocabulary.append(word)
        }
        vocabularySampler = AliasTable(zipf: organic.vocabulary, exponent: organic.wordZipfExponent)

        for _ in 0..<organic.hashtags {
            hashtags.append(Self.hashtag(Self.freshWord(&rng, &used), &rng))
        }
        organicHashtags = organic.hashtags
        hashtagSampler = AliasTable(zipf: organic.hashtags, exponent: organic.hashtagZipfExponent)

        for _ in 0..<organic.newsDomains {
            domains.append(Self.newsHost(Self.freshWord(&rng, &used), &rng))
        }
        newsDomains = organic.newsDomains
        domainSampler = AliasTable(zipf: organic.newsDomains, exponent: organic.domainZipfExponent)
        articleSampler = AliasTable(zipf: organic.articlesPerDomainDay, exponent: 1.0)

        for phrase in Lexicon.stockPhrases { stockPhrases.append(phrase) }

        locations.append("")
        for place in Lexicon.usPlaces + Lexicon.otherPlaces { locations.append(place.name) }
        for place in Lexicon.vaguePlaces { locations.append(place) }

        descriptions.append("")
        for _ in 0..<2_000 { descriptions.append(Self.description(&rng)) }

        for client in Lexicon.organicClients { clients.append(client.name) }
        clients.append(Lexicon.personaClient)
        clients.append(Lexicon.outletClient)
        for operation in parameters.operations where clientIndex(operation.bots.client) == nil {
            clients.append(operation.bots.client)
        }

        burstWords = (0..<parameters.bursts.count).map { _ in Self.freshWord(&rng, &used) }
        fakeSiteWords = parameters.operations.map { operation in
            (0..<operation.fakeSites.count).map { _ in Self.freshWord(&rng, &used) }
        }
    }

    /// The index of a client name in `clients`.
    func clientIndex(_ name: String) -> UInt8? {
        (0..<clients.count).first { clients.string($0) == name }.map { UInt8($0) }
    }

    /// The location indices of places at a UTC offset.
    func places(atOffset offset: Int) -> [UInt16] {
        let all = Lexicon.usPlaces + Lexicon.otherPlaces
        return all.indices.filter { all[$0].utcOffsetHours == offset }.map { UInt16($0 + 1) }
    }

    /// The location indices of US places, which troll personas claim.
    var usPlaces: [UInt16] {
        Lexicon.usPlaces.indices.map { UInt16($0 + 1) }
    }

    /// The location indices of vague places ("USA", "Earth").
    var vaguePlaces: [UInt16] {
        let first = Lexicon.usPlaces.count + Lexicon.otherPlaces.count + 1
        return (first..<(first + Lexicon.vaguePlaces.count)).map { UInt16($0) }
    }

    /// A pseudo-word of one to three syllables not used before: `kalomir`, `trea`, `velst`.
    static func freshWord(_ rng: inout SplitMix64, _ used: inout Set<String>) -> String {
        while true {
            let roll = rng.unit()
            let syllables = roll < 0.3 ? 1 : roll < 0.8 ? 2 : 3
            var word = ""
            for index in 0..<syllables {
                word += Lexicon.onsets[rng.below(Lexicon.onsets.count)]
                word += Lexicon.vowels[rng.below(Lexicon.vowels.count)]
                if index == syllables - 1 || rng.chance(0.3) { word += Lexicon.codas[rng.below(Lexicon.codas.count)] }
            }
            if word.count >= 3, used.insert(word).inserted { return word }
        }
    }

    /// A hashtag as people write them: `Kalomir`, `kalomir`, `SunnyKalomir`.
    static func hashtag(_ word: String, _ rng: inout SplitMix64) -> String {
        let roll = rng.unit()
        if roll < 0.45 { return word.capitalizedFirst }
        if roll < 0.8 { return word }
        return Lexicon.handleWords[rng.below(Lexicon.handleWords.count)].capitalizedFirst + word.capitalizedFirst
    }

    /// A news host: `kalomir.example`, `www.kalomirnews.example`, `news.kalomir.example`, ...
    ///
    /// Every host is under the reserved `.example` top-level domain, so that no simulated link can
    /// name a real site; the registrable domain is the word plus `.example`.
    static func newsHost(_ word: String, _ rng: inout SplitMix64) -> String {
        switch rng.below(6) {
        case 0: "\(word).example"
        case 1: "www.\(word)news.example"
        case 2: "\(word)times.example"
        case 3: "the\(word)post.example"
        case 4: "news.\(word).example"
        default: "www.\(word)-daily.example"
        }
    }

    /// A short neutral bio: `coffee. dogs. running.`, `teacher | books | hiking`.
    static func description(_ rng: inout SplitMix64) -> String {
        let words = (0..<(2 + rng.below(3))).map { _ in Lexicon.interests[rng.below(Lexicon.interests.count)] }
        switch rng.below(5) {
        case 0: return words.joined(separator: ". ") + "."
        case 1: return words.joined(separator: " | ")
        case 2: return words.joined(separator: ", ")
        case 3: return "\(words[0]) and \(words[1]) fan"
        default: return words.joined(separator: " + ")
        }
    }
}

extension String {
    /// The string with its first letter upper-cased.
    var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
