import Foundation
import XCTest
@testable import JuryCore

final class ScoringTests: XCTestCase {
    // MARK: Score sheets

    func testDraftMayBePartialButSubmitNeedsEveryCriterion() throws {
        let rubric = try ContestFixtures.contest().rubric
        let draft = ScoreSheet(judgeId: "J1", entrantId: "E1", scores: ["accountInfluence": 85])
        XCTAssertEqual(draft.problems(against: rubric), [])
        XCTAssertThrowsError(try draft.submitted(against: rubric)) { error in
            guard case .missing(let id, _) = error as? ScoreSheetError else { return XCTFail("\(error)") }
            XCTAssertEqual(id, "accountActivity")
        }
        let full = ScoreSheet(judgeId: "J1", entrantId: "E1", scores: Dictionary(uniqueKeysWithValues: rubric.criteria.map { ($0.id, $0.max) }))
        XCTAssertEqual(try full.submitted(against: rubric).status, .submitted)
        XCTAssertEqual(full.total, Tenths(1000))
    }

    func testScoreOutOfRangeOffStepAndUnknownNameTheCriterion() throws {
        let rubric = try ContestFixtures.contest().rubric
        let sheet = ScoreSheet(judgeId: "J1", entrantId: "E1",
                               scores: ["accountInfluence": 105, "workVisual": 33, "bonusInnovation": -5, "typo": 10])
        let problems = sheet.problems(against: rubric)
        XCTAssertEqual(problems.map(\.criterionId), ["accountInfluence", "workVisual", "bonusInnovation", "typo"])
        guard case .outOfRange(_, _, let value, let max) = problems[0] else { return XCTFail("\(problems[0])") }
        XCTAssertEqual(value, Tenths(105))
        XCTAssertEqual(max, Tenths(100))
        guard case .offStep = problems[1] else { return XCTFail("\(problems[1])") }
        XCTAssertEqual(problems[0].message(language: .zhHans), "影响力：10.5 分超出 0–10 分。请输入 0 到 10 之间的分数。")
        XCTAssertEqual(problems[1].message(language: .en), "Visual aesthetics: 3.3 is not a multiple of 0.5. Score in steps of 0.5.")
    }

    // MARK: Aggregation

    func testAggregationMethodsOnAHandExample() {
        let totals: [Double] = [70, 80, 90, 100, 10]
        XCTAssertEqual(JuryAggregation.aggregate(totals, method: .mean, trimmedFraction: 0.2), 70)
        XCTAssertEqual(JuryAggregation.aggregate(totals, method: .median, trimmedFraction: 0.2), 80)
        XCTAssertEqual(JuryAggregation.aggregate(totals, method: .trimmedMean, trimmedFraction: 0.2), 80)
        XCTAssertEqual(JuryAggregation.median([1, 2, 3, 4]), 2.5)
        // ⌊4 × 0.2⌋ = 0: four judges keep every sheet.
        XCTAssertEqual(JuryAggregation.trimmedMean([1, 2, 3, 10], fraction: 0.2), 4)
        XCTAssertEqual(JuryAggregation.trimmedMean([1, 2, 3, 10], fraction: 0.25), 2.5)
        XCTAssertNil(JuryAggregation.aggregate([], method: .mean, trimmedFraction: 0))
    }

    // MARK: Votes

    func testLinearNormalization() {
        XCTAssertEqual(VoteNormalizer.normalize(["a": 0, "b": 50, "c": 100], method: .linear), ["a": 0, "b": 50, "c": 100])
        XCTAssertEqual(VoteNormalizer.normalize(["a": 20, "b": 20], method: .linear), ["a": 100, "b": 100])
        XCTAssertEqual(VoteNormalizer.normalize(["a": 0, "b": 0], method: .linear), ["a": 0, "b": 0])
    }

    func testLogarithmicNormalization() throws {
        let scores = VoteNormalizer.normalize(["a": 0, "b": 9, "c": 99], method: .logarithmic)
        XCTAssertEqual(scores["a"], 0)
        XCTAssertEqual(try XCTUnwrap(scores["b"]), 50, accuracy: 1e-9)
        XCTAssertEqual(scores["c"], 100)
    }

