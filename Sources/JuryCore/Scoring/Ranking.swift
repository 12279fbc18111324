/// The chair's ranking: every finalist's jury, vote and combined score by one method, sorted, with
/// competition ranks and ties, judges' leniency and outlier flags.
///
/// Decisions, stated once:
/// - Only counted sheets (submitted, not conflicted — see `ScoreTable`) are aggregated.
/// - Mean, trimmed mean and median select whole sheets by their totals (ties in total broken by
///   judge index), and the dimension and criterion columns average the same sheets, so a trimmed
///   judge is trimmed everywhere and account + work + bonus add up to the jury total.
/// - The z-score method corrects the totals only; its dimension and criterion columns are the plain
///   mean of all sheets (a per-judge affine map of a part of the sheet has no meaning).
/// - Nothing is rounded here. Ranks, ties and the row order use the shown value
///   (`ScoreRounding.tenths` of the combined score), because the chair and the published list
///   see one decimal: two finalists shown as 85.3 share a rank (1, 2, 2, 4) even if their exact
///   values differ in the third decimal. Within a tie the rows follow the stated tie-break
///   (shown jury score, votes, entrant id) for a stable order; the rank stays shared.
/// - Vote points are normalised over every finalist in the table, scored or not.
public struct Ranking: Sendable {
    public let method: RankingMethod
    public let criterionIds: [String]
    public let dimensionIds: [String]
    /// Best first; unscored finalists last, by id.
    public internal(set) var rows: [Row]
    /// In judge index order.
    public let judges: [JudgeStats]
    /// Mean and sample SD of every counted total, in points (the z-score's target scale).
    public let poolMean: Double?
    public let poolSD: Double?

