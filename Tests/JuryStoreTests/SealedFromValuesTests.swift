import Foundation
import JuryCore
@testable import JuryStore
import XCTest

/// A new sheet and its items are sealed from the values written, not read back: the seal must be
/// exactly the one a row read back gives, the audit entry must record it, and anything the values
/// do not describe exactly (a missing column, a type SQLite would convert) takes the read-back path.
final class SealedFromValuesTests: XCTestCase {
    func testSealsFromValuesEqualTheRowsReadBack() throws {
        let t = try ResultsTests.makeJudged()
        let criteria = t.definition.rubric.criteria.map(\.id)
        try t.store.scores.save(judge: "judgeA", entrantId: "E000006", tenths: [criteria[0]: 50, criteria[1]: 30])
        try t.store.scores.save(judge: "judgeA", entrantId: "E000006", tenths: [criteria[1]: 35, criteria[2]: 10])
        let db = t.store.database
        for table in [AuditedTable.scoreSheets, .scoreItems] {
            let rows = try db.query("SELECT * FROM \(table.rawValue)")
            XCTAssertFalse(rows.isEmpty)
            for row in rows {
                XCTAssertEqual(row.string("row_hash"), RowSeal(table: table, row: row).hash, "\(table) \(row.values)")
            }
        }
        // The last entry records the item added by the second save with the hash it was given.
        let detail = try XCTUnwrap(JSONValue.parse(try XCTUnwrap(db.scalar("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1")?.string)))
        let added = try XCTUnwrap(db.query("""
            SELECT i.* FROM score_items i JOIN score_sheets s ON s.id = i.sheet_id
            WHERE s.judge = 'judgeA' AND s.entrant_id = 'E000006' AND i.criterion = ?
            """, [criteria[2]]).first)
        let recorded = detail["rows"]?.arrayValue?.first { $0["table"]?.stringValue == "score_items" && $0["id"]?.intValue == added.int64("id") }
        XCTAssertEqual(recorded?["hash"]?.stringValue, added.string("row_hash"))
        XCTAssertEqual(recorded?["row"], .object(RowSeal(table: .scoreItems, row: added).content))
        let report = try t.store.verify()
        XCTAssertTrue(report.ok, report.description(language: .en))
    }

    func testValuesThatAreNotExactlyTheRowAreReadBack() throws {
        let t = try ResultsTests.makeJudged()
        let columns = try t.store.auditedColumns(.scoreItems)
        let exact: [(column: String, value: SQLValue)] = [("sheet_id", .integer(1)), ("criterion", .text("c")),
                                                          ("tenths", .integer(5)), ("updated_at", .text("now"))]
        XCTAssertTrue(columns.strict)
        XCTAssertTrue(columns.storesExactly(exact))
        XCTAssertFalse(columns.storesExactly(Array(exact.dropLast())), "a column left to its default")
        XCTAssertFalse(columns.storesExactly([("sheet_id", .integer(1)), ("criterion", .text("c")),
                                              ("tenths", .text("5")), ("updated_at", .text("now"))]), "text SQLite would store as an integer")
        XCTAssertFalse(columns.storesExactly(exact.dropLast() + [("note", .text("now"))]), "a column the table lacks")
        XCTAssertTrue(columns.storesExactly(exact.dropLast() + [("updated_at", .null)]),
                      "NULL is stored as NULL (a NOT NULL column refuses the insert instead)")

        // Through the read-back path: the seal is still the row's own, and verify agrees.
        let sheet = try XCTUnwrap(t.store.database.scalar("SELECT id FROM score_sheets LIMIT 1")?.int64)
        try t.store.write(actor: "cli:test", action: "test.insert", subject: "score_items") { ctx in
            try ctx.insertSealed(.scoreItems, exactly: [("sheet_id", .integer(sheet)), ("criterion", .text("extra")),
                                                        ("tenths", .text("7")), ("updated_at", .text(ctx.nowText))])
        }
        let row = try XCTUnwrap(t.store.database.query("SELECT * FROM score_items WHERE criterion = 'extra'").first)
        XCTAssertEqual(row.int64("tenths"), 7)
        XCTAssertEqual(row.string("row_hash"), RowSeal(table: .scoreItems, row: row).hash)
    }

    func testRowsOfBothKindsInOneCallGetTheirOwnIdsAndSeals() throws {
        let t = try ResultsTests.makeJudged()
        let sheet = try XCTUnwrap(t.store.database.scalar("SELECT id FROM score_sheets LIMIT 1")?.int64)
        func item(_ criterion: String, _ tenths: SQLValue) -> [(column: String, value: SQLValue)] {
            [("sheet_id", .integer(sheet)), ("criterion", .text(criterion)), ("tenths", tenths), ("updated_at", .text("2026-12-03T18:00:00Z"))]
        }
        let ids = try t.store.write(actor: "cli:test", action: "test.insert", subject: "score_items") { ctx in
            try ctx.insertSealed(.scoreItems, exactlyRows: [item("x1", .integer(1)), item("x2", .text("2")), item("x3", .integer(3))])
        }
        XCTAssertEqual(Set(ids).count, 3)
        for (id, criterion) in zip(ids, ["x1", "x2", "x3"]) {
            let row = try XCTUnwrap(t.store.database.query("SELECT * FROM score_items WHERE id = ?", [id]).first)
            XCTAssertEqual(row.string("criterion"), criterion)
            XCTAssertEqual(row.string("row_hash"), RowSeal(table: .scoreItems, row: row).hash, criterion)
        }
        let report = try t.store.verify()
        XCTAssertTrue(report.ok, report.description(language: .en))
    }
}

