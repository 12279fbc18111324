import Foundation
import JuryCore
@testable import JuryStore
import XCTest

/// The home screens' stage counts are counted again only when an entrant changed: a score submit
/// leaves them cached, a decision or an import (in this session or another) moves them.
final class StageCountsTests: XCTestCase {
    private func fresh(_ store: Store) throws -> [ReviewStage: Int] {
        var counts = Dictionary(uniqueKeysWithValues: ReviewStage.allCases.map { ($0, 0) })
        for row in try store.database.query("SELECT review_stage, count(*) AS n FROM entrants GROUP BY review_stage") {
            if let stage = row.string("review_stage").flatMap(ReviewStage.init(rawValue:)) { counts[stage] = row.int("n") ?? 0 }
        }
        return counts
    }

    func testCountsFollowEveryEntrantChangeAndNotAScore() throws {
        let t = try ResultsTests.makeJudged()
        XCTAssertEqual(try t.store.entrants.countsByStage(), try fresh(t.store))
        let mark = try XCTUnwrap(t.store.stageCountsCache?.mark)

        try t.store.scores.save(judge: "judgeA", entrantId: "E000006", tenths: ResultsTests.sheet(t, percent: 50), submit: true)
        XCTAssertEqual(try t.store.entrants.countsByStage(), try fresh(t.store))
        XCTAssertEqual(t.store.stageCountsCache?.mark, mark, "a score changes no entrant: the counts stay as counted")

        try t.store.importEntrants([Fixtures.entrant(7)], actor: "admin")
        XCTAssertEqual(try t.store.entrants.countsByStage()[.registered], try fresh(t.store)[.registered])
        XCTAssertNotEqual(t.store.stageCountsCache?.mark, mark)

        // Another session moves an entrant: this one's next count sees it.
        let other = try Store.open(at: t.path)
        try other.reviews.decide(t.draft(1, "E000007", .fail, note: "非职工会员"), actor: "r1")
        let counts = try t.store.entrants.countsByStage()
        XCTAssertEqual(counts, try fresh(t.store))
        XCTAssertEqual(counts[.registered], 0)
    }
}
