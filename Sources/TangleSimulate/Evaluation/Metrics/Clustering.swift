#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Agreement between two partitions of the same items: purity and adjusted mutual information.
///
/// Logarithms are natural. Every sum runs in an order fixed by the input, never by hashing, so the same
/// labelings give the same bits on every run.
enum Clustering {
    /// The fraction of all cluster members that belong to their cluster's most common class
    /// (Manning, Raghavan & Schütze 2008, §16.3): Σ_k max_c |cluster_k ∩ class_c| / Σ_k |cluster_k|.
    ///
    /// Each cluster is the list of its members' classes. Not applicable when there are no members.
    ///
    /// - Complexity: O(n) expected in the total number of members.
    static func purity<Label: Hashable>(_ clusters: [[Label]]) -> Rate {
        var majority = 0
        var members = 0
        for cluster in clusters {
            var counts: [Label: Int] = [:]
            for label in cluster { counts[label, default: 0] += 1 }
            majority += counts.values.max() ?? 0
            members += cluster.count
        }
        return Rate(majority, of: members)
    }

    /// Adjusted mutual information (Vinh, Epps & Bailey 2010) with the arithmetic mean of the two entropies
    /// as normaliser: `(MI − E[MI]) / (mean(H(U), H(V)) − E[MI])`, 1 for identical partitions, about 0
    /// for independent ones, and negative when worse than chance.
    ///
    /// This is scikit-learn's `adjusted_mutual_info_score(truth, predicted)` with its default
    /// `average_method="arithmetic"`, including its conventions, so that users can check a figure:
    /// 1 when both labelings have a single cluster or no items; 0 when exactly one has a single cluster;
    /// numerator and denominator held at least machine epsilon away from zero, keeping their sign (so
    /// two identical all-singleton labelings give 1). Symmetric in its arguments. Checked against
    /// scikit-learn 1.9.1: within 2.5e-10 on 400 random labelings of up to 6,000 items, where a 40-digit
    /// computation puts this one within 5e-12 of the exact value (summing equal sizes once loses less).
    ///
    /// - Precondition: both labelings have the same length.
    /// - Complexity: O(n log n) for the contingency table, plus `expectedMutualInformation`.
    static func adjustedMutualInformation<A: Hashable, B: Hashable>(_ truth: [A], _ predicted: [B]) -> Double {
        precondition(truth.count == predicted.count, "two labelings of the same items")
        let table = Contingency(truth, predicted)
        let rows = table.rowSums.count
        let columns = table.columnSums.count
        if (rows == 1 && columns == 1) || (rows == 0 && columns == 0) { return 1 }
        if rows == 1 || columns == 1 { return 0 }
        let mutual = mutualInformation(table)
        let expected = expectedMutualInformation(
            rowSums: table.rowSums, columnSums: table.columnSums, total: table.total)
        let normaliser = (entropy(table.rowSums) + entropy(table.columnSums)) / 2
        return awayFromZero(mutual - expected) / awayFromZero(normaliser - expected)
    }

    /// `x`, or ±machine epsilon (keeping the sign, + for zero) when it is closer to zero than that, as
    /// scikit-learn does to avoid 0/0 when the expectation equals the maximum.
    private static func awayFromZero(_ x: Double) -> Double {
        x < 0 ? min(x, -Double.ulpOfOne) : max(x, Double.ulpOfOne)
    }

    /// Mutual information of a contingency table: Σ (n_ij/N) · log(N·n_ij / (a_i·b_j)).
    ///
    /// Written term by term as scikit-learn's `mutual_info_score` is (each cell's term below machine
    /// epsilon in magnitude counts as 0, the sum is clipped at 0, and a single row or column gives 0),
    /// so the two agree to the last few bits.
    ///
    /// - Complexity: O(cells).
    static func mutualInformation(_ table: Contingency) -> Double {
        guard table.rowSums.count > 1, table.columnSums.count > 1 else { return 0 }
        let total = Double(table.total)
        let logTotal = log(total)
        var sum = 0.0
        for cell in table.cells {
            let share = Double(cell.count) / total
            let logOuter = -log(Double(table.rowSums[cell.row] * table.columnSums[cell.column])) + logTotal + logTotal
            let term = share * (log(Double(cell.count)) - logTotal) + share * logOuter
            if abs(term) >= Double.ulpOfOne { sum += term }
        }
        return max(sum, 0)
    }

    /// Shannon entropy of a partition given by its cluster sizes: −Σ (s/N) · log(s/N); 0 for one cluster.
    ///
    /// - Complexity: O(clusters).
    static func entropy(_ sizes: [Int]) -> Double {
        guard sizes.count > 1 else { return 0 }
        let total = Double(sizes.reduce(0, +))
        let logTotal = log(total)
        var sum = 0.0
        for size in sizes where size > 0 {
            sum += Double(size) / total * (log(Double(size)) - logTotal)
        }
        return -sum
    }

