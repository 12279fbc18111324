import Foundation
@testable import JuryStore
import XCTest

/// The canonical JSON every seal and audit hash is taken over: it must not change by a byte, whatever
/// path writes it (text appended whole when nothing needs escaping, scalar by scalar otherwise).
final class CanonicalJSONTests: XCTestCase {
    func testKeysByCodePointAndMinimalEscapes() {
        let value = JSONValue.object([
            "b": .int(1),
            "ab": .int(3),
            "a": .string("引号\"和\\反斜杠\n换行\t\r\u{1}"),
            "中": .bool(true),
            "Z": .null,
            "\u{E9}": .array([.string("😀 平常的文字"), .int(-2)]),
        ])
        XCTAssertEqual(value.canonicalText,
                       #"{"Z":null,"a":"引号\"和\\反斜杠\n换行\t\r\u0001","ab":3,"b":1,"#
                       + "\"\u{E9}\":[\"😀 平常的文字\",-2]," + #""中":true}"#)
    }

    /// A row's seal renders its content straight from the row, and the audit entry takes those bytes
    /// as they are: both must be exactly what the content as an object renders, and the hash the
    /// one taken over that text.
    func testRowSealRendersWhatTheObjectRenders() {
        let row = Row(columns: ["updated_at", "id", "row_hash", "名称", "note", "score", "Z", "blank", "raw", "min"],
                      values: [.text("2026-12-03T17:00:00Z"), .integer(42), .text("old"), .text("国网西安供电公司"),
                               .text("引号\"和\\反斜杠\n换行\t"), .real(87.5), .integer(-3), .null, .blob(Data([0, 0xFF])),
                               .integer(Int64.min)])
        let seal = RowSeal(table: .scoreSheets, row: row)
        XCTAssertEqual(seal.canonical, JSONValue.object(seal.content).canonicalBytes)
        XCTAssertNil(seal.content["row_hash"])
        XCTAssertEqual(seal.hash, SHA256.hex(Array("score_sheets\n".utf8) + JSONValue.object(seal.content).canonicalBytes))
        let entry = JSONValue.object(["rows": .array([.object(["row": .canonical(seal.canonical)])])])
        XCTAssertEqual(entry.canonicalText, JSONValue.object(["rows": .array([.object(["row": .object(seal.content)])])]).canonicalText)
        XCTAssertEqual(JSONValue.parse(entry.canonicalText)?["rows"]?.arrayValue?.first?["row"], .object(seal.content))
    }
}

