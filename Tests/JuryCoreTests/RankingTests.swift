import Foundation
import XCTest
@testable import JuryCore

/// The chair's ranking on small cases computed by hand in each test.
final class RankingTests: XCTestCase {
    // A 100-point rubric with one criterion per dimension, so totals are easy to split by hand.
    private let rubric = Rubric(dimensions: [
        RubricDimension(id: "account", label: LocalizedText(zh: "账号", en: "Account"), criteria: [
            Criterion(id: "acc", label: LocalizedText(zh: "账号", en: "Account"), max: .points(50), step: 5)]),
        RubricDimension(id: "work", label: LocalizedText(zh: "作品", en: "Work"), criteria: [
            Criterion(id: "wrk", label: LocalizedText(zh: "作品", en: "Work"), max: .points(40), step: 5)]),
        RubricDimension(id: "bonus", label: LocalizedText(zh: "附加", en: "Bonus"), criteria: [
            Criterion(id: "bon", label: LocalizedText(zh: "附加", en: "Bonus"), max: .points(10), step: 5)]),
    ])

    private func policy(weight: Double = 0, normalization: VotingPolicy.Normalization = .linear,
                        aggregation: VotingPolicy.Aggregation = .trimmedMean) -> VotingPolicy {
        VotingPolicy(weight: weight, normalization: normalization, aggregation: aggregation, trimmedFraction: 0.2)
    }

    /// A submitted sheet from points per criterion (account, work, bonus).
    private func sheet(_ judge: String, _ entrant: String, _ acc: Int, _ wrk: Int, _ bon: Int,
                       status: ScoreSheet.Status = .submitted) -> ScoreSheet {
        ScoreSheet(judgeId: judge, entrantId: entrant, scores: ["acc": .points(acc), "wrk": .points(wrk), "bon": .points(bon)],
                   status: status)
    }

    /// A submitted sheet from a total in tenths, filled account first.
    private func sheet(_ judge: String, _ entrant: String, totalTenths t: Int) -> ScoreSheet {
        let acc = min(t, 500), wrk = min(t - acc, 400), bon = t - acc - wrk
        return ScoreSheet(judgeId: judge, entrantId: entrant, scores: ["acc": Tenths(acc), "wrk": Tenths(wrk), "bon": Tenths(bon)],
                          status: .submitted)
    }

    private func ranking(_ sheets: [ScoreSheet], votes: [String: Int] = [:], expected: [String: Int] = [:],
                         policy: VotingPolicy? = nil, method: RankingMethod? = nil, entrants: [String]? = nil,
                         conflicts: Set<JudgeEntrant> = []) -> Ranking {
        let table = ScoreTable(rubric: rubric, sheets: sheets, conflicts: conflicts, entrantIds: entrants)
        return Ranking(table: table, votes: table.entrantIds.map { votes[$0] ?? 0 },
                       expectedJudges: table.entrantIds.map { expected[$0] ?? 0 },
                       policy: policy ?? self.policy(), method: method)
    }

    // MARK: Aggregation methods

    // Five judges: totals 70, 80, 90, 100, 10.
    private var fiveJudges: [ScoreSheet] {
        [sheet("J1", "E1", 30, 35, 5), sheet("J2", "E1", 40, 35, 5), sheet("J3", "E1", 45, 40, 5),
         sheet("J4", "E1", 50, 40, 10), sheet("J5", "E1", 5, 5, 0)]
    }

    func testMeanAveragesEverySheet() throws {
        let row = try XCTUnwrap(ranking(fiveJudges, method: .mean).row(of: "E1"))
        XCTAssertEqual(try XCTUnwrap(row.juryPoints), 70, accuracy: 1e-9)         // 350 / 5
        XCTAssertEqual(row.dimensionPoints[0], 34, accuracy: 1e-9)                 // 170 / 5
        XCTAssertEqual(row.dimensionPoints[1], 31, accuracy: 1e-9)                 // 155 / 5
        XCTAssertEqual(row.dimensionPoints[2], 5, accuracy: 1e-9)                  // 25 / 5
        XCTAssertEqual(row.judgesSubmitted, 5)
    }

