import Foundation
import JuryTestSupport
import XCTest

/// Issue 7 through the real binary: what reaches a terminal is sanitized, what reaches a file is
/// exact (formulas defused), unmasked exports are private and audited, and imports are whole.
final class CommandLineTrustTests: XCTestCase {
    var dir: TemporaryDirectory!
    let contest = CommandLineTests.packageRoot.appendingPathComponent("SampleData/contest.json").path
    /// A name that would retitle the window and clear the screen, with a bidi override.
    let evil = "\u{1B}]0;pwned\u{07}\u{1B}[2J王\u{202E}五"

    override func setUpWithError() throws { dir = try TemporaryDirectory() }

    func jurydesk(_ args: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        try BuiltProducts.run(BuiltProducts.jurydesk, args, stdin: stdin, environment: ["JURYDESK_LANG": "en"])
    }

    /// Runs jurydesk with stdout and stderr on a pseudo-terminal (util-linux `script`), returning
    /// the raw bytes the terminal would have received.
    func onTerminal(_ args: [String]) throws -> String {
        let quoted = ([BuiltProducts.jurydesk.path] + args).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let r = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/script"),
                                      ["-qec", "JURYDESK_LANG=en " + quoted.joined(separator: " "), "/dev/null"])
        return r.out
    }

    func sqlite(_ db: String, _ sql: String) throws -> String {
        try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db, sql]).out
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func makeDatabase() throws -> String {
        let db = dir.path("jury.sqlite")
        XCTAssertEqual(try jurydesk(["init", "--db", db, "--contest", contest]).status, 0)
        return db
    }

    func testUserListAndPinListShowEscapesInsteadOfObeyingThem() throws {
        let db = try makeDatabase()
        let users = dir.path("users.csv")
        try "姓名,角色,单位,城市\n\"\(evil)\",评委,\"\u{9B}31m单位\",西安\n".write(toFile: users, atomically: true, encoding: .utf8)
        let imported = try jurydesk(["import", "users", users, "--db", db])
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertFalse(imported.out.contains("\u{1B}"), "the one-time PIN list is sanitized too")
        XCTAssertTrue(imported.out.contains("\\e]0;pwned\\u{7}\\e[2J王\\u{202E}五"), imported.out)

        let shown = try onTerminal(["user", "list", "--db", db])
        XCTAssertTrue(shown.contains("\\e]0;pwned\\u{7}\\e[2J王\\u{202E}五"), shown)
        XCTAssertTrue(shown.contains("\\u{9B}31m单位"), shown)
        XCTAssertFalse(shown.contains("\u{1B}") || shown.contains("\u{202E}") || shown.contains("\u{9B}"), shown)
    }

    func testExportToATerminalIsSanitizedAndToAPipeIsExact() throws {
        let db = try makeDatabase()
        let registrations = dir.path("reg.csv")
        try """
            报名编号,姓名,手机号,所在工会,是否工会会员,平台1,昵称1,粉丝数1
            BM1,"\(evil)",13812345678,"=HYPERLINK(""http://x"")",是,抖音,"\t=1+2",1.2万

            """.write(toFile: registrations, atomically: true, encoding: .utf8)
        XCTAssertEqual(try jurydesk(["import", "registrations", registrations, "--db", db]).status, 0)

        let shown = try onTerminal(["export", "entrants", "--db", db])
        XCTAssertTrue(shown.contains("\\e]0;pwned"), shown)
        XCTAssertFalse(shown.contains("\u{1B}"), shown)

        let piped = try jurydesk(["export", "entrants", "--db", db])
        XCTAssertEqual(piped.status, 0)
        XCTAssertTrue(piped.out.contains(evil), "a pipe gets the bytes as stored")
        XCTAssertTrue(piped.out.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), piped.out)
        XCTAssertTrue(piped.out.contains(",'\t=1+2,12000,"), "the tab was kept on import and the cell defused: \(piped.out)")
    }

    func testUnmaskedExportIsPrivateAndAudited() throws {
        let db = try makeDatabase()
        XCTAssertEqual(try jurydesk(["user", "add", "吴昊", "--role", "admin", "--pin-stdin", "--db", db], stdin: "000000\n").status, 0)
        let out = dir.path("phones.csv")
        try "old".write(toFile: out, atomically: false, encoding: .utf8)
        chmod(out, 0o644)
        let r = try jurydesk(["export", "entrants", "--db", db, "--out", out, "--unmasked", "--as", "吴昊", "--pin-stdin"], stdin: "000000\n")
        XCTAssertEqual(r.status, 0, r.err)
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        let audit = try sqlite(db, "SELECT actor, subject, detail FROM audit_log WHERE action = 'export.unmasked'")
        XCTAssertTrue(audit.hasPrefix("吴昊|entrants|"), audit)
        XCTAssertTrue(audit.contains("\"rows\":0") && audit.contains(out), audit)
        // A masked export follows the umask and is audited as a plain export, not as personal data.
        let masked = dir.path("masked.csv")
        XCTAssertEqual(try jurydesk(["export", "entrants", "--db", db, "--out", masked]).status, 0)
        XCTAssertEqual(try sqlite(db, "SELECT count(*) FROM audit_log WHERE action = 'export.unmasked'"), "1")
    }

    func testTwoUnitFileWithARepeatedNumberIsRefusedWholeWithLines() throws {
        let db = try makeDatabase()
        let file = dir.path("recs.csv")
        try """
            序号,达人姓名,单位,参赛平台,账号昵称,手机号,推荐单位
            1,甲,单位,抖音,甲号,13812345678,A单位
            1,乙,单位,抖音,乙号,13812345679,B单位
            1,丙,单位,抖音,丙号,13812345670,B单位

            """.write(toFile: file, atomically: true, encoding: .utf8)
        let before = try sqlite(db, "SELECT count(*) FROM recommendations; SELECT count(*) FROM audit_log")
        let r = try jurydesk(["import", "recommendations", file, "--db", db])
        XCTAssertEqual(r.status, 65, r.err)
        XCTAssertTrue(r.err.contains("line 4") && r.err.contains("lines 3 and 4"), r.err)
        XCTAssertEqual(try sqlite(db, "SELECT count(*) FROM recommendations; SELECT count(*) FROM audit_log"), before)
    }

    func testEmptyFileIsRefusedNotInitialised() throws {
        let empty = dir.path("empty.sqlite")
        FileManager.default.createFile(atPath: empty, contents: Data())
        let r = try jurydesk(["verify", "--db", empty])
        XCTAssertEqual(r.status, 66)
        XCTAssertTrue(r.err.contains("empty file (0 bytes)"), r.err)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: empty)[.size] as? Int, 0)
    }
}
