/// Breaking-news bursts, planned up front from their own random stream, so that the organic-only
/// world has the same bursts as the worlds with operations.
extension World {
    mutating func planBursts(_ parameters: SimulationParameters, _ rng: inout SplitMix64) {
        let settings = parameters.bursts
        guard settings.enabled, !popular.isEmpty else { return }
        let length = Int64(settings.minutes) * Clock.minute
        // Keep bursts off the first and last day when the world is long enough to have a middle.
        let margin = end - start >= 3 * Clock.day ? Clock.day : 0
        let room = max(1, end - start - 2 * margin - length)
        for number in 0..<settings.count {
            let time = start + margin + Int64(rng.below(Int(room)))
            let key: BurstPlan.Key
            if number % 2 == 0 {
                key = .hashtag(Int32(hashtags.count))
                hashtags.append(burstWords[number].capitalizedFirst + ["", "News", "Now", "Live"][rng.below(4)])
            } else {
                key = .link(Int32(burstURLs.count))
                var url: [UInt8] = Array("https://".utf8)
                url += domains[rng.below(min(5, newsDomains))]
                url += Array("/\(Lexicon.sections[rng.below(Lexicon.sections.count)])/breaking-".utf8)
                url += Array(burstWords[number].utf8)
                url += Array("-\(100_000 + rng.below(900_000))".utf8)
                burstURLs.append(url)
            }
            bursts.append(
                BurstPlan(
                    start: time, minutes: settings.minutes, key: key, source: popular[rng.below(popular.count)],
                    accounts: min(settings.accounts, max(0, organicCount - 1))))
        }
    }
}
