import Foundation
import JuryTestSupport
import XCTest

/// The chair's desk in the real binary: the ranking pane follows a sheet another process commits
/// within a second, and `jurydesk awards` / `export` do the award work from the command line.
extension WorkstationTmuxTests {
    /// The demo rubric's criteria in rubric order, with their maxima in tenths.
    static let criteria: KeyValuePairs<String, Int> = ["accountInfluence": 100, "accountActivity": 100, "accountReach": 100, "accountService": 100,
                                          "workVisual": 150, "workContent": 150, "workReach": 150,
                                          "bonusInnovation": 50, "bonusContribution": 50, "bonusContent": 50]
    static let demoJudges = ["刘晓雯", "李慧敏", "杨建峰", "赵秦川", "陈立新", "马文博", "高玉兰"]

    /// SQL for one submitted sheet at `percent` of every maximum (a second process, as a judge's session would write it).
    static func sheetSQL(judge: String, entrant: String, percent: Int) -> String {
        var sql = "INSERT INTO score_sheets (judge, entrant_id, status, updated_at) VALUES ('\(judge)', '\(entrant)', 'submitted', '2023-09-26T02:00:00Z');"
        let sheet = "FROM score_sheets WHERE judge = '\(judge)' AND entrant_id = '\(entrant)'"
        for (c, max) in criteria {
            sql += "INSERT INTO score_items (sheet_id, criterion, tenths, updated_at) SELECT id, '\(c)', \(max * percent / 100 / 5 * 5), '2023-09-26T02:00:00Z' \(sheet);"
        }
        // The one-row copy the ranking reads (schema 9), as the store writes it beside the items.
        let text = criteria.map { String($0.value * percent / 100 / 5 * 5) }.joined(separator: ",")
        return sql + "INSERT INTO sheet_scores (sheet_id, judge, entrant_id, submitted, tenths) SELECT id, judge, entrant_id, 1, '\(text)' \(sheet);"
    }

    func sqlite(_ sql: String) throws {
        let r = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db, sql])
        XCTAssertEqual(r.status, 0, r.err)
    }

    /// Five finalists; every judge has scored the first three, one judge the fourth.
    func makeJudgedDemo() throws {
        var sql = "BEGIN; UPDATE entrants SET review_stage = 'finalist' WHERE id IN ('BM2023-0001','BM2023-0002','BM2023-0003','BM2023-0004','BM2023-0005');"
        for (j, judge) in Self.demoJudges.enumerated() {
            for (e, base) in [70, 60, 50].enumerated() {
                sql += Self.sheetSQL(judge: judge, entrant: "BM2023-000\(e + 1)", percent: base + j * 2)
            }
        }
        sql += Self.sheetSQL(judge: "刘晓雯", entrant: "BM2023-0004", percent: 40)
        try sqlite(sql + "COMMIT;")
    }

    func testChairsRankingFollowsASheetCommittedByAnotherProcessWithinASecond() throws {
        try makeJudgedDemo()
        let tmux = try startWorkstation(lang: "en", width: 132, height: 43)
        try signIn(tmux, down: 1, pin: "333333", expect: "Welcome, 韩志刚 (Chair)")
        // All entrants, finalists, then the ranking.
        try tmux.send(keys: ["j", "j", "Enter"])
        try tmux.waitFor(text: "Live ranking")
        try tmux.waitFor(text: "finalists 5")
        try tmux.send(keys: ["j"])
        let before = try tmux.capture()
        XCTAssertFalse(before.contains { $0.contains("BM2023-0005") }, "ids are not a ranking column")
        XCTAssertFalse(before.contains { $0.contains("彭辉龙") && $0.contains(" 1 ") })

        // Another process commits full marks for the fifth finalist from one judge.
        try sqlite(Self.sheetSQL(judge: "马文博", entrant: "BM2023-0005", percent: 100))
        // Timed from the moment the other process has committed (and exited).
        let committed = Date()
        let after = try tmux.waitFor(timeout: 5.0, "the fifth finalist ranked first within one second") { screen in
            screen.contains { $0.contains("彭辉龙") && $0.range(of: #"^\|?\s*1 "#, options: .regularExpression) != nil }
        }
        let elapsed = Date().timeIntervalSince(committed)
        print("chair ranking followed the other process's commit in \(elapsed) s")
        XCTAssertLessThanOrEqual(elapsed, 1.0)
        // The chair's cursor stayed on the finalist it was on (second line of the table before the change).
        XCTAssertTrue(after.contains { $0.contains("3/5 · finalists 5") }, "the cursor stays on 郝宇萍, now third")
        try tmux.send(keys: ["q"])
        try tmux.waitFor(text: "Welcome, 韩志刚 (Chair)")
        try quitAndCheckTerminal(tmux)
    }

    func testAwardsAllocateLockUnlockAndExportsFromTheCommandLine() throws {
        try makeJudgedDemo()
        func run(_ args: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
            let r = try BuiltProducts.run(BuiltProducts.jurydesk, args + ["--db", db, "--lang", "en"], stdin: stdin)
            return (r.status, r.out, r.err)
        }
        let wrong = try run(["awards", "allocate", "--as", "吴昊", "--pin-stdin"], stdin: "000000\n")
        XCTAssertEqual(wrong.status, 77, "the admin is not the chair")
        let allocated = try run(["awards", "allocate", "--as", "韩志刚", "--pin-stdin", "--method", "median"], stdin: "333333\n")
        XCTAssertEqual(allocated.status, 0, allocated.err)
        XCTAssertTrue(allocated.out.contains("3 winners"), allocated.out)
        let awards = try run(["export", "awards"])
        XCTAssertEqual(awards.status, 0, awards.err)
        XCTAssertTrue(awards.out.contains("BM2023-0001"), awards.out)
        let results = try run(["export", "results", "--method", "zscore"])
        XCTAssertTrue(results.out.contains("z-score"), results.out)
        XCTAssertEqual(try run(["export", "breakdown"]).status, 0)
        XCTAssertTrue(try run(["export", "reliability"]).out.contains("ICC"))

        let locked = try run(["awards", "lock", "--as", "韩志刚", "--pin-stdin"], stdin: "333333\n")
        XCTAssertEqual(locked.status, 0, locked.err)
        let head = try XCTUnwrap(locked.out.range(of: #"\d+:[0-9a-f]{64}"#, options: .regularExpression).map { String(locked.out[$0]) })
        let sheet = try run(["export", "results-sheet"])
        XCTAssertTrue(sheet.out.contains(head), "the printed sheet carries the chain head: \(sheet.out)")
        XCTAssertTrue(sheet.out.contains("Signature"))
        // Locked: a vote import is refused.
        let votes = dir.path("votes.csv")
        try "报名编号,姓名,票数,时间\nBM2023-0001,阎荣欣,99999,2023-09-27 10:00\n".write(toFile: votes, atomically: true, encoding: .utf8)
        let refused = try run(["import", "votes", votes])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.err.contains("locked"), refused.err)
        XCTAssertEqual(try run(["awards", "unlock", "--as", "韩志刚", "--pin-stdin"], stdin: "333333\n").status, 64, "a reason is required")
        let unlocked = try run(["awards", "unlock", "--as", "韩志刚", "--pin-stdin", "--reason", "复核"], stdin: "333333\n")
        XCTAssertEqual(unlocked.status, 0, unlocked.err)
    }
}
