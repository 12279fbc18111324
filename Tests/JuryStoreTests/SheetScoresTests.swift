import Foundation
import JuryCore
@testable import JuryStore
import XCTest

/// Each sheet's copy for the chair's read (`sheet_scores`, schema 9): written with the sealed sheet
/// and items, read by the ranking, filled by the migration from a version-8 file, checked by `verify`.
final class SheetScoresTests: XCTestCase {
    private func parsed(_ text: String, criteria: Int) -> [Int]? {
        var tenths = [Int](repeating: 0, count: criteria)
        var bytes = Array(text.utf8)
        let ok = bytes.withUnsafeMutableBufferPointer { SheetScores.parse(UnsafeBufferPointer($0), into: &tenths) }
        return ok ? tenths : nil
    }

    func testTextListsTenthsInRubricOrderAndLeavesUnscoredEmpty() {
        XCTAssertEqual(SheetScores.text(["b": 15, "a": 75, "d": 0], criteria: ["a", "b", "c", "d"]), "75,15,,0")
        XCTAssertEqual(SheetScores.text([:], criteria: ["a", "b"]), ",")
        XCTAssertEqual(parsed("75,15,,0", criteria: 4), [75, 15, -1, 0])
        XCTAssertEqual(parsed(",", criteria: 2), [-1, -1])
        XCTAssertEqual(parsed("1000", criteria: 1), [1000])
    }

    func testTextOfTheWrongShapeIsNotRead() {
        for bad in ["75,15,0", "75,15,0,1,2", "75,x,,0", "75, 15,,0", "-5,1,2,3", "1234567890,1,2,3"] {
            XCTAssertNil(parsed(bad, criteria: 4), bad)
        }
        XCTAssertEqual(parsed("", criteria: 1), [-1], "one criterion, not scored")
    }

    func testEverySheetWriteKeepsItsTextInStepWithItsItems() throws {
        let t = try ResultsTests.makeJudged()
        let criteria = t.definition.rubric.criteria.map(\.id)
        try t.store.scores.save(judge: "judgeA", entrantId: "E000006", tenths: [criteria[1]: 50])
        try t.store.scores.save(judge: "judgeA", entrantId: "E000006", tenths: [criteria[2]: 30], cleared: [criteria[1]])
        let text = try t.store.database.scalar("""
            SELECT p.tenths FROM sheet_scores p JOIN score_sheets s ON s.id = p.sheet_id
            WHERE s.judge = 'judgeA' AND s.entrant_id = 'E000006'
            """)?.string
        XCTAssertEqual(text, SheetScores.text([criteria[2]: 30], criteria: criteria))
        XCTAssertEqual(try t.store.database.scalar("SELECT count(*) FROM sheet_scores")?.int64,
                       try t.store.database.scalar("SELECT count(*) FROM score_sheets")?.int64)
        XCTAssertEqual(try SheetScores.outOfStep(db: t.store.database), [])
        let report = try t.store.verify()
        XCTAssertTrue(report.ok, report.description(language: .en))
    }

    func testAnEditedOrDeletedTextIsReportedByVerify() throws {
        let t = try ResultsTests.makeJudged()
        let id = try XCTUnwrap(t.store.database.scalar("SELECT id FROM score_sheets WHERE judge = 'j' AND entrant_id = 'E000001'")?.int64)
        let audited = try XCTUnwrap(t.store.database.scalar("SELECT tenths FROM sheet_scores WHERE sheet_id = ?", [id])?.string)
        let forged = "100" + audited.drop(while: { $0 != "," })
        _ = try sqliteCLI(t.path, "UPDATE sheet_scores SET tenths = '\(forged)' WHERE sheet_id = \(id)")
        var report = try t.store.verify()
        XCTAssertEqual(report.problems, [.sheetScoresOutOfStep(sheetId: id, expected: "j · E000001 · submitted · \(audited)",
                                                               found: "j · E000001 · submitted · \(forged)")])
        XCTAssertTrue(report.description(language: .zh).contains("sheet_scores"), report.description(language: .zh))
        XCTAssertTrue(report.description(language: .en).contains("restore from a backup"), report.description(language: .en))

        // A draft passed off as submitted, and a copy moved to another judge, are caught the same way.
        _ = try sqliteCLI(t.path, "UPDATE sheet_scores SET tenths = '\(audited)', submitted = 0 WHERE sheet_id = \(id)")
        XCTAssertEqual(try t.store.verify().problems, [.sheetScoresOutOfStep(sheetId: id, expected: "j · E000001 · submitted · \(audited)",
                                                                             found: "j · E000001 · draft · \(audited)")])
        _ = try sqliteCLI(t.path, "UPDATE sheet_scores SET submitted = 1, judge = 'judgeA' WHERE sheet_id = \(id)")
        XCTAssertEqual(try t.store.verify().problems.count, 1)

        _ = try sqliteCLI(t.path, "DELETE FROM sheet_scores WHERE sheet_id = \(id)")
        report = try t.store.verify()
        XCTAssertEqual(report.problems, [.sheetScoresOutOfStep(sheetId: id, expected: "j · E000001 · submitted · \(audited)", found: nil)])

        // A copy of no sheet, after every sheet's id.
        _ = try sqliteCLI(t.path, "INSERT INTO sheet_scores VALUES (\(id), 'j', 'E000001', 1, '\(audited)'), (9999, 'j', 'E000009', 1, '1')")
        XCTAssertEqual(try t.store.verify().problems, [.sheetScoresOutOfStep(sheetId: 9999, expected: nil, found: "j · E000009 · submitted · 1")])
    }

