import Foundation
import JuryCore
import JuryStore
import JuryTestSupport
import XCTest

/// The store's side of issue 7: defused exports, private files, atomic multi-unit imports,
/// screenshot folders per file, and database files that are not what they claim.
final class TrustStoreTests: XCTestCase {
    func csv(_ table: ExportTable) -> String { String(decoding: table.csvBytes.dropFirst(3), as: UTF8.self) }

    func testEveryExportKindDefusesFormulaCellsAndKeepsNumbers() throws {
        let t = try TestStore()
        var evil = Fixtures.entrant(1, name: "=HYPERLINK(\"http://evil\",\"点我\")", followers: 12_000)
        evil.union = "+cmd|' /C calc'!A0"
        evil.employer = "\t=1+2"
        evil.accounts[0].nickname = "@SUM(A1)"
        try t.store.importEntrants([evil], actor: "admin")
        try t.store.importRecommendations([
            Recommendation(unit: "+cmd|' /C calc'!A0", sequence: 1, name: "-2+3", employer: "\r=1", platform: .weibo,
                           nickname: "=x", phone: "13800000001", note: "@note"),
        ], unit: "+cmd|' /C calc'!A0", actor: "admin")

        let entrants = csv(try t.store.exportEntrants(language: .zh, phones: .masked))
        XCTAssertTrue(entrants.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\""), entrants)
        XCTAssertTrue(entrants.contains("'+cmd|"), entrants)
        XCTAssertTrue(entrants.contains(",'\t=1+2,"), entrants)
        XCTAssertTrue(entrants.contains("'@SUM(A1)"), entrants)
        XCTAssertTrue(entrants.contains(",12000,"), "followers stay a number: \(entrants)")

        let recs = csv(try t.store.exportRecommendations(language: .zh, phones: .masked))
        XCTAssertTrue(recs.contains(",1,'-2+3,\"'\r=1\","), recs)
        XCTAssertTrue(recs.contains("'=x") && recs.contains("'@note"), recs)

