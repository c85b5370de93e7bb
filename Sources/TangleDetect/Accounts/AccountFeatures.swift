/// Per-account features, column-major: `values[f][a]` is feature `names[f]` of account `a`, scaled to
/// [0, 1] where 1 is the most automated or inauthentic-looking. A feature the data cannot judge
/// (too few posts, a field not given) is 0 and has no explanation.
public struct AccountFeatures: Sendable, Equatable {
    /// Feature names, one per column of `values`.
    public var names: [String]
    /// `values[feature][account]`, each in [0, 1].
    public var values: [[Double]]
    /// Per feature, the sentence behind each notable value, by account index.
    var explanations: [[Int: String]]

    init(names: [String], values: [[Double]], explanations: [[Int: String]]) {
        self.names = names
        self.values = values
        self.explanations = explanations
    }

    /// The number of accounts.
    public var accountCount: Int { values.first?.count ?? 0 }

    /// The column index of a feature named `name`.
    public func index(of name: String) -> Int? { names.firstIndex(of: name) }

    /// The evidence, in words, for one account's feature when its value is notable (at least the
    /// `explainAbove` it was computed with); nil otherwise.
    ///
    /// - Complexity: O(1) on average.
    public func explanation(account: Int, feature: Int) -> String? {
        explanations[feature][account]
    }
}

extension AccountFeatures {
    /// Adds a feature computed elsewhere (coordination membership, ...): `values` one per account,
    /// in [0, 1]; `explanations` the sentences behind its notable values, by account index.
    ///
    /// - Complexity: O(accounts).
    public mutating func append(name: String, values: [Double], explanations: [Int: String]) {
        precondition(values.count == accountCount || names.isEmpty, "one value per account")
        names.append(name)
        self.values.append(values)
        self.explanations.append(explanations)
    }
}
