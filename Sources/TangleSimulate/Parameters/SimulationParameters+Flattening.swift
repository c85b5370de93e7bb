/// Every parameter as a dotted key and its value as text (`operations.0.bots.count`: `60`), as
/// `truth.json` records them. The keys are the parameter file's keys.
extension SimulationParameters {
    func flattened() -> [String: String] {
        var values: [String: String] = [:]
        Self.flatten(self, key: "", into: &values)
        return values
    }

    /// Walks the parameters' stored properties, which are the coding keys: structs and arrays by
    /// member, the scenario by its raw value, numbers and strings as Swift prints them.
    private static func flatten(_ value: Any, key: String, into values: inout [String: String]) {
        if let scenario = value as? Scenario {
            values[key] = scenario.rawValue
            return
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct:
            for child in mirror.children {
                guard let label = child.label else { continue }
                flatten(child.value, key: key.isEmpty ? label : key + "." + label, into: &values)
            }
        case .collection:
            for (index, child) in mirror.children.enumerated() {
                flatten(child.value, key: key + "." + String(index), into: &values)
            }
        case .optional:
            if let wrapped = mirror.children.first { flatten(wrapped.value, key: key, into: &values) }
        default:
            values[key] = "\(value)"
        }
    }
}
