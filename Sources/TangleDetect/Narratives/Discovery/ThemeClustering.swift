/// Themes: stories grouped by average-linkage clustering of their TF-IDF vectors.
///
/// Two groups merge while the average cosine similarity over all their pairs of stories is at least
/// `themeThreshold`, best pair first. Average linkage, unlike joining every pair above a threshold,
/// does not chain: two stories of different themes that happen to share one rare word are a single
/// pair among the hundreds two themes would average over. Pairs below a quarter of the threshold
/// are left out of the sums (taken as 0), which keeps the similarity graph sparse.
///
/// Ties go to the pair of lowest story indices, so the result does not depend on hashing order.
enum ThemeClustering {
    /// - Complexity: O(Σ df²) over the terms' story frequencies to find similar pairs, then
    ///   O(E log E) heap operations for E pairs per merge round, in the worst case O(S·E log E).
    static func themes(vectors: TermVectors, stories: [Story], parameters: DiscoveryParameters) -> [Theme] {
        let count = stories.count
        let threshold = parameters.themeThreshold
        let pairs = similarPairs(vectors.unit, floor: threshold / 4)
        var neighbours = [[Int: Double]](repeating: [:], count: count)
        for pair in pairs {
            neighbours[pair.a][pair.b] = pair.similarity
            neighbours[pair.b][pair.a] = pair.similarity
        }
        var size = [Int](repeating: 1, count: count)
        var members = (0..<count).map { [$0] }
        var alive = [Bool](repeating: true, count: count)
        var heap = CandidateHeap()
        for pair in pairs where pair.similarity >= threshold {
            heap.push(Candidate(average: pair.similarity, a: pair.a, b: pair.b))
        }
        while let best = heap.pop() {
            guard alive[best.a], alive[best.b], let sum = neighbours[best.a][best.b],
                sum / Double(size[best.a] * size[best.b]) == best.average
            else { continue }
            // The group with more neighbours survives, so each merge moves the smaller table.
            let (kept, absorbed) =
                neighbours[best.a].count >= neighbours[best.b].count ? (best.a, best.b) : (best.b, best.a)
            neighbours[kept][absorbed] = nil
            for (other, weight) in neighbours[absorbed] where other != kept {
                neighbours[kept][other, default: 0] += weight
                neighbours[other][absorbed] = nil
                neighbours[other][kept] = neighbours[kept][other]
            }
            neighbours[absorbed] = [:]
            alive[absorbed] = false
            size[kept] += size[absorbed]
            members[kept] += members[absorbed]
            members[absorbed] = []
            for (other, sum) in neighbours[kept] {
                let average = sum / Double(size[kept] * size[other])
                if average >= threshold { heap.push(Candidate(average: average, a: min(kept, other), b: max(kept, other))) }
            }
        }
        var themes: [Theme] = []
        for group in 0..<count where alive[group] && members[group].count >= parameters.minimumThemeStories {
            let storyIndices = members[group].sorted()
            var weights: [Term: Double] = [:]
            for story in storyIndices {
                for term in vectors.unit[story] { weights[term.term, default: 0] += term.weight }
            }
            let terms = weights.map { WeightedTerm(term: $0.key, weight: $0.value) }
                .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
            themes.append(
                Theme(
                    stories: storyIndices, terms: Array(terms.prefix(parameters.termsPerStory)),
                    firstPost: stories[storyIndices[0]].firstPost))
        }
        themes.sort { $0.firstPost < $1.firstPost }
        return themes
    }

    struct Pair: Equatable {
        var a: Int
        var b: Int
        var similarity: Double
    }

    /// Every pair of vectors (a < b) whose cosine similarity is at least `floor`, found through an
    /// inverted index: only vectors sharing a term are ever compared. In order of (a, b).
    static func similarPairs(_ unit: [[WeightedTerm]], floor: Double) -> [Pair] {
        var postings: [Term: [(story: Int, weight: Double)]] = [:]
        for (story, vector) in unit.enumerated() {
            for term in vector { postings[term.term, default: []].append((story, term.weight)) }
        }
        var pairs: [Pair] = []
        var dot = [Double](repeating: 0, count: unit.count)
        var touched: [Int] = []
        for (story, vector) in unit.enumerated() {
            for term in vector {
                guard let list = postings[term.term] else { continue }
                // Postings are in story order: only the later stories, so each pair is summed once.
                var index = list.count - 1
                while index >= 0, list[index].story > story {
                    let other = list[index].story
                    if dot[other] == 0 { touched.append(other) }
                    dot[other] += term.weight * list[index].weight
                    index -= 1
                }
            }
            touched.sort()
            for other in touched {
                if dot[other] >= floor { pairs.append(Pair(a: story, b: other, similarity: dot[other])) }
                dot[other] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return pairs
    }

    struct Candidate {
        var average: Double
        var a: Int
        var b: Int

        /// Higher average first, then lower indices.
        func precedes(_ other: Candidate) -> Bool {
            if average != other.average { return average > other.average }
            return a != other.a ? a < other.a : b < other.b
        }
    }

    /// A binary heap of merge candidates, best first.
    struct CandidateHeap {
        private var items: [Candidate] = []

        mutating func push(_ candidate: Candidate) {
            items.append(candidate)
            var child = items.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard items[child].precedes(items[parent]) else { break }
                items.swapAt(child, parent)
                child = parent
            }
        }

        mutating func pop() -> Candidate? {
            guard let first = items.first else { return nil }
            let last = items.removeLast()
            guard !items.isEmpty else { return first }
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var best = parent
                if left < items.count, items[left].precedes(items[best]) { best = left }
                if right < items.count, items[right].precedes(items[best]) { best = right }
                guard best != parent else { break }
                items.swapAt(parent, best)
                parent = best
            }
            return first
        }
    }
}
