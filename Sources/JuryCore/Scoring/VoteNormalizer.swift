import Foundation

/// Turns raw public vote counts into 0–100 scores, by the definition's normalization.
public enum VoteNormalizer {
    /// Scores keyed by entrant id. When every entrant has the same count the vote cannot separate
    /// them: all get 100 if the count is positive, 0 if nobody has a vote.
    public static func normalize(_ votes: [String: Int], method: VotingPolicy.Normalization) -> [String: Double] {
        switch method {
        case .linear: minMax(votes.mapValues { Double(max($0, 0)) }, allZero: votes.values.allSatisfy { $0 <= 0 })
        case .logarithmic: minMax(votes.mapValues { log1p(Double(max($0, 0))) }, allZero: votes.values.allSatisfy { $0 <= 0 })
        case .rank: rankPercentile(votes)
        }
    }

    private static func minMax(_ values: [String: Double], allZero: Bool) -> [String: Double] {
        guard let low = values.values.min(), let high = values.values.max() else { return [:] }
        guard high > low else { return values.mapValues { _ in allZero ? 0 : 100 } }
        return values.mapValues { ($0 - low) / (high - low) * 100 }
    }

    /// 100 × (entrants below + (entrants tied − 1) / 2) / (n − 1): the top gets 100, the bottom 0,
    /// and tied entrants share the mean of the positions they occupy.
    private static func rankPercentile(_ votes: [String: Int]) -> [String: Double] {
        let n = votes.count
        guard n > 1 else { return votes.mapValues { _ in 100 } }
        let counts = votes.values.sorted()
        return votes.mapValues { v in
            let below = counts.prefix { $0 < v }.count
            let tied = counts.filter { $0 == v }.count
            return (Double(below) + Double(tied - 1) / 2) / Double(n - 1) * 100
        }
    }
}
