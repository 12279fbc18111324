import Foundation
@testable import JuryCore
@testable import JuryStore
import JuryTestSupport
import XCTest

/// Judges' work as the store enforces it: blind reads by the acting judge, conflicts (automatic and
/// declared, lifted by the chair), phases and the results lock, drafts with comments, reopen reasons.
final class JudgingStoreTests: XCTestCase {
    private func finalists(_ t: TestStore) throws {
        try t.store.importEntrants([Fixtures.entrant(1), Fixtures.entrant(2), Fixtures.entrant(3)], actor: "admin")
        try t.makeFinalist("E000001")
        try t.makeFinalist("E000002")
    }

    private var fullSheet: [String: Int] {
        ["accountInfluence": 80, "accountActivity": 75, "accountReach": 90, "accountService": 60,
         "workVisual": 120, "workContent": 135, "workReach": 100, "bonusInnovation": 40, "bonusContribution": 35, "bonusContent": 50]
    }

    func testTheQueueShowsOnlyTheJudgesOwnStatusAndTotals() throws {
        let t = try TestStore()
        try finalists(t)
        try t.store.scores.save(judge: "judgeA", entrantId: "E000001", tenths: fullSheet, submit: true)
        try t.store.scores.save(judge: "judgeB", entrantId: "E000002", tenths: ["workContent": 50])
        let a = try t.store.judging.queue(judge: "judgeA")
        XCTAssertEqual(a.map(\.id), ["E000001", "E000002"]) // the non-finalist is not listed
        XCTAssertEqual(a.map(\.status), [.submitted, .notStarted]) // judgeB's draft is not judgeA's
        XCTAssertEqual(a[0].totalTenths, 785)
        XCTAssertNil(a[1].totalTenths)
        let b = try t.store.judging.queue(judge: "judgeB")
        XCTAssertEqual(b.map(\.status), [.notStarted, .draft])
        XCTAssertEqual(b[1].totalTenths, 50)
        // A reviewer or the chair has no judge's queue.
        XCTAssertNotNil(refusal { _ = try t.store.judging.queue(judge: "r1") })
        XCTAssertNotNil(refusal { _ = try t.store.judging.queue(judge: "chair") })
    }

    func testAJudgeCannotReadAnotherJudgesSheet() throws {
        let t = try TestStore()
        try finalists(t)
        try t.store.scores.save(judge: "judgeA", entrantId: "E000001", tenths: ["workContent": 70], comments: ["work": "好"])
        // Reading "my" sheet as judgeB gives judgeB's (empty) sheet, never judgeA's.
        let mine = try t.store.judging.sheet(judge: "judgeB", entrantId: "E000001")
        XCTAssertNil(mine.status)
        XCTAssertEqual(mine.tenths, [:])
        XCTAssertEqual(mine.comments, [:])
        XCTAssertEqual(try t.store.scores.sheets(entrantId: "E000001", reader: "judgeB"), [])
        let own = try t.store.judging.sheet(judge: "judgeA", entrantId: "E000001")
        XCTAssertEqual(own.tenths, ["workContent": 70])
        XCTAssertEqual(own.comments, ["work": "好"])
        // A reviewer cannot read a judge's sheet through the judge's query.
        XCTAssertNotNil(refusal { _ = try t.store.judging.sheet(judge: "r1", entrantId: "E000001") })
    }