    func testTrimmedMeanWithFiveJudgesDropsTheHighestAndTheLowestSheet() throws {
        // The contest's default: 去掉一个最高分和一个最低分 (⌊5 × 0.2⌋ = 1 at each end).
        let r = ranking(fiveJudges)
        XCTAssertEqual(r.method, .trimmedMean(fraction: 0.2))
        let row = try XCTUnwrap(r.row(of: "E1"))
        XCTAssertEqual(try XCTUnwrap(row.juryPoints), 80, accuracy: 1e-9)         // (70 + 80 + 90) / 3
        // J4 and J5 are dropped whole, so the dimensions add up to the jury score.
        XCTAssertEqual(row.dimensionPoints[0], 115.0 / 3, accuracy: 1e-9)          // (30 + 40 + 45) / 3
        XCTAssertEqual(row.dimensionPoints[1], 110.0 / 3, accuracy: 1e-9)          // (35 + 35 + 40) / 3
        XCTAssertEqual(row.dimensionPoints[2], 5, accuracy: 1e-9)
        XCTAssertEqual(row.dimensionPoints.reduce(0, +), 80, accuracy: 1e-9)
        XCTAssertEqual(row.criterionPoints, row.dimensionPoints)                   // one criterion per dimension
    }

    func testMedianTakesTheMiddleSheetOrTheMeanOfTheTwoMiddleOnes() throws {
        let odd = try XCTUnwrap(ranking(fiveJudges, method: .median).row(of: "E1"))
        XCTAssertEqual(try XCTUnwrap(odd.juryPoints), 80, accuracy: 1e-9)          // J2's sheet
        XCTAssertEqual(odd.dimensionPoints, [40, 35, 5])
        let four = Array(fiveJudges.prefix(4))                                     // 70, 80, 90, 100
        let even = try XCTUnwrap(ranking(four, method: .median).row(of: "E1"))
        XCTAssertEqual(try XCTUnwrap(even.juryPoints), 85, accuracy: 1e-9)         // (80 + 90) / 2
        XCTAssertEqual(even.dimensionPoints[0], 42.5, accuracy: 1e-9)              // (40 + 45) / 2
    }

    func testZScoreCancelsALenientAndASevereJudgeAndMapsBackToThePool() throws {
        // J1 is lenient (E1 90, E2 80), J2 severe (E3 60, E4 40).
        let sheets = [sheet("J1", "E1", totalTenths: 900), sheet("J1", "E2", totalTenths: 800),
                      sheet("J2", "E3", totalTenths: 600), sheet("J2", "E4", totalTenths: 400)]
        let z = ranking(sheets, method: .zScore)
        // Pool: mean 67.5; sample SD √(1475 / 3). J1: mean 85, SD √50; J2: mean 50, SD √200.
        let poolMean = 67.5, poolSD = (1475.0 / 3).squareRoot()
        XCTAssertEqual(try XCTUnwrap(z.poolMean), poolMean, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(z.poolSD), poolSD, accuracy: 1e-9)
        let zE1 = (90 - 85) / 50.0.squareRoot(), zE3 = (60 - 50) / 200.0.squareRoot()
        XCTAssertEqual(try XCTUnwrap(z.row(of: "E1")?.juryPoints), poolMean + zE1 * poolSD, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(z.row(of: "E3")?.juryPoints), poolMean + zE3 * poolSD, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(z.row(of: "E4")?.juryPoints), poolMean - zE3 * poolSD, accuracy: 1e-9)
        // Each judge's best finalist is equally far above that judge's mean: a shared first place,
        // where the plain mean put the severe judge's best (60) below the lenient judge's worst (80).
        XCTAssertEqual(z.rows.map(\.rank), [1, 1, 3, 3])
        XCTAssertEqual(ranking(sheets, method: .mean).rows.map(\.id), ["E1", "E2", "E3", "E4"])
        // The breakdown under z-score is the plain mean of the sheets.
        XCTAssertEqual(try XCTUnwrap(z.row(of: "E3")?.dimensionPoints), [50, 10, 0])
    }

