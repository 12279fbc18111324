import Foundation
import JuryCore
@testable import JuryStore
import XCTest

/// The chair's store work: the judging snapshot, award allocation (ties, quotas, one award per
/// person), replacing a winner, the results lock and what it refuses, reminders.
final class ResultsTests: XCTestCase {
    /// Every criterion at `percent` of its maximum, on the rubric's 0.5 step.
    static func sheet(_ t: TestStore, percent: Int) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: t.definition.rubric.criteria.map { c in
            (c.id, c.max.rawValue * percent / 100 / 5 * 5)
        })
    }

    /// Six finalists; judges j, judgeA and judgeB submit, E6 is scored by nobody.
    static func makeJudged() throws -> TestStore {
        let t = try TestStore()
        try t.store.importEntrants((1...6).map { Fixtures.entrant($0, followers: 10_000 + $0 * 1_000) }, actor: "admin")
        for n in 1...6 { try t.makeFinalist(String(format: "E%06d", n)) }
        let percents: [String: [Int]] = ["j": [90, 80, 80, 60, 50], "judgeA": [85, 75, 75, 65, 55], "judgeB": [80, 70, 70, 60, 50]]
        for (judge, list) in percents {
            for (i, p) in list.enumerated() {
                try t.store.scores.save(judge: judge, entrantId: String(format: "E%06d", i + 1), tenths: Self.sheet(t, percent: p), submit: true)
            }
        }
        return t
    }

    func testSnapshotCountsOnlySubmittedNonConflictedSheets() throws {
        let t = try Self.makeJudged()
        // A draft for E6 and a conflict (declared after scoring) on E5 for judgeB.
        try t.store.scores.save(judge: "j", entrantId: "E000006", tenths: ["workContent": 100])
        try t.store.conflicts.declare(judge: "judgeB", entrantId: "E000005", kind: .colleague, actor: "chair")
        let s = try t.store.results.snapshot(rubric: t.definition.rubric)
        XCTAssertEqual(s.finalists.map(\.id), (1...6).map { String(format: "E%06d", $0) })
        XCTAssertEqual(s.judges, ["j", "judgeA", "judgeB"])
        let e5 = try XCTUnwrap(s.index(of: "E000005")), e6 = try XCTUnwrap(s.index(of: "E000006"))
        XCTAssertEqual(s.cell(finalist: e5, judge: 2), .conflict)
        XCTAssertEqual(s.cell(finalist: e6, judge: 0), .draft)
        XCTAssertFalse(s.table.hasSheet(entrant: e5, judge: 2))
        XCTAssertFalse(s.table.hasSheet(entrant: e6, judge: 0))
        XCTAssertEqual(s.expectedJudges[e5], 2)
        XCTAssertEqual(s.expectedJudges[e6], 3)
        let (_, ranking) = try t.store.results.ranking(definition: t.definition)
        XCTAssertEqual(ranking.row(of: "E000005")?.judgesSubmitted, 2)
        XCTAssertEqual(ranking.row(of: "E000005")?.isJudgingComplete, true)
        XCTAssertNil(ranking.row(of: "E000006")?.combined)
    }

    func testAllocationTiesQuotasAndOneAwardPerPerson() throws {
        let t = try Self.makeJudged()
        let (snapshot, ranking) = try t.store.results.ranking(definition: t.definition)
        // E2 and E3 have identical sheets: a tie, shown with one rank.
        let e2 = try XCTUnwrap(ranking.row(of: "E000002")), e3 = try XCTUnwrap(ranking.row(of: "E000003"))
        XCTAssertEqual(e2.rank, e3.rank)
        XCTAssertTrue(e2.isTied && e3.isTied)
        let allocation = AwardAllocator.allocate(ranking.awardCandidates(followers: snapshot.followers), plan: t.definition.awards)
        let before = try t.store.audit.entries().count
        try t.store.awards.allocate(allocation, method: ranking.method.description, actor: "chair")
        let entries = try t.store.audit.entries()
        XCTAssertEqual(entries.count, before + 1, "one audit entry for the whole allocation")
        XCTAssertEqual(entries.last?.action, "award.allocate")
        // Five complete finalists, 50 places: everyone wins once, the rest of the quota is shortfall.
        let all = try t.store.awards.all()
        XCTAssertEqual(all.count, 5)
        XCTAssertEqual(Set(all.map(\.entrantId)).count, 5, "one award per person")
        XCTAssertFalse(all.contains { $0.entrantId == "E000006" }, "an unscored finalist cannot win")
        XCTAssertEqual(allocation.awards.reduce(0) { $0 + $1.shortfall }, 45)
        // The first category takes the top of its own keys; the tie between E2 and E3 is decided by the stated tie-break.
        let first = allocation.awards[0].entrantIds
        XCTAssertEqual(first.first, "E000001")
        XCTAssertEqual(Array(first.prefix(3)).sorted(), ["E000001", "E000002", "E000003"])
    }

    func testReplaceNeedsReasonAndSwapsWhenReplacementHoldsAnother() throws {
        let t = try Self.makeJudged()
        let cats = t.definition.awards.categories
        try t.store.awards.grant(awardId: cats[0].id, entrantId: "E000001", rank: 1, actor: "chair")
        try t.store.awards.grant(awardId: cats[1].id, entrantId: "E000002", rank: 1, actor: "chair")
        XCTAssertThrowsError(try t.store.awards.replace(awardId: cats[0].id, winner: "E000001", with: "E000004", reason: " ", actor: "chair"))
        try t.store.awards.replace(awardId: cats[0].id, winner: "E000001", with: "E000004", reason: "材料核实有误", actor: "chair")
        XCTAssertEqual(try t.store.awards.all().filter { $0.awardId == cats[0].id }.map(\.entrantId), ["E000004"])
        XCTAssertEqual(try t.store.audit.entries().last?.action, "award.replace")
        // E2 holds the second award: replacing E4 by E2 swaps them.
        try t.store.awards.replace(awardId: cats[0].id, winner: "E000004", with: "E000002", reason: "评审会决定", actor: "chair")
        let all = try t.store.awards.all()
        XCTAssertEqual(all.first { $0.awardId == cats[0].id }?.entrantId, "E000002")
        XCTAssertEqual(all.first { $0.awardId == cats[1].id }?.entrantId, "E000004")
        XCTAssertThrowsError(try t.store.awards.replace(awardId: cats[0].id, winner: "E000002", with: "E000005", reason: "x", actor: "judgeA"))
    }

    func testLockRefusesChangesAndPrintsTheChainHead() throws {
        let t = try Self.makeJudged()
        XCTAssertThrowsError(try t.store.results.lock(actor: "chair"), "nothing to lock before awards")
        let (snapshot, ranking) = try t.store.results.ranking(definition: t.definition)
        try t.store.awards.allocate(AwardAllocator.allocate(ranking.awardCandidates(followers: snapshot.followers), plan: t.definition.awards),
                                    actor: "chair")
        XCTAssertThrowsError(try t.store.results.lock(actor: "judgeA"))
        XCTAssertThrowsError(try t.store.results.lock(actor: "admin"))
        let head = try t.store.results.lock(actor: "chair")
        let last = try XCTUnwrap(t.store.audit.entries().last)
        XCTAssertEqual(head.seq, last.seq)
        XCTAssertEqual(head.hash, last.hash)
        XCTAssertEqual(last.action, "results.lock")
        XCTAssertTrue(try t.store.results.isLocked())

        func refusedWhileLocked(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) {
            XCTAssertThrowsError(try body(), file: file, line: line) { error in
                XCTAssertTrue("\(error)".contains("locked") || (error as? StoreError)?.message(language: .en).contains("locked") == true,
                              "\(error)", file: file, line: line)
            }
        }
        refusedWhileLocked { try t.store.scores.save(judge: "j", entrantId: "E000006", tenths: Self.sheet(t, percent: 90), submit: true) }
        refusedWhileLocked { try t.store.scores.reopen(judge: "j", entrantId: "E000001", actor: "chair") }
        refusedWhileLocked { try t.store.importVotes([VoteSnapshot(entrantId: "E000001", votes: 5, takenAt: Date(timeIntervalSince1970: 1_695_000_000))], actor: "admin") }
        refusedWhileLocked { try t.store.conflicts.declare(judge: "j", entrantId: "E000001", kind: .other, actor: "chair") }
        refusedWhileLocked { try t.store.awards.revoke(awardId: t.definition.awards.categories[0].id, entrantId: "E000001", actor: "chair") }
        try t.store.importEntrants([Fixtures.entrant(7)], actor: "admin")
        refusedWhileLocked { try t.decide(1, "E000007", .pass) }
        XCTAssertThrowsError(try t.store.settings.set(ResultsRepository.lockKey, "0", actor: "admin"), "no back door through settings")

        XCTAssertThrowsError(try t.store.results.unlock(reason: "  ", actor: "chair"))
        try t.store.results.unlock(reason: "复核 E000006 的评分", actor: "chair")
        XCTAssertFalse(try t.store.results.isLocked())
        XCTAssertEqual(try t.store.audit.entries().last?.action, "results.unlock")
        try t.store.scores.save(judge: "j", entrantId: "E000006", tenths: Self.sheet(t, percent: 90), submit: true)
    }

    func testRemindersAreSeenOnce() throws {
        let t = try TestStore()
        try t.store.reminders.leave(judge: "judgeA", text: "还有 3 份评分表未提交", actor: "chair")
        XCTAssertThrowsError(try t.store.reminders.leave(judge: "r1", text: "x", actor: "chair"), "not a judge")
        XCTAssertThrowsError(try t.store.reminders.leave(judge: "judgeA", text: "x", actor: "judgeB"), "judges cannot remind")
        let unseen = try t.store.reminders.unseen(judge: "judgeA")
        XCTAssertEqual(unseen.map(\.text), ["还有 3 份评分表未提交"])
        XCTAssertEqual(try t.store.reminders.unseenCounts(), ["judgeA": 1])
        try t.store.reminders.markSeen(upTo: unseen[0].id, judge: "judgeA")
        XCTAssertTrue(try t.store.reminders.unseen(judge: "judgeA").isEmpty)
    }

    func testExportsNameTheMethodAndCarryTheFigures() throws {
        let t = try Self.makeJudged()
        let results = try t.store.exportResults(method: .median, language: .en)
        XCTAssertEqual(results.rows.count, 6)
        XCTAssertTrue(results.rows[0].contains { $0.contains("Median") }, "\(results.rows[0])")
        XCTAssertEqual(results.rows[0][0], "E000001")
        let breakdown = try t.store.exportBreakdown(language: .zh)
        XCTAssertEqual(breakdown.rows.count, 15)
        let reliability = try t.store.exportReliability(language: .en)
        XCTAssertTrue(reliability.rows.contains { $0[0] == "ICC" && $0[1] == "total" && !$0[7].isEmpty })
    }
}