    func testDraftsKeepCommentsAndClearedScores() throws {
        let t = try TestStore()
        try finalists(t)
        try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["workContent": 70, "workReach": 50],
                                comments: ["work": "画面好", "bonus": ""])
        try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: [:], cleared: ["workReach"])
        let sheet = try t.store.judging.sheet(judge: "j", entrantId: "E000001")
        XCTAssertEqual(sheet.status, .draft)
        XCTAssertEqual(sheet.tenths, ["workContent": 70])
        XCTAssertEqual(sheet.comments, ["work": "画面好"])
        XCTAssertNotNil(refusal { try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: [:], comments: ["style": "x"]) })
        XCTAssertTrue(try t.store.verify().problems.isEmpty)
    }

    func testOutOfPhaseAfterTheResultsLockAndAfterSubmittingAreRefused() throws {
        let t = try TestStore()
        try finalists(t)
        try t.store.phase.set("showcase", actor: "system")
        guard case .wrongPhase(_, _, let allowed)? = refusal({ try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["workContent": 50]) })
        else { return XCTFail() }
        XCTAssertEqual(allowed.zh, "综合评定")
        try t.store.phase.set("juryScoring", actor: "system")
        try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: fullSheet, submit: true)
        guard case .refused(_, let zh, _)? = refusal({ try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["workContent": 60]) })
        else { return XCTFail() }
        XCTAssertTrue(zh.contains("已提交"), zh)
        // The chair locks the results (which needs an award allocated first).
        try t.store.awards.grant(awardId: "mostWelcomed", entrantId: "E000001", rank: 1, actor: "chair")
        _ = try t.store.results.lock(actor: "chair")
        guard case .refused(_, _, let en)? = refusal({ try t.store.scores.save(judge: "j", entrantId: "E000002", tenths: fullSheet, submit: true) })
        else { return XCTFail() }
        XCTAssertTrue(en.contains("results are locked"), en)
        XCTAssertNil(try t.store.scores.sheet(judge: "j", entrantId: "E000002"))
    }

    func testTheChairReopensWithAReasonTheJudgeSees() throws {
        let t = try TestStore()
        try finalists(t)
        try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: fullSheet, submit: true)
        XCTAssertNotNil(refusal { try t.store.scores.reopen(judge: "j", entrantId: "E000001", reason: "x", actor: "j") })
        try t.store.scores.reopen(judge: "j", entrantId: "E000001", reason: "影响力分数录入有误", actor: "chair")
        let sheet = try t.store.judging.sheet(judge: "j", entrantId: "E000001")
        XCTAssertEqual(sheet.status, .draft)
        XCTAssertEqual(sheet.reopenReason, "影响力分数录入有误")
        XCTAssertEqual(sheet.reopenedBy, "chair")
        try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["accountInfluence": 85], submit: true)
        XCTAssertEqual(try t.store.scores.sheet(judge: "j", entrantId: "E000001")?.tenths["accountInfluence"], 85)
        XCTAssertTrue(try t.store.verify().problems.isEmpty)
    }

    func testAutomaticConflictsByUnitAndTheChairLiftsThem() throws {
        let t = try TestStore()
        try finalists(t)
        // judgeA works at 西安地铁, the employer of E000001 (odd numbers).
        try t.store.users.edit(name: "judgeA", role: .judge, unit: "西安地铁", city: "西安", actor: "admin")
        let queue = try t.store.judging.queue(judge: "judgeA")
        XCTAssertEqual(queue.map(\.status), [.conflict, .notStarted])
        XCTAssertEqual(queue[0].conflict, .automatic(unit: "西安地铁"))
        guard case .refused(_, _, let en)? = refusal({ try t.store.scores.save(judge: "judgeA", entrantId: "E000001", tenths: ["workContent": 50]) })
        else { return XCTFail() }
        XCTAssertTrue(en.contains("conflict of interest"), en)
        // Only the chair (or an admin) lifts it, with a reason; then the judge may score.
        XCTAssertNotNil(refusal { try t.store.conflicts.lift(judge: "judgeA", entrantId: "E000001", reason: "x", actor: "judgeA") })
        XCTAssertNotNil(refusal { try t.store.conflicts.lift(judge: "judgeA", entrantId: "E000001", reason: " ", actor: "chair") })
        try t.store.conflicts.lift(judge: "judgeA", entrantId: "E000001", reason: "不同部门，无利害关系", actor: "chair")
        XCTAssertEqual(try t.store.judging.queue(judge: "judgeA").map(\.status), [.notStarted, .notStarted])
        try t.store.scores.save(judge: "judgeA", entrantId: "E000001", tenths: ["workContent": 50])
        XCTAssertTrue(try t.store.verify().problems.isEmpty)
    }

    func testTheSameUnitInAnotherCityIsNoConflictWhenTheRubricAsksForTheCity() throws {
        let union = "陕西省总工会"
        XCTAssertTrue(AutomaticConflict.applies(judgeUnit: union, judgeCity: "宝鸡", employer: "x", union: union, city: "西安",
                                                requireSameCity: false))
        XCTAssertFalse(AutomaticConflict.applies(judgeUnit: union, judgeCity: "宝鸡", employer: "x", union: union, city: "西安",
                                                 requireSameCity: true))
        XCTAssertTrue(AutomaticConflict.applies(judgeUnit: union, judgeCity: "西安", employer: "x", union: union, city: "西安",
                                                requireSameCity: true))
        XCTAssertFalse(AutomaticConflict.applies(judgeUnit: " ", judgeCity: "", employer: "", union: "", city: "", requireSameCity: false))
    }

    func testAConflictedJudgesSubmittedSheetIsLeftOutOfAggregates() throws {
        let t = try TestStore()
        try finalists(t)
        try t.store.scores.save(judge: "judgeA", entrantId: "E000001", tenths: fullSheet, submit: true)
        try t.store.scores.save(judge: "judgeB", entrantId: "E000001", tenths: fullSheet, submit: true)
        XCTAssertEqual(Set(try t.store.scores.submittedSheets().map(\.judge)), ["judgeA", "judgeB"])
        // Declared after submitting (by the chair): the sheet no longer counts.
        try t.store.conflicts.declare(judge: "judgeB", entrantId: "E000001", kind: .relative, note: "表亲", actor: "chair")
        XCTAssertEqual(try t.store.scores.submittedSheets().map(\.judge), ["judgeA"])
        // An automatic one too.
        try t.store.users.edit(name: "judgeA", role: .judge, unit: "陕西省总工会", city: try XCTUnwrap(t.store.users.user(named: "judgeA")).city, actor: "admin")
        XCTAssertEqual(try t.store.scores.submittedSheets().map(\.judge), [])
        // A judge declares their own with a reason and then cannot score.
        try t.store.conflicts.declare(judge: "j", entrantId: "E000002", kind: .other, note: "同事", actor: "j")
        XCTAssertEqual(try t.store.judging.queue(judge: "j").map(\.status), [.notStarted, .conflict])
        XCTAssertNotNil(refusal { try t.store.scores.save(judge: "j", entrantId: "E000002", tenths: ["workContent": 50]) })
    }
}

