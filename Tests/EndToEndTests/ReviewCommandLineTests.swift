import Foundation
import JuryTestSupport
import XCTest

/// `jurydesk import decisions` and `export summary` against the real binary on a demo file.
final class ReviewCommandLineTests: XCTestCase {
    var dir: TemporaryDirectory!
    var db: String { dir.path("demo.sqlite") }
    let sample = CommandLineTests.packageRoot.appendingPathComponent("SampleData").path

    override func setUpWithError() throws {
        dir = try TemporaryDirectory()
        let built = try BuiltProducts.run(BuiltProducts.jurydesk, ["demo", "--db", db, "--sample", sample, "--no-open"])
        XCTAssertEqual(built.status, 0, built.err)
    }

    private func jurydesk(_ args: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        try BuiltProducts.run(BuiltProducts.jurydesk, args + ["--db", db], stdin: stdin, environment: ["JURYDESK_LANG": "en"])
    }

    func testImportDecisionsAsAReviewerAllOrNothing() throws {
        let file = dir.path("paper.csv")
        try "报名编号,结论,理由,豁免理由,备注\nBM2023-0001,不通过,非职工会员,,纸质审核表\nBM2023-0002,待补充,缺少账号主页截图,,请补截图\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let reviewer = "周晓燕"
        XCTAssertEqual(try jurydesk(["import", "decisions", file, "--as", reviewer, "--pin-stdin"], stdin: "1111\n").status, 64,
                       "the round is required")
        XCTAssertEqual(try jurydesk(["import", "decisions", file, "--round", "1", "--as", reviewer, "--pin-stdin"], stdin: "9999\n").status, 77)
        let ok = try jurydesk(["import", "decisions", file, "--round", "1", "--as", reviewer, "--pin-stdin", "--lang", "en"], stdin: "1111\n")
        XCTAssertEqual(ok.status, 0, ok.err)
        XCTAssertTrue(ok.out.contains("Recorded 2 round-1 decisions"), ok.out)

        let bad = dir.path("bad.csv")
        try "报名编号,结论,理由\nBM2023-0003,不通过,非职工会员\nBM2023-0001,通过,\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try jurydesk(["import", "decisions", bad, "--round", "1", "--as", reviewer, "--pin-stdin", "--lang", "en"], stdin: "1111\n")
        XCTAssertEqual(refused.status, 65)
        XCTAssertTrue(refused.err.contains("line 3") && refused.err.contains("BM2023-0001"), refused.err)
        let kept = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/sqlite3"),
                                         [db, "SELECT count(*) FROM review_decisions WHERE entrant_id = 'BM2023-0003'"])
        XCTAssertEqual(kept.out.trimmingCharacters(in: .whitespacesAndNewlines), "0", "all or nothing")
        // A judge's PIN does not make decisions.
        let judge = try jurydesk(["import", "decisions", bad, "--round", "1", "--as", "李慧敏", "--pin-stdin", "--lang", "en"], stdin: "2222\n")
        XCTAssertNotEqual(judge.status, 0)
    }

    func testImportDecisionsReadsAWorkbookToo() throws {
        let template = CommandLineTests.packageRoot.appendingPathComponent("SampleData/templates/decisions.xlsx").path
        let r = try jurydesk(["import", "decisions", template, "--round", "1", "--as", "周晓燕", "--pin-stdin", "--lang", "en"], stdin: "1111\n")
        // The template's example row is read from the workbook and judged by the rules (the demo's
        // BM2023-0001 fails a check the waiver cannot cover), not refused as unreadable.
        XCTAssertEqual(r.status, 65, r.err)
        XCTAssertTrue(r.err.contains("line 2") && r.err.contains("BM2023-0001"), r.err)
    }
}
