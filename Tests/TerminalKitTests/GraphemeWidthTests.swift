import XCTest
import JuryTestSupport
@testable import TerminalKit

/// Widths of grapheme clusters as terminals draw them, and tables that stay aligned with them.
final class GraphemeWidthTests: XCTestCase {
    func testClusterWidths() {
        let cases: [(String, Int)] = [
            ("❤", 1), ("❤️", 2), ("a❤️", 3), ("👍", 2), ("👍🏻", 2), ("👨‍👩‍👧", 2), ("🇨🇳", 2), ("🏳️‍🌈", 2),
            ("e\u{301}", 1), ("é", 1), ("王", 2), ("ＡＢＣ", 6), ("１２．５", 8), ("ｶ", 1), ("1️⃣", 2), ("한", 2),
            ("\u{200D}", 0), ("\u{301}", 0),
        ]
        for (text, width) in cases {
            XCTAssertEqual(text.displayWidth, width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        XCTAssertEqual("👨‍👩‍👧".count, 1)
        XCTAssertEqual("a❤️王e\u{301}".truncated(toWidth: 4), "a❤️…")
        XCTAssertEqual("👍🏻👍🏻".fitted(toWidth: 3), "👍🏻…")
    }

    func testBufferKeepsOneClusterPerCell() {
        let buffer = ScreenBuffer(width: 12, height: 1)
        buffer.put("a❤️👨‍👩‍👧e\u{301}🇨🇳", x: 0, y: 0)
        XCTAssertEqual(buffer[0, 0].character, "a")
        XCTAssertEqual(buffer[1, 0].character, "❤️")
        XCTAssertEqual(buffer[1, 0].width, 2)
        XCTAssertTrue(buffer[2, 0].isContinuation)
        XCTAssertEqual(buffer[3, 0].character, "👨‍👩‍👧")
        XCTAssertEqual(buffer[5, 0].character, "e\u{301}")
        XCTAssertEqual(buffer[5, 0].width, 1)
        XCTAssertEqual(buffer[6, 0].character, "🇨🇳")
        XCTAssertEqual(buffer.lines()[0], "a❤️👨‍👩‍👧e\u{301}🇨🇳")
        // A wide cluster cut by the clip edge becomes a space rather than half an emoji.
        let clipped = ScreenBuffer(width: 4, height: 1)
        clipped.put("a👍🏻❤️", x: 0, y: 0, clipWidth: 4)
        XCTAssertEqual(clipped.lines(trimmingTrailingSpaces: false)[0], "a👍🏻 ")
    }

    /// A whole text drawn at once (simple scalars first, clusters from the first other scalar) leaves
    /// the cells that drawing it one grapheme at a time leaves, at any position and clip.
    func testTextDrawsAsItsGraphemesOneByOne() {
        let pieces = ["a", "Z", " ", "中", "文", "，", "─", "▲", "e\u{301}", "\u{301}", "❤️", "👍🏻", "🇨🇳", "한", "\u{200D}", "ｶ", "…"]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let x = Int.random(in: -3...10, using: &generator), clipWidth = Int.random(in: 0...12, using: &generator)
            let whole = ScreenBuffer(width: 14, height: 1), single = ScreenBuffer(width: 14, height: 1)
            for buffer in [whole, single] { buffer.put("背景字体也宽", x: 1, y: 0) }
            let end = whole.put(text, x: x, y: 0, clipWidth: clipWidth)
            var cx = x
            for character in text {
                single.put(String(character), x: cx, y: 0, clipWidth: max(0, clipWidth - (cx - x)))
                cx += DisplayWidth.of(character)
            }
            XCTAssertEqual(whole.cells, single.cells, "round \(round): \(text.unicodeScalars.map { String($0.value, radix: 16) }) at \(x), clip \(clipWidth)")
            XCTAssertLessThanOrEqual(end, x + text.displayWidth)
        }
    }

    func testTextFieldTypingVariationSelectorDoesNotCrash() {
        // The bug: U+FE0F typed after ❤ merged into one Character while the cursor counted two keys.
        for text in ["a❤️", "👍🏻", "👨‍👩‍👧", "e\u{301}", "🇨🇳"] {
            var field = TextField()
            for scalar in text.unicodeScalars { _ = field.handle(.char(Character(scalar))) }
            XCTAssertEqual(field.text, text)
            XCTAssertEqual(field.cursor, text.count)
            let buffer = ScreenBuffer(width: 10, height: 1)
            field.draw(into: buffer.region, focused: true)
            XCTAssertEqual(buffer.lines()[0], text)
            XCTAssertEqual(buffer.cursor, Point(x: text.displayWidth, y: 0))
            _ = field.handle(.backspace)
            XCTAssertEqual(field.text, String(text.dropLast()), "one backspace removes one cluster")
        }
    }

    func testCombiningMarkTypedBeforeTheCursorEnd() {
        var field = TextField(text: "ab")
        _ = field.handle(.left)
        _ = field.handle(.char("\u{301}"))             // joins the "a" before the cursor
        XCTAssertEqual(field.text, "a\u{301}b")
        XCTAssertEqual(field.cursor, 1)
        _ = field.handle(.char("x"))
        XCTAssertEqual(field.text, "a\u{301}xb")
        field.insert("👍🏻\n❤️")
        XCTAssertEqual(field.text, "a\u{301}x👍🏻 ❤️b")
        XCTAssertEqual(field.cursor, 5)
    }

    func testTableColumnsLineUpWithEmojiNames() {
        let names = ["王芳❤️", "Zoë👍🏻", "李娜👨‍👩‍👧", "Rene\u{301}e", "陈静🇨🇳", "ＡＢＣ公司", "plain"]
        let table = TableView(columns: [TableColumn("姓名", width: .fixed(10)), TableColumn("单位", width: .fixed(8)),
                                        TableColumn("分", width: .fixed(4), alignment: .right)],
                              rowCount: names.count) { [names[$0], "单位\($0)", "9\($0)"] }
        let buffer = ScreenBuffer(width: 24, height: names.count + 1)
        table.draw(into: buffer.region, state: TableState(), theme: .monochrome)
        for y in 0..<buffer.height {
            let line = buffer.lines(trimmingTrailingSpaces: false)[y]
            XCTAssertEqual(line.displayWidth, 24, line)
            // Column 2 starts at cell 11 and column 3 at cell 20 on every row.
            XCTAssertFalse(buffer[11, y].isContinuation, line)
            XCTAssertFalse(buffer[20, y].isContinuation, line)
            if y > 0 { XCTAssertEqual(buffer[11, y].character, "单", line) }
        }
        assertSnapshot(HeadlessTerminal.framed(buffer), named: "table-emoji-names")
    }
}