/// Paper ballots: parsed against the rubric, entered all or nothing by a chair or an admin.
final class PaperBallotTests: XCTestCase {
    private let header = "评委,报名编号,影响力,accountActivity,Reach and content quality,服务力,视觉审美,内容质量,传播力,创新性,社会贡献度,内容方面,状态\n"

    private func store() throws -> TestStore {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1), Fixtures.entrant(2), Fixtures.entrant(3)], actor: "admin")
        try t.makeFinalist("E000001")
        try t.makeFinalist("E000002")
        return t
    }

    private func enter(_ t: TestStore, _ csv: String, as name: String = "chair") throws -> PaperBallotResult {
        let parsed = PaperBallotFile.parse(csv, rubric: t.definition.rubric)
        if !parsed.issues.isEmpty { throw ImportFailure(issues: parsed.issues) }
        return try t.store.scores.enterPaperBallots(parsed.ballots, enteredBy: name)
    }

    private func auditCount(_ t: TestStore) throws -> Int64 {
        try t.store.database.scalar("SELECT count(*) FROM audit_log")?.int64 ?? 0
    }

    func testAGoodFileIsEnteredOnceAndAgainChangesNothing() throws {
        let t = try store()
        let csv = header + "j,E000001,8,7.5,9,6,12,13.5,10,4,3.5,5,\njudgeA,E000002,8,7.5,9,6,12,13.5,10,4,3.5,,草稿\n"
        XCTAssertEqual(try enter(t, csv), PaperBallotResult(entered: 2, unchanged: 0))
        XCTAssertEqual(try t.store.scores.sheet(judge: "j", entrantId: "E000001")?.status, .submitted)
        XCTAssertEqual(try t.store.scores.sheet(judge: "judgeA", entrantId: "E000002")?.status, .draft)
        let audit = try auditCount(t)
        let last = try XCTUnwrap(try t.store.database.query("SELECT actor, detail FROM audit_log ORDER BY seq DESC LIMIT 1").first)
        XCTAssertEqual(last.string("actor"), "chair")
        XCTAssertTrue((last.string("detail") ?? "").contains("judgeA"), last.string("detail") ?? "")
        XCTAssertEqual(try enter(t, csv), PaperBallotResult(entered: 0, unchanged: 2))
        XCTAssertEqual(try auditCount(t), audit, "entering the same file again writes nothing")
        XCTAssertTrue(try t.store.verify().problems.isEmpty)
    }

    func testEachKindOfBadValueIsListedAndNothingIsEntered() throws {
        let t = try store()
        try t.store.conflicts.declare(judge: "judgeB", entrantId: "E000001", kind: .colleague, note: "同事", actor: "judgeB")
        let csv = header + [
            "j,E000001,11,7.5,9,6,12,13.5,10,4,3.5,5,",        // over the maximum
            "judgeA,E000001,8.3,7.5,9,6,12,13.5,10,4,3.5,5,",  // off the step
            "judgeA,E000002,八,7.5,9,6,12,13.5,10,4,3.5,5,",   // not a number
            "j,E000002,8,,9,6,12,13.5,10,4,3.5,5,",            // missing on a submitted sheet
            "judgeB,E000002,8,7,9,6,12,13.5,10,4,3.5,5,maybe", // bad status
        ].joined(separator: "\n") + "\n"
        let audit = try auditCount(t)
        do {
            _ = try enter(t, csv)
            XCTFail("expected the file to be refused")
        } catch let failure as ImportFailure {
            XCTAssertEqual(failure.issues.map(\.line), [2, 3, 4, 5, 6], failure.description)
            XCTAssertTrue(failure.issues[0].en.contains("outside 0–10"), failure.description)
            XCTAssertTrue(failure.issues[1].en.contains("multiple of 0.5"), failure.description)
            XCTAssertEqual(failure.issues[2].value, "八")
        }
        // Store-level problems: a conflicted judge, a non-finalist, someone who is not a judge.
        let storeLevel = header + "judgeB,E000001,8,7.5,9,6,12,13.5,10,4,3.5,5,\nj,E000003,8,7.5,9,6,12,13.5,10,4,3.5,5,\nr1,E000001,8,7.5,9,6,12,13.5,10,4,3.5,5,\nj,E000001,8,7.5,9,6,12,13.5,10,4,3.5,5,\n"
        do {
            _ = try enter(t, storeLevel)
            XCTFail("expected the file to be refused")
        } catch let failure as ImportFailure {
            XCTAssertEqual(failure.issues.map(\.line), [2, 3, 4], failure.description)
            XCTAssertTrue(failure.issues[0].en.contains("conflict"), failure.description)
        }
        // A reviewer or a judge may not enter paper ballots at all.
        XCTAssertThrowsError(try enter(t, header + "j,E000001,8,7.5,9,6,12,13.5,10,4,3.5,5,\n", as: "r1"))
        XCTAssertThrowsError(try enter(t, header + "j,E000001,8,7.5,9,6,12,13.5,10,4,3.5,5,\n", as: "j"))
        // Out of phase: refused, naming the phase that allows it.
        try t.store.phase.set("showcase", actor: "system")
        XCTAssertThrowsError(try enter(t, header + "j,E000001,8,7.5,9,6,12,13.5,10,4,3.5,5,\n", as: "admin")) { error in
            XCTAssertTrue("\(error)".contains("综合评定"), "\(error)")
        }
        XCTAssertEqual(try auditCount(t), audit + 1, "only the phase change was written") // the phase change itself
        XCTAssertEqual(try t.store.database.scalar("SELECT count(*) FROM score_sheets")?.int64, 0)
    }
}