    func testMethodChoicesStartWithTheContestsOwn() throws {
        let sample = try ContestFixtures.contest().voting
        let choices = RankingMethod.choices(for: sample)
        XCTAssertEqual(choices, [.trimmedMean(fraction: 0.2), .mean, .median, .zScore])
        XCTAssertEqual(RankingMethod.choices(for: policy(aggregation: .median)).first, .median)
        XCTAssertEqual(RankingMethod.trimmedMean(fraction: 0.2).label(.zhHans), "去掉两端各 20% 后平均")
    }

    // MARK: Votes and the combined score

    func testVoteNormalisationArrayFormMatchesTheDictionaryForm() {
        XCTAssertEqual(VoteNormalizer.normalize([0, 50, 100], method: .linear), [0, 50, 100])
        let log = VoteNormalizer.normalize([0, 9, 99], method: .logarithmic)
        XCTAssertEqual(log[1], 50, accuracy: 1e-9)                                 // log 10 / log 100
        // Rank: 5 entrants, counts 7, 3, 7, 1, 9 → positions 0..4; the two 7s share (2 + 3) / 2.
        XCTAssertEqual(VoteNormalizer.normalize([7, 3, 7, 1, 9], method: .rank), [62.5, 25, 62.5, 0, 100])
        XCTAssertEqual(VoteNormalizer.normalize(["a": 7, "b": 3, "c": 7, "d": 1, "e": 9], method: .rank),
                       ["a": 62.5, "b": 25, "c": 62.5, "d": 0, "e": 100])
        XCTAssertEqual(VoteNormalizer.normalize([-5, 0], method: .linear), [0, 0])  // a negative count is 0
        XCTAssertEqual(VoteNormalizer.normalize([], method: .rank), [])
    }

    func testCombinedScoreBlendsJuryAndVotePoints() throws {
        // Jury 80 and 60 (one judge each); votes 0, 50, 100 over three finalists (E3 unscored).
        let r = ranking([sheet("J1", "E1", totalTenths: 800), sheet("J1", "E2", totalTenths: 600)],
                        votes: ["E1": 0, "E2": 50, "E3": 100], policy: policy(weight: 0.2), entrants: ["E1", "E2", "E3"])
        let e1 = try XCTUnwrap(r.row(of: "E1")), e2 = try XCTUnwrap(r.row(of: "E2")), e3 = try XCTUnwrap(r.row(of: "E3"))
        XCTAssertEqual(e1.votePoints, 0)
        XCTAssertEqual(e2.votePoints, 50)
        XCTAssertEqual(try XCTUnwrap(e1.combined), 64, accuracy: 1e-9)             // 0.8 × 80 + 0.2 × 0
        XCTAssertEqual(try XCTUnwrap(e2.combined), 58, accuracy: 1e-9)             // 0.8 × 60 + 0.2 × 50
        // Votes are normalised over every finalist, but an unscored one has no combined score or rank.
        XCTAssertEqual(e3.votePoints, 100)
        XCTAssertNil(e3.combined)
        XCTAssertNil(e3.rank)
        XCTAssertEqual(r.rows.map(\.id), ["E1", "E2", "E3"])
    }

    // MARK: Ranks and ties

