/// A finalist as the award allocation sees them: scores, votes and followers (for capped awards).
public struct AwardCandidate: Hashable, Sendable, Identifiable {
    /// The entrant id.
    public var id: String
    public var combined: Double
    public var juryPercent: Double
    public var votes: Int
    /// Aggregated criterion scores in tenths, for keys like `criterion:bonusInnovation`.
    public var criterionTenths: [String: Double]
    /// Total followers (`Entrant.totalFollowers`), compared with an award's `maxFollowers`.
    public var followers: Int

    public init(id: String, combined: Double, juryPercent: Double, votes: Int,
                criterionTenths: [String: Double] = [:], followers: Int) {
        self.id = id
        self.combined = combined
        self.juryPercent = juryPercent
        self.votes = votes
        self.criterionTenths = criterionTenths
        self.followers = followers
    }

    public init(score: EntrantScore, followers: Int) {
        self.init(id: score.id, combined: score.combined, juryPercent: score.juryPercent, votes: score.votes,
                  criterionTenths: score.criterionTenths, followers: followers)
    }

    /// The value a ranking key reads; a criterion nobody scored counts as 0.
    public func value(of key: RankingKey) -> Double {
        switch key {
        case .combined: combined
        case .jury: juryPercent
        case .votes: Double(votes)
        case .criterion(let id): criterionTenths[id] ?? 0
        }
    }
}
