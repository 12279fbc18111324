import Foundation
import JuryCore
@testable import JuryStore
import XCTest

/// An import seals each new entrant, account and work from the values it inserts them with, not by
/// reading them back: every seal must be exactly the one the row read back gives, the audit entry's
/// digests must count them, and a row that cannot be sealed that way goes through the queue.
final class SealInsertedTests: XCTestCase {
    /// Entrants with every optional field both present and absent.
    private func variedEntrants() -> [Entrant] {
        (1...12).map { n in
            var e = Fixtures.entrant(n)
            if n % 2 == 0 { e.registeredAt = nil }
            if n % 3 == 0 { e.pastWork = nil; e.accounts[0].since = nil }
            if n % 4 == 0 { e.entryVideo = nil }
            if n % 5 == 0 {
                e.accounts.append(Account(platform: .kuaishou, nickname: "", followers: 0, originalPercent: 85,
                                          screenshots: ["a/1.png", "引号\"与\\反斜杠.png"]))
            }
            if n == 7 { e.name = "名字 with\ttab and emoji 🎉"; e.pastWork?.platform = nil }
            return e
        }
    }

    /// Each row of the sealed tables against its seal, recomputed from the row as it reads back.
    private func assertSealsMatchRowsReadBack(_ store: Store, file: StaticString = #filePath, line: UInt = #line) throws {
        for table in [SealedTable.entrants, .accounts, .works] {
            let names = try store.sealColumns(table)
            let statement = try store.database.prepare("""
                SELECT \(table.keyExpression), s.hash, s.cols, \(names.map { "t.\"\($0)\"" }.joined(separator: ", "))
                FROM main.\(table.rawValue) t LEFT JOIN row_seals s ON s.tbl = '\(table.rawValue)' AND s.key = \(table.keyExpression)
                """)
            var rows = 0
            while try statement.step() {
                rows += 1
                let key = try XCTUnwrap(statement.string(0), file: file, line: line)
                let digest = RowDigest(table: table, key: key, statement: statement, first: 3, names: names)
                XCTAssertEqual(statement.string(1), digest.hash, "\(table) \(key)", file: file, line: line)
                XCTAssertEqual(statement.string(2), digest.columns, "\(table) \(key)", file: file, line: line)
            }
            XCTAssertGreaterThan(rows, 0, "\(table)", file: file, line: line)
        }
        let report = try store.verify()
        XCTAssertTrue(report.ok, report.description(language: .en), file: file, line: line)
    }

    func testAnImportSealsEachRowAsItReadsBack() throws {
        let t = try TestStore()
        let batch = variedEntrants()
        try t.store.importEntrants(batch, actor: "admin")
        try assertSealsMatchRowsReadBack(t.store)
        // Sealed from values, none through the queue: the seals equal the rows, and the entry's
        // digest counts every row of each table.
        let detail = try XCTUnwrap(JSONValue.parse(try XCTUnwrap(t.store.audit.entries().last?.detail)))
        for table in ["entrants", "accounts", "works"] {
            let count = try XCTUnwrap(t.store.database.scalar("SELECT count(*) FROM \(table)")?.int64)
            XCTAssertEqual(detail["seals"]?[table]?["rows"]?.intValue, count, table)
        }
    }

    /// A registrations file with every column of the template, a row for each of `ids` from the template's
    /// example, `changed` giving some of them another nickname.
    private func registrationsFile(_ ids: ClosedRange<Int>, changed: Set<Int> = []) -> Data {
        var rows = ImportTemplate.rows(for: .registrations)
        let example = rows[1]
        let columns = ImportSchema.registrations.columns
        let id = columns.firstIndex { $0.key == "entry_id" } ?? 0
        let nickname = columns.firstIndex { $0.key == "nickname1" } ?? 0
        rows.removeLast()
        for n in ids {
            var row = example
            row[id] = String(format: "F%04d", n)
            if changed.contains(n) { row[nickname] = "改名\(n)" }
            rows.append(row)
        }
        return Data(CSVWriter().write(rows).utf8)
    }

