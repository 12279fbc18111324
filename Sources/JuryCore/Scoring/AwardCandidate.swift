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

    /// The value as shown and published, in integer tenths of the shown unit (combined and jury
    /// 85.3 → 853, a criterion's 4.5 points → 45, votes as counted). Awards compare these, so
    /// every placing can be checked against the published one-decimal figures: two finalists
    /// shown as 85.3 are tied on that key and the next key decides. NaN counts as the lowest.
    public func shownValue(of key: RankingKey) -> Int {
        let v = value(of: key)
        guard v.isFinite else { return v == .infinity ? .max : .min }
        switch key {
        case .votes: return votes
        case .combined, .jury: return ScoreRounding.tenths(v)
        case .criterion: return ScoreRounding.tenths(v / 10)
        }
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
