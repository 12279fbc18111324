import Foundation
@testable import JuryStore
import JuryTestSupport
import XCTest

/// Opening an older file upgrades it, but first leaves a copy of it as it was beside it.
final class UpgradeBackupTests: XCTestCase {
    func testVersionOneFileLeavesABackupBeforeItIsMigrated() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("old.sqlite")
        do {
            let db = try Database(path: path, flags: [.readWrite, .create])
            try db.execute(Migrations.all[0].sql)
            try db.execute("PRAGMA user_version = 1")
            try db.execute("INSERT INTO settings (key, value, updated_at) VALUES ('contest.definition', '{}', 'x')")
        }
        let store = try Store.open(at: path)
        XCTAssertEqual(try store.database.userVersion(), Migrations.latestVersion)
        let backup = Migrations.upgradeBackupPath(path, version: Migrations.latestVersion)
        XCTAssertEqual(backup, path + ".pre-v\(Migrations.latestVersion).bak")
        let old = try Database(path: backup, flags: [.readWrite])
        XCTAssertEqual(try old.userVersion(), 1, "the backup is the file as it was")
        XCTAssertEqual(try old.scalar("SELECT value FROM settings WHERE key = 'contest.definition'")?.string, "{}")
        XCTAssertEqual(try old.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'claims'")?.int64, 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: backup)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter { $0.contains("partial") }, [])
    }

    func testCurrentFileWritesNoBackup() throws {
        let t = try TestStore()
        _ = try Store.open(at: t.path)
        XCTAssertFalse(FileManager.default.fileExists(atPath: Migrations.upgradeBackupPath(t.path, version: Migrations.latestVersion)))
    }

    func testBackupAndVerifyCopyHoldTheHead() throws {
        let t = try TestStore()
        try t.store.settings.set("k", "v", actor: "system")
        let copy = t.dir.path("copy.sqlite")
        try t.store.backup(to: copy)
        XCTAssertThrowsError(try t.store.backup(to: copy), "an existing copy is refused")
        let (report, head) = try Store.verifyCopy(at: copy)
        XCTAssertTrue(report.ok)
        XCTAssertEqual(head, try t.store.chainHead())
        XCTAssertEqual(ChainHead.parse(try XCTUnwrap(head).text)?.seq, head?.seq)
        XCTAssertNil(ChainHead.parse("12:abc"))
    }
}
