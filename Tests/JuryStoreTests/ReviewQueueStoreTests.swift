import Foundation
@testable import JuryCore
@testable import JuryStore
import JuryTestSupport
import XCTest

/// Reviewing's store operations: queues and counts, claims and their expiry, reasons, batches, dual review.
final class ReviewQueueStoreTests: XCTestCase {
    private func refused(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) -> String {
        refusal(body, file: file, line: line)?.message(language: .en) ?? ""
    }

    private func store(entrants: Int = 4, dual: Bool = false) throws -> TestStore {
        let t = try TestStore()
        if dual {
            // The same file with dual review switched on for round one.
            var json = TestStore.contestJSON
            let range = try XCTUnwrap(json.range(of: "\"claimMinutes\": 15, \"dualReview\": false"))
            json.replaceSubrange(range, with: "\"claimMinutes\": 15, \"dualReview\": true")
            let definition = try ContestDefinition.decode(Data(json.utf8))
            XCTAssertTrue(definition.roundOne.dualReview)
            try t.store.database.run("UPDATE settings SET value = ? WHERE key = ?", [json, Store.contestDefinitionKey])
        }
        try t.store.importEntrants((1...entrants).map { Fixtures.entrant($0) }, actor: "admin")
        return t
    }

    func testTheSampleDefinitionHasReasonsForEveryVerdict() throws {
        let d = try TestStore().definition
        XCTAssertEqual(d.roundOne.claimMinutes, 15)
        XCTAssertFalse(d.roundOne.reasons(for: .pass).isEmpty)
        XCTAssertFalse(d.roundOne.reasons(for: .fail).isEmpty)
        XCTAssertFalse(d.roundOne.reasons(for: .needsInfo).isEmpty)
        XCTAssertEqual(d.roundTwo.reasons(for: .disqualify).map(\.id), ["plagiarism"])
        // Duplicate reason ids are refused with their key path.
        let json = TestStore.contestJSON.replacingOccurrences(of: "\"id\": \"notMember\"", with: "\"id\": \"meetsAll\"")
        XCTAssertThrowsError(try ContestDefinition.decode(Data(json.utf8))) { error in
            XCTAssertTrue("\(error)".contains("roundOne.reasons"), "\(error)")
        }
    }

    func testTheQueueListsRecommendedFirstAndCountsEachOutcome() throws {
        let t = try store()
        let third = Fixtures.entrant(3)
        try t.store.importRecommendations([Recommendation(unit: "西安市总工会", sequence: 1, name: third.name, employer: third.employer,
                                                          platform: nil, nickname: "", phone: third.phone, note: "技术能手")],
                                          unit: "西安市总工会", actor: "admin")
        XCTAssertEqual(try t.store.reviewQueue.rows(round: 1, view: .pending).map(\.summary.id), ["E000003", "E000001", "E000002", "E000004"])
        try t.decide(1, "E000001", .pass)
        try t.decide(1, "E000002", .fail)
        try t.decide(1, "E000004", .needsInfo)
        _ = try t.store.claims.claim(entrantId: "E000003", round: 1, reviewer: "r2")
        let counts = try t.store.reviewQueue.counts(round: 1, reviewer: "r1")
        XCTAssertEqual([counts.pending, counts.passed, counts.rejected, counts.needsInfo, counts.taken], [1, 1, 1, 1, 1])
        XCTAssertEqual(try t.store.reviewQueue.counts(round: 1, reviewer: "r2").taken, 0, "one's own claim is not 'taken'")
        // Round two lists only round-one passes.
        XCTAssertEqual(try t.store.reviewQueue.rows(round: 2, view: .pending).map(\.summary.id), ["E000001"])
        XCTAssertEqual(try t.store.reviewQueue.rows(round: 1, view: .pending).first?.holder, "r2")
    }

    func testTheQueueFiltersByIdPlatformAndPhoneOnlyForTheAdmin() throws {
        let t = try store(entrants: 6)
        XCTAssertEqual(try t.store.reviewQueue.rows(round: 1, view: .pending, search: "e000004").map(\.summary.id), ["E000004"])
        XCTAssertEqual(try t.store.reviewQueue.rows(round: 1, view: .pending, search: "抖音").map(\.summary.id), ["E000003", "E000006"])
        XCTAssertEqual(try t.store.reviewQueue.rows(round: 1, view: .pending, search: "douyin").count, 2)
        XCTAssertEqual(try t.store.reviewQueue.rows(round: 1, view: .pending, search: "00000005").count, 0)
        XCTAssertEqual(try t.store.reviewQueue.rows(round: 1, view: .pending, search: "00000005", matchPhones: true).map(\.summary.id), ["E000005"])
    }

