import Foundation
import JuryCore
@testable import JuryStore
import JuryTestSupport
import XCTest

/// A contest in its jury-scoring step with many judges and finalists, and judges at work in real separate
/// processes (`jurydesk-stress judge`, which scores through the same store calls as the score form).
enum JudgingCrowd {
    /// Judges `judge01`… (no unit, so no automatic conflict) and `finalists` entrants through both rounds.
    static func contest(judges: Int, finalists: Int) throws -> (TestStore, [String]) {
        let t = try TestStore()
        let names = (1...judges).map { String(format: "judge%02d", $0) }
        try t.store.write(actor: "system", action: "test.users", subject: "judges") { ctx in
            for name in names {
                try ctx.db.run("INSERT INTO users (name, role, active, created_at) VALUES (?, 'judge', 1, '2023-08-01T00:00:00Z')", [name])
            }
        }
        let entrants = (1...finalists).map { Fixtures.entrant($0) }
        try t.store.importEntrants(entrants, actor: "admin")
        // One write per round, as a reviewer working through the queue would commit them in bulk.
        for round in [1, 2] {
            try t.store.write(actor: "r1", action: "review.decide", subject: "round \(round)") { ctx in
                for e in entrants { _ = try ReviewRepository.record(t.draft(round, e.id, .pass), in: ctx) }
            }
        }
        // The step judges score in (the selection phase would allow it too; this is the real one).
        try t.store.phase.set("juryScoring", actor: "system")
        return (t, names)
    }

    /// An environment variable's number (`make soak` sets the full sizes), else the small default.
    static func size(_ name: String, _ small: Double) -> Double {
        ProcessInfo.processInfo.environment[name].flatMap(Double.init) ?? small
    }
}

/// One `jurydesk-stress judge` process, its output in files so a killed one leaves what it printed.
final class JudgeProcess {
    let judge: String
    let process = Process()
    private let outPath: String, errPath: String

    init(db: String, judge: String, seconds: Double, dir: TemporaryDirectory, tag: String) throws {
        self.judge = judge
        outPath = dir.path("\(tag).out")
        errPath = dir.path("\(tag).err")
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        process.executableURL = BuiltProducts.directory.appendingPathComponent("jurydesk-stress")
        process.arguments = ["judge", db, judge, String(seconds)]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
    }

    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    var output: String { (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "" }
    var errors: String { (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "" }

    /// Each acknowledged submission: the finalist, the sheet's total and when the commit had returned.
    var submissions: [(entrant: String, total: Int, at: Double)] {
        output.split(separator: "\n").compactMap { line in
            let f = line.split(separator: " ")
            guard f.count == 4, f[0] == "submitted", let total = Int(f[2]), let at = Double(f[3]) else { return nil }
            return (String(f[1]), total, at)
        }
    }

    /// The closing line: other judges' submitted sheets it read, the store's and the loop's retries, and when it read.
    var seen: (others: Int, storeRetries: Int, loopRetries: Int, at: Double)? {
        guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("seen ") }) else { return nil }
        let f = line.split(separator: " ")
        guard f.count == 5, let others = Int(f[1]), let s = Int(f[2]), let l = Int(f[3]), let at = Double(f[4]) else { return nil }
        return (others, s, l, at)
    }
}

extension XCTestCase {
    /// Every acknowledged submission is in the file, submitted, with the total the judge saw
    /// committed; SQLite's integrity check and the store's verify (what `jurydesk verify` runs) pass.
    func assertEverySubmissionKept(_ t: TestStore, _ judges: [JudgeProcess], file: StaticString = #filePath, line: UInt = #line) throws {
        let store = try Store.open(at: t.path)
        var byKey: [String: ScoreSheetRecord] = [:]
        for sheet in try store.read({ db in try ScoreRepository.sheets(where: "1 = 1", [], db: db) }) {
            byKey["\(sheet.judge)/\(sheet.entrantId)"] = sheet
        }
        var acknowledged = 0
        for p in judges {
            for s in p.submissions {
                acknowledged += 1
                let sheet = byKey["\(p.judge)/\(s.entrant)"]
                XCTAssertEqual(sheet?.status, .submitted, "\(p.judge)'s acknowledged sheet for \(s.entrant) is lost", file: file, line: line)
                XCTAssertEqual(sheet?.tenths.values.reduce(0, +), s.total, "\(p.judge)/\(s.entrant)", file: file, line: line)
            }
        }
        XCTAssertGreaterThan(acknowledged, 0, "no judge got a sheet submitted", file: file, line: line)
        XCTAssertEqual(try store.read { db in try db.scalar("PRAGMA integrity_check")?.string }, "ok", file: file, line: line)
        let report = try store.verify()
        XCTAssertTrue(report.ok, report.description(language: .en), file: file, line: line)
    }
}
