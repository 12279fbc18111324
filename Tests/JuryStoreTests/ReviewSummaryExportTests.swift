import Foundation
@testable import JuryCore
@testable import JuryStore
import JuryTestSupport
import XCTest

/// The unit participation summary counts how each unit's recommended creators fared per round.
final class ReviewSummaryExportTests: XCTestCase {
    func testTheSummaryHasPassedEachRoundForRecommendedCreators() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1), Fixtures.entrant(2)], actor: "admin")
        let one = Fixtures.entrant(1), two = Fixtures.entrant(2)
        try t.store.importRecommendations([
            Recommendation(unit: "宝鸡市总工会", sequence: 1, name: one.name, employer: one.employer, platform: nil, nickname: "", phone: one.phone),
            Recommendation(unit: "宝鸡市总工会", sequence: 2, name: two.name, employer: two.employer, platform: nil, nickname: "", phone: two.phone),
        ], unit: "宝鸡市总工会", actor: "admin")
        try t.makeFinalist("E000001")
        try t.decide(1, "E000002", .pass)
        let table = try t.store.exportSummary(language: .zh)
        XCTAssertEqual(table.header.suffix(2), ["推荐者一轮通过", "推荐者二轮通过"])
        let row = try XCTUnwrap(table.rows.first { $0.first == "宝鸡市总工会" })
        XCTAssertEqual(row.suffix(2), ["2", "1"])
    }
}