    func testClaimsExpireOnTheirOwnAndTheChairReleasesThem() throws {
        let t = try store()
        var now = Date(timeIntervalSince1970: 1_694_000_000)
        t.store.clock = { now }
        XCTAssertEqual(try t.store.claims.claim(entrantId: "E000001", round: 1, reviewer: "r1", ttl: 900),
                       .claimed(expiresAt: UTCTime.format(now.addingTimeInterval(900))))
        guard case .heldBy("r1", _) = try t.store.claims.claim(entrantId: "E000001", round: 1, reviewer: "r2") else { return XCTFail() }
        XCTAssertEqual(try t.store.claims.claimNext(round: 1, reviewer: "r2"), "E000002", "the next free one")
        XCTAssertTrue(refused { try t.decide(1, "E000001", .pass, by: "r2") }.contains("r1 is reviewing"))
        now = now.addingTimeInterval(901)
        XCTAssertNil(try t.store.claims.holder(entrantId: "E000001", round: 1), "expired")
        guard case .claimed = try t.store.claims.claim(entrantId: "E000001", round: 1, reviewer: "r2") else { return XCTFail() }
        XCTAssertEqual(try t.store.reviewQueue.claims().map(\.entrantId), ["E000001"], "E000002's claim expired too")
        XCTAssertTrue(refused { try t.store.claims.release(entrantId: "E000001", round: 1, reviewer: "r2", actor: "r1") }
            .contains("release someone else's"))
        try t.store.claims.release(entrantId: "E000001", round: 1, reviewer: "r2", actor: "chair")
        XCTAssertNil(try t.store.claims.holder(entrantId: "E000001", round: 1))
    }

    func testSkipGivesBackAndTakesTheNextOtherEntrant() throws {
        let t = try store()
        XCTAssertEqual(try t.store.claims.claimNext(round: 1, reviewer: "r1"), "E000001")
        XCTAssertEqual(try t.store.reviewQueue.skip(entrantId: "E000001", round: 1, reviewer: "r1"), "E000002")
        XCTAssertNil(try t.store.claims.holder(entrantId: "E000001", round: 1))
    }

    func testAReasonMustBeFromTheListAndMatchTheVerdict() throws {
        let t = try store()
        var draft = t.draft(1, "E000001", .fail, note: "")
        draft.reasonId = "madeUp"
        XCTAssertTrue(refused { try t.store.reviews.decide(draft, actor: "r1") }.contains("not in this round's list"))
        draft.reasonId = "meetsAll"
        XCTAssertTrue(refused { try t.store.reviews.decide(draft, actor: "r1") }.contains("goes with"))
        draft.reasonId = "badRecord"
        draft.note = "有不良信息记录"
        try t.store.reviews.decide(draft, actor: "r1")
        let stored = try XCTUnwrap(try t.store.reviews.latest(entrantId: "E000001", round: 1))
        XCTAssertEqual(stored.reasonId, "badRecord")
        XCTAssertTrue(try t.store.verify().ok)
    }

    func testPlagiarismDisqualifiesInRoundTwo() throws {
        let t = try store()
        try t.decide(1, "E000001", .pass)
        var draft = t.draft(2, "E000001", .disqualify, note: "与他人作品雷同")
        draft.reasonId = "plagiarism"
        XCTAssertEqual(try t.store.reviews.decide(draft, actor: "r1").stage, .disqualified)
    }

