import Foundation
@testable import JuryCore
@testable import JuryStore
import JuryTestSupport
import XCTest

/// The contest rules as the store applies them inside its write transaction, against real files.
final class StoreRulesTests: XCTestCase {
    private func withFinalist(_ t: TestStore) throws {
        try t.store.importEntrants([Fixtures.entrant(1), Fixtures.entrant(2)], actor: "admin")
        try t.makeFinalist("E000001")
    }

    // MARK: Permissions

    func testAJudgeCannotRecordADecision() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1)], actor: "admin")
        let error = refusal { try t.decide(1, "E000001", .pass, by: "j") }
        guard case .notPermitted("j", .judge?, _, let allowed)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(Set(allowed), [.reviewer, .chair])
        XCTAssertTrue(error?.message(language: .en).contains("record a round-one decision") ?? false)
        XCTAssertEqual(try t.store.reviews.history(entrantId: "E000001"), [])
    }

    func testAReviewerCannotScore() throws {
        let t = try TestStore()
        try withFinalist(t)
        let error = refusal { try t.store.scores.save(judge: "r1", entrantId: "E000001", tenths: ["workContent": 50]) }
        guard case .notPermitted("r1", .reviewer?, _, _)? = error else { return XCTFail("\(String(describing: error))") }
    }

    func testUnknownAndDeactivatedActorsAreRefused() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1)], actor: "admin")
        guard case .unknownActor("mallory", _)? = refusal({ try t.decide(1, "E000001", .pass, by: "mallory") }) else { return XCTFail() }
        let gone = refusal { try t.decide(1, "E000001", .pass, by: "gone") }
        guard case .inactiveActor("gone", _)? = gone else { return XCTFail("\(String(describing: gone))") }
        XCTAssertEqual(gone?.message(language: .zh), "用户 gone 已停用，不能记录第一轮审核结论。请联系管理员。")
        // The command line is the system path: it may import and manage, but never decide.
        guard case .notPermitted("cli:ops", nil, _, _)? = refusal({ try t.decide(1, "E000001", .pass, by: "cli:ops") }) else { return XCTFail() }
        guard case .unknownActor? = refusal({ try t.store.importEntrants([Fixtures.entrant(2)], actor: "nobody") }) else { return XCTFail() }
    }

    // MARK: Scores

    func testScoresAreCheckedAgainstTheStoredRubric() throws {
        let t = try TestStore()
        try withFinalist(t)
        // workContent: max 15 points (150 tenths), step 0.5 (5 tenths).
        guard case .refused(_, _, let over)? = refusal({ try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["workContent": 155]) })
        else { return XCTFail() }
        XCTAssertTrue(over.contains("outside 0–15"), over)
        guard case .refused(_, _, let step)? = refusal({ try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["workContent": 42]) })
        else { return XCTFail() }
        XCTAssertTrue(step.contains("multiple of 0.5"), step)
        guard case .refused(_, _, let unknown)? = refusal({ try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["charisma": 10]) })
        else { return XCTFail() }
        XCTAssertTrue(unknown.contains("charisma"), unknown)
        // Submitting with criteria missing is refused; nothing was stored by any refusal.
        XCTAssertNotNil(refusal { try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["workContent": 45], submit: true) })
        XCTAssertNil(try t.store.scores.sheet(judge: "j", entrantId: "E000001"))
        try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["workContent": 145])
        XCTAssertEqual(try t.store.scores.sheet(judge: "j", entrantId: "E000001")?.tenths, ["workContent": 145])
    }

    func testScoringOutOfPhaseIsRefusedAndNamesThePhase() throws {
        let t = try TestStore()
        try withFinalist(t)
        try t.store.phase.set("collection", actor: "admin")
        let error = refusal { try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["workContent": 50]) }
        guard case .wrongPhase? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(error?.message(language: .zh), "只能在“综合评定”阶段评分（当前为“创作征集期”）。")
        XCTAssertEqual(error?.message(language: .en), "You can score only in the \"Jury scoring\" phase (it is now \"Call for entries\").")
        // Decisions too: round two belongs to its own step.
        try t.store.phase.set("roundOneReview", actor: "admin")
        guard case .wrongPhase? = refusal({ try t.decide(2, "E000002", .pass) }) else { return XCTFail() }
        try t.decide(1, "E000002", .pass)
        guard case .wrongPhase? = refusal({ try t.decide(2, "E000002", .pass) }) else { return XCTFail() }
    }

    func testAConflictedJudgeCannotSave() throws {
        let t = try TestStore()
        try withFinalist(t)
        try t.store.conflicts.declare(judge: "judgeB", entrantId: "E000001", kind: .sameUnit, actor: "judgeB")
        guard case .refused(_, _, let en)? = refusal({ try t.store.scores.save(judge: "judgeB", entrantId: "E000001", tenths: ["workContent": 50]) })
        else { return XCTFail() }
        XCTAssertTrue(en.contains("conflict of interest"), en)
        // A judge cannot declare conflicts for another judge; the chair can.
        XCTAssertNotNil(refusal { try t.store.conflicts.declare(judge: "judgeA", entrantId: "E000001", kind: .other, actor: "judgeB") })
        try t.store.conflicts.declare(judge: "judgeA", entrantId: "E000001", kind: .other, actor: "chair")
    }

    func testASubmittedSheetCannotBeChanged() throws {
        let t = try TestStore()
        try withFinalist(t)
        let all = Dictionary(uniqueKeysWithValues: t.definition.rubric.criteria.map { ($0.id, 50) })
        try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: all, submit: true)
        guard case .refused(_, _, let en)? = refusal({ try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["workContent": 60]) })
        else { return XCTFail() }
        XCTAssertTrue(en.contains("already submitted"), en)
        XCTAssertEqual(try t.store.scores.sheet(judge: "j", entrantId: "E000001")?.tenths["workContent"], 50)
        // Whose sheets: a judge reads their own, the chair everyone's.
        try t.store.scores.save(judge: "judgeA", entrantId: "E000001", tenths: ["workContent": 70])
        XCTAssertEqual(try t.store.scores.sheets(entrantId: "E000001", reader: "j").map(\.judge), ["j"])
        XCTAssertEqual(Set(try t.store.scores.sheets(entrantId: "E000001", reader: "chair").map(\.judge)), ["j", "judgeA"])
    }

    // MARK: Stage order

    func testRoundTwoNeedsARoundOnePass() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1)], actor: "admin")
        guard case .refused(_, _, let en)? = refusal({ try t.decide(2, "E000001", .pass) }) else { return XCTFail() }
        XCTAssertTrue(en.contains("passed round one"), en)
        try t.decide(1, "E000001", .needsInfo, note: "请补充账号主页截图")
        XCTAssertEqual(try t.store.entrants.summary(id: "E000001")?.stage, .round1Info)
        XCTAssertNotNil(refusal { try t.decide(2, "E000001", .pass) })
    }

    func testAFinalistNeedsARoundTwoPass() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1)], actor: "admin")
        try t.decide(1, "E000001", .pass)
        XCTAssertEqual(try t.store.entrants.summary(id: "E000001")?.stage, .round1Passed)
        // Not yet a finalist: no scores, no award.
        XCTAssertNotNil(refusal { try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["workContent": 50]) })
        XCTAssertNotNil(refusal { try t.store.awards.grant(awardId: "mostWelcomed", entrantId: "E000001", rank: 1, actor: "chair") })
        let result = try t.decide(2, "E000001", .pass)
        XCTAssertEqual(result.stage, .finalist)
        try t.store.awards.grant(awardId: "mostWelcomed", entrantId: "E000001", rank: 1, actor: "chair")
        // Plagiarism found later: disqualified, whatever came before.
        try t.decide(2, "E000001", .disqualify, note: "参评视频抄袭他人作品")
        XCTAssertEqual(try t.store.entrants.summary(id: "E000001")?.stage, .disqualified)
    }

    // MARK: Waivers and changes

    func testAWaiverNeedsAWrittenReasonAndTheReasonIsKept() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1, followers: 8_600)], actor: "admin")
        // The follower check fails; passing without a waiver, or with a waiver but no reason, is refused.
        guard case .refused(_, _, let failed)? = refusal({ try t.decide(1, "E000001", .pass) }) else { return XCTFail() }
        XCTAssertTrue(failed.contains("followers"), failed)
        guard case .refused(_, let zh, _)? = refusal({ try t.decide(1, "E000001", .pass, waivers: [Waiver(checkId: "followers", reason: "  ")]) })
        else { return XCTFail() }
        XCTAssertTrue(zh.contains("豁免必须写明理由"), zh)
        XCTAssertNotNil(refusal { try t.decide(1, "E000001", .pass, waivers: [Waiver(checkId: "unionMember", reason: "x")]) })
        try t.decide(1, "E000001", .pass, waivers: [Waiver(checkId: "followers", reason: "特别有代表性作品：单条视频播放 300 万")])
        let stored = try XCTUnwrap(try t.store.reviews.latest(entrantId: "E000001", round: 1))
        XCTAssertEqual(stored.waivers, [Waiver(checkId: "followers", reason: "特别有代表性作品：单条视频播放 300 万")])
        // A second process reading the file sees the same reason, and verify accepts the sealed row.
        XCTAssertTrue(try sqliteCLI(t.path, "SELECT waivers FROM review_decisions").contains("单条视频播放 300 万"))
        XCTAssertTrue(try t.store.verify().ok)
    }

    func testChangingADecisionNeedsAReasonAndKeepsHistory() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1)], actor: "admin")
        try t.decide(1, "E000001", .pass)
        let change = t.draft(1, "E000001", .fail)
        guard case .refused(_, _, let en)? = refusal({ try t.store.reviews.decide(change, actor: "r2") }) else { return XCTFail() }
        XCTAssertTrue(en.contains("changing it needs a written reason"), en)
        var withReason = change
        withReason.note = "复核发现存在不良记录"
        try t.store.reviews.decide(withReason, actor: "r2")
        let history = try t.store.reviews.history(entrantId: "E000001")
        XCTAssertEqual(history.map(\.outcome), [.pass, .fail])
        XCTAssertEqual(history.last?.note, "复核发现存在不良记录")
        XCTAssertEqual(try t.store.entrants.summary(id: "E000001")?.stage, .round1Failed)
    }

    // MARK: Composition

    func testADecisionAndTheNextClaimAreOneTransaction() throws {
        let t = try TestStore()
        let later = Fixtures.entrant(1), recommended = Fixtures.entrant(3)
        try t.store.importEntrants([later, Fixtures.entrant(2), recommended], actor: "admin")
        try t.store.importRecommendations([Recommendation(unit: "西安市总工会", sequence: 1, name: recommended.name,
                                                          employer: recommended.employer, platform: nil, nickname: "",
                                                          phone: recommended.phone, note: "")],
                                          unit: "西安市总工会", actor: "admin")
        // Recommended entrants come first in the queue, then by registration time.
        XCTAssertEqual(try t.store.claims.claimNext(round: 1, reviewer: "r1"), "E000003")
        let before = try t.store.audit.entries().count
        let result = try t.store.reviews.decide(t.draft(1, "E000003", .pass), actor: "r1", claimNext: true)
        XCTAssertEqual(result.next, "E000001")
        XCTAssertEqual(result.stage, .round1Passed)
        let log = try t.store.audit.entries()
        XCTAssertEqual(log.count, before + 1, "one audit entry for decision, stage, release and claim")
        XCTAssertTrue(log.last?.detail.contains("\"next\":\"E000001\"") ?? false, log.last?.detail ?? "")
        // Another connection sees both at once.
        let other = try Store.open(at: t.path)
        XCTAssertEqual(try other.claims.holder(entrantId: "E000001", round: 1), "r1")
        XCTAssertNil(try other.claims.holder(entrantId: "E000003", round: 1))
        XCTAssertEqual(try other.entrants.summary(id: "E000003")?.stage, .round1Passed)
    }

    func testReadsNestInsideReadsAndWrites() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1)], actor: "admin")
        let name = try t.store.read { _ in
            try t.store.read { _ in try t.store.entrants.entrant(id: "E000001")?.name }
        }
        XCTAssertEqual(name, "达人1")
        try t.store.write(actor: "admin", action: "test.nested", subject: "") { ctx in
            try ctx.setSetting("test.key", "inside")
            // A repository read inside the write sees the write's own uncommitted change.
            XCTAssertEqual(try t.store.settings.value(for: "test.key"), "inside")
            XCTAssertEqual(try t.store.entrants.entrant(id: "E000001")?.name, "达人1")
            XCTAssertTrue(ctx.db.isInTransaction)
            // A write inside a write is a programming error, named as such.
            XCTAssertThrowsError(try t.store.settings.set("x", "y", actor: "admin")) { error in
                guard case StoreError.nestedWrite? = error as? StoreError else { return XCTFail("\(error)") }
            }
        }
        XCTAssertEqual(try t.store.settings.value(for: "test.key"), "inside")
    }

    func testAllocatingAwardsIsOneWrite() throws {
        let t = try TestStore()
        try t.store.importEntrants((1...3).map { Fixtures.entrant($0) }, actor: "admin")
        for id in ["E000001", "E000002", "E000003"] { try t.makeFinalist(id) }
        try t.store.awards.grant(awardId: "mostPopular", entrantId: "E000003", rank: 1, actor: "chair")
        let before = try t.store.audit.entries().count
        let allocation = AwardAllocation(awards: [
            .init(awardId: "mostWelcomed", entrantIds: ["E000001", "E000002"], shortfall: 8, cutoffDecidedById: false),
        ])
        XCTAssertNotNil(refusal { try t.store.awards.allocate(allocation, actor: "admin") }, "the chair allocates")
        try t.store.awards.allocate(allocation, actor: "chair")
        XCTAssertEqual(try t.store.audit.entries().count, before + 1)
        XCTAssertEqual(try t.store.awards.all().map(\.entrantId), ["E000001", "E000002"])
        XCTAssertTrue(try t.store.verify().ok)
    }

    // MARK: The lock

    func testAShortDeadlineWriteAnswersBusyQuicklyWhileAnotherProcessHoldsTheLock() throws {
        let t = try TestStore()
        let helper = Process()
        helper.executableURL = BuiltProducts.directory.appendingPathComponent("jurydesk-stress")
        helper.arguments = ["hold", t.path, "2000"]
        let outFile = t.dir.path("hold.out")
        _ = FileManager.default.createFile(atPath: outFile, contents: nil)
        helper.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outFile))
        try helper.run()
        defer { helper.waitUntilExit() }
        let deadline = Date().addingTimeInterval(10)
        while !((try? String(contentsOfFile: outFile, encoding: .utf8)) ?? "").contains("locked"), Date() < deadline { usleep(5000) }
        let started = Date()
        let error = refusal {
            try t.store.withWriteDeadline(0.2) { try t.store.phase.set("showcase", actor: "admin") }
        }
        let waited = Date().timeIntervalSince(started)
        XCTAssertTrue(error?.isBusyTimeout ?? false, "\(String(describing: error))")
        XCTAssertLessThan(waited, 1.0, "the interface must not freeze while another process writes")
        XCTAssertEqual(error?.message(language: .en), "The file is busy; could not change the contest phase. Retrying.")
        XCTAssertEqual(t.store.writeDeadline, 15, "the deadline is restored")
        helper.waitUntilExit()
        try t.store.phase.set("showcase", actor: "admin")
        XCTAssertEqual(try t.store.phase.current(), "showcase")
    }
}
