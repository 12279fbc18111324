import Foundation

/// Turns raw public vote counts into 0–100 scores, by the definition's normalization.
public enum VoteNormalizer {
    /// Scores keyed by entrant id. When every entrant has the same count the vote cannot separate
    /// them: all get 100 if the count is positive, 0 if nobody has a vote. Negative counts (a
    /// corrupted import) count as 0.
    public static func normalize(_ votes: [String: Int], method: VotingPolicy.Normalization) -> [String: Double] {
        let keys = Array(votes.keys)
        let scores = normalize(keys.map { votes[$0] ?? 0 }, method: method)
        return Dictionary(uniqueKeysWithValues: zip(keys, scores))
    }

    /// The same, position by position: the ranking's hot path, with no strings or dictionaries.
    public static func normalize(_ votes: [Int], method: VotingPolicy.Normalization) -> [Double] {
        guard !votes.isEmpty else { return [] }
        switch method {
        case .linear: return minMax(votes.map { Double(max($0, 0)) })
        case .logarithmic: return minMax(votes.map { log1p(Double(max($0, 0))) })
        case .rank: return rankPercentile(votes.map { max($0, 0) })
        }
    }

    private static func minMax(_ values: [Double]) -> [Double] {
        guard let low = values.min(), let high = values.max() else { return [] }
        // Both transforms map 0 votes to 0, so "all equal to 0" is "nobody has a vote".
        guard high > low else { return values.map { _ in high > 0 ? 100 : 0 } }
        return values.map { ($0 - low) / (high - low) * 100 }
    }

    /// 100 × (entrants below + (entrants tied − 1) / 2) / (n − 1): the top gets 100, the bottom 0,
    /// and tied entrants share the mean of the positions they occupy. One sort, so 5,000 finalists
    /// cost n log n rather than n².
    private static func rankPercentile(_ votes: [Int]) -> [Double] {
        let n = votes.count
        guard n > 1 else { return votes.map { _ in 100 } }
        let order = votes.indices.sorted { votes[$0] < votes[$1] }
        var result = Array(repeating: 0.0, count: n)
        var start = 0
        while start < n {
            var end = start
            while end + 1 < n, votes[order[end + 1]] == votes[order[start]] { end += 1 }
            let tied = end - start + 1
            let score = (Double(start) + Double(tied - 1) / 2) / Double(n - 1) * 100
            for i in start...end { result[order[i]] = score }
            start = end + 1
        }
        return result
    }
}
