import XCTest
@testable import JuryCore

/// What leaves JuryDesk cannot drive a terminal or a spreadsheet.
final class TrustOutputTests: XCTestCase {
    // MARK: TerminalSafeText

    func testEscapeSequencesBecomeVisible() {
        XCTAssertEqual(TerminalSafeText.escape("\u{1B}]0;pwned\u{07}张伟"), "\\e]0;pwned\\u{7}张伟")
        XCTAssertEqual(TerminalSafeText.escape("\u{1B}[2J"), "\\e[2J")
        XCTAssertEqual(TerminalSafeText.escape("a\tb\nc\rd\u{0}"), "a\\tb\\nc\\rd\\0")
    }

    func testBidiOverridesC1AndDeleteBecomeVisible() {
        XCTAssertEqual(TerminalSafeText.escape("abc\u{202E}gpj.exe"), "abc\\u{202E}gpj.exe")
        for scalar: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C] {
            let s = String(Character(Unicode.Scalar(scalar)!))
            XCTAssertEqual(TerminalSafeText.escape(s), "\\u{\(String(scalar, radix: 16, uppercase: true))}")
        }
        XCTAssertEqual(TerminalSafeText.escape("x\u{9B}2Jy"), "x\\u{9B}2Jy", "C1 CSI")
        XCTAssertEqual(TerminalSafeText.escape("x\u{85}y\u{9D}"), "x\\u{85}y\\u{9D}")
        XCTAssertEqual(TerminalSafeText.escape("del\u{7F}"), "del\\u{7F}")
    }

    func testCJKEmojiAndFullWidthFormsAreUntouched() {
        for text in ["国网西安供电公司（职工评委）", "👩‍🔧 王师傅 🚌", "ＢＭ２０２３－０００１", "1️⃣", "한국어", "Ünïcödé", "\\e is fine"] {
            XCTAssertEqual(TerminalSafeText.escape(text), text)
        }
    }

    func testKeepingLinesKeepsTheMessagesOwnBreaks() {
        XCTAssertEqual(TerminalSafeText.escapeKeepingLines("a\u{1B}[2J\n\tb"), "a\\e[2J\n\tb")
    }

    // MARK: CSV formulas

    func testTextCellsThatStartAFormulaAreDefused() {
        let w = CSVWriter(byteOrderMark: false, defusesFormulas: true)
        let out = w.write([["h"], ["=HYPERLINK(\"http://x\",\"y\")"], ["+1"], ["-1"], ["@SUM(A1)"], ["\t=1+2"], ["\r=1"], ["ok=1"]])
        XCTAssertEqual(out, "h\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n'+1\r\n'-1\r\n'@SUM(A1)\r\n'\t=1+2\r\n\"'\r=1\"\r\nok=1\r\n")
    }

    func testNumericColumnsKeepNumbersButNotFormulas() {
        let w = CSVWriter(byteOrderMark: false, defusesFormulas: true, numericColumns: [1])
        let out = w.write([["name", "n"], ["-5", "-5"], ["a", "-4.5"], ["b", "=1+2"], ["c", "-1+2"], ["d", "12"]])
        XCTAssertEqual(out, "name,n\r\n'-5,-5\r\na,-4.5\r\nb,'=1+2\r\nc,'-1+2\r\nd,12\r\n")
        XCTAssertTrue(CSVWriter.isPlainNumber("-12.5"))
        XCTAssertFalse(CSVWriter.isPlainNumber("-"))
        XCTAssertFalse(CSVWriter.isPlainNumber("1e5"))
        XCTAssertFalse(CSVWriter.isPlainNumber("1.2.3"))
    }

    func testTemplatesAreNotDefused() {
        XCTAssertEqual(CSVWriter(byteOrderMark: false).write([["-1", "=x"]]), "-1,=x\r\n")
    }
}
