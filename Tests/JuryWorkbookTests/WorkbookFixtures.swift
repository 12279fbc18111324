import Foundation
import JuryCore
import JuryStore
import JuryTestSupport
import XCTest

/// Runs the workbook-making python scripts beside these tests with Debian's python3 and openpyxl
/// (`/usr/bin/python3`: a pyenv python on PATH would not see python3-openpyxl).
enum WorkbookFixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let scripts = testsFolder.appendingPathComponent("Scripts")
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `script` with `args`; fails the test with its stderr when it exits non-zero.
    @discardableResult
    static func python(_ script: String, _ args: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let r = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/python3"), [scripts.appendingPathComponent(script).path] + args)
        XCTAssertEqual(r.status, 0, "\(script): \(r.err)", file: file, line: line)
        return r.out
    }

    /// A workbook as openpyxl reads it (see `dump_workbook.py`).
    static func openpyxlDump(_ path: String) throws -> [String: Any] {
        let out = try python("dump_workbook.py", [path])
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    }

    /// The cells of sheet `index` in a dump: reference → (type, value).
    static func cells(_ dump: [String: Any], sheet index: Int) throws -> [String: (String, Any)] {
        let sheets = try XCTUnwrap(dump["sheets"] as? [[String: Any]])
        let cells = try XCTUnwrap(sheets[index]["cells"] as? [String: [Any]])
        return cells.mapValues { ($0[0] as? String ?? "", $0[1]) }
    }

    static let contestJSON = #"{"id":"zhengnengliang-2023","name":"正能量职工网络达人"}"#

    /// A fresh store in `dir`.
    static func store(in dir: TemporaryDirectory) throws -> Store {
        try Store.create(at: dir.path("jury.sqlite"), contestDefinitionJSON: contestJSON)
    }
}