    func testRankNormalizationSharesTies() {
        XCTAssertEqual(VoteNormalizer.normalize(["a": 10, "b": 20, "c": 20, "d": 30], method: .rank),
                       ["a": 0, "b": 50, "c": 50, "d": 100])
        XCTAssertEqual(VoteNormalizer.normalize(["solo": 3], method: .rank), ["solo": 100])
    }

    // MARK: Combined score and rounding

    func testCombinedScoreAndRounding() {
        XCTAssertEqual(ScoreBoard.combine(jury: 80, vote: 50, weight: 0.2), 74, accuracy: 1e-9)
        XCTAssertEqual(ScoreRounding.display(72.25), "72.3")
        XCTAssertEqual(ScoreRounding.display(-72.25), "-72.3")
        XCTAssertEqual(ScoreRounding.display(72.24), "72.2")
        XCTAssertEqual(ScoreRounding.display(100), "100.0")
        XCTAssertEqual(ScoreRounding.tenths(0.1 + 0.2 + 0.05), 4)   // 0.35000000000000003 → 0.4
        XCTAssertEqual(ScoreRounding.tenths(1.15), 12)               // 1.15 is 1.149999… in binary
    }

    private func sheet(_ judge: String, _ entrant: String, tenthsOfMax: Int, rubric: Rubric,
                       status: ScoreSheet.Status = .submitted) -> ScoreSheet {
        ScoreSheet(judgeId: judge, entrantId: entrant,
                   scores: Dictionary(uniqueKeysWithValues: rubric.criteria.map { ($0.id, Tenths($0.max.rawValue * tenthsOfMax / 10)) }),
                   status: status)
    }

    func testScoreBoardFromSheetsAndVotes() throws {
        let d = try ContestFixtures.contest()
        let r = d.rubric
        let sheets = [sheet("J1", "E1", tenthsOfMax: 8, rubric: r), sheet("J2", "E1", tenthsOfMax: 9, rubric: r),
                      sheet("J3", "E1", tenthsOfMax: 10, rubric: r),
                      sheet("J1", "E2", tenthsOfMax: 5, rubric: r), sheet("J2", "E2", tenthsOfMax: 5, rubric: r),
                      sheet("J3", "E2", tenthsOfMax: 9, rubric: r, status: .draft)]
        let board = ScoreBoard.compute(sheets: sheets, votes: ["E1": 100, "E2": 0, "E9": 5000], definition: d)
        XCTAssertEqual(board.map(\.id), ["E1", "E2"])
        XCTAssertEqual(board[0].judgeCount, 3)
        XCTAssertEqual(board[0].juryPercent, 90, accuracy: 1e-9)
        XCTAssertEqual(board[0].votePercent, 100, accuracy: 1e-9)
        XCTAssertEqual(board[0].combined, 92, accuracy: 1e-9)       // 0.8 × 90 + 0.2 × 100
        XCTAssertEqual(board[0].criterionTenths["bonusInnovation"] ?? 0, 45, accuracy: 1e-9)
        XCTAssertEqual(board[1].judgeCount, 2)                      // the draft does not count
        XCTAssertEqual(board[1].combined, 40, accuracy: 1e-9)       // 0.8 × 50 + 0.2 × 0
    }

    // MARK: Awards

    private func plan(allowMultiple: Bool = false, promisingCount: Int = 1) -> AwardPlan {
        let l = LocalizedText(zh: "奖", en: "Award")
        return AwardPlan(total: 3 + promisingCount, allowsMultipleAwardsPerPerson: allowMultiple, categories: [
            AwardCategory(id: "welcomed", label: l, count: 1, ranking: [.combined]),
            AwardCategory(id: "popular", label: l, count: 1, ranking: [.votes, .combined]),
            AwardCategory(id: "innovative", label: l, count: 1, ranking: [.criterion("innovation"), .combined]),
            AwardCategory(id: "promising", label: l, count: promisingCount, ranking: [.combined], maxFollowers: 10_000),
        ])
    }

    private let candidates = [
        AwardCandidate(id: "p1", combined: 90, juryPercent: 90, votes: 500, criterionTenths: ["innovation": 40], followers: 50_000),
        AwardCandidate(id: "p2", combined: 80, juryPercent: 80, votes: 400, criterionTenths: ["innovation": 50], followers: 30_000),
        AwardCandidate(id: "p4", combined: 70, juryPercent: 70, votes: 100, criterionTenths: ["innovation": 45], followers: 20_000),
        AwardCandidate(id: "p3", combined: 70, juryPercent: 70, votes: 100, criterionTenths: ["innovation": 45], followers: 20_000),
        AwardCandidate(id: "p5", combined: 60, juryPercent: 60, votes: 50, criterionTenths: ["innovation": 10], followers: 5_000),
    ]

