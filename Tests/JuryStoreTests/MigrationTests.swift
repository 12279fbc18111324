import JuryCore
@testable import JuryStore
import JuryTestSupport
import XCTest

final class MigrationTests: XCTestCase {
    func testFreshFileHasLatestVersionWALAndGroupMode() throws {
        let t = try TestStore()
        XCTAssertEqual(try t.store.database.userVersion(), Migrations.latestVersion)
        XCTAssertEqual(try t.store.database.scalar("PRAGMA journal_mode")?.string, "wal")
        XCTAssertEqual(try t.store.database.scalar("PRAGMA foreign_keys")?.int64, 1)
        XCTAssertEqual(try t.store.database.scalar("PRAGMA synchronous")?.int64, 2) // FULL
        let attrs = try FileManager.default.attributesOfItem(atPath: t.path)
        XCTAssertEqual((attrs[.posixPermissions] as? NSNumber)?.intValue, 0o660)
        XCTAssertEqual(try t.store.settings.contestDefinitionJSON(), TestStore.contestJSON)
    }

    func testInitRefusesExistingFileUnlessForced() throws {
        let t = try TestStore()
        XCTAssertThrowsError(try Store.create(at: t.path, contestDefinitionJSON: "{}")) { error in
            XCTAssertEqual(error as? StoreError, .fileExists(path: t.path))
        }
        let forced = try Store.create(at: t.dir.path("other.sqlite"), contestDefinitionJSON: "{}", force: true)
        XCTAssertEqual(try forced.settings.contestDefinitionJSON(), "{}")
    }

    func testOpenMissingFileIsRefused() throws {
        let dir = try TemporaryDirectory()
        XCTAssertThrowsError(try Store.open(at: dir.path("nope.sqlite"))) { error in
            XCTAssertEqual(error as? StoreError, .fileMissing(path: dir.path("nope.sqlite")))
        }
    }

    func testVersionOneFileIsMigrated() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("old.sqlite")
        // A version-1 file as an older JuryDesk left it, built by hand from the first migration only.
        do {
            let db = try Database(path: path, flags: [.readWrite, .create])
            try db.execute(Migrations.all[0].sql)
            try db.execute("PRAGMA user_version = 1")
            try db.execute("INSERT INTO settings (key, value, updated_at) VALUES ('contest.definition', '{}', 'x')")
        }
        let store = try Store.open(at: path)
        XCTAssertEqual(try store.database.userVersion(), Migrations.latestVersion)
        XCTAssertEqual(try store.database.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'claims'")?.int64, 1)
        XCTAssertEqual(try store.settings.contestDefinitionJSON(), "{}")
        // The migration is in the audit log, in the chain, and the file verifies.
        let last = try XCTUnwrap(try store.audit.recent(limit: 1).first)
        XCTAssertEqual(last.action, "schema.migrate")
        XCTAssertTrue(last.detail.contains("\"from\":1") && last.detail.contains("\"to\":\(Migrations.latestVersion)"), last.detail)
        XCTAssertTrue(try store.verify().ok)
        // Opening it again migrates nothing and writes nothing.
        let again = try Store.open(at: path)
        XCTAssertEqual(try again.audit.entries().count, try store.audit.entries().count)
    }

