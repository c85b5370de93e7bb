/// A proportion with the counts behind it, so that every figure in a report can be traced to rows.
///
/// `value` is nil when the denominator is zero: the figure is not applicable (precision when nothing was
/// flagged, recall when nothing is true), never NaN and never a made-up 0 or 1.
public struct Rate: Sendable, Equatable {
    public var numerator: Int
    public var denominator: Int

    public init(_ numerator: Int, of denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// `numerator / denominator`, or nil when the denominator is zero.
    ///
    /// - Complexity: O(1)
    public var value: Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }
}

/// Encodes the value beside its counts (`null` when not applicable) for readers of `--json`; decoding
/// recomputes it from the counts.
extension Rate: Codable {
    private enum CodingKeys: String, CodingKey {
        case numerator, denominator, value
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        numerator = try container.decode(Int.self, forKey: .numerator)
        denominator = try container.decode(Int.self, forKey: .denominator)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(numerator, forKey: .numerator)
        try container.encode(denominator, forKey: .denominator)
        try container.encode(value, forKey: .value)
    }
}
