/// Everything but the organic background, hour by hour: each operation, then the bursts.
///
/// Its output does not depend on the organic posts, so a dry run of it counts the posts it will
/// add to each hour before anything is written (see `PostPlan`).
struct ScriptedGenerator {
    private var operations: [OperationGenerator]
    private var bursts: BurstGenerator

    init(world: World, parameters: SimulationParameters, scale: Double) {
        operations = parameters.operations.indices.map { index in
            OperationGenerator(
                index: index, world: world, settings: parameters.operations[index], organic: parameters.organic,
                scale: scale)
        }
        bursts = BurstGenerator(world: world, settings: parameters.bursts, scale: scale)
    }

    mutating func generate(hour: Int, ledger: inout Ledger, ids: inout PostIDs, into events: inout [Event]) {
        for index in operations.indices {
            operations[index].generate(hour: hour, ledger: &ledger, ids: &ids, into: &events)
        }
        bursts.generate(hour: hour, ids: &ids, into: &events)
    }
}