        let summary = csv(try t.store.exportSummary(language: .zh))
        XCTAssertTrue(summary.contains("'+cmd|' /C calc'!A0,1,"), summary)
        XCTAssertFalse(summary.split(separator: "\r\n").dropFirst().contains { $0.hasPrefix("+") || $0.hasPrefix("=") }, summary)
    }

    func testNegativeNumbersInNumericColumnsStayNumbers() {
        let table = ExportTable(header: ["unit", "delta"], rows: [["-3", "-3"], ["x", "-0.5"]], numericColumns: [1])
        XCTAssertEqual(csv(table), "unit,delta\r\n'-3,-3\r\nx,-0.5\r\n")
    }

    // MARK: Export files

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    func testOwnerOnlyExportIsCreated0600AndReplacesA0644File() throws {
        let dir = try TemporaryDirectory("export")
        let fresh = dir.path("new.csv")
        try ExportFile.write(Array("a".utf8), to: fresh, access: .ownerOnly)
        XCTAssertEqual(try mode(fresh), 0o600)

        let existing = dir.path("old.csv")
        try "old".write(toFile: existing, atomically: false, encoding: .utf8)
        chmod(existing, 0o644)
        try ExportFile.write(Array("new".utf8), to: existing, access: .ownerOnly)
        XCTAssertEqual(try mode(existing), 0o600)
        XCTAssertEqual(try String(contentsOfFile: existing, encoding: .utf8), "new")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted(), ["new.csv", "old.csv"],
                       "no temporary file is left")
    }

    func testFailedAuditLeavesTheOldFileAndNoTemporary() throws {
        let dir = try TemporaryDirectory("export")
        let path = dir.path("out.csv")
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        struct AuditFailed: Error {}
        XCTAssertThrowsError(try ExportFile.write(Array("new".utf8), to: path, access: .ownerOnly) { throw AuditFailed() })
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.url.path), ["out.csv"])
    }

    func testUnmaskedExportIsAudited() throws {
        let t = try TestStore()
        try t.store.recordUnmaskedExport(kind: "entrants", rows: 3, destination: "/tmp/x.csv", admin: "admin", via: "cli:alice")
        // The store itself refuses anyone but an administrator.
        XCTAssertThrowsError(try t.store.recordUnmaskedExport(kind: "entrants", rows: 3, destination: "-", admin: "chair", via: "cli:alice"))
        let entry = try XCTUnwrap(try t.store.audit.entries().last)
        XCTAssertEqual(entry.action, "export.unmasked")
        XCTAssertEqual(entry.actor, "admin")
        XCTAssertEqual(entry.subject, "entrants")
        XCTAssertTrue(entry.detail.contains("\"rows\":3") && entry.detail.contains("/tmp/x.csv") && entry.detail.contains("cli:alice"),
                      entry.detail)
        XCTAssertTrue(try t.store.verify().ok)
    }

    // MARK: Imports

    func dump(_ path: String) throws -> String { try sqliteCLI(path, ".dump") }

    func testTwoUnitRecommendationFileFailingInTheSecondUnitChangesNothing() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1)], actor: "admin")
        // The second unit's rows fail inside the transaction, after the first unit's are written.
        _ = try sqliteCLI(t.path, """
            CREATE TRIGGER test_fail BEFORE INSERT ON recommendations WHEN NEW.unit = 'B单位'
            BEGIN SELECT RAISE(ABORT, 'refused by test'); END;
            """)
        let before = try dump(t.path)
        let csv = """
            序号,达人姓名,单位,参赛平台,账号昵称,手机号,推荐单位
            1,达人1,西安地铁,微博,nick1,13800000001,A单位
            1,乙,单位,抖音,乙号,13812345679,B单位

            """
        XCTAssertThrowsError(try t.store.importFile(kind: .recommendations, data: Data(csv.utf8), actor: "admin"))
        XCTAssertEqual(try dump(t.path), before)
    }

    func testScreenshotsAreResolvedAgainstTheirOwnFileAndAHeaderOnlyFileChangesNothing() throws {
        let t = try TestStore()
        let header = "报名编号,姓名,手机号,所在工会,是否工会会员,平台1,昵称1,粉丝数1,截图1\n"
        let row = "BM1,张三,13812345678,西安市总工会,是,抖音,张三号,1.2万,shots/a.png; more/b.png\n"
        _ = try t.store.importFile(kind: .registrations, data: Data((header + row).utf8), sourceFolder: "/data/batch1", actor: "admin")
        XCTAssertEqual(try t.store.entrants.entrant(id: "BM1")?.accounts[0].screenshots, ["/data/batch1/shots/a.png", "/data/batch1/more/b.png"])

        let before = try sqliteCLI(t.path, "SELECT * FROM entrants; SELECT * FROM accounts; SELECT key, value FROM settings;")
        let report = try t.store.importFile(kind: .registrations, data: Data(header.utf8), sourceFolder: "/elsewhere", actor: "admin")
        XCTAssertTrue(report.results.allSatisfy(\.changedNothing))
        XCTAssertEqual(try sqliteCLI(t.path, "SELECT * FROM entrants; SELECT * FROM accounts; SELECT key, value FROM settings;"), before)
        XCTAssertNil(try t.store.settings.value(for: Store.mediaFolderKey))
    }

    // MARK: Database files

    func testSymlinkIsJudgedByItsTarget() throws {
        let dir = try TemporaryDirectory("fs")
        let shm = "/dev/shm/jurydesk-test-\(getpid()).sqlite"
        FileManager.default.createFile(atPath: shm, contents: Data())
        defer { unlink(shm) }
        let link = dir.path("link.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: shm)
        XCTAssertEqual(FileSystemKind.realLocation(of: link), shm)
        // A file not created yet: its folder is resolved.
        let folderLink = dir.path("shm")
        try FileManager.default.createSymbolicLink(atPath: folderLink, withDestinationPath: "/dev/shm")
        XCTAssertEqual(FileSystemKind.realLocation(of: folderLink + "/new.sqlite"), "/dev/shm/new.sqlite")
        XCTAssertEqual(FileSystemKind.mountType(of: "/dev/shm/x", mountInfo: Self.mountInfo), "tmpfs")
        XCTAssertEqual(FileSystemKind.mountType(of: "/mnt/share/jury.sqlite", mountInfo: Self.mountInfo), "nfs4")
        XCTAssertEqual(FileSystemKind.mountType(of: "/mnt/vm files/a", mountInfo: Self.mountInfo), "virtiofs")
        XCTAssertEqual(FileSystemKind.mountType(of: "/home/a", mountInfo: Self.mountInfo), "ext4")
    }

    static let mountInfo = """
        22 1 253:1 / / rw,relatime shared:1 - ext4 /dev/vda1 rw
        30 22 0:26 / /dev/shm rw,nosuid,nodev shared:4 - tmpfs tmpfs rw
        40 22 0:50 / /mnt/share rw,relatime shared:9 - nfs4 server:/export rw,vers=4.2
        41 22 0:51 / /mnt/vm\\040files rw,relatime shared:10 - virtiofs shared rw
        """

    func testNetworkTypeNames() {
        XCTAssertEqual(FileSystemKind.classify(typeName: "virtiofs"), .network(name: "virtiofs"))
        XCTAssertEqual(FileSystemKind.classify(typeName: "ceph"), .network(name: "ceph"))
        XCTAssertEqual(FileSystemKind.classify(typeName: "lustre"), .network(name: "lustre"))
        XCTAssertEqual(FileSystemKind.classify(typeName: "fuse.glusterfs"), .network(name: "glusterfs"))
        XCTAssertEqual(FileSystemKind.classify(typeName: "nfs4"), .network(name: "nfs4"))
        XCTAssertNil(FileSystemKind.classify(typeName: "ext4"))
        XCTAssertNil(FileSystemKind.classify(typeName: "tmpfs"))
        XCTAssertEqual(FileSystemKind.of(databasePath: NSTemporaryDirectory() + "/nothing-yet.sqlite"), .local)
    }

    func testEmptyAndForeignFilesAreRefusedOnOpenAndLeftUntouched() throws {
        let dir = try TemporaryDirectory("open")
        let empty = dir.path("empty.sqlite")
        FileManager.default.createFile(atPath: empty, contents: Data())
        XCTAssertThrowsError(try Store.open(at: empty)) { error in
            XCTAssertEqual(error as? DatabaseFileError, .emptyFile(path: empty))
            let en = (error as? DatabaseFileError)?.message(language: .en) ?? ""
            XCTAssertTrue(en.contains("empty") && en.contains("jurydesk init"), en)
        }
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: empty)[.size] as? Int, 0)

        let text = dir.path("notes.sqlite")
        try "name,phone\n".write(toFile: text, atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try Store.open(at: text)) { error in
            XCTAssertEqual(error as? DatabaseFileError, .notSQLite(path: text, looksLikeZh: "CSV 或其他文本", looksLikeEn: "CSV or other text"))
        }

        let foreign = dir.path("other.sqlite")
        _ = try sqliteCLI(foreign, "CREATE TABLE photos (id INTEGER PRIMARY KEY);")
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        XCTAssertThrowsError(try Store.open(at: foreign)) { error in
            XCTAssertEqual(error as? DatabaseFileError, .foreignSQLite(path: foreign, tables: ["photos"]))
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: foreign)), before, "not migrated, not switched to WAL")
        XCTAssertFalse(FileManager.default.fileExists(atPath: foreign + "-wal"))
    }

    func testRefusedCreateLeavesNoFile() throws {
        let dir = try TemporaryDirectory("create")
        let path = dir.path("jury.sqlite")
        // A folder where SQLite needs its -wal file makes the create fail after the file was made.
        try FileManager.default.createDirectory(atPath: path + "-wal", withIntermediateDirectories: false)
        XCTAssertThrowsError(try Store.create(at: path, contestDefinitionJSON: TestStore.contestJSON))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-shm"))
    }
}
