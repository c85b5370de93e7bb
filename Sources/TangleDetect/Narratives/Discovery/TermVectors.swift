import Foundation
import TangleCore

/// Each story's TF-IDF vector over the words and hashtags of its posts.
///
/// A story is the bag of its own posts (reposts left out: they repeat their original). A term's
/// frequency in a story is the number of its posts that use it, damped as `1 + ln tf` so that a
/// headline copied 500 times does not drown everything else; its inverse story frequency is
/// `ln(S / df)` over the S stories, so a term every story uses weighs nothing. A hashtag counts as
/// a term of its own, weighted by `hashtagWeight`, and its word is not counted again in the same post.
struct TermVectors {
    /// Each story's `termsPerStory` heaviest terms, heaviest first (ties by term).
    var top: [[WeightedTerm]]
    /// The same terms scaled to unit length, for cosine similarity.
    var unit: [[WeightedTerm]]

    /// - Complexity: O(W log W) for the W words and hashtags of the stories' posts.
    static func of(stories: [Story], in frame: Frame, parameters: DiscoveryParameters) -> TermVectors {
        // The word each hashtag is also tokenised as (`#Amber` reads as the word `amber`).
        let hashtagWords = frame.hashtags.names.map { WordColumn.hash(word: $0.utf8) }
        let repost = PostKind.repost.rawValue
        var counts: [[(term: Term, posts: Int)]] = []
        counts.reserveCapacity(stories.count)
        var storyFrequency: [Term: Int] = [:]
        var bag: [Term] = []
        var postTerms: [Term] = []
        for story in stories {
            bag.removeAll(keepingCapacity: true)
            for post in story.posts where frame.kinds[Int(post)] != repost {
                postTerms.removeAll(keepingCapacity: true)
                let tags = frame.hashtags[Int(post)]
                for code in tags { postTerms.append(.hashtag(code)) }
                if frame.words.count > Int(post) {
                    for word in frame.words[Int(post)] where !tags.contains(where: { hashtagWords[Int($0)] == word }) {
                        postTerms.append(.word(word))
                    }
                }
                postTerms.sort()
                for index in postTerms.indices where index == 0 || postTerms[index] != postTerms[index - 1] {
                    bag.append(postTerms[index])
                }
            }
            bag.sort()
            var storyCounts: [(term: Term, posts: Int)] = []
            var start = 0
            while start < bag.count {
                var end = start + 1
                while end < bag.count, bag[end] == bag[start] { end += 1 }
                storyCounts.append((bag[start], end - start))
                storyFrequency[bag[start], default: 0] += 1
                start = end
            }
            counts.append(storyCounts)
        }
        let storyCount = Double(stories.count)
        var top: [[WeightedTerm]] = []
        var unit: [[WeightedTerm]] = []
        top.reserveCapacity(stories.count)
        unit.reserveCapacity(stories.count)
        for storyCounts in counts {
            var weighted: [WeightedTerm] = []
            for (term, posts) in storyCounts {
                let idf = log(storyCount / Double(storyFrequency[term] ?? 1))
                guard idf > 0 else { continue }
                let boost = term.hashtagCode == nil ? 1 : parameters.hashtagWeight
                weighted.append(WeightedTerm(term: term, weight: (1 + log(Double(posts))) * idf * boost))
            }
            weighted.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
            let kept = Array(weighted.prefix(parameters.termsPerStory))
            top.append(kept)
            let norm = kept.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            unit.append(norm > 0 ? kept.map { WeightedTerm(term: $0.term, weight: $0.weight / norm) } : [])
        }
        return TermVectors(top: top, unit: unit)
    }
}
