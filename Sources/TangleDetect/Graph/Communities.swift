/// Partitions of a `WeightedGraph` into communities, and how good a partition is.
///
/// A partition is one label per node. Every function here numbers its labels `0, 1, 2, …` in the
/// order of each community's smallest node, so equal partitions have equal labels.
public enum Communities {
    /// The connected components: nodes joined by a path share a label.
    ///
    /// - Complexity: O(V + E)
    public static func components(_ graph: WeightedGraph) -> [UInt32] {
        connectedParts(graph, within: nil)
    }

    /// The modularity of a partition (Newman and Girvan 2004, with Reichardt and Bornholdt's resolution γ):
    /// `Σ_c [ L_c / m − γ (K_c / 2m)² ]`, where `m` is the graph's total weight, `L_c` the weight of the
    /// edges inside community `c` and `K_c` the summed strength of its nodes.
    ///
    /// Labels may be any numbers; nodes with equal labels are one community. A graph without edges
    /// has modularity 0.
    ///
    /// - Complexity: O(V + E)
    public static func modularity(_ graph: WeightedGraph, labels: [UInt32], resolution: Double = 1) -> Double {
        precondition(labels.count == graph.nodeCount, "\(labels.count) labels for \(graph.nodeCount) nodes")
        let m = graph.totalWeight
        guard m > 0 else { return 0 }
        let (dense, count) = renumbered(labels)
        var inside = [Double](repeating: 0, count: count)
        var strength = [Double](repeating: 0, count: count)
        for v in 0..<graph.nodeCount {
            let community = Int(dense[v])
            strength[community] += graph.strengths[v]
            for slot in graph.rowStarts[v]..<graph.rowStarts[v + 1] {
                let u = Int(graph.neighbourNodes[slot])
                if u > v, dense[u] == dense[v] { inside[community] += graph.neighbourWeights[slot] }
            }
        }
        var quality = 0.0
        for community in 0..<count {
            let share = strength[community] / (2 * m)
            quality += inside[community] / m - resolution * share * share
        }
        return quality
    }

    /// The same partition numbered in order of each community's smallest node, and its community count.
    ///
    /// - Complexity: O(V), plus hashing when a label is not below the node count.
    static func renumbered(_ labels: [UInt32]) -> (labels: [UInt32], count: Int) {
        var dense = [UInt32](repeating: 0, count: labels.count)
        var count: UInt32 = 0
        if labels.allSatisfy({ Int($0) < labels.count }) {
            var number = [UInt32](repeating: .max, count: labels.count)
            for (v, label) in labels.enumerated() {
                if number[Int(label)] == .max {
                    number[Int(label)] = count
                    count += 1
                }
                dense[v] = number[Int(label)]
            }
        } else {
            var number: [UInt32: UInt32] = [:]
            for (v, label) in labels.enumerated() {
                if let known = number[label] {
                    dense[v] = known
                } else {
                    number[label] = count
                    dense[v] = count
                    count += 1
                }
            }
        }
        return (dense, Int(count))
    }

    /// Labels the connected parts of the graph, or with `within`, of each community of that partition
    /// on its own (the edges between communities ignored).
    ///
    /// - Complexity: O(V + E)
    static func connectedParts(_ graph: WeightedGraph, within communities: [UInt32]?) -> [UInt32] {
        let unlabelled = UInt32.max
        var labels = [UInt32](repeating: unlabelled, count: graph.nodeCount)
        var stack: [UInt32] = []
        var next: UInt32 = 0
        for start in 0..<graph.nodeCount where labels[start] == unlabelled {
            labels[start] = next
            stack.append(UInt32(start))
            while let v = stack.popLast() {
                for slot in graph.rowStarts[Int(v)]..<graph.rowStarts[Int(v) + 1] {
                    let u = Int(graph.neighbourNodes[slot])
                    guard labels[u] == unlabelled else { continue }
                    if let communities, communities[u] != communities[start] { continue }
                    labels[u] = next
                    stack.append(UInt32(u))
                }
            }
            next += 1
        }
        return labels
    }
}