    func testVersionTwoFileGetsTheEntrantDigestColumn() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("v2.sqlite")
        do {
            let db = try Database(path: path, flags: [.readWrite, .create])
            for step in Migrations.all where step.version <= 2 { try db.execute(step.sql) }
            try db.execute("PRAGMA user_version = 2")
            try db.execute("INSERT INTO settings (key, value, updated_at) VALUES ('contest.definition', '{}', 'x')")
            try db.execute("INSERT INTO entrants (id, name, imported_at, updated_at) VALUES ('E1', '王一', 'x', 'x')")
        }
        let store = try Store.open(at: path)
        XCTAssertEqual(try store.database.userVersion(), Migrations.latestVersion)
        XCTAssertEqual(try store.database.scalar("SELECT content_sha256 FROM entrants WHERE id = 'E1'")?.string, "")
        XCTAssertEqual(try store.entrants.summary(id: "E1")?.name, "王一")
    }

    func testVersionFourFileGetsTheNewStagesAndKeepsItsRowsAndSeals() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("v4.sqlite")
        do {
            let db = try Database(path: path, flags: [.readWrite, .create])
            for step in Migrations.all where step.version <= 4 { try db.execute(step.sql) }
            try db.execute("PRAGMA user_version = 4")
            try db.execute("INSERT INTO settings (key, value, updated_at) VALUES ('contest.definition', '{}', 'x')")
            try db.execute("""
                INSERT INTO entrants (id, name, review_stage, imported_at, updated_at) VALUES ('E1', '王一', 'round2_passed', 'x', 'x');
                INSERT INTO accounts (entrant_id, position, platform, followers) VALUES ('E1', 0, 'douyin', 5);
                INSERT INTO review_decisions (round, entrant_id, reviewer, outcome, waivers, decided_at, row_hash)
                    VALUES (1, 'E1', 'r', 'pass', '["followers"]', 'x', 'h');
                """)
        }
        let store = try Store.open(at: path)
        XCTAssertEqual(try store.database.userVersion(), Migrations.latestVersion)
        // Version 7 (the chair's reminders) stands on its own: it follows whatever version came before.
        XCTAssertNotNil(try store.database.scalar("SELECT 1 FROM sqlite_master WHERE name = 'reminders'"))
        XCTAssertEqual(try store.entrants.summary(id: "E1")?.stage, .finalist, "round two passed is a finalist now")
        // The rebuild did not cascade into the tables that refer to entrants.
        XCTAssertEqual(try store.database.scalar("SELECT count(*) FROM accounts")?.int64, 1)
        XCTAssertEqual(try store.database.scalar("SELECT row_hash FROM review_decisions")?.string, "h")
        XCTAssertEqual(try store.reviews.latest(entrantId: "E1", round: 1)?.waivers, [Waiver(checkId: "followers", reason: "")])
        XCTAssertEqual(try store.database.scalar("PRAGMA foreign_keys")?.int64, 1)
        try store.database.execute("UPDATE entrants SET review_stage = 'round1_info' WHERE id = 'E1'")
    }

    func testVersionFiveFileGetsCommentTablesAndKeepsItsSheetsAsSealed() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("v5.sqlite")
        do {
            let db = try Database(path: path, flags: [.readWrite, .create])
            for step in Migrations.all where step.version <= 5 { try db.execute(step.sql) }
            try db.execute("PRAGMA user_version = 5")
            try db.execute("INSERT INTO settings (key, value, updated_at) VALUES ('contest.definition', '{}', 'x')")
            try db.execute("""
                INSERT INTO entrants (id, name, review_stage, imported_at, updated_at) VALUES ('E1', '王一', 'finalist', 'x', 'x');
                INSERT INTO score_sheets (judge, entrant_id, status, updated_at, row_hash) VALUES ('j', 'E1', 'submitted', 'x', 'h');
                """)
        }
        let store = try Store.open(at: path)
        XCTAssertEqual(try store.database.userVersion(), Migrations.latestVersion)
        // The sheet's columns are unchanged, so its seal still matches; the new facts are in new tables.
        XCTAssertEqual(try store.database.query("SELECT * FROM score_sheets").first?.columns,
                       ["id", "judge", "entrant_id", "status", "updated_at", "row_hash"])
        XCTAssertEqual(try store.database.scalar("SELECT row_hash FROM score_sheets")?.string, "h")
        for table in ["score_comments", "sheet_reopenings", "conflict_lifts"] {
            XCTAssertEqual(try store.database.scalar("SELECT count(*) FROM \(table)")?.int64, 0, table)
        }
    }

    func testNewerFileIsRefused() throws {
        let t = try TestStore()
        try t.store.database.execute("PRAGMA user_version = \(Migrations.latestVersion + 1)")
        XCTAssertThrowsError(try Store.open(at: t.path)) { error in
            guard case .schemaTooNew(_, let found, let supported)? = error as? StoreError else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(found, Migrations.latestVersion + 1)
            XCTAssertEqual(supported, Migrations.latestVersion)
            XCTAssertTrue((error as? StoreError)?.message(language: .en).contains("Upgrade JuryDesk") ?? false)
        }
    }

    func testDeleteJournalModeIsAvailable() throws {
        let dir = try TemporaryDirectory()
        let store = try Store.create(at: dir.path("d.sqlite"), contestDefinitionJSON: "{}", journal: .delete)
        XCTAssertEqual(try store.database.scalar("PRAGMA journal_mode")?.string, "delete")
    }
}
