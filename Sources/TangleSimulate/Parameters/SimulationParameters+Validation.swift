import TangleCore

/// Range checks with messages that name the parameter as the parameter file spells it.
extension SimulationParameters {
    /// Throws `SimulationError` for the first parameter out of range.
    func validate() throws {
        var check = Checker()
        check.range("posts", posts, 100...1_000_000_000)
        check.range("days", days, 1...3_650)
        check.range("accounts", organicAccounts, 100...2_000_000)
        check.share("maxScriptedShare", maxScriptedShare, allowZero: false)
        check.range("watchedAccounts", watchedAccounts, 0...max(0, organicAccounts / 10))
        let earliest = World.earliestCreation + 2 * Clock.day
        if let time = Timestamp.parseDateTime(start) {
            check.that(
                time >= earliest, "start must be 2011-01-03 or later (accounts are created from 2011), got \(start)")
        } else {
            check.that(false, "start must be an ISO 8601 time like 2016-09-01T00:00:00Z, got \(start)")
        }
        organic.validate(&check)
        bursts.validate(&check)
        var narratives = Set<String>()
        for (index, operation) in operations.enumerated() {
            operation.validate(&check, prefix: "operations.\(index).")
            for name in operation.narratives.names {
                check.that(narratives.insert(name.lowercased()).inserted, "narrative \(name) is used twice")
            }
        }
        let clients = Set(operations.map(\.bots.client))
        check.that(clients.count <= 200, "at most 200 distinct bot clients")
        if let problem = check.problem { throw SimulationError("invalid parameters: \(problem)") }
    }
}

extension OrganicParameters {
    fileprivate func validate(_ check: inout Checker) {
        check.that(!timeZones.isEmpty, "organic.timeZones must list at least one zone")
        for (index, zone) in timeZones.enumerated() {
            check.range("organic.timeZones.\(index).utcOffsetHours", zone.utcOffsetHours, -12...14)
            check.that(zone.share >= 0, "organic.timeZones.\(index).share must be 0 or more")
        }
        check.that(timeZones.contains { $0.share > 0 }, "organic.timeZones must have a share above 0")
        check.positive("organic.activityExponent", activityExponent)
        check.positive("organic.followersMedian", followersMedian)
        check.that(followersSpread >= 0, "organic.followersSpread must be 0 or more")
        for (name, value) in [
            ("repostShare", repostShare), ("replyShare", replyShare), ("quoteShare", quoteShare),
            ("stockPhraseShare", stockPhraseShare), ("hashtagShare", hashtagShare), ("linkShare", linkShare),
            ("mentionShare", mentionShare), ("trendingShare", trendingShare),
            ("createdInBurstsShare", createdInBurstsShare),
        ] {
            check.share("organic." + name, value)
        }
        check.that(
            repostShare + replyShare + quoteShare + stockPhraseShare <= 1,
            "organic.repostShare + replyShare + quoteShare + stockPhraseShare must be at most 1")
        check.range("organic.trendingPerDay", trendingPerDay, 0...100)
        check.range("organic.hashtags", hashtags, 1...100_000)
        check.range("organic.newsDomains", newsDomains, 1...100_000)
        check.range("organic.articlesPerDomainDay", articlesPerDomainDay, 1...10_000)
        check.range("organic.vocabulary", vocabulary, 50...50_000)
        check.positive("organic.wordZipfExponent", wordZipfExponent)
        check.positive("organic.hashtagZipfExponent", hashtagZipfExponent)
        check.positive("organic.domainZipfExponent", domainZipfExponent)
        check.range("organic.creationBursts", creationBursts, 0...100)
        check.that(weekendFactor >= 0, "organic.weekendFactor must be 0 or more")
        check.positive("organic.cascadeHours", cascadeHours)
    }
}

extension BurstParameters {
    fileprivate func validate(_ check: inout Checker) {
        check.range("bursts.count", count, 0...100)
        check.range("bursts.accounts", accounts, 1...1_000_000)
        check.range("bursts.minutes", minutes, 1...1_440)
        check.share("bursts.repostShare", repostShare)
    }
}

