/// One typed value, such as a graph-level parameter.
public enum AttributeValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
}

/// A named attribute with one value (or none) per node or per edge, all of one type.
public struct AttributeColumn: Sendable, Equatable {
    /// The values of one column, typed.
    public enum Values: Sendable, Equatable {
        case string([String?])
        case int([Int?])
        case double([Double?])
    }

    public var name: String
    public var values: Values

    public init(_ name: String, _ values: Values) {
        self.name = name
        self.values = values
    }

    /// A text column.
    public static func string(_ name: String, _ values: [String?]) -> AttributeColumn {
        AttributeColumn(name, .string(values))
    }

    /// An integer column (64-bit: written as GraphML and GEXF `long`).
    public static func int(_ name: String, _ values: [Int?]) -> AttributeColumn {
        AttributeColumn(name, .int(values))
    }

    /// A floating-point column. Infinities and NaN are written as `INF`, `-INF` and `NaN` (XML Schema's
    /// spelling) in XML and CSV, and as `null` in JSON.
    public static func double(_ name: String, _ values: [Double?]) -> AttributeColumn {
        AttributeColumn(name, .double(values))
    }

    /// The number of values.
    public var count: Int {
        switch values {
        case .string(let values): values.count
        case .int(let values): values.count
        case .double(let values): values.count
        }
    }

    /// The value at `index`, or nil when it has none.
    func value(at index: Int) -> AttributeValue? {
        switch values {
        case .string(let values): values[index].map(AttributeValue.string)
        case .int(let values): values[index].map(AttributeValue.int)
        case .double(let values): values[index].map(AttributeValue.double)
        }
    }
}
