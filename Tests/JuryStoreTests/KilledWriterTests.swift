import Foundation
@testable import JuryStore
import JuryTestSupport
import XCTest

/// Writers killed with SIGKILL at random moments — mid-transaction, mid-commit, while starting —
/// again and again: every submission a judge saw acknowledged is still there, and the file passes
/// SQLite's integrity check and the store's verify. `make test`: 50 kills; `make soak`: JURYDESK_SOAK_KILLS.
final class KilledWriterTests: XCTestCase {
    func testKillNineOfWritersAtRandomMomentsLosesNoAcknowledgedSubmission() throws {
        let kills = Int(JudgingCrowd.size("JURYDESK_SOAK_KILLS", 50))
        // Enough finalists that no judge runs out of work before the last kill.
        let (t, names) = try JudgingCrowd.contest(judges: 4, finalists: max(120, kills * 6))
        // Three writers at all times; each round one of them, at random, dies at a random moment
        // and the judge who was not writing takes over (one process per judge, as one session each).
        var all: [JudgeProcess] = []
        var running = try (0..<3).map { i in try JudgeProcess(db: t.path, judge: names[i], seconds: 600, dir: t.dir, tag: "w\(i)") }
        all += running
        let started = Date()
        var killedAtWork = 0
        for round in 0..<kills {
            usleep(UInt32.random(in: 0...250_000))
            let victim = running.remove(at: Int.random(in: 0..<running.count))
            if victim.process.isRunning { killedAtWork += 1 }
            victim.kill9()
            let free = names.filter { name in !running.contains { $0.judge == name } && name != victim.judge }
            let next = try JudgeProcess(db: t.path, judge: free.randomElement() ?? victim.judge, seconds: 600, dir: t.dir, tag: "k\(round)")
            running.append(next)
            all.append(next)
        }
        for p in running { p.kill9() }
        let elapsed = Date().timeIntervalSince(started)
        for p in all { XCTAssertEqual(p.errors, "", "an error reached \(p.judge)") }
        XCTAssertEqual(killedAtWork, kills, "a writer had stopped before its kill: the rounds tested less than they say")
        try assertEverySubmissionKept(t, all)
        let acknowledged = all.map(\.submissions.count).reduce(0, +)
        let saves = try t.store.read { db in try db.scalar("SELECT count(*) FROM audit_log WHERE action = 'score.save'")?.int64 } ?? 0
        print(String(format: "killed writers: %d kills in %.1f s, %d acknowledged submissions kept, %lld draft saves",
                     kills, elapsed, acknowledged, saves))
    }
}
