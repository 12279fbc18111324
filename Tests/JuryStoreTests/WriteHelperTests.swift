@testable import JuryStore
import JuryTestSupport
import XCTest

final class WriteHelperTests: XCTestCase {
    func testWriteAppendsChainedAuditRow() throws {
        let t = try TestStore(phase: nil)
        try t.store.write(actor: "admin", action: "phase.set", subject: "round1") { ctx in
            try ctx.setSetting("phase.current", "round1")
        }
        let log = try t.store.audit.entries()
        XCTAssertEqual(log.count, 3) // init + the test cast + this
        XCTAssertEqual(log[0].prevHash, AuditEntry.genesisHash)
        XCTAssertEqual(log[2].prevHash, log[1].hash)
        XCTAssertEqual(log[2].hash, log[2].recomputedHash)
        XCTAssertEqual(log[2].actor, "admin")
    }

    func testFailingBodyLeavesNothing() throws {
        let t = try TestStore(phase: nil)
        struct Boom: Error {}
        XCTAssertThrowsError(try t.store.write(actor: "a", action: "x", subject: "") { ctx in
            try ctx.setSetting("phase.current", "round2")
            throw Boom()
        })
        XCTAssertEqual(try t.store.audit.entries().count, 2) // init + the test cast
        XCTAssertNil(try t.store.settings.value(for: "phase.current"))
    }

    func testTwoProcessesContendAndEveryWriteLands() throws {
        let t = try TestStore()
        let n = 200
        // No SQLite-level waiting on either side: every collision surfaces as SQLITE_BUSY and must be
        // cured by the write helper's rollback-and-retry.
        t.store.busyTimeoutMilliseconds = 0
        let helper = Process()
        helper.executableURL = BuiltProducts.directory.appendingPathComponent("jurydesk-stress")
        helper.arguments = ["hammer", t.path, String(n), "child", "0"]
        let errFile = t.dir.path("stress.err")
        _ = FileManager.default.createFile(atPath: errFile, contents: nil)
        helper.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errFile))
        let outFile = t.dir.path("stress.out")
        _ = FileManager.default.createFile(atPath: outFile, contents: nil)
        helper.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outFile))
        try helper.run()
        // Start only once the child is writing, so the two really contend for the lock.
        let deadline = Date().addingTimeInterval(10)
        while try t.store.database.scalar("SELECT count(*) FROM audit_log WHERE actor = 'stress-child'")?.int64 == 0,
              Date() < deadline { usleep(1000) }
        for i in 0..<n {
            try t.store.write(actor: "parent", action: "stress.write", subject: "parent-\(i)") { ctx in
                try ctx.setSetting("stress.parent.\(i)", String(i))
            }
        }
        helper.waitUntilExit()
        let err = (try? String(contentsOfFile: errFile, encoding: .utf8)) ?? ""
        XCTAssertEqual(helper.terminationStatus, 0, err)
        XCTAssertEqual(try t.store.database.scalar("SELECT count(*) FROM audit_log WHERE action = 'stress.write'")?.int64,
                       Int64(2 * n))
        XCTAssertEqual(try t.store.database.scalar("SELECT count(*) FROM settings WHERE key LIKE 'stress.%'")?.int64,
                       Int64(2 * n))
        let out = (try? String(contentsOfFile: outFile, encoding: .utf8)) ?? ""
        let childRetries = Int(out.split(separator: " ").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
        XCTAssertGreaterThan(t.store.retriedWrites + childRetries, 0, "the processes should have collided: \(out)")
        let report = try t.store.verify()
        XCTAssertTrue(report.ok, report.description(language: .en))
    }
}
