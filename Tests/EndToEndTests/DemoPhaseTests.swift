import Foundation
import JuryTestSupport
import XCTest

/// `jurydesk demo --phase …` carries the sample contest through the store's own rules, so each
/// phase's screens have something true to show — and the file still verifies.
extension CommandLineTests {
    func testDemoReviewPhaseHasPartOfBothRoundsDecided() throws {
        let r = try jurydesk(["demo", "--db", db, "--sample", sample.path, "--phase", "review", "--no-open"])
        XCTAssertEqual(r.status, 0, r.err)
        let stages = try sql("SELECT review_stage || ':' || count(*) FROM entrants GROUP BY review_stage ORDER BY 1")
        for stage in ["registered", "round1_passed", "round1_failed", "round1_info", "finalist", "disqualified"] {
            XCTAssertTrue(stages.contains(stage + ":"), "\(stage) missing in \(stages)")
        }
        XCTAssertEqual(try sql("SELECT count(*) FROM claims"), "1", "one live claim")
        let waived = try sql("SELECT count(*) FROM review_decisions WHERE waivers LIKE '%代表性作品%'")
        XCTAssertGreaterThan(Int(waived) ?? 0, 0, "a pass with a written waiver")
        XCTAssertEqual(try sql("SELECT count(DISTINCT reviewer) FROM review_decisions"), "2", "both reviewers decided")
        XCTAssertEqual(try jurydesk(["verify", "--db", db]).status, 0)
    }

    func testDemoAwardsPhaseAllocatesEveryAward() throws {
        let r = try jurydesk(["demo", "--db", db, "--sample", sample.path, "--phase", "awards", "--no-open"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(try sql("SELECT award_id || ':' || count(*) FROM awards GROUP BY award_id ORDER BY 1"),
                       "mostInnovative:15\nmostPopular:10\nmostPromising:15\nmostWelcomed:10")
        XCTAssertEqual(try sql("SELECT count(*) FROM score_sheets WHERE status = 'draft'"), "0", "judging is complete")
        XCTAssertEqual(try sql("SELECT count(DISTINCT judge) FROM score_sheets"), "7")
        XCTAssertEqual(try jurydesk(["verify", "--db", db]).status, 0)

        // The judges' printable sheets: one page per judge, each signed; one judge alone on request.
        let all = try jurydesk(["export", "sheets", "--db", db], lang: "zh")
        XCTAssertEqual(all.status, 0, all.err)
        XCTAssertEqual(all.out.components(separatedBy: "\u{0C}").count, 7, "a page per judge")
        XCTAssertEqual(all.out.components(separatedBy: "评委签字").count - 1, 7)
        let one = try jurydesk(["export", "sheets", "--db", db, "--judge", "李慧敏", "--out", dir.path("li.txt")], lang: "zh")
        XCTAssertEqual(one.status, 0, one.err)
        let page = try String(contentsOfFile: dir.path("li.txt"), encoding: .utf8)
        XCTAssertTrue(page.contains("评委：李慧敏"), page)
        XCTAssertTrue(page.contains("总分"))
        XCTAssertFalse(page.contains("\u{0C}"))
        XCTAssertEqual(try jurydesk(["export", "sheets", "--db", db, "--judge", "韩志刚"]).status, 65, "the chair is not a judge")
        let bad = try jurydesk(["demo", "--db", dir.path("x.sqlite"), "--sample", sample.path, "--phase", "party", "--no-open"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.err.contains("review"), bad.err)
    }
}
