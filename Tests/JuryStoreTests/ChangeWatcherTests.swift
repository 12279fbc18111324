import Foundation
@testable import JuryStore
import JuryTestSupport
import XCTest

final class ChangeWatcherTests: XCTestCase {
    func testAnotherProcessCommitIsSeenWithinASecond() throws {
        let t = try TestStore()
        let watcher = try ChangeWatcher(store: t.store)
        XCTAssertNotNil(watcher.fileDescriptor, "inotify should be available on Linux")
        XCTAssertFalse(try watcher.hasChanged())
        // Our own commits are not "another process".
        try t.store.phase.set("round1", actor: "admin")
        XCTAssertFalse(try watcher.hasChanged())

        let helper = Process()
        helper.executableURL = BuiltProducts.directory.appendingPathComponent("jurydesk-stress")
        helper.arguments = ["once", t.path, "other", "300"]
        let outFile = t.dir.path("once.out")
        _ = FileManager.default.createFile(atPath: outFile, contents: nil)
        helper.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outFile))
        try helper.run()
        let told = try watcher.waitForChange(timeout: 10)
        let toldAt = Date().timeIntervalSince1970
        helper.waitUntilExit()
        XCTAssertTrue(told)
        XCTAssertEqual(helper.terminationStatus, 0)
        let committedAt = try XCTUnwrap(Double((try String(contentsOfFile: outFile, encoding: .utf8))
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        XCTAssertLessThan(toldAt - committedAt, 1.0)
        XCTAssertEqual(try t.store.settings.value(for: "stress.other"), "once")
        XCTAssertFalse(try watcher.hasChanged())
    }

    func testPollingFallbackWithoutInotify() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("d.sqlite")
        let a = try Store.create(at: path, contestDefinitionJSON: "{}", journal: .delete)
        let b = try Store.open(at: path, journal: .delete)
        let watcher = try ChangeWatcher(store: a, pollInterval: 0.05)
        XCTAssertNil(watcher.fileDescriptor)
        try b.phase.set("judging", actor: "cli:ops")
        XCTAssertTrue(try watcher.waitForChange(timeout: 1))
    }
}
