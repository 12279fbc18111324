import Foundation
@testable import JuryStore
import JuryTestSupport
import XCTest

/// Many judges at once on one file, each a real process saving drafts field by field, redrafting and
/// submitting: no error reaches anyone, no sheet is lost, and each sees the others' work.
/// `make test`: 5 judges for 3 s; `make soak`: JURYDESK_SOAK_JUDGES=20, JURYDESK_SOAK_SECONDS=60.
final class ConcurrentJudgesTests: XCTestCase {
    func testJudgesSubmittingAndRedraftingAtOnceLoseNothingAndSeeEachOther() throws {
        let count = Int(JudgingCrowd.size("JURYDESK_SOAK_JUDGES", 5))
        let seconds = JudgingCrowd.size("JURYDESK_SOAK_SECONDS", 3)
        let finalists = Int(JudgingCrowd.size("JURYDESK_SOAK_FINALISTS", 50))
        let (t, names) = try JudgingCrowd.contest(judges: count, finalists: finalists)
        let started = Date()
        let judges = try names.map { try JudgeProcess(db: t.path, judge: $0, seconds: seconds, dir: t.dir, tag: $0) }
        for p in judges { p.process.waitUntilExit() }
        let elapsed = Date().timeIntervalSince(started)

        var submitted = 0, storeRetries = 0, loopRetries = 0
        for p in judges {
            XCTAssertEqual(p.process.terminationStatus, 0, "\(p.judge): \(p.errors)")
            XCTAssertEqual(p.errors, "", "an error reached \(p.judge)")
            let seen = try XCTUnwrap(p.seen, "\(p.judge) did not finish: \(p.output.suffix(300))")
            // Whatever another judge had acknowledged before this one's last read, it saw.
            let before = judges.filter { $0 !== p }.flatMap(\.submissions).filter { $0.at < seen.at }.count
            XCTAssertGreaterThanOrEqual(seen.others, before, "\(p.judge) missed other judges' committed sheets")
            XCTAssertGreaterThan(seen.others, 0, "\(p.judge) saw nobody else's work")
            submitted += p.submissions.count
            storeRetries += seen.storeRetries
            loopRetries += seen.loopRetries
        }
        try assertEverySubmissionKept(t, judges)
        // Nothing submitted that was not acknowledged: each submit's commit was followed by its line.
        let inFile = try t.store.read { db in try db.scalar("SELECT count(*) FROM score_sheets WHERE status = 'submitted'")?.int64 }
        XCTAssertEqual(inFile, Int64(submitted))
        let drafts = try t.store.read { db in try db.scalar("SELECT count(*) FROM audit_log WHERE action = 'score.save'")?.int64 } ?? 0
        print(String(format: "concurrent judges: %d processes, %.1f s, %d sheets submitted (%.1f/s), %lld draft saves, %d store retries, %d loop retries",
                     count, elapsed, submitted, Double(submitted) / elapsed, drafts, storeRetries, loopRetries))
    }
}