    func testTiesOnTheShownValueShareACompetitionRank() {
        // E2 = (852 + 853) / 2 = 852.5 tenths → 85.25 → shown 85.3; E3 = 85.3 exactly. Shown equal,
        // so they tie (2, 2) and the next rank is 4; within the tie E2 leads on votes.
        let sheets = [sheet("J1", "E1", totalTenths: 900),
                      sheet("J1", "E2", totalTenths: 852), sheet("J2", "E2", totalTenths: 853),
                      sheet("J1", "E3", totalTenths: 853),
                      sheet("J1", "E4", totalTenths: 800)]
        let r = ranking(sheets, votes: ["E2": 10, "E3": 5], method: .mean)
        XCTAssertEqual(r.rows.map(\.id), ["E1", "E2", "E3", "E4"])
        XCTAssertEqual(r.rows.map(\.rank), [1, 2, 2, 4])
        XCTAssertEqual(r.rows.map(\.isTied), [false, true, true, false])
        XCTAssertEqual(r.rows.compactMap(\.combined).map(ScoreRounding.display), ["90.0", "85.3", "85.3", "80.0"])
    }

    // MARK: Drafts and conflicts

    func testDraftsAndConflictedSheetsNeverCount() throws {
        let sheets = [sheet("J1", "E1", totalTenths: 800), sheet("J2", "E1", totalTenths: 600),
                      sheet("J3", "E1", 10, 10, 0, status: .draft),
                      sheet("J4", "E1", totalTenths: 1000)]                        // J4 declared a conflict later
        let r = ranking(sheets, method: .mean, conflicts: [JudgeEntrant(judgeId: "J4", entrantId: "E1")])
        let row = try XCTUnwrap(r.row(of: "E1"))
        XCTAssertEqual(row.judgesSubmitted, 2)
        XCTAssertEqual(try XCTUnwrap(row.juryPoints), 70, accuracy: 1e-9)
        XCTAssertEqual(r.judges.map(\.id), ["J1", "J2"])
        // A partial sheet fed straight into the table is not a sheet.
        var table = ScoreTable(rubric: rubric, entrantIds: ["E1"], judgeIds: ["J1"])
        table.set(entrant: 0, judge: 0, criterion: 0, tenths: 300)
        XCTAssertFalse(table.hasSheet(entrant: 0, judge: 0))
        XCTAssertNil(table.total(entrant: 0, judge: 0))
        XCTAssertEqual(Ranking(table: table, votes: [], expectedJudges: [1], policy: policy()).rows[0].judgesSubmitted, 0)
        table.setSheet(entrant: 0, judge: 0, tenths: [300, 200, 50])
        XCTAssertEqual(table.total(entrant: 0, judge: 0), 550)
        table.removeSheet(entrant: 0, judge: 0)
        XCTAssertFalse(table.hasSheet(entrant: 0, judge: 0))
    }

    // MARK: Judges

    func testJudgeLeniencyStats() throws {
        let sheets = [sheet("J1", "E1", totalTenths: 900), sheet("J1", "E2", totalTenths: 800),
                      sheet("J2", "E3", totalTenths: 600), sheet("J2", "E4", totalTenths: 400),
                      sheet("J3", "E1", totalTenths: 700)]
        let r = ranking(sheets)
        // Pool: 90, 80, 60, 40, 70 → mean 68.
        let j1 = r.judges[0], j2 = r.judges[1], j3 = r.judges[2]
        XCTAssertEqual(j1.scored, 2)
        XCTAssertEqual(try XCTUnwrap(j1.mean), 85, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(j1.sd), 50.0.squareRoot(), accuracy: 1e-9)   // (90 − 80) / √2
        XCTAssertEqual(try XCTUnwrap(j1.leniency), 17, accuracy: 1e-9)            // 85 − 68: lenient
        XCTAssertEqual(try XCTUnwrap(j2.leniency), -18, accuracy: 1e-9)           // 50 − 68: severe
        XCTAssertEqual(j3.scored, 1)
        XCTAssertNil(j3.sd)
    }

