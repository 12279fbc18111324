import XCTest
@testable import TerminalKit

final class DisplayWidthTests: XCTestCase {
    func testCharacterList() {
        let cases: [(Character, Int, String)] = [
            ("a", 1, "ASCII letter"), ("~", 1, "ASCII tilde"), (" ", 1, "space"),
            ("中", 2, "CJK ideograph"), ("，", 2, "fullwidth comma"), ("。", 2, "ideographic full stop"),
            ("、", 2, "ideographic comma"), ("「", 2, "corner bracket"), ("」", 2, "corner bracket"),
            ("（", 2, "fullwidth paren"), ("）", 2, "fullwidth paren"), ("Ａ", 2, "fullwidth A"),
            ("한", 2, "Hangul syllable"), ("\u{3000}", 2, "ideographic space"), ("ア", 2, "katakana"),
            ("e\u{301}", 1, "e + combining acute"), ("é", 1, "precomposed é"), ("ñ", 1, "Latin-1"),
            ("ß", 1, "Latin-1 sharp s"), ("😀", 2, "emoji"), ("👍🏽", 2, "emoji + skin tone"),
            ("👨‍👩‍👧", 2, "ZWJ family"), ("❤️", 2, "heart + VS16"), ("🇨🇳", 2, "flag"),
            ("\u{200B}", 0, "zero width space"), ("\u{200D}", 0, "ZWJ alone"), ("\u{FE0F}", 0, "VS16 alone"),
            ("\u{301}", 0, "lone combining mark"), ("\t", 0, "tab"), ("\u{7}", 0, "bell"), ("\u{85}", 0, "C1 control"),
            ("─", 1, "box horizontal"), ("│", 1, "box vertical"), ("┌", 1, "box corner"), ("█", 1, "full block"),
            ("…", 1, "ellipsis"), ("▲", 1, "triangle"), ("•", 1, "bullet"), ("𠀀", 2, "CJK extension B"),
        ]
        for (character, width, label) in cases {
            XCTAssertEqual(DisplayWidth.of(character), width, "\(label) U+\(character.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    func testTablesAreSortedAndDisjoint() {
        XCTAssertTrue(UnicodeWidthTable.wide.isSortedAndDisjoint)
        XCTAssertTrue(UnicodeWidthTable.zero.isSortedAndDisjoint)
    }

    /// The short path for CJK ideographs must give every scalar the width the tables give it.
    func testShortPathAgreesWithTheTablesForEveryScalar() {
        var checked = 0
        for v in UInt32(0x300)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if DisplayWidth.of(scalar) != DisplayWidth.fromTable(v) {
                XCTFail("U+\(String(v, radix: 16, uppercase: true)): \(DisplayWidth.of(scalar)) against the table's \(DisplayWidth.fromTable(v))")
                return
            }
            checked += 1
        }
        XCTAssertEqual(checked, 0x10FFFF - 0x300 + 1 - 2048, "every scalar but the surrogates")
    }

    /// Simple text's one-pass width equals the sum of its characters' widths, and other text has none.
    func testSimpleTextWidthMatchesTheCharacterPath() {
        let simple = ["评委 Judge", "中华全国总工会（2026）", "┌─▲▼…—“”·", "", "\u{3000}ＡＢ"]
        for text in simple {
            XCTAssertEqual(SimpleText.width(of: text), text.reduce(0) { $0 + DisplayWidth.of($1) }, text)
        }
        for text in ["cafe\u{301}", "👍🏽", "한국", "a\tb"] { XCTAssertNil(SimpleText.width(of: text), text) }
    }

    func testStringWidth() {
        XCTAssertEqual("评委 Judge".displayWidth, 10)
        XCTAssertEqual("".displayWidth, 0)
        XCTAssertEqual("cafe\u{301}".displayWidth, 4)
    }

    func testTruncationNeverSplitsWideCharacters() {
        XCTAssertEqual("中文名字".truncated(toWidth: 5), "中文…")
        XCTAssertEqual("中文名字".truncated(toWidth: 6), "中文…")
        XCTAssertEqual("中文名字".truncated(toWidth: 8), "中文名字")
        XCTAssertEqual("abcdef".truncated(toWidth: 4), "abc…")
        XCTAssertEqual("abcdef".truncated(toWidth: 1), "…")
        XCTAssertEqual("abcdef".truncated(toWidth: 0), "")
        XCTAssertEqual("中文".truncated(toWidth: 1), "…")
    }

    func testPaddingAndFitting() {
        XCTAssertEqual("中".padded(toWidth: 4), "中  ")
        XCTAssertEqual("中".padded(toWidth: 4, alignment: .right), "  中")
        XCTAssertEqual("中".padded(toWidth: 5, alignment: .center), " 中  ")
        XCTAssertEqual("中文名字".fitted(toWidth: 5).displayWidth, 5)
        XCTAssertEqual("中文名字".fitted(toWidth: 5), "中文…")
        XCTAssertEqual("中文名字".fitted(toWidth: 6), "中文… ")
    }
}