    /// The exact expected mutual information of two random partitions with the given cluster sizes, under
    /// the hypergeometric (permutation) model of Vinh, Epps & Bailey (2010), eq. 24b:
    ///
    ///     E[MI] = Σ_i Σ_j Σ_{n_ij} (n_ij/N) · log(N·n_ij / (a_i·b_j))
    ///             · a_i! b_j! (N−a_i)! (N−b_j)! / (N! n_ij! (a_i−n_ij)! (b_j−n_ij)! (N−a_i−b_j+n_ij)!)
    ///
    /// with `n_ij` from max(1, a_i + b_j − N) to min(a_i, b_j), the factorials in log space (`lgamma`).
    /// The terms depend on a row and a column only through their sizes, so rows and columns of equal size
    /// are summed once and weighted by how many there are: with many singletons (how accounts seen by one
    /// side only are labelled) this turns R·C pairs into a handful.
    ///
    /// - Complexity: O(N + D_a·D_b·m), where D_a and D_b are the numbers of distinct row and column sizes
    ///   (each at most √(2N)) and m the smaller of the largest row and column; at most O(N^1.5).
    static func expectedMutualInformation(rowSums: [Int], columnSums: [Int], total: Int) -> Double {
        guard rowSums.count > 1, columnSums.count > 1 else { return 0 }
        let n = Double(total)
        let logN = log(n)
        let logFactorial = (0...total).map { k -> Double in lgamma(Double(k) + 1) }
        let rowSizes = multiplicities(rowSums)
        let columnSizes = multiplicities(columnSums)
        var expected = 0.0
        for (a, rowsOfSize) in rowSizes {
            for (b, columnsOfSize) in columnSizes {
                let lower = max(1, a + b - total)
                let upper = min(a, b)
                guard lower <= upper else { continue }
                let logA = log(Double(a))
                let logB = log(Double(b))
                let logRowMarginals: Double = logFactorial[a] + logFactorial[total - a]
                let logColumnMarginals: Double = logFactorial[b] + logFactorial[total - b]
                let logMarginals: Double = logRowMarginals + logColumnMarginals - logFactorial[total]
                var sum = 0.0
                for nij in lower...upper {
                    let logRatio: Double = logN + log(Double(nij)) - logA - logB
                    let logCells: Double = logFactorial[nij] + logFactorial[a - nij] + logFactorial[b - nij]
                    let logProbability: Double = logMarginals - logCells - logFactorial[total - a - b + nij]
                    sum += Double(nij) / n * logRatio * exp(logProbability)
                }
                expected += Double(rowsOfSize * columnsOfSize) * sum
            }
        }
        return expected
    }

    /// Each distinct value with how often it occurs, in ascending order of value.
    ///
    /// - Complexity: O(k log k).
    private static func multiplicities(_ values: [Int]) -> [(value: Int, count: Int)] {
        var result: [(value: Int, count: Int)] = []
        for value in values.sorted() {
            if let last = result.last, last.value == value {
                result[result.count - 1].count += 1
            } else {
                result.append((value, 1))
            }
        }
        return result
    }
}

/// The contingency table of two labelings of the same items: how many items each pair of labels shares.
///
/// Labels are numbered in order of first appearance and non-zero cells listed in (row, column) order, so
/// the table, and every sum over it, does not depend on hashing.
struct Contingency {
    /// Items per truth label, in order of first appearance.
    let rowSums: [Int]
    /// Items per predicted label, in order of first appearance.
    let columnSums: [Int]
    /// Non-zero cells, ordered by row, then column.
    let cells: [(row: Int, column: Int, count: Int)]
    let total: Int

    /// - Complexity: O(n log n).
    init<A: Hashable, B: Hashable>(_ truth: [A], _ predicted: [B]) {
        let rows = Self.codes(truth)
        let columns = Self.codes(predicted)
        var rowSums = [Int](repeating: 0, count: rows.distinct)
        var columnSums = [Int](repeating: 0, count: columns.distinct)
        var pairs: [Int] = []
        pairs.reserveCapacity(truth.count)
        for (row, column) in zip(rows.codes, columns.codes) {
            rowSums[row] += 1
            columnSums[column] += 1
            pairs.append(row * columns.distinct + column)
        }
        pairs.sort()
        var cells: [(row: Int, column: Int, count: Int)] = []
        var start = 0
        while start < pairs.count {
            var end = start + 1
            while end < pairs.count, pairs[end] == pairs[start] { end += 1 }
            cells.append((pairs[start] / columns.distinct, pairs[start] % columns.distinct, end - start))
            start = end
        }
        self.rowSums = rowSums
        self.columnSums = columnSums
        self.cells = cells
        self.total = truth.count
    }

    /// Each label's number in order of first appearance, and how many distinct labels there are.
    private static func codes<Label: Hashable>(_ labels: [Label]) -> (codes: [Int], distinct: Int) {
        var numbers: [Label: Int] = [:]
        let codes = labels.map { label in
            if let number = numbers[label] { return number }
            numbers[label] = numbers.count
            return numbers.count - 1
        }
        return (codes, numbers.count)
    }
}
