@testable import JuryStore
import JuryTestSupport
import XCTest

final class StatementTests: XCTestCase {
    func testBindsAndReadsEveryStorageClass() throws {
        let dir = try TemporaryDirectory()
        let db = try Database(path: dir.path("s.sqlite"), flags: [.readWrite, .create])
        try db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")
        let insert = try db.prepare("INSERT INTO t VALUES (:i, :r, :s, :b, :n)")
        try insert.bind(named: [":i": 42, ":r": 1.5, ":s": "评委 Zhang", ":b": Data([0, 1, 2]), ":n": nil as String?])
        XCTAssertFalse(try insert.step())
        let row = try XCTUnwrap(try db.query("SELECT * FROM t").first)
        XCTAssertEqual(row.int("i"), 42)
        XCTAssertEqual(row.double("r"), 1.5)
        XCTAssertEqual(row.string("s"), "评委 Zhang")
        XCTAssertEqual(row.data("b"), Data([0, 1, 2]))
        XCTAssertEqual(row["n"], .null)
        XCTAssertEqual(try db.run("UPDATE t SET i = ? WHERE s = ?", [43, "评委 Zhang"]), 1)
        XCTAssertEqual(try db.scalar("SELECT i FROM t")?.int64, 43)
    }

    func testErrorsNameTheFile() throws {
        let dir = try TemporaryDirectory()
        let db = try Database(path: dir.path("e.sqlite"), flags: [.readWrite, .create])
        XCTAssertThrowsError(try db.prepare("SELEC nonsense")) { error in
            XCTAssertTrue((error as? StoreError)?.message(language: .en).contains("e.sqlite") ?? false)
        }
    }
}
