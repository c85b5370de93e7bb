/// An undirected edge between two distinct nodes, with a weight.
public struct WeightedEdge: Hashable, Sendable {
    public var a: UInt32
    public var b: UInt32
    public var weight: Double

    public init(a: UInt32, b: UInt32, weight: Double) {
        self.a = a
        self.b = b
        self.weight = weight
    }
}
