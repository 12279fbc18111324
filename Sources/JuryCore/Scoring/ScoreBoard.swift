/// Computes every finalist's scores from submitted sheets and vote counts, by the definition's policy.
///
/// A thin string-keyed view of `Ranking` (one aggregation rule in the code base); the chair's pane
/// and the store should build a `ScoreTable` and a `Ranking` directly.
public enum ScoreBoard {
    /// One score per entrant with at least one submitted sheet, in ranking order (shown combined
    /// score, then the stated tie-break). Drafts are ignored; an entrant without a vote count has 0
    /// votes; votes are normalised over the entrants returned. The method selects whole sheets by
    /// their totals, so a trimmed mean drops whole sheets rather than mixing judges across criteria.
    public static func compute(sheets: [ScoreSheet], votes: [String: Int], definition: ContestDefinition) -> [EntrantScore] {
        let table = ScoreTable(rubric: definition.rubric, sheets: sheets)
        let ranking = Ranking(table: table, votes: table.entrantIds.map { votes[$0] ?? 0 },
                              expectedJudges: (0..<table.entrantCount).map { table.judges(of: $0).count },
                              policy: definition.voting)
        return ranking.rows.compactMap { row in
            guard let jury = row.juryPoints, let percent = row.juryPercent, let combined = row.combined else { return nil }
            var criteria: [String: Double] = [:]
            for (c, id) in ranking.criterionIds.enumerated() { criteria[id] = row.criterionPoints[c] * 10 }
            return EntrantScore(id: row.id, judgeCount: row.judgesSubmitted, juryTenths: jury * 10, juryPercent: percent,
                                criterionTenths: criteria, votes: row.votes, votePercent: row.votePoints, combined: combined)
        }
    }

    /// (1 − weight) × jury + weight × vote, both on 0–100.
    public static func combine(jury: Double, vote: Double, weight: Double) -> Double {
        (1 - weight) * jury + weight * vote
    }
}