    func testAJudgeFarFromTheOthersIsFlaggedOnThatRow() throws {
        // Totals 80, 82, 78, 80, 40. For J5 the others' mean is 80 and SD √(8/3) ≈ 1.63, below the
        // 2-point floor, so the deviation is (40 − 80) / 2 = −20 SD. For J2 the others (80, 78, 80, 40)
        // have mean 69.5 and SD ≈ 19.7: 0.63 SD, not flagged.
        let sheets = [sheet("J1", "E1", totalTenths: 800), sheet("J2", "E1", totalTenths: 820),
                      sheet("J3", "E1", totalTenths: 780), sheet("J4", "E1", totalTenths: 800),
                      sheet("J5", "E1", totalTenths: 400)]
        let r = ranking(sheets)
        let row = try XCTUnwrap(r.row(of: "E1"))
        XCTAssertEqual(row.outliers.map(\.judgeId), ["J5"])
        XCTAssertEqual(row.outliers[0].othersMeanPoints, 80, accuracy: 1e-9)
        XCTAssertEqual(row.outliers[0].sdPoints, 2, accuracy: 1e-9)
        XCTAssertEqual(row.outliers[0].deviations, -20, accuracy: 1e-9)
        XCTAssertEqual(r.judges.map(\.outlierCount), [0, 0, 0, 0, 1])
        // Disagreement over all five: range 42; sample SD from the integer sums.
        let totals: [Double] = [80, 82, 78, 80, 40]
        let mean = totals.reduce(0, +) / 5
        let sd = (totals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 4).squareRoot()
        XCTAssertEqual(try XCTUnwrap(row.disagreement?.range), 42, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(row.disagreement?.sd), sd, accuracy: 1e-9)
        // With only two judges nobody is an outlier: one judge cannot outvote the other.
        let pair = ranking([sheet("J1", "E1", totalTenths: 900), sheet("J2", "E1", totalTenths: 100)])
        XCTAssertEqual(pair.rows[0].outliers, [])
        XCTAssertTrue(OutlierRule().explanation(.en).contains("2.0 SD"))
    }

    // MARK: Inter-rater reliability

