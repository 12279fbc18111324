/// Computes every finalist's scores from submitted sheets and vote counts, by the definition's policy.
public enum ScoreBoard {
    /// One score per entrant with at least one submitted sheet, sorted by combined score (highest
    /// first, then entrant id). Drafts are ignored; an entrant without a vote count has 0 votes.
    /// Judges' totals are aggregated (not the sum of aggregated criteria), so a trimmed mean drops
    /// whole sheets rather than mixing judges across criteria.
    public static func compute(sheets: [ScoreSheet], votes: [String: Int], definition: ContestDefinition) -> [EntrantScore] {
        let policy = definition.voting
        let maxTotal = Double(definition.rubric.maxTotal.rawValue)
        var byEntrant: [String: [ScoreSheet]] = [:]
        for sheet in sheets where sheet.status == .submitted {
            byEntrant[sheet.entrantId, default: []].append(sheet)
        }
        let finalistVotes = Dictionary(uniqueKeysWithValues: byEntrant.keys.map { ($0, votes[$0] ?? 0) })
        let votePercent = VoteNormalizer.normalize(finalistVotes, method: policy.normalization)

        var scores: [EntrantScore] = []
        for (entrantId, entrantSheets) in byEntrant {
            let totals = entrantSheets.map { Double($0.total.rawValue) }
            let jury = JuryAggregation.aggregate(totals, method: policy.aggregation, trimmedFraction: policy.trimmedFraction) ?? 0
            var perCriterion: [String: Double] = [:]
            for criterion in definition.rubric.criteria {
                let values = entrantSheets.compactMap { $0.scores[criterion.id] }.map { Double($0.rawValue) }
                perCriterion[criterion.id] = JuryAggregation.aggregate(values, method: policy.aggregation,
                                                                       trimmedFraction: policy.trimmedFraction)
            }
            let juryPercent = maxTotal > 0 ? jury / maxTotal * 100 : 0
            let vote = votePercent[entrantId] ?? 0
            scores.append(EntrantScore(id: entrantId, judgeCount: entrantSheets.count, juryTenths: jury,
                                       juryPercent: juryPercent, criterionTenths: perCriterion,
                                       votes: finalistVotes[entrantId] ?? 0, votePercent: vote,
                                       combined: combine(jury: juryPercent, vote: vote, weight: policy.weight)))
        }
        return scores.sorted { $0.combined != $1.combined ? $0.combined > $1.combined : $0.id < $1.id }
    }

    /// (1 − weight) × jury + weight × vote, both on 0–100.
    public static func combine(jury: Double, vote: Double, weight: Double) -> Double {
        (1 - weight) * jury + weight * vote
    }
}
