import Foundation
import JuryTestSupport
import XCTest

/// The real `jurydesk` binary on real files: init, import, export, users, verify.
final class CommandLineTests: XCTestCase {
    var dir: TemporaryDirectory!
    var db: String { dir.path("contest.sqlite") }
    let sample = CommandLineTests.packageRoot.appendingPathComponent("SampleData")

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    override func setUpWithError() throws {
        dir = try TemporaryDirectory()
    }

    @discardableResult
    func jurydesk(_ args: [String], stdin: String? = nil, lang: String = "en") throws -> (status: Int32, out: String, err: String) {
        try BuiltProducts.run(BuiltProducts.jurydesk, args, stdin: stdin, environment: ["JURYDESK_LANG": lang])
    }

    /// A value read with the real sqlite3 shell, so the test trusts nothing of ours.
    func sql(_ query: String) throws -> String {
        let r = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db, query])
        return r.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func initDatabase() throws {
        let r = try jurydesk(["init", "--db", db, "--contest", sample.appendingPathComponent("contest.json").path])
        XCTAssertEqual(r.status, 0, r.err)
    }

    func testImportIsIdempotentAndExportMasksPhones() throws {
        try initDatabase()
        let file = sample.appendingPathComponent("registrations.csv").path
        let first = try jurydesk(["import", "registrations", file, "--db", db])
        XCTAssertEqual(first.status, 0, first.err)
        XCTAssertTrue(first.out.contains("300 new, 0 updated, 0 unchanged"), first.out)
        let auditRows = try sql("SELECT count(*) FROM audit_log")

        let again = try jurydesk(["import", "registrations", file, "--db", db])
        XCTAssertTrue(again.out.contains("0 new, 0 updated, 300 unchanged"), again.out)
        XCTAssertEqual(try sql("SELECT count(*) FROM entrants"), "300")
        // The second import is audited too, but changes no data.
        XCTAssertEqual(Int(try sql("SELECT count(*) FROM audit_log")), (Int(auditRows) ?? 0) + 1)

        let out = dir.path("entrants.csv")
        XCTAssertEqual(try jurydesk(["export", "entrants", "--db", db, "--out", out]).status, 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "exports start with a UTF-8 BOM for Excel")
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertNotNil(text.range(of: #"1\d\d\*\*\*\*\d{4}"#, options: .regularExpression), "phones are masked")
        XCTAssertNil(text.range(of: #",1\d{10},"#, options: .regularExpression), "no full phone number leaks")
        XCTAssertEqual(try jurydesk(["verify", "--db", db]).status, 0)
    }

    func testMalformedImportListsEveryProblemAndChangesNothing() throws {
        try initDatabase()
        XCTAssertEqual(try jurydesk(["import", "registrations", sample.appendingPathComponent("registrations.csv").path,
                                     "--db", db]).status, 0)
        let before = try sql("SELECT count(*), (SELECT count(*) FROM audit_log), (SELECT sum(total_followers) FROM entrants) FROM entrants")
        // A corrected row for an existing entrant plus two bad rows: nothing may land.
        let bad = """
            报名编号,姓名,手机号,所在工会,工作单位,城市,是否工会会员,平台1,昵称1,粉丝数1
            BM2023-0001,阎荣欣,13800002900,西安市总工会,西安公交,西安,是,抖音,西安环卫阎哥,99万
            BM9999-0001,新人,12345,西安市总工会,某厂,西安,是,抖音,新人号,很多
            BM9999-0002,另一人,13900001111,西安市总工会,某厂,西安,也许,快手,另一号,1.2万
            """
        let file = dir.path("bad.csv")
        try bad.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try jurydesk(["import", "registrations", file, "--db", db])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.err.contains("3 problem"), r.err)
        XCTAssertTrue(r.err.contains("line 3, column 手机号"), r.err)
        XCTAssertTrue(r.err.contains("line 3, column 粉丝数1"), r.err)
        XCTAssertTrue(r.err.contains("line 4, column 是否工会会员"), r.err)
        XCTAssertEqual(try sql("SELECT count(*), (SELECT count(*) FROM audit_log), (SELECT sum(total_followers) FROM entrants) FROM entrants"),
                       before, "a refused import leaves the database unchanged")
    }

    func testGB18030FileImportsLikeUTF8() throws {
        try initDatabase()
        let gbPath = dir.path("users-gb.csv")
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        iconv.arguments = ["-f", "UTF-8", "-t", "GB18030", sample.appendingPathComponent("users.csv").path]
        FileManager.default.createFile(atPath: gbPath, contents: nil)
        iconv.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: gbPath))
        try iconv.run()
        iconv.waitUntilExit()
        let r = try jurydesk(["import", "users", gbPath, "--db", db])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(try sql("SELECT count(*) FROM users"), "11")
        XCTAssertEqual(try sql("SELECT role FROM users WHERE name = '韩志刚'"), "chair")
        XCTAssertTrue(r.out.contains("Initial PINs"), "new users get one-time PINs: \(r.out)")
    }

    func testUnmaskedExportNeedsAnAdminsPin() throws {
        try initDatabase()
        XCTAssertEqual(try jurydesk(["import", "registrations", sample.appendingPathComponent("registrations.csv").path,
                                     "--db", db]).status, 0)
        XCTAssertEqual(try jurydesk(["user", "add", "吴昊", "--role", "admin", "--pin-stdin", "--db", db], stdin: "000000\n").status, 0)
        XCTAssertEqual(try jurydesk(["user", "add", "李评委", "--role", "judge", "--as", "吴昊", "--pin-stdin", "--db", db], stdin: "000000\n2222\n").status, 0)

        XCTAssertEqual(try jurydesk(["export", "entrants", "--unmasked", "--db", db]).status, 77)
        XCTAssertEqual(try jurydesk(["export", "entrants", "--unmasked", "--as", "吴昊", "--pin-stdin", "--db", db],
                                    stdin: "9999\n").status, 77)
        XCTAssertEqual(try jurydesk(["export", "entrants", "--unmasked", "--as", "李评委", "--pin-stdin", "--db", db],
                                    stdin: "2222\n").status, 77, "a judge may not unmask")
        let ok = try jurydesk(["export", "entrants", "--unmasked", "--as", "吴昊", "--pin-stdin", "--db", db], stdin: "000000\n")
        XCTAssertEqual(ok.status, 0, ok.err)
        XCTAssertNotNil(ok.out.range(of: #",1\d{10},"#, options: .regularExpression), "an admin sees full numbers")
    }

    func testVerifyCatchesAnAuditRowEditedWithTheSqliteShell() throws {
        try initDatabase()
        XCTAssertEqual(try jurydesk(["user", "add", "周晓燕", "--role", "reviewer", "--pin-stdin", "--db", db], stdin: "1111\n").status, 0)
        XCTAssertEqual(try jurydesk(["verify", "--db", db]).status, 0)
        _ = try sql("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2")
        let r = try jurydesk(["verify", "--db", db])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("2"), "names the broken link: \(r.err)")
    }

    func testBadContestDefinitionNamesTheKeyPath() throws {
        let text = try String(contentsOf: sample.appendingPathComponent("contest.json"), encoding: .utf8)
            .replacingOccurrences(of: "\"timeZone\"", with: "\"timezone\"")
        let file = dir.path("contest.json")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try jurydesk(["init", "--db", db, "--contest", file])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.err.contains("timezone"), r.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: db), "nothing is created from a bad definition")
    }

    func testUsageErrorsAreLocalized() throws {
        let en = try jurydesk(["import", "registrations", "--bogus", "--db", db])
        XCTAssertEqual(en.status, 64)
        XCTAssertTrue(en.err.contains("Unknown option --bogus"), en.err)
        // Common options may come before the subcommand, in either spelling.
        let before = try jurydesk(["--db", db, "--lang=en", "verify"], lang: "zh")
        XCTAssertEqual(before.status, 1)
        XCTAssertTrue(before.err.contains("No database file at \(db)"), before.err)
        let zh = try jurydesk(["frobnicate"], lang: "zh")
        XCTAssertEqual(zh.status, 64)
        XCTAssertTrue(zh.err.contains("未知命令"), zh.err)
    }
}