extension OperationParameters {
    fileprivate func validate(_ check: inout Checker, prefix: String) {
        check.range(prefix + "officeUTCOffsetHours", officeUTCOffsetHours, -12...14)
        check.range(prefix + "outlets.count", outlets.count, 0...50)
        check.that(outlets.storiesPerDay >= 0, prefix + "outlets.storiesPerDay must be 0 or more")
        check.range(prefix + "fakeSites.count", fakeSites.count, 0...50)
        check.that(fakeSites.storiesPerDay >= 0, prefix + "fakeSites.storiesPerDay must be 0 or more")

        check.range(prefix + "narratives.names (count)", narratives.names.count, 1...10)
        for name in narratives.names {
            let isWord =
                !name.isEmpty && name.count <= 30
                && name.utf8.allSatisfy { byte in
                    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                        || byte == UInt8(ascii: "_")
                }
            check.that(
                isWord,
                prefix + "narratives.names: \"\(name)\" must be 1 to 30 ASCII letters, digits or _ (it is a hashtag)")
        }
        check.share(prefix + "narratives.pivotAt", narratives.pivotAt)
        check.share(prefix + "narratives.shareBefore", narratives.shareBefore)
        check.share(prefix + "narratives.shareAfter", narratives.shareAfter)

        check.range(prefix + "bots.count", bots.count, 0...10_000)
        check.range(prefix + "bots.batches", bots.batches, 1...1_000)
        check.share(prefix + "bots.repostProbability", bots.repostProbability)
        check.that(
            bots.lagMinSeconds >= 0 && bots.lagMinSeconds <= bots.lagMedianSeconds
                && bots.lagMedianSeconds <= bots.lagMaxSeconds,
            prefix + "bots: need 0 <= lagMinSeconds <= lagMedianSeconds <= lagMaxSeconds")
        check.positive(prefix + "bots.postEveryHours", bots.postEveryHours)
        check.that(bots.scheduleJitterSeconds >= 0, prefix + "bots.scheduleJitterSeconds must be 0 or more")
        check.range(prefix + "bots.headlineEdits", bots.headlineEdits, 0...10)
        check.share(prefix + "bots.fillerShare", bots.fillerShare)
        check.that(!bots.client.isEmpty, prefix + "bots.client must not be empty")

        check.range(prefix + "trolls.count", trolls.count, 0...10_000)
        check.range(prefix + "trolls.batches", trolls.batches, 1...1_000)
        check.range(prefix + "trolls.shiftStartHour", trolls.shiftStartHour, 0...23)
        check.range(
            prefix + "trolls.shiftEndHour", trolls.shiftEndHour, (min(max(trolls.shiftStartHour, 0), 23) + 1)...24)
        check.range(prefix + "trolls.lunchHour", trolls.lunchHour, 0...23)
        check.that(trolls.lunchFactor >= 0, prefix + "trolls.lunchFactor must be 0 or more")
        check.that(trolls.postsPerHour >= 0, prefix + "trolls.postsPerHour must be 0 or more")
        check.share(prefix + "trolls.weekendFactor", trolls.weekendFactor)
        check.range(prefix + "trolls.shiftJitterMinutes", trolls.shiftJitterMinutes, 0...600)
        check.share(prefix + "trolls.scriptShare", trolls.scriptShare)
        check.share(prefix + "trolls.repostShare", trolls.repostShare)
        check.that(
            trolls.scriptShare + trolls.repostShare <= 1, prefix + "trolls.scriptShare + repostShare must be at most 1")
        check.range(prefix + "trolls.variantEdits", trolls.variantEdits, 0...10)
        check.range(prefix + "trolls.scriptsPerDay", trolls.scriptsPerDay, 0...100)

        check.range(prefix + "uptake.stories", uptake.stories, 0...1_000)
        check.positive(prefix + "uptake.lagHours", uptake.lagHours)
        check.that(
            uptake.lagJitterHours >= 0 && uptake.lagJitterHours < uptake.lagHours,
            prefix + "uptake.lagJitterHours must be 0 or more and less than lagHours")

        check.range(prefix + "sympathizers.count", sympathizers.count, 0...1_000_000)
        check.that(sympathizers.engagementsPerPost >= 0, prefix + "sympathizers.engagementsPerPost must be 0 or more")
        check.share(prefix + "sympathizers.replyShare", sympathizers.replyShare)
        check.positive(prefix + "sympathizers.medianLagMinutes", sympathizers.medianLagMinutes)
    }
}

/// Keeps the first problem found.
private struct Checker {
    var problem: String?

    mutating func that(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition, problem == nil { problem = message() }
    }

    mutating func range(_ name: String, _ value: Int, _ allowed: ClosedRange<Int>) {
        that(allowed.contains(value), "\(name) must be in \(allowed.lowerBound)...\(allowed.upperBound), got \(value)")
    }

    mutating func share(_ name: String, _ value: Double, allowZero: Bool = true) {
        that(
            (allowZero ? value >= 0 : value > 0) && value <= 1,
            "\(name) must be a share in \(allowZero ? "[0" : "(0"), 1], got \(value)")
    }

    mutating func positive(_ name: String, _ value: Double) {
        that(value > 0 && value.isFinite, "\(name) must be above 0, got \(value)")
    }
}
