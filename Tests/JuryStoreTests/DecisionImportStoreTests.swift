import Foundation
@testable import JuryCore
@testable import JuryStore
import JuryTestSupport
import XCTest

/// Decisions taken on paper, imported with the screen's rules: all or nothing.
final class DecisionImportStoreTests: XCTestCase {
    func testImportedDecisionsFollowTheScreensRulesAllOrNothing() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1), Fixtures.entrant(2), Fixtures.entrant(3, followers: 8_600)], actor: "admin")
        let csv = """
            报名编号,结论,理由,豁免理由,备注
            E000001,不通过,非职工会员,,纸质审核表
            E000002,待补充,Account homepage screenshot missing,,请补截图
            E000003,通过,粉丝不足一万但有特别有代表性作品,代表作播放 300 万,
            """
        guard case .decisions(let records) = try ImportFile.parse(kind: .decisions, text: csv) else { return XCTFail() }
        let before = try t.store.audit.entries().count
        XCTAssertEqual(try t.store.importDecisions(records, round: 1, actor: "r1"), 3)
        XCTAssertEqual(try t.store.audit.entries().count, before + 1, "one transaction, one audit entry")
        XCTAssertEqual(try t.store.reviews.latest(entrantId: "E000001", round: 1)?.reasonId, "notMember")
        XCTAssertEqual(try t.store.reviews.latest(entrantId: "E000002", round: 1)?.outcome, .needsInfo)
        XCTAssertEqual(try t.store.reviews.latest(entrantId: "E000003", round: 1)?.waivers.map(\.checkId), ["followers"])

        // A bad row (unknown reason, unknown id, change without a reason) refuses the whole file, every row named.
        let bad = """
            entry id,verdict,reason,note
            E000001,pass,,
            E000009,reject,,x
            E000002,reject,no such reason,x
            """
        guard case .decisions(let badRecords) = try ImportFile.parse(kind: .decisions, text: bad) else { return XCTFail() }
        XCTAssertThrowsError(try t.store.importDecisions(badRecords, round: 1, actor: "r1")) { error in
            let issues = (error as? ImportFailure)?.issues ?? []
            XCTAssertEqual(issues.compactMap(\.line), [2, 3, 4], "\(issues)")
        }
        XCTAssertEqual(try t.store.reviews.history(entrantId: "E000001").count, 1, "nothing of the bad file was kept")
        // A judge may not record decisions, whatever the file says.
        XCTAssertThrowsError(try t.store.importDecisions(records, round: 1, actor: "j"))
    }

    func testUnknownVerdictWordsAndRepeatedIdsAreRefusedAtParse() {
        let text = "报名编号,结论\nE000001,也许\nE000002,通过\nE000002,不通过\n"
        XCTAssertThrowsError(try ImportFile.parse(kind: .decisions, text: text)) { error in
            XCTAssertEqual((error as? ImportFailure)?.issues.count, 2)
        }
    }
}