    func testAStreamedFileIsSealedIntoAnEmptyTableAndIntoAFilledOne() throws {
        let t = try TestStore()
        // Into an empty table: no id is looked up.
        var report = try t.store.importFile(kind: .registrations, data: registrationsFile(1...30), actor: "admin")
        XCTAssertEqual(report.results.first?.inserted, 30)
        try assertSealsMatchRowsReadBack(t.store)
        // Into a filled one: two rows replaced, ten new, four unchanged.
        report = try t.store.importFile(kind: .registrations, data: registrationsFile(25...40, changed: [26, 27]), actor: "admin")
        XCTAssertEqual(report.results.first.map { [$0.inserted, $0.updated, $0.unchanged] }, [10, 2, 4])
        XCTAssertEqual(try t.store.database.scalar("SELECT nickname FROM accounts WHERE entrant_id = 'F0026'")?.string, "改名26")
        try assertSealsMatchRowsReadBack(t.store)
    }

    func testTheValuesAreCheckedAgainstTheTable() throws {
        let t = try TestStore()
        let columns = try t.store.sealColumnTypes(.works)
        XCTAssertTrue(columns.strict)
        XCTAssertEqual(columns.names.first, "id")
        let row: [SQLValue] = [.integer(1), .text("E000001"), .text("past"), .text("t"), .null, .text("u"), .text(""),
                               .null, .null, .null, .null]
        XCTAssertTrue(columns.storesExactly(row))
        XCTAssertFalse(columns.storesExactly(Array(row.dropLast())), "a column left to its default")
        var text = row
        text[7] = .text("170")
        XCTAssertFalse(columns.storesExactly(text), "text in an INTEGER column")
    }

    func testACorrectedImportReusingRowIdsStaysSealed() throws {
        let t = try TestStore()
        try t.store.importEntrants(variedEntrants(), actor: "admin")
        // The last entrant's accounts and works hold the highest row ids: replaced, their new rows
        // take the same ids again, whose seals are still stored, so they go through the queue.
        var last = variedEntrants()[11]
        last.accounts.append(Account(platform: .bilibili, nickname: "新账号", followers: 3))
        last.entryVideo?.title = "改过的标题"
        let result = try t.store.importEntrants([last, Fixtures.entrant(40)], actor: "admin")
        XCTAssertEqual([result.inserted, result.updated], [1, 1])
        try assertSealsMatchRowsReadBack(t.store)
    }

    func testAStraySealForANewRowIsComparedThroughTheQueue() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1)], actor: "admin")
        // A seal for a row that does not exist yet, written outside JuryDesk.
        try t.store.rawConnection { db in
            _ = try db.run("INSERT INTO row_seals (tbl, key, hash, cols) VALUES ('entrants', 'E000002', ?, 'ffff')",
                           [String(repeating: "0", count: 64)])
        }
        try t.store.importEntrants([Fixtures.entrant(2)], actor: "admin")
        let seal = try t.store.database.scalar("SELECT hash FROM row_seals WHERE tbl = 'entrants' AND key = 'E000002'")?.string
        XCTAssertNotEqual(seal, String(repeating: "0", count: 64), "the stray seal was replaced by the row's own")
        let names = try t.store.sealColumns(.entrants)
        let statement = try t.store.database.prepare("SELECT \(names.joined(separator: ", ")) FROM entrants WHERE id = 'E000002'")
        XCTAssertTrue(try statement.step())
        XCTAssertEqual(seal, RowDigest(table: .entrants, key: "E000002", statement: statement, first: 0, names: names).hash)
    }
}

/// A seal is a file format: files sealed by earlier versions must still verify. These answers
/// were computed by the serializer of c27124d (before values could be sealed) and, apart, from
/// the format as documented on `RowDigest`, in Python.
final class RowDigestKnownAnswerTests: XCTestCase {
    private let names = ["id", "n", "big", "r", "t", "empty", "b", "z"]
    private let values: [SQLValue] = [.integer(7), .integer(-1234567890123), .integer(Int64.max), .real(-2.5),
                                      .text("达人 Ａ\u{1F389}\t\"q\""), .text(""), .blob(Data([0, 1, 0xFF])), .null]
    private let hash = "26a1193e140fb891ad122bcb327360291c75e41758c0e6e145a574a74d23fbb9"
    private let columns = "b78d0c5263dd8b5b46b8b112de24f752"

    func testTheSealOfAFixedRowIsUnchanged() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (\(names.joined(separator: ", ")))")
        try db.run("INSERT INTO t VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))", values: values)
        let statement = try db.prepare("SELECT * FROM t")
        XCTAssertTrue(try statement.step())
        let read = RowDigest(table: .works, key: "7", statement: statement, first: 0, names: names)
        let given = RowDigest(table: .works, key: "7", values: values, names: names)
        for digest in [read, given] {
            XCTAssertEqual(digest.hash, hash)
            XCTAssertEqual(digest.columns, columns)
        }
    }
}
