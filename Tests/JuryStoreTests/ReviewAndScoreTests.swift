import JuryStore
import XCTest

final class ReviewAndScoreTests: XCTestCase {
    func testLatestDecisionWinsAndStageFollows() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1)], actor: "admin")
        try t.store.reviews.record(round: 1, entrantId: "E000001", reviewer: "r1", outcome: .fail, reasons: ["followers"])
        try t.store.reviews.record(round: 1, entrantId: "E000001", reviewer: "r2", outcome: .pass, waivers: ["followers"])
        XCTAssertEqual(try t.store.reviews.latest(entrantId: "E000001", round: 1)?.reviewer, "r2")
        XCTAssertEqual(try t.store.reviews.latest(entrantId: "E000001", round: 1)?.waivers, ["followers"])
        XCTAssertEqual(try t.store.entrants.page(EntrantQuery()).first?.stage, .round1Passed)
        try t.store.reviews.markFinalists(["E000001"], actor: "chair")
        XCTAssertEqual(try t.store.entrants.page(EntrantQuery(stage: .finalist)).count, 1)
    }

    func testSortingByStageFollowsTheReviewNotTheAlphabet() throws {
        let t = try TestStore()
        try t.store.importEntrants((1...6).map { Fixtures.entrant($0) }, actor: "admin")
        try t.store.reviews.markFinalists(["E000001"], actor: "chair")
        try t.store.reviews.record(round: 2, entrantId: "E000002", reviewer: "r", outcome: .pass)
        try t.store.reviews.record(round: 2, entrantId: "E000003", reviewer: "r", outcome: .fail)
        try t.store.reviews.record(round: 1, entrantId: "E000004", reviewer: "r", outcome: .pass)
        try t.store.reviews.record(round: 1, entrantId: "E000005", reviewer: "r", outcome: .fail)
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
        try t.store.reviews.record(round: 1, entrantId: "E000001", reviewer: "r1", outcome: .pass)
        XCTAssertNil(try t.store.claims.holder(entrantId: "E000001", round: 1))
        XCTAssertNil(try t.store.claims.claimNext(round: 1, reviewer: "r3"))
    }

    func testScoreSheetDraftSubmitReopen() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1)], actor: "admin")
        try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["content": 45])
        try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["content": 50, "skill": 80], submit: true)
        let sheet = try XCTUnwrap(try t.store.scores.sheet(judge: "j", entrantId: "E000001"))
        XCTAssertEqual(sheet.status, .submitted)
        XCTAssertEqual(sheet.tenths, ["content": 50, "skill": 80])
        XCTAssertThrowsError(try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["content": 10]))
        try t.store.scores.reopen(judge: "j", entrantId: "E000001", actor: "chair")
        try t.store.scores.save(judge: "j", entrantId: "E000001", tenths: ["content": 10])
        XCTAssertEqual(try t.store.scores.sheet(judge: "j", entrantId: "E000001")?.tenths["content"], 10)
        XCTAssertTrue(try t.store.verify().ok)
    }
}