    func testTheRankingCountsOnlyASheetWhoseTextHasEveryScore() throws {
        let t = try ResultsTests.makeJudged()
        let rubric = t.definition.rubric
        let before = try t.store.results.snapshot(rubric: rubric)
        let e = try XCTUnwrap(before.index(of: "E000001")), j = try XCTUnwrap(before.judges.firstIndex(of: "j"))
        XCTAssertEqual(before.cell(finalist: e, judge: j), .submitted)
        // A score blanked behind the program's back: the sheet no longer counts, in a whole read and a refresh.
        _ = try sqliteCLI(t.path, """
            UPDATE sheet_scores SET tenths = substr(tenths, instr(tenths, ',')) WHERE sheet_id =
                (SELECT id FROM score_sheets WHERE judge = 'j' AND entrant_id = 'E000001');
            UPDATE score_sheets SET updated_at = '9999' WHERE judge = 'j' AND entrant_id = 'E000001';
            """)
        let whole = try t.store.results.snapshot(rubric: rubric)
        XCTAssertEqual(whole.cell(finalist: e, judge: j), .draft)
        XCTAssertFalse(whole.table.hasSheet(entrant: e, judge: j))
        let refreshed = try t.store.results.snapshot(rubric: rubric, updating: before)
        XCTAssertEqual(refreshed.cell(finalist: e, judge: j), .draft)
        XCTAssertFalse(refreshed.table.hasSheet(entrant: e, judge: j))
        XCTAssertTrue(refreshed.table.hasSheet(entrant: e + 1, judge: j))
    }

    func testAVersionEightFileGetsItsSheetsTextsFromTheItems() throws {
        let t = try ResultsTests.makeJudged()
        try t.store.scores.save(judge: "judgeA", entrantId: "E000006", tenths: [t.definition.rubric.criteria[3].id: 40])
        try t.store.scores.reopen(judge: "judgeB", entrantId: "E000002", reason: "复核", actor: "chair")
        let copies = "SELECT sheet_id || ' ' || judge || ' ' || entrant_id || ' ' || submitted || ' ' || tenths AS row FROM sheet_scores ORDER BY sheet_id"
        let written = try t.store.database.query(copies).map { $0.string("row") ?? "" }
        XCTAssertEqual(written.filter { $0.contains("judgeB E000002 0 ") }.count, 1, "a reopened sheet's copy is a draft")
        // The file as JuryDesk 8 left it: no sheet_scores, no index on updated_at.
        try t.store.database.execute("""
            DROP TABLE sheet_scores; DROP INDEX score_sheets_by_update; PRAGMA user_version = \(SchemaV9.version - 1);
            """)
        let store = try Store.open(at: t.path)
        XCTAssertEqual(try store.database.userVersion(), Migrations.latestVersion)
        let filled = try store.database.query(copies).map { $0.string("row") ?? "" }
        XCTAssertEqual(filled, written)
        XCTAssertEqual(filled.count, 16)
        let report = try store.verify()
        XCTAssertTrue(report.ok, report.description(language: .en))
        XCTAssertTrue(FileManager.default.fileExists(atPath: Migrations.upgradeBackupPath(t.path, version: Migrations.latestVersion)))
    }
}

/// The byte-keyed lookup the chair's read uses instead of a String per judge and finalist.
final class TextKeyIndexTests: XCTestCase {
    private func position(_ index: TextKeyIndex, _ key: String) -> Int? {
        Array(key.utf8).withUnsafeBufferPointer { index.lookup($0) }
    }

    func testFindsEachKeyByItsBytesAndNothingElse() {
        let keys = (1...500).map { "评委\($0)" } + ["BM2023-0001", "", "欧阳晓明"]
        let index = TextKeyIndex(keys)
        for (i, key) in keys.enumerated() { XCTAssertEqual(position(index, key), i, key) }
        for missing in ["评委0", "评委501", "评委", "BM2023-000", "BM2023-00011", "欧阳晓"] {
            XCTAssertNil(position(index, missing), missing)
        }
        // Canonically equal but different bytes: SQLite hands back bytes, and so do the keys.
        XCTAssertNil(position(TextKeyIndex(["\u{e9}"]), "e\u{301}"))
    }

    func testARepeatedKeyKeepsItsFirstPosition() {
        let index = TextKeyIndex(["甲", "乙", "甲"])
        XCTAssertEqual(position(index, "甲"), 0)
        XCTAssertEqual(position(index, "乙"), 1)
    }
}
