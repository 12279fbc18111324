import Foundation
import JuryTestSupport
import XCTest

/// Issue 12 through the real binary: a workbook imported by content with cell-placed errors, an
/// .xls refused, and an unmasked .xlsx export private, audited and readable by openpyxl.
final class CommandLineWorkbookTests: XCTestCase {
    var dir: TemporaryDirectory!
    let contest = CommandLineTests.packageRoot.appendingPathComponent("SampleData/contest.json").path
    let scripts = CommandLineTests.packageRoot.appendingPathComponent("Tests/JuryWorkbookTests/Scripts")

    override func setUpWithError() throws { dir = try TemporaryDirectory() }

    func jurydesk(_ args: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        try BuiltProducts.run(BuiltProducts.jurydesk, args, stdin: stdin, environment: ["JURYDESK_LANG": "en"])
    }

    func python(_ script: String, _ args: [String]) throws -> String {
        let r = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/python3"), [scripts.appendingPathComponent(script).path] + args)
        XCTAssertEqual(r.status, 0, r.err)
        return r.out
    }

    func makeDatabase() throws -> String {
        let db = dir.path("jury.sqlite")
        XCTAssertEqual(try jurydesk(["init", "--db", db, "--contest", contest]).status, 0)
        return db
    }

    func testImportAWorkbookByContentAndSeeErrorsByCell() throws {
        let db = try makeDatabase()
        let bad = dir.path("bad-form"), good = dir.path("宝鸡.xlsx")
        _ = try python("make_office_form.py", [bad, "bad"])
        _ = try python("make_office_form.py", [good])
        let refused = try jurydesk(["import", "recommendations", bad, "--db", db])
        XCTAssertEqual(refused.status, 65)
        XCTAssertTrue(refused.err.contains("推荐表!F7 (手机号): ") && refused.err.contains("1389123456"), refused.err)
        let imported = try jurydesk(["import", "recommendations", good, "--db", db])
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertTrue(imported.out.contains("宝鸡市总工会"), imported.out)

        let xls = dir.path("old.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: URL(fileURLWithPath: xls))
        let old = try jurydesk(["import", "users", xls, "--db", db])
        XCTAssertEqual(old.status, 65)
        XCTAssertTrue(old.err.contains(".xlsx") && old.err.contains("CSV UTF-8"), old.err)
    }

    func testUnmaskedWorkbookExportIsPrivateAuditedAndReadable() throws {
        let db = try makeDatabase()
        XCTAssertEqual(try jurydesk(["user", "add", "吴昊", "--role", "admin", "--pin-stdin", "--db", db], stdin: "0000\n").status, 0)
        let form = dir.path("form.xlsx")
        _ = try python("make_office_form.py", [form])
        XCTAssertEqual(try jurydesk(["import", "recommendations", form, "--db", db]).status, 0)
        let out = dir.path("推荐.xlsx")
        let r = try jurydesk(["export", "recommendations", "--db", db, "--out", out, "--unmasked", "--as", "吴昊", "--pin-stdin"],
                             stdin: "0000\n")
        XCTAssertEqual(r.status, 0, r.err)
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        let audit = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/sqlite3"),
                                          [db, "SELECT subject FROM audit_log WHERE action = 'export.unmasked'"]).out
        XCTAssertEqual(audit.trimmingCharacters(in: .whitespacesAndNewlines), "recommendations")

        let dump = try python("dump_workbook.py", [out])
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])
        let sheets = try XCTUnwrap(json["sheets"] as? [[String: Any]])
        XCTAssertEqual(sheets.count, 2)
        let cells = try XCTUnwrap(sheets[0]["cells"] as? [String: [Any]])
        XCTAssertEqual(cells["G2"]?[1] as? String, "13891234567", "unmasked phone, as text")
        XCTAssertEqual(cells["B2"]?[1] as? Int, 1, "序号 as a number")
        let about = try XCTUnwrap(sheets[1]["cells"] as? [String: [Any]])
        let labels = about.filter { $0.key.hasPrefix("A") }.compactMap { $0.value[1] as? String }
        XCTAssertTrue(labels.contains("audit chain head"), "\(about)")
        XCTAssertTrue(about.values.contains { ($0[1] as? String) == "in full (unmasked)" }, "\(about)")
    }
}
