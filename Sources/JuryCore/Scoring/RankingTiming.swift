/// A timing check for the chair's ranking (not a test: tests stay functional): builds a synthetic
/// full matrix and measures one `Ranking` recomputation, for `jurydesk-bench` or a quick look.
public enum RankingTiming {
    /// The best of `repeats` recomputations of a ranking over finalists × judges × criteria
    /// (every judge scores every finalist; scores from a fixed pseudo-random sequence), per method.
    /// The table is built once, outside the timing: the store keeps it and refreshes cells.
    public static func measure(finalists: Int = 5_000, judges: Int = 50, criteria: Int = 10,
                               repeats: Int = 3) -> [(method: RankingMethod, best: Duration)] {
        let dims = stride(from: 0, to: criteria, by: 4).map { start in
            RubricDimension(id: "d\(start)", label: LocalizedText(zh: "维度", en: "Dimension"),
                            criteria: (start..<min(start + 4, criteria)).map {
                                Criterion(id: "c\($0)", label: LocalizedText(zh: "项", en: "Item"), max: 100, step: 5)
                            })
        }
        let rubric = Rubric(dimensions: dims)
        var table = ScoreTable(rubric: rubric, entrantIds: (0..<finalists).map { "E\($0)" },
                               judgeIds: (0..<judges).map { "J\($0)" })
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for e in 0..<finalists {
            for j in 0..<judges {
                for c in 0..<criteria {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    table.set(entrant: e, judge: j, criterion: c, tenths: Int(state >> 33) % 21 * 5)
                }
            }
        }
        let votes = (0..<finalists).map { ($0 &* 7919) % 100_000 }
        let expected = Array(repeating: judges, count: finalists)
        let policy = VotingPolicy(weight: 0.2, normalization: .logarithmic, aggregation: .trimmedMean, trimmedFraction: 0.2)
        let clock = ContinuousClock()
        return RankingMethod.choices(for: policy).map { method in
            var best = Duration.seconds(3600)
            for _ in 0..<max(repeats, 1) {
                let elapsed = clock.measure {
                    let ranking = Ranking(table: table, votes: votes, expectedJudges: expected, policy: policy, method: method)
                    precondition(ranking.rows.count == finalists)
                }
                best = min(best, elapsed)
            }
            return (method, best)
        }
    }
}