    /// Computes the ranking. `votes` and `expectedJudges` are indexed like `table.entrantIds`
    /// (missing positions count as 0). `method` defaults to the contest's own.
    public init(table: ScoreTable, votes: [Int], expectedJudges: [Int], policy: VotingPolicy,
                method: RankingMethod? = nil, outlierRule: OutlierRule = OutlierRule()) {
        let method = method ?? RankingMethod(policy: policy)
        self.method = method
        criterionIds = table.criterionIds
        dimensionIds = table.dimensionIds
        let E = table.entrantCount, J = table.judgeCount, C = table.criterionCount, D = table.dimensionIds.count

        // Pass 1: every counted sheet's total, and per-judge and pool sums (exact in Int64).
        var totals = [Int32](repeating: -1, count: E * J)
        var jN = [Int](repeating: 0, count: J)
        var jSum = [Int64](repeating: 0, count: J), jSumSq = [Int64](repeating: 0, count: J)
        var poolN = 0, poolSum: Int64 = 0, poolSumSq: Int64 = 0
        table.cells.withUnsafeBufferPointer { cells in
            table.filled.withUnsafeBufferPointer { filled in
                for pair in 0..<(E * J) where C > 0 && filled[pair] == Int32(C) {
                    var sum: Int32 = 0
                    let start = pair * C
                    for c in 0..<C { sum &+= cells[start + c] }
                    totals[pair] = sum
                    let j = pair % J, t = Int64(sum)
                    jN[j] += 1; jSum[j] += t; jSumSq[j] += t * t
                    poolN += 1; poolSum += t; poolSumSq += t * t
                }
            }
        }
        let pool = Self.meanSD(n: poolN, sum: poolSum, sumSq: poolSumSq)
        poolMean = pool.mean.map { $0 / 10 }
        poolSD = pool.sd.map { $0 / 10 }
        let judgeMoments = (0..<J).map { Self.meanSD(n: jN[$0], sum: jSum[$0], sumSq: jSumSq[$0]) }
        let zMap = Self.zScoreMaps(judges: judgeMoments, pool: pool)

        let votePoints = VoteNormalizer.normalize((0..<E).map { $0 < votes.count ? votes[$0] : 0 }, method: policy.normalization)
        let maxTotal = Double(table.maxTotal)

        // Pass 2: one finalist at a time, with buffers reused across finalists.
        var outlierCount = [Int](repeating: 0, count: J)
        var rows: [Row] = []
        rows.reserveCapacity(E)
        var panel: [Int] = [], order: [Int] = []
        panel.reserveCapacity(J); order.reserveCapacity(J)
        var criterionSum = [Double](repeating: 0, count: C)
        table.cells.withUnsafeBufferPointer { cells in
            for e in 0..<E {
                panel.removeAll(keepingCapacity: true)
                for j in 0..<J where totals[e * J + j] >= 0 { panel.append(j) }
                let n = panel.count
                var row = Row(id: table.entrantIds[e], entrant: e, rank: nil, isTied: false, juryPoints: nil, juryPercent: nil,
                              dimensionPoints: [], criterionPoints: [], votes: e < votes.count ? votes[e] : 0,
                              votePoints: votePoints[e], combined: nil, judgesSubmitted: n,
                              judgesExpected: e < expectedJudges.count ? expectedJudges[e] : 0,
                              disagreement: nil, outliers: [], award: nil)
                guard n > 0 else { rows.append(row); continue }

                // Which sheets the jury score averages (all of them for mean and z-score).
                order.removeAll(keepingCapacity: true)
                order.append(contentsOf: panel)
                var lo = 0, hi = n
                switch method {
                case .mean, .zScore: break
                case .trimmedMean(let fraction):
                    Self.sortByTotal(&order, totals: totals, row: e * J)
                    let drop = Int((Double(n) * min(max(fraction, 0), 0.499_999)).rounded(.down))
                    lo = drop; hi = n - drop
                case .median:
                    Self.sortByTotal(&order, totals: totals, row: e * J)
                    lo = (n - 1) / 2; hi = n / 2 + 1
                }
                var jury = 0.0
                if method == .zScore {
                    for j in panel { jury += zMap[j].a + zMap[j].b * Double(totals[e * J + j]) }
                    jury = min(max(jury / Double(n), 0), maxTotal)
                } else {
                    for i in lo..<hi { jury += Double(totals[e * J + order[i]]) }
                    jury /= Double(hi - lo)
                }
                for c in 0..<C { criterionSum[c] = 0 }
                for i in lo..<hi {
                    let start = (e * J + order[i]) * C
                    for c in 0..<C { criterionSum[c] += Double(cells[start + c]) }
                }
                var criteria = [Double](repeating: 0, count: C), dimensions = [Double](repeating: 0, count: D)
                let kept = Double(hi - lo) * 10
                for c in 0..<C {
                    criteria[c] = criterionSum[c] / kept
                    dimensions[table.criterionDimension[c]] += criteria[c]
                }
                row.criterionPoints = criteria
                row.dimensionPoints = dimensions
                row.juryPoints = jury / 10
                let percent = maxTotal > 0 ? jury / maxTotal * 100 : 0
                row.juryPercent = percent
                row.combined = ScoreBoard.combine(jury: percent, vote: votePoints[e], weight: policy.weight)

                // Spread and outliers from exact integer sums of the raw totals.
                if n >= 2 {
                    var sum: Int64 = 0, sumSq: Int64 = 0, low = Int32.max, high = Int32.min
                    for j in panel {
                        let t = totals[e * J + j]
                        sum += Int64(t); sumSq += Int64(t) * Int64(t)
                        low = min(low, t); high = max(high, t)
                    }
                    let sd = Self.meanSD(n: n, sum: sum, sumSq: sumSq).sd ?? 0
                    row.disagreement = Disagreement(sd: sd / 10, range: Double(high - low) / 10)
                    let others = n - 1
                    if others >= max(outlierRule.minimumOthers, 1) {
                        for j in panel {
                            let t = Int64(totals[e * J + j])
                            let m = Self.meanSD(n: others, sum: sum - t, sumSq: sumSq - t * t)
                            guard let mean = m.mean else { continue }
                            let unit = max(m.sd ?? 0, outlierRule.minimumSD * 10)
                            let deviations = unit > 0 ? (Double(t) - mean) / unit : 0
                            if abs(deviations) > outlierRule.k {
                                row.outliers.append(Outlier(judge: j, judgeId: table.judgeIds[j], totalPoints: Double(t) / 10,
                                                            othersMeanPoints: mean / 10, sdPoints: unit / 10,
                                                            deviations: deviations))
                                outlierCount[j] += 1
                            }
                        }
                    }
                }
                rows.append(row)
            }
        }

        judges = (0..<J).map { j in
            let m = judgeMoments[j]
            return JudgeStats(id: table.judgeIds[j], judge: j, scored: jN[j], mean: m.mean.map { $0 / 10 },
                              sd: m.sd.map { $0 / 10 },
                              leniency: m.mean.flatMap { mean in pool.mean.map { (mean - $0) / 10 } },
                              outlierCount: outlierCount[j])
        }
        self.rows = Self.ranked(rows)
    }