    private let shroutFleiss: [[Double]] = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]

    func testICCOnShroutAndFleisssOwnExample() throws {
        let icc = try XCTUnwrap(InterRaterReliability.coefficients(shroutFleiss))
        XCTAssertEqual(icc.n, 6)
        XCTAssertEqual(icc.k, 4)
        XCTAssertEqual((icc.single * 100).rounded() / 100, 0.29)
        XCTAssertEqual((icc.average * 100).rounded() / 100, 0.62)
        XCTAssertEqual(InterRaterReliability.Band(icc.single), .poor)
        XCTAssertEqual(InterRaterReliability.Band(icc.average), .moderate)
        XCTAssertNil(InterRaterReliability.coefficients([[1, 2]]))                // one target
        XCTAssertNil(InterRaterReliability.coefficients([[5, 5], [5, 5]]))        // no variance at all
    }

    func testICCFromTheTableUsesOnlyFinalistsScoredByTheWholePanel() throws {
        // One 10-point criterion, so each target's rating is the sheet total.
        let one = Rubric(dimensions: [RubricDimension(id: "d", label: LocalizedText(zh: "维", en: "D"), criteria: [
            Criterion(id: "c", label: LocalizedText(zh: "项", en: "C"), max: .points(10), step: 10)])])
        var sheets: [ScoreSheet] = []
        for (t, row) in shroutFleiss.enumerated() {
            for (j, x) in row.enumerated() {
                sheets.append(ScoreSheet(judgeId: "J\(j + 1)", entrantId: "T\(t + 1)", scores: ["c": .points(Int(x))], status: .submitted))
            }
        }
        // A seventh finalist scored by three of the four judges is left out, and said to be.
        for j in 1...3 { sheets.append(ScoreSheet(judgeId: "J\(j)", entrantId: "T7", scores: ["c": 50], status: .submitted)) }
        let irr = InterRaterReliability(table: ScoreTable(rubric: one, sheets: sheets))
        XCTAssertEqual(irr.judgeIds, ["J1", "J2", "J3", "J4"])
        XCTAssertEqual(irr.entrantsUsed, 6)
        XCTAssertEqual(irr.entrantsExcluded, 1)
        let total = try XCTUnwrap(irr.total)
        XCTAssertEqual(total.single, 0.2897637795275592, accuracy: 1e-9)
        XCTAssertEqual(total.average, 0.6200505475989893, accuracy: 1e-9)
        XCTAssertEqual(irr.criteria, [irr.total])
        XCTAssertEqual(irr.reading(.en),
                       "ICC(2,1) = 0.29 (poor): one judge's score alone is a weak guide; the judges see the finalists differently; "
                       + "ICC(2,4) = 0.62 (moderate) for the mean of 4 judges; 6 finalists scored by all of them (1 left out: not scored by all of them).")
        XCTAssertTrue(irr.reading(.zhHans).hasPrefix("ICC(2,1) = 0.29（差）"))
    }

    // MARK: Vote spikes

    private func snapshots(_ id: String, _ counts: [Int]) -> [VoteSnapshot] {
        counts.enumerated().map { VoteSnapshot(entrantId: id, votes: $1, takenAt: Date(timeIntervalSince1970: Double($0) * 3600)) }
    }

    func testAJumpFarBeyondItsOwnAndTheFieldsGrowthIsFlagged() throws {
        // A: +100 an hour, then +2000. Own median of the other hours 100 → 5 × 100 = 500; the field's
        // median gain in the last hour (2000, 100, 120, 147) is 133.5 → 667.5; floor 200. 2000 > 667.5.
        let all = snapshots("A", [0, 100, 200, 300, 2300]) + snapshots("B", [0, 100, 200, 300, 400])
            + snapshots("C", [0, 120, 240, 360, 480]) + snapshots("D", [0, 1, 2, 3, 150])
        let trends = VoteTrends(snapshots: all.shuffled(), entrantIds: ["A", "B", "C", "D", "E"])
        XCTAssertEqual(trends.trends[0].counts, [0, 100, 200, 300, 2300])
        let spike = try XCTUnwrap(trends.trends[0].spikes.first)
        XCTAssertEqual(trends.trends[0].spikes.count, 1)
        XCTAssertEqual(spike.index, 4)
        XCTAssertEqual(spike.increment, 2000)
        XCTAssertEqual(spike.threshold, 667.5, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(spike.ownExpected), 100, accuracy: 1e-9)
        XCTAssertEqual(spike.fieldMedian, 133.5, accuracy: 1e-9)
        XCTAssertEqual(trends.trends[1].spikes, [])
        XCTAssertEqual(trends.trends[3].spikes, [])                               // +147: under the floor and the field
        XCTAssertEqual(trends.trends[4].counts, [])                               // no snapshots
        XCTAssertEqual(trends.latestCounts, [2300, 400, 480, 150, 0])
    }

    func testASurgeAcrossTheWholeFieldIsNotFlagged() {
        let all = snapshots("A", [0, 100, 200, 300, 2300]) + snapshots("B", [0, 100, 200, 300, 2100])
            + snapshots("C", [0, 100, 200, 300, 2200])
        let trends = VoteTrends(snapshots: all, entrantIds: ["A", "B", "C"])
        XCTAssertTrue(trends.trends.allSatisfy { $0.spikes.isEmpty })
        XCTAssertTrue(VoteTrends.Rule().explanation(.zhHans).contains("200 票"))
    }

    // MARK: Awards

    func testRankingFeedsAllocationWithCompleteFinalistsTiesAndQuotas() throws {
        // Jury only (weight 0). E0 leads but one of its two judges has not submitted.
        // E1 = 85.34 and E2 = 85.25 both show 85.3: tied on combined and jury, so votes decide (E2).
        let sheets = [sheet("J1", "E0", totalTenths: 990),
                      sheet("J1", "E1", totalTenths: 853), sheet("J2", "E1", totalTenths: 853), sheet("J3", "E1", totalTenths: 854),
                      sheet("J1", "E2", totalTenths: 852), sheet("J2", "E2", totalTenths: 853),
                      sheet("J1", "E3", totalTenths: 700), sheet("J2", "E3", totalTenths: 700),
                      sheet("J1", "E4", totalTenths: 600), sheet("J2", "E4", totalTenths: 600)]
        var r = ranking(sheets, votes: ["E1": 10, "E2": 20, "E3": 5, "E4": 1],
                        expected: ["E0": 2, "E1": 3, "E2": 2, "E3": 2, "E4": 2], method: .mean)
        XCTAssertEqual(r.incompleteFinalists, ["E0"])
        XCTAssertEqual(r.rows.map(\.rank), [1, 2, 2, 4, 5])
        let l = LocalizedText(zh: "奖", en: "Award")
        let plan = AwardPlan(total: 3, allowsMultipleAwardsPerPerson: false, categories: [
            AwardCategory(id: "welcomed", label: l, count: 1, ranking: [.combined]),
            AwardCategory(id: "promising", label: l, count: 2, ranking: [.combined], maxFollowers: 1000),
        ])
        let allocation = r.allocateAwards(plan: plan, followers: ["E1": 500, "E2": 5000, "E3": 100, "E4": 200])
        XCTAssertEqual(allocation.winners(of: "welcomed"), ["E2"])
        XCTAssertFalse(allocation.awards[0].cutoffDecidedById)
        // E2 already has an award; E1, E3 and E4 are under the cap, in order.
        XCTAssertEqual(allocation.winners(of: "promising"), ["E1", "E3"])
        XCTAssertEqual(r.row(of: "E2")?.award, "welcomed")
        XCTAssertEqual(r.row(of: "E3")?.award, "promising")
        XCTAssertNil(r.row(of: "E0")?.award)
        let candidates = r.awardCandidates(followers: [:])
        XCTAssertEqual(candidates.map(\.id), ["E2", "E1", "E3", "E4"])
        XCTAssertEqual(candidates[0].criterionTenths["acc"] ?? 0, 500, accuracy: 1e-9)
    }

    func testRankingOverTheSampleRubricFeedsTheSamplePlan() throws {
        let d = try ContestFixtures.contest()
        var sheets: [ScoreSheet] = []
        let entrants = (0..<60).map { String(format: "E%03d", $0) }
        for (i, e) in entrants.enumerated() {
            for j in 0..<5 {
                let scores = Dictionary(uniqueKeysWithValues: d.rubric.criteria.enumerated().map { c, criterion in
                    (criterion.id, Tenths((i * 7 + j * 3 + c * 5) % (criterion.max.rawValue / 5 + 1) * 5))
                })
                sheets.append(ScoreSheet(judgeId: "J\(j)", entrantId: e, scores: scores, status: .submitted))
            }
        }
        let table = ScoreTable(rubric: d.rubric, sheets: sheets, entrantIds: entrants)
        XCTAssertEqual(table.dimensionIds, ["account", "work", "bonus"])
        var r = Ranking(table: table, votes: entrants.indices.map { $0 * 37 % 101 },
                        expectedJudges: Array(repeating: 5, count: 60), policy: d.voting)
        let allocation = r.allocateAwards(plan: d.awards, followers: Dictionary(uniqueKeysWithValues: entrants.map { ($0, 50_000) }))
        let winners = allocation.awards.flatMap(\.entrantIds)
        XCTAssertEqual(winners.count, 50)
        XCTAssertEqual(Set(winners).count, 50)
        XCTAssertEqual(r.rows.filter { $0.award != nil }.count, 50)
        for row in r.rows {
            XCTAssertEqual(row.dimensionPoints.reduce(0, +), try XCTUnwrap(row.juryPoints), accuracy: 1e-9)
        }
    }
}