    func testOnePersonOneAwardAndTieBreaks() {
        let result = AwardAllocator.allocate(candidates, plan: plan())
        XCTAssertEqual(result.winners(of: "welcomed"), ["p1"])
        // p1 also leads on votes but already has an award.
        XCTAssertEqual(result.winners(of: "popular"), ["p2"])
        // p3 and p4 are equal on every key: the lower entrant id wins and the tie is flagged.
        XCTAssertEqual(result.winners(of: "innovative"), ["p3"])
        XCTAssertEqual(result.awards[2].cutoffDecidedById, true)
        // Only p5 is under the follower cap.
        XCTAssertEqual(result.winners(of: "promising"), ["p5"])
        XCTAssertEqual(result.award(of: "p4"), nil)
    }

    func testAllocationIgnoresInputOrder() {
        let a = AwardAllocator.allocate(candidates, plan: plan())
        let b = AwardAllocator.allocate(candidates.reversed(), plan: plan())
        XCTAssertEqual(a, b)
    }

    func testMultipleAwardsWhenAllowedAndShortfall() {
        let multi = AwardAllocator.allocate(candidates, plan: plan(allowMultiple: true))
        XCTAssertEqual(multi.winners(of: "welcomed"), ["p1"])
        XCTAssertEqual(multi.winners(of: "popular"), ["p1"])
        let short = AwardAllocator.allocate(candidates, plan: plan(promisingCount: 2))
        XCTAssertEqual(short.winners(of: "promising"), ["p5"])
        XCTAssertEqual(short.awards[3].shortfall, 1)
    }

    func testSamplePlanGivesFiftyDistinctWinners() throws {
        let d = try ContestFixtures.contest()
        var pool: [AwardCandidate] = []
        for i in 0..<80 {
            let innovation = Double(i % 5 * 10)
            let followers = i % 3 == 0 ? 50_000 : 200_000
            pool.append(AwardCandidate(id: String(format: "E%03d", i), combined: Double(i % 37), juryPercent: Double(i % 11),
                                       votes: (i * 7919) % 1000, criterionTenths: ["bonusInnovation": innovation],
                                       followers: followers))
        }
        let result = AwardAllocator.allocate(pool, plan: d.awards)
        let all = result.awards.flatMap(\.entrantIds)
        XCTAssertEqual(all.count, 50)
        XCTAssertEqual(Set(all).count, 50)
        let followersById = Dictionary(uniqueKeysWithValues: pool.map { ($0.id, $0.followers) })
        let promising = result.winners(of: "mostPromising")
        XCTAssertEqual(promising.count, 15)
        XCTAssertTrue(promising.allSatisfy { (followersById[$0] ?? .max) < 100_000 })
    }
}

/// The automatic conflict's trim skips Foundation when neither end is white space; it must trim
/// exactly what `trimmingCharacters(in: .whitespacesAndNewlines)` trims.
final class AutomaticConflictTrimTests: XCTestCase {
    func testTrimMatchesFoundationForEveryWhiteSpace() {
        let spaces: [Character] = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2003}", "\u{200A}",
                                   "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}"]
        let words = ["", "国网西安供电公司", "abc", "a b", "西安　市", "e\u{301}"]
        for word in words {
            XCTAssertEqual(AutomaticConflict.trimmed(word), word.trimmingCharacters(in: .whitespacesAndNewlines), word.debugDescription)
            for space in spaces {
                for text in [String(space) + word, word + String(space), String(space) + word + String(space)] {
                    XCTAssertEqual(AutomaticConflict.trimmed(text), text.trimmingCharacters(in: .whitespacesAndNewlines), text.debugDescription)
                }
            }
        }
        XCTAssertTrue(AutomaticConflict.applies(judgeUnit: "\u{3000}国网西安供电公司 ", judgeCity: "", employer: "国网西安供电公司\n",
                                                union: "", city: "", requireSameCity: false))
    }
}
