import TangleCore

/// Collects, as posts are written, the ids and times the truth must name (each story's first post,
/// each uptake), then assembles `Truth` from them, the world and the ledger. Only what was written
/// is named, with the ids and times the files hold.
struct TruthRecorder {
    private struct Written {
        var id: String
        var time: Int64
    }

    private var firstPosts: [Written?] = []
    private var uptakePosts: [Written?] = []

    mutating func record(_ mark: Event.Mark, postID: String, time: Int64) {
        switch mark {
        case .none:
            break
        case .storyFirstPost(let story):
            Self.store(Written(id: postID, time: time), at: Int(story), in: &firstPosts)
        case .uptake(let uptake):
            Self.store(Written(id: postID, time: time), at: Int(uptake), in: &uptakePosts)
        }
    }

    private static func store(_ written: Written, at index: Int, in list: inout [Written?]) {
        if list.count <= index { list += Array(repeating: nil, count: index + 1 - list.count) }
        list[index] = written
    }

    /// The truth of a written world; `accountID` spells accounts as the files do.
    func truth(
        parameters: SimulationParameters, world: World, ledger: Ledger, scale: Double, posts: Int,
        accountID: (Int32) -> String
    ) -> Truth {
        var flattened = parameters.flattened()
        flattened["accounts"] = String(world.organicCount)
        flattened["scriptedScale"] = String(scale)
        let operations = parameters.operations.indices.map { index in
            operation(
                index, parameters: parameters.operations[index], world: world, ledger: ledger, accountID: accountID)
        }
        let bursts = world.bursts.map { plan -> Truth.Burst in
            let (kind, key): (String, String)
            switch plan.key {
            case .hashtag(let tag): (kind, key) = ("hashtag", Normalize.hashtag(world.hashtags.string(Int(tag))))
            case .link(let url): (kind, key) = ("link", world.burstURLs.string(Int(url)))
            }
            return Truth.Burst(
                kind: kind, key: key, start: Timestamp.iso8601(plan.start), minutes: plan.minutes,
                accounts: min(BurstGenerator.accounts(plan, scale: scale), world.organicCount))
        }
        return Truth(
            scenario: parameters.scenario.rawValue, seed: parameters.seed, parameters: flattened,
            start: Timestamp.iso8601(world.start), days: parameters.days, posts: posts, accounts: world.accounts.count,
            operations: operations, sympathizers: world.casts.flatMap(\.sympathizers).map(accountID),
            watchedAccounts: world.watched.map(accountID), bursts: parameters.bursts.enabled ? bursts : [])
    }

    private func operation(
        _ index: Int, parameters: OperationParameters, world: World, ledger: Ledger, accountID: (Int32) -> String
    ) -> Truth.Operation {
        let cast = world.casts[index]
        let id = "op\(index + 1)"
        func member(_ account: Int32, unit: String, role: String, offset: Int? = nil) -> Truth.Account {
            Truth.Account(
                platformID: accountID(account), handle: world.accounts.handles.string(Int(account)), unit: unit,
                role: role, utcOffsetHours: offset)
        }
        let accounts =
            cast.outlets.map { member($0, unit: "outlet", role: "official-account") }
            + cast.bots.map { member($0, unit: "bot", role: "amplifier") }
            + cast.trolls.map { member($0, unit: "troll", role: "persona", offset: parameters.officeUTCOffsetHours) }
        let outlets = cast.outlets.indices.map { number in
            Truth.Outlet(
                name: cast.outletNames[number], domain: world.domains.string(Int(cast.outletDomains[number])),
                accountID: accountID(cast.outlets[number]))
        }
        func storyID(_ number: Int) -> String { "\(id)-story" + String(number).leftPadded(4) }
        var stories: [Truth.Story] = []
        for (story, entry) in ledger.stories.enumerated() where entry.operation == index {
            guard story < firstPosts.count, let first = firstPosts[story] else { continue }
            stories.append(
                Truth.Story(
                    id: storyID(entry.number), narrative: world.narratives[entry.narrative],
                    url: String(decoding: entry.url, as: UTF8.self), firstPostID: first.id,
                    firstTime: Timestamp.iso8601(first.time)))
        }
        var uptakes: [Truth.Uptake] = []
        for (uptake, entry) in ledger.uptakes.enumerated() where entry.operation == index {
            guard uptake < uptakePosts.count, let post = uptakePosts[uptake],
                Int(entry.story) < firstPosts.count, let first = firstPosts[Int(entry.story)]
            else { continue }
            uptakes.append(
                Truth.Uptake(
                    storyID: storyID(ledger.stories[Int(entry.story)].number), accountID: accountID(entry.account),
                    postID: post.id, time: Timestamp.iso8601(post.time),
                    lagSeconds: Int((post.time - first.time) / 1000)))
        }
        let pivot = OperationGenerator.pivotTime(parameters, world: world).map {
            Truth.Pivot(date: Clock.date($0), from: parameters.narratives.names[0], to: parameters.narratives.names[1])
        }
        return Truth.Operation(
            id: id, accounts: accounts, outlets: outlets,
            fakeSites: cast.fakeSites.map { world.domains.string(Int($0)) }, narratives: parameters.narratives.names,
            stories: stories, pivot: pivot, uptakes: uptakes)
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
