/// Who is in a world and what its posts are made of: the accounts, the words, hashtags and domains,
/// the planned bursts and each operation's cast. Built once from the parameters, then only read by
/// the generators and the writers.
///
/// Each part is built from its own random stream, so the organic population and its bursts are the
/// same in every scenario with the same seed and population size.
struct World: Sendable {
    let seed: UInt64
    /// The first instant and the end (exclusive), UTC milliseconds.
    let start: Int64
    let end: Int64
    let hours: Int
    let organicCount: Int

    var accounts = Accounts()

    // Text.
    var vocabulary = ByteTable()
    var vocabularySampler = AliasTable(weights: [1])
    /// Organic hashtags first, then the bursts' and the narratives'.
    var hashtags = ByteTable()
    var organicHashtags = 0
    var hashtagSampler = AliasTable(weights: [1])
    /// Hosts: news domains first, then outlets' and fake sites'.
    var domains = ByteTable()
    var newsDomains = 0
    var domainSampler = AliasTable(weights: [1])
    var articleSampler = AliasTable(weights: [1])
    var stockPhrases = ByteTable()
    var locations = ByteTable()
    var descriptions = ByteTable()
    var clients = ByteTable()
    var burstURLs = ByteTable()
    /// Fresh words set aside for the bursts' hashtags and each operation's fake sites.
    var burstWords: [String] = []
    var fakeSiteWords: [[String]] = []

    // Organic population.
    var zones: [Zone] = []
    /// High-reach organic accounts watched for uptake, most followed first.
    var watched: [Int32] = []
    /// The most followed organic accounts (top 1%), which others mention and which break news.
    var popular: [Int32] = []

    var bursts: [BurstPlan] = []
    var narratives: [String] = []
    /// The hashtag index of narrative 0; narrative `n` is `narrativeTags + n`.
    var narrativeTags = 0
    var casts: [OperationCast] = []

    /// Organic accounts living at one UTC offset, with who among them posts how much.
    struct Zone: Sendable {
        var utcOffsetHours: Int
        var share: Double
        var members: [Int32]
        var sampler: AliasTable
    }

    /// A breaking-news burst, planned before anything is generated.
    struct BurstPlan: Sendable {
        enum Key: Sendable {
            case hashtag(Int32)
            case link(Int32)
        }
        var start: Int64
        var minutes: Int
        var key: Key
        /// The account that breaks the news: its post is the one the burst reposts.
        var source: Int32
        /// Accounts that join before scaling.
        var accounts: Int
    }

    init(_ parameters: SimulationParameters, start: Int64) {
        seed = parameters.seed
        self.start = start
        end = start + Int64(parameters.days) * Clock.day
        hours = parameters.days * 24
        organicCount = parameters.organicAccounts
        narratives = parameters.operations.flatMap(\.narratives.names)

        var textStream = SplitMix64.stream(seed, 1)
        buildText(parameters, &textStream)
        var handles = HandleMaker()
        var populationStream = SplitMix64.stream(seed, 2)
        buildPopulation(parameters.organic, &handles, &populationStream)
        pickWatchedAndPopular(parameters.watchedAccounts)
        var burstStream = SplitMix64.stream(seed, 3)
        planBursts(parameters, &burstStream)
        narrativeTags = hashtags.count
        for name in narratives { hashtags.append(name.capitalizedFirst) }
        var firstNarrative = 0
        for (index, operation) in parameters.operations.enumerated() {
            var castStream = SplitMix64.stream(seed, 100 + UInt64(index))
            cast(operation, index: index, firstNarrative: firstNarrative, &handles, &castStream)
            firstNarrative += operation.narratives.names.count
        }
    }

    /// The hour (0-based) an instant falls in.
    @inline(__always)
    func hour(of time: Int64) -> Int {
        Int((time - start) / Clock.hour)
    }

    /// The day's trending hashtags: a few mid-ranked organic tags, the same for every generator.
    func trending(day: Int64, count: Int) -> [Int32] {
        guard organicHashtags > 0 else { return [] }
        var rng = SplitMix64(seed: SplitMix64.hash(seed ^ 0x7472_656E_64, UInt64(bitPattern: day)))
        let low = min(20, organicHashtags - 1)
        let high = max(low + 1, min(organicHashtags, 600))
        return (0..<count).map { _ in Int32(low + rng.below(high - low)) }
    }

    /// The most followed organic accounts.
    private mutating func pickWatchedAndPopular(_ watchedCount: Int) {
        let byFollowers = (0..<Int32(organicCount)).sorted {
            let a = accounts.followers[Int($0)]
            let b = accounts.followers[Int($1)]
            return a != b ? a > b : $0 < $1
        }
        watched = Array(byFollowers.prefix(watchedCount))
        popular = Array(byFollowers.dropFirst(watchedCount).prefix(max(1, organicCount / 100)))
    }
}
