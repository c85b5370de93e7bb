/// The true class of every operation account, numbered for scoring.
///
/// An account listed by two operations (which the simulator never writes) belongs to the first. An
/// outlet's official account counts as unit `outlet` even when the truth lists it only under `outlets`.
struct TruthLabels {
    /// Every unit of every operation: by operation in the truth's order, then outlet, bot, troll, and any
    /// other unit by name.
    let units: [TrueUnit]
    /// Accounts per unit, parallel to `units`.
    let unitSizes: [Int]
    /// Each operation account's index in `units`.
    let unitOfAccount: [String: Int]
    /// Operation accounts in the truth's order, each once.
    let operationAccounts: [String]
    let sympathizers: Set<String>

    /// - Complexity: O(A + U log U) expected for A operation accounts in U units.
    init(_ truth: Truth) {
        var listed: [(account: String, unit: TrueUnit)] = []
        var seen = Set<String>()
        for operation in truth.operations {
            let accounts =
                operation.accounts.map { ($0.platformID, $0.unit) } + operation.outlets.map { ($0.accountID, "outlet") }
            for (account, unit) in accounts where seen.insert(account).inserted {
                listed.append((account, TrueUnit(operation: operation.id, unit: unit)))
            }
        }
        var operationRank: [String: Int] = [:]
        for (rank, operation) in truth.operations.enumerated() where operationRank[operation.id] == nil {
            operationRank[operation.id] = rank
        }
        let units = Set(listed.map(\.unit)).sorted { left, right in
            let leftRank = operationRank[left.operation] ?? 0
            let rightRank = operationRank[right.operation] ?? 0
            if leftRank != rightRank { return leftRank < rightRank }
            return Self.unitPrecedes(left.unit, right.unit)
        }
        let unitIndex = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1, $0) })
        var unitSizes = [Int](repeating: 0, count: units.count)
        var unitOfAccount: [String: Int] = [:]
        for (account, unit) in listed {
            let index = unitIndex[unit] ?? 0
            unitOfAccount[account] = index
            unitSizes[index] += 1
        }
        self.units = units
        self.unitSizes = unitSizes
        self.unitOfAccount = unitOfAccount
        self.operationAccounts = listed.map(\.account)
        self.sympathizers = Set(truth.sympathizers)
    }

    /// The playbook's order of units (outlet, bot, troll), then any other by name.
    ///
    /// - Complexity: O(1) for the playbook's units.
    static func unitPrecedes(_ left: String, _ right: String) -> Bool {
        let playbook = ["outlet", "bot", "troll"]
        let leftRank = playbook.firstIndex(of: left) ?? playbook.count
        let rightRank = playbook.firstIndex(of: right) ?? playbook.count
        return leftRank != rightRank ? leftRank < rightRank : left < right
    }
}