    /// Sorts judge indices by their sheet's total, ties by judge index, as one integer key each
    /// (total above, judge below): no comparison closure for 5,000 finalists' sorts.
    static func sortByTotal(_ judges: inout [Int], totals: [Int32], row: Int) {
        for i in judges.indices { judges[i] = Int(totals[row + judges[i]]) << 32 | judges[i] }
        judges.sort()
        for i in judges.indices { judges[i] &= 0xFFFF_FFFF }
    }

    /// The row of an entrant id (linear: for one lookup, not for loops).
    public func row(of entrantId: String) -> Row? { rows.first { $0.id == entrantId } }

    /// Sorts by the shown combined score and assigns competition ranks; ties share a rank.
    static func ranked(_ rows: [Row]) -> [Row] {
        let unscored = Int.min
        let shownCombined = rows.map { $0.combined.map(ScoreRounding.tenths) ?? unscored }
        let shownJury = rows.map { $0.juryPercent.map(ScoreRounding.tenths) ?? unscored }
        let order = rows.indices.sorted { a, b in
            if shownCombined[a] != shownCombined[b] { return shownCombined[a] > shownCombined[b] }
            if shownJury[a] != shownJury[b] { return shownJury[a] > shownJury[b] }
            if rows[a].votes != rows[b].votes { return rows[a].votes > rows[b].votes }
            return rows[a].id < rows[b].id
        }
        var result: [Row] = []
        result.reserveCapacity(rows.count)
        for (position, index) in order.enumerated() {
            var row = rows[index]
            guard shownCombined[index] != unscored else { result.append(row); continue }
            if position > 0, shownCombined[order[position - 1]] == shownCombined[index] {
                row.rank = result[position - 1].rank
                row.isTied = true
                result[position - 1].isTied = true
            } else {
                row.rank = position + 1
            }
            result.append(row)
        }
        return result
    }

    /// Mean and sample SD (n − 1) from exact integer sums; the variance is formed in integers
    /// (n·Σx² − (Σx)²) so large equal totals do not cancel to a negative number.
    static func meanSD(n: Int, sum: Int64, sumSq: Int64) -> (mean: Double?, sd: Double?) {
        guard n > 0 else { return (nil, nil) }
        let mean = Double(sum) / Double(n)
        guard n > 1 else { return (mean, nil) }
        let (a, overflowA) = Int64(n).multipliedReportingOverflow(by: sumSq)
        let (b, overflowB) = sum.multipliedReportingOverflow(by: sum)
        // Beyond Int64 (far past any contest) fall back to Doubles rather than trap.
        let numerator = overflowA || overflowB ? Double(n) * Double(sumSq) - Double(sum) * Double(sum) : Double(a - b)
        return (mean, (max(numerator, 0) / (Double(n) * Double(n - 1))).squareRoot())
    }
}
