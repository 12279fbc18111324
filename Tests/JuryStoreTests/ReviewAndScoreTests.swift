import JuryCore
@testable import JuryStore
import XCTest

final class ReviewAndScoreTests: XCTestCase {
    func testLatestDecisionWinsAndStageFollows() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1, followers: 8_600)], actor: "admin")
        try t.decide(1, "E000001", .fail, by: "r1")
        try t.decide(1, "E000001", .pass, by: "r2", note: "代表作影响大，复核后通过",
                     waivers: [Waiver(checkId: "followers", reason: "特别有代表性作品")])
        let latest = try XCTUnwrap(try t.store.reviews.latest(entrantId: "E000001", round: 1))
        XCTAssertEqual(latest.reviewer, "r2")
        XCTAssertEqual(latest.waivers, [Waiver(checkId: "followers", reason: "特别有代表性作品")])
        XCTAssertEqual(try t.store.entrants.page(EntrantQuery()).first?.stage, .round1Passed)
        try t.decide(2, "E000001", .pass)
        XCTAssertEqual(try t.store.entrants.page(EntrantQuery(stage: .finalist)).count, 1)
    }

    func testSortingByStageFollowsTheReviewNotTheAlphabet() throws {
        let t = try TestStore()
        try t.store.importEntrants((1...6).map { Fixtures.entrant($0) }, actor: "admin")
        try t.makeFinalist("E000001")
        try t.decide(1, "E000002", .pass)
        try t.decide(2, "E000002", .needsInfo, note: "视频链接打不开")
        try t.decide(1, "E000003", .pass)
        try t.decide(2, "E000003", .fail, note: "选题与职工无关")
        try t.decide(1, "E000004", .pass, by: "r")
        try t.decide(1, "E000005", .fail, by: "r")
        let order = try t.store.entrants.page(EntrantQuery(sort: .stage)).map(\.id)
        XCTAssertEqual(order, ["E000006", "E000005", "E000004", "E000003", "E000002", "E000001"])
        // The browser's position lookup agrees with the page order.
        for (index, id) in order.enumerated() {
            XCTAssertEqual(try t.store.entrants.position(of: id, in: EntrantQuery(sort: .stage)), index, id)
        }
    }

    func testClaimsKeepTwoReviewersApart() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1), Fixtures.entrant(2)], actor: "admin")
        XCTAssertEqual(try t.store.claims.claimNext(round: 1, reviewer: "r1"), "E000001")
        XCTAssertEqual(try t.store.claims.claimNext(round: 1, reviewer: "r2"), "E000002")
        guard case .heldBy("r1", _) = try t.store.claims.claim(entrantId: "E000001", round: 1, reviewer: "r2") else { return XCTFail() }
        XCTAssertThrowsError(try t.decide(1, "E000001", .pass, by: "r2"), "r1 holds it")
        try t.decide(1, "E000001", .pass, by: "r1")
        XCTAssertNil(try t.store.claims.holder(entrantId: "E000001", round: 1))
        XCTAssertNil(try t.store.claims.claimNext(round: 1, reviewer: "r3"))
    }

    func testScoreSheetDraftSubmitReopen() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1)], actor: "admin")
        try t.makeFinalist("E000001")
        let all = Dictionary(uniqueKeysWithValues: t.definition.rubric.criteria.map { ($0.id, 50) })
        try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["workContent": 45])
        try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: all.merging(["workContent": 80]) { $1 }, submit: true)
        let sheet = try XCTUnwrap(try t.store.scores.sheet(judge: "j", entrantId: "E000001"))
        XCTAssertEqual(sheet.status, .submitted)
        XCTAssertEqual(sheet.tenths["workContent"], 80)
        XCTAssertEqual(sheet.tenths.count, 10)
        // A submitted sheet cannot be changed until the chair reopens it.
        XCTAssertThrowsError(try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["workContent": 10]))
        XCTAssertThrowsError(try t.store.scores.reopen(judge: "j", entrantId: "E000001", actor: "j"), "a judge cannot reopen")
        try t.store.scores.reopen(judge: "j", entrantId: "E000001", actor: "chair")
        try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["workContent": 10])
        XCTAssertEqual(try t.store.scores.sheet(judge: "j", entrantId: "E000001")?.tenths["workContent"], 10)
        XCTAssertTrue(try t.store.verify().ok)
    }
}