    func testAWaiverReasonIsRequiredToPassAFailedWaivableCheck() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1, followers: 8_600)], actor: "admin")
        var draft = t.draft(1, "E000001", .pass)
        draft.reasonId = "representativeWork"
        XCTAssertTrue(refused { try t.store.reviews.decide(draft, actor: "r1") }.contains("followers"))
        draft.waivers = [Waiver(checkId: "followers", reason: "粉丝不足一万但有特别有代表性作品：《夜班电工》播放 300 万")]
        XCTAssertEqual(try t.store.reviews.decide(draft, actor: "r1").stage, .round1Passed)
    }

    func testABatchIsOneTransactionAndAllOrNothing() throws {
        let t = try store()
        let before = try t.store.audit.entries().count
        let drafts = ["E000001", "E000002"].map { t.draft(1, $0, .fail, note: "非会员") }
        XCTAssertEqual(try t.store.reviewQueue.decideAll(drafts, actor: "r1").count, 2)
        XCTAssertEqual(try t.store.audit.entries().count, before + 1)
        XCTAssertEqual(try t.store.reviewQueue.counts(round: 1).rejected, 2)
        // One refusal (E000001 was decided: a change needs a reason) and nothing of the batch is kept.
        let again = ["E000003", "E000001"].map { t.draft(1, $0, .pass) }
        XCTAssertTrue(refused { try t.store.reviewQueue.decideAll(again, actor: "r1") }.contains("E000001"))
        XCTAssertEqual(try t.store.entrants.summary(id: "E000003")?.stage, .registered)
    }

    func testDecisionsOnlyInTheReviewPhaseAndTheRefusalNamesIt() throws {
        let t = try store()
        try t.store.phase.set("collection", actor: "system")
        let message = refused { try t.decide(1, "E000001", .pass) }
        XCTAssertTrue(message.contains("phase"), message)
    }

    func testDualReviewMovesTheStageOnlyWhenTwoReviewersAgree() throws {
        let t = try store(dual: true)
        // First reviewer: recorded, stage unchanged, and the queue does not offer it to them again.
        XCTAssertEqual(try t.decide(1, "E000001", .pass, by: "r1").stage, .registered)
        XCTAssertEqual(try t.store.claims.claimNext(round: 1, reviewer: "r1"), "E000002")
        try t.store.claims.release(entrantId: "E000002", round: 1, reviewer: "r1")
        // The second agrees: passed.
        XCTAssertEqual(try t.decide(1, "E000001", .pass, by: "r2").stage, .round1Passed)
        // Disagreement: stays waiting, marked for the chair, offered to no one.
        try t.decide(1, "E000002", .pass, by: "r1")
        XCTAssertEqual(try t.decide(1, "E000002", .fail, by: "r2", note: "内容不相关").stage, .registered)
        XCTAssertEqual(try t.store.reviewQueue.counts(round: 1).disputed, 1)
        XCTAssertEqual(try t.store.reviewQueue.chairCases().map(\.summary.id), ["E000002"])
        XCTAssertNotEqual(try t.store.claims.claimNext(round: 1, reviewer: "r3"), "E000002")
        // The chair settles it.
        XCTAssertEqual(try t.decide(1, "E000002", .fail, by: "chair", note: "裁定：内容不相关").stage, .round1Failed)
        XCTAssertEqual(try t.store.reviewQueue.counts(round: 1).disputed, 0)
        XCTAssertEqual(try t.store.reviews.history(entrantId: "E000002").map(\.reviewer), ["r1", "r2", "chair"])
    }

    func testTheChairsOverviewTalliesReviewersAndUnits() throws {
        let t = try store()
        let one = Fixtures.entrant(1)
        try t.store.importRecommendations([
            Recommendation(unit: "宝鸡市总工会", sequence: 1, name: one.name, employer: one.employer, platform: nil, nickname: "", phone: one.phone),
            Recommendation(unit: "宝鸡市总工会", sequence: 2, name: "未报名者", employer: "某厂", platform: nil, nickname: "", phone: "13900000000"),
        ], unit: "宝鸡市总工会", actor: "admin")
        try t.decide(1, "E000001", .pass, by: "r1")
        try t.decide(1, "E000002", .fail, by: "r2")
        let tallies = try t.store.reviewQueue.tallies()
        XCTAssertEqual(tallies.map { "\($0.reviewer) \($0.verdict.rawValue) \($0.count)" }, ["r1 pass 1", "r2 fail 1"])
        let units = try t.store.reviewQueue.units()
        XCTAssertEqual(units.map { [$0.recommended, $0.registered, $0.passedOne, $0.passedTwo] }, [[2, 1, 1, 0]])
    }
}
