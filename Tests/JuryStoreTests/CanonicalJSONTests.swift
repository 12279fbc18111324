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
}
