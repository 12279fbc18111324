import Foundation
@testable import JuryStore
import JuryTestSupport
import XCTest

/// A second Store opened on a file this process already has open must not drop the first one's
/// POSIX locks: another process closing its connection would then take the file as unused,
/// checkpoint and delete the WAL under us, and later writes would corrupt the file.
final class SameProcessLockTests: XCTestCase {
    func testAnotherProcessLeavingDoesNotDeleteTheWALOfAFileStillOpenHere() throws {
        let t = try TestStore()
        let second = try Store.open(at: t.path)
        let helper = Process()
        helper.executableURL = BuiltProducts.directory.appendingPathComponent("jurydesk-stress")
        helper.arguments = ["once", t.path, "other"]
        helper.standardOutput = FileHandle.nullDevice
        try helper.run()
        helper.waitUntilExit()
        XCTAssertEqual(helper.terminationStatus, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: t.path + "-wal"), "the WAL of a file still open here was deleted")
        XCTAssertEqual(try t.store.settings.value(for: "stress.other"), "once")
        XCTAssertEqual(try second.settings.value(for: "stress.other"), "once")
        try second.phase.set("round1", actor: "admin")
        XCTAssertEqual(try t.store.rawConnection { try $0.scalar("PRAGMA integrity_check")?.string }, "ok")
    }

    func testAnEmptyOrForeignFileIsStillRefusedByName() throws {
        let dir = try TemporaryDirectory()
        let empty = dir.path("empty.sqlite"), text = dir.path("notes.sqlite")
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        _ = FileManager.default.createFile(atPath: text, contents: Data(String(repeating: "报名表,姓名\n", count: 100).utf8))
        XCTAssertThrowsError(try Store.open(at: empty)) { error in
            guard case DatabaseFileError.emptyFile = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try Store.open(at: text)) { error in
            guard case DatabaseFileError.notSQLite = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: text)).count, 100 * "报名表,姓名\n".utf8.count, "left untouched")
    }
}
