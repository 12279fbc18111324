extension Ranking {
    /// The finalists who may win an award: scored, with every expected judge's sheet in
    /// (`Row.isJudgingComplete`), in ranking order. Criterion scores go in as tenths, keyed by
    /// criterion id, for keys like `criterion:bonusInnovation`; a finalist missing from
    /// `followers` counts as 0 followers.
    public func awardCandidates(followers: [String: Int]) -> [AwardCandidate] {
        rows.compactMap { row in
            guard row.isJudgingComplete, let combined = row.combined, let jury = row.juryPercent else { return nil }
            var criteria: [String: Double] = [:]
            for (c, id) in criterionIds.enumerated() where c < row.criterionPoints.count {
                criteria[id] = row.criterionPoints[c] * 10
            }
            return AwardCandidate(id: row.id, combined: combined, juryPercent: jury, votes: row.votes,
                                  criterionTenths: criteria, followers: followers[row.id] ?? 0)
        }
    }

    /// Finalists left out of the allocation because a judge has not submitted yet (or none is
    /// assigned): the chair should see how many before allocating.
    public var incompleteFinalists: [String] { rows.filter { !$0.isJudgingComplete }.map(\.id) }

    /// Allocates the plan's awards among the complete finalists and writes each winner's award
    /// onto their row (the first award, should the plan allow several).
    @discardableResult
    public mutating func allocateAwards(plan: AwardPlan, followers: [String: Int]) -> AwardAllocation {
        let allocation = AwardAllocator.allocate(awardCandidates(followers: followers), plan: plan)
        var awardOf: [String: String] = [:]
        for winners in allocation.awards {
            for id in winners.entrantIds where awardOf[id] == nil { awardOf[id] = winners.awardId }
        }
        for i in rows.indices { rows[i].award = awardOf[rows[i].id] }
        return allocation
    }
}
