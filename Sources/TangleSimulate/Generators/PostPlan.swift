/// How many posts each simulated hour holds, fixed before anything is written, so that the total
/// is exactly `posts`: the operations' and bursts' posts (counted by a dry run of them), and organic
/// posts filling the rest, spread over the hours by the population's diurnal activity.
struct PostPlan {
    /// The factor the operations' and bursts' rates were scaled by to fit `maxScriptedShare`.
    let scale: Double
    /// Organic posts per hour.
    let organic: [Int]

    /// - Complexity: one or two dry runs of the scripted generator, O(scripted posts), plus O(hours).
    init(parameters: SimulationParameters, world: World) throws {
        let posts = parameters.posts
        let ceiling = parameters.maxScriptedShare * Double(posts)
        var scale = 1.0
        var scripted = Self.scriptedPerHour(world: world, parameters: parameters, scale: scale)
        var total = scripted.reduce(0, +)
        if Double(total) > ceiling {
            scale = ceiling / Double(total)
            scripted = Self.scriptedPerHour(world: world, parameters: parameters, scale: scale)
            total = scripted.reduce(0, +)
        }
        guard total <= posts else {
            throw SimulationError(
                "the operations and bursts alone would write \(total) posts, more than the \(posts) asked for: "
                    + "raise posts or lower maxScriptedShare")
        }
        let weights = OrganicGenerator.hourWeights(world: world, parameters: parameters.organic)
        let weightTotal = weights.reduce(0, +)
        let organicTotal = posts - total
        var organic: [Int] = []
        var cumulative = 0.0
        var allocated = 0
        for (hour, weight) in weights.enumerated() {
            cumulative += weight
            let target = hour == weights.count - 1 ? organicTotal : Int(cumulative / weightTotal * Double(organicTotal))
            let count = max(0, target - allocated)
            organic.append(count)
            allocated += count
            guard count + scripted[hour] < PostIDs.perHourLimit else {
                throw SimulationError(
                    "hour \(hour) would hold \(count + scripted[hour]) posts, more than the \(PostIDs.perHourLimit) "
                        + "that snowflake ids can tell apart: raise days or lower posts")
            }
        }
        self.scale = scale
        self.organic = organic
    }

    /// The scripted posts falling in each hour.
    private static func scriptedPerHour(world: World, parameters: SimulationParameters, scale: Double) -> [Int] {
        var generator = ScriptedGenerator(world: world, parameters: parameters, scale: scale)
        var ledger = Ledger()
        var ids = PostIDs(start: world.start, hours: world.hours)
        var events: [Event] = []
        var counts = Array(repeating: 0, count: world.hours)
        for hour in 0..<world.hours {
            generator.generate(hour: hour, ledger: &ledger, ids: &ids, into: &events)
            for event in events { counts[world.hour(of: event.time)] += 1 }
            events.removeAll(keepingCapacity: true)
        }
        return counts
    }
}
