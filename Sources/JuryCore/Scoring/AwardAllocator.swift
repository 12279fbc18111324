/// Fills each award in the definition's order by its ranking keys, one award per person unless allowed.
public enum AwardAllocator {
    /// Candidates are ordered by the award's keys (highest first), then — the stated tie-break —
    /// by combined score, jury score, votes, and finally entrant id ascending, so the result never
    /// depends on input order. Awards with `maxFollowers` consider only candidates below it.
    /// Keys are compared as shown (`AwardCandidate.shownValue`), one decimal, so the published
    /// figures explain every placing. Feed it `Ranking.awardCandidates(followers:)`, which keeps
    /// only finalists whose judging is complete.
    public static func allocate(_ candidates: [AwardCandidate], plan: AwardPlan) -> AwardAllocation {
        var taken = Set<String>()
        var result: [AwardAllocation.Winners] = []
        for award in plan.categories {
            let keys = award.ranking + [.combined, .jury, .votes]
            let eligible = candidates
                .filter { plan.allowsMultipleAwardsPerPerson || !taken.contains($0.id) }
                .filter { c in award.maxFollowers.map { c.followers < $0 } ?? true }
                .sorted { precedes($0, $1, keys: keys) }
            let winners = Array(eligible.prefix(award.count))
            var byId = false
            if let last = winners.last, eligible.count > winners.count {
                let next = eligible[winners.count]
                byId = keys.allSatisfy { last.shownValue(of: $0) == next.shownValue(of: $0) }
            }
            taken.formUnion(winners.map(\.id))
            result.append(.init(awardId: award.id, entrantIds: winners.map(\.id),
                                shortfall: award.count - winners.count, cutoffDecidedById: byId))
        }
        return AwardAllocation(awards: result)
    }

    private static func precedes(_ a: AwardCandidate, _ b: AwardCandidate, keys: [RankingKey]) -> Bool {
        for key in keys {
            let x = a.shownValue(of: key), y = b.shownValue(of: key)
            if x != y { return x > y }
        }
        return a.id < b.id
    }
}
