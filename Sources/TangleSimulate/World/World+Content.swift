/// Recipes for ordinary posts: what organic accounts say, and what the operations' filler imitates.
extension World {
    /// Words with, at the organic rates, a hashtag (often a trending one), a news link, a mention.
    func ordinaryContent(
        _ rng: inout SplitMix64, day: Int64, organic: OrganicParameters, trending: [Int32]
    ) -> Content {
        var content = Content(wordCount: UInt8(4 + rng.below(12)), capitalized: rng.chance(0.5), seed: rng.next())
        if organicHashtags > 0, rng.chance(organic.hashtagShare) {
            content.hashtag = hashtag(&rng, organic: organic, trending: trending)
            if rng.chance(0.2) { content.secondHashtag = hashtag(&rng, organic: organic, trending: trending) }
        }
        if newsDomains > 0, rng.chance(organic.linkShare) { content.link = articleLink(&rng, day: day) }
        if !popular.isEmpty, rng.chance(organic.mentionShare) { content.mention = popular[rng.below(popular.count)] }
        return content
    }

    /// A stock phrase, identical wherever it is posted.
    func stockPhrase(_ rng: inout SplitMix64) -> Content {
        Content(words: .stockPhrase, seed: UInt64(rng.below(stockPhrases.count)))
    }

    /// A link to one of the day's articles: popular domains and popular articles are linked most,
    /// and a third of links carry tracking parameters that normalisation removes.
    func articleLink(_ rng: inout SplitMix64, day: Int64) -> Content.Link {
        let tracking = rng.below(10) < 3 ? UInt8(1 + rng.below(3)) : 0
        return .article(
            domain: Int32(domainSampler.sample(&rng)), day: Int32(day), rank: Int16(articleSampler.sample(&rng)),
            tracking: tracking)
    }

    private func hashtag(_ rng: inout SplitMix64, organic: OrganicParameters, trending: [Int32]) -> Int32 {
        if !trending.isEmpty, rng.chance(organic.trendingShare) { return trending[rng.below(trending.count)] }
        return Int32(hashtagSampler.sample(&rng))
    }
}
