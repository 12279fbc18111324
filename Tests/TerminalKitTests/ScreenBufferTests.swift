import XCTest
@testable import TerminalKit

final class ScreenBufferTests: XCTestCase {
    func testWideCharactersOccupyTwoCells() {
        let buffer = ScreenBuffer(width: 10, height: 1)
        let end = buffer.put("a中b", x: 0, y: 0)
        XCTAssertEqual(end, 4)
        XCTAssertEqual(buffer[1, 0].width, 2)
        XCTAssertTrue(buffer[2, 0].isContinuation)
        XCTAssertEqual(buffer.lines(), ["a中b"])
    }

    func testClippingAtRightEdgeLeavesSpaceNotHalfCharacter() {
        let buffer = ScreenBuffer(width: 5, height: 1)
        buffer.fill(buffer.bounds, with: ".")
        buffer.put("中文字", x: 0, y: 0)
        XCTAssertEqual(buffer.lines(trimmingTrailingSpaces: false), ["中文 "])
        XCTAssertFalse(buffer[4, 0].isContinuation)
    }

    func testClipWidthOddLeavesSpace() {
        let buffer = ScreenBuffer(width: 8, height: 1)
        buffer.fill(buffer.bounds, with: ".")
        buffer.put("中文字", x: 1, y: 0, clipWidth: 3)
        XCTAssertEqual(buffer.lines(), [".中 ...."])
    }

    func testRegionClipsBothEdges() {
        let buffer = ScreenBuffer(width: 10, height: 2)
        buffer.fill(buffer.bounds, with: ".")
        let region = buffer.region(Rect(x: 2, y: 0, width: 5, height: 1))
        // Starts one cell left of the region: 中 straddles the left edge, 名 the right edge.
        region.put("中文名", x: -1, y: 0)
        XCTAssertEqual(buffer.lines()[0], ".. 文名...")
        region.put("中文名字", x: -1, y: 0)
        XCTAssertEqual(buffer.lines()[0], ".. 文名...")
        region.put("一二三四", x: 0, y: 0)
        XCTAssertEqual(buffer.lines()[0], "..一二 ...")
        region.put("x", x: 0, y: 1) // outside the region's height
        XCTAssertEqual(buffer.lines()[1], "..........")
    }

    func testNestedRegionUsesLocalCoordinatesAndParentClip() {
        let buffer = ScreenBuffer(width: 12, height: 3)
        let outer = buffer.region(Rect(x: 2, y: 1, width: 6, height: 2))
        let inner = outer.region(Rect(x: 3, y: 0, width: 10, height: 1))
        inner.put("abcdefgh", x: 0, y: 0)
        XCTAssertEqual(buffer.lines(), ["", "     abc", ""])
    }

    func testOverwritingHalfOfWideCharacterBlanksTheOtherHalf() {
        let buffer = ScreenBuffer(width: 6, height: 2)
        buffer.put("中文", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0) // right half of 中
        XCTAssertEqual(buffer.lines(trimmingTrailingSpaces: false)[0], " x文  ")
        buffer.put("y", x: 2, y: 0) // left half of 文
        XCTAssertEqual(buffer.lines(trimmingTrailingSpaces: false)[0], " xy   ")
        buffer.put("中文", x: 0, y: 1)
        buffer.put("字", x: 1, y: 1) // straddles both
        XCTAssertEqual(buffer.lines(trimmingTrailingSpaces: false)[1], " 字   ")
        for y in 0..<2 { assertInvariant(buffer, row: y) }
    }

    func testFillOverWideCharacterEdge() {
        let buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("中文字", x: 0, y: 0)
        buffer.fill(Rect(x: 3, y: 0, width: 2, height: 1), with: "-")
        XCTAssertEqual(buffer.lines(), ["中 -- "].map { String($0.reversed().drop(while: { $0 == " " }).reversed()) })
        assertInvariant(buffer, row: 0)
    }

    func testFillAcrossWideCharactersLeavesNoHalves() {
        let buffer = ScreenBuffer(width: 8, height: 2)
        buffer.put("中文字体", x: 0, y: 0)
        buffer.put("中文字体", x: 0, y: 1)
        buffer.fill(Rect(x: 0, y: 0, width: 8, height: 1), with: "─")
        buffer.fill(Rect(x: 1, y: 1, width: 4, height: 1), with: "─")
        XCTAssertEqual(buffer.lines(), ["────────", " ──── 体"])
        for y in 0..<2 { assertInvariant(buffer, row: y) }
    }

    /// The diff compares rows as bytes: a cell must be two integers with no padding between or after.
    func testCellIsEightBytesOfPlainData() {
        XCTAssertEqual(MemoryLayout<Cell>.size, 8)
        XCTAssertEqual(MemoryLayout<Cell>.stride, 8)
        XCTAssertTrue(_isPOD(Cell.self))
        var cell = Cell("中", style: Style(foreground: .indexed(200), background: .ansi(12), attributes: [.bold, .dim]), width: 2)
        XCTAssertEqual(cell.character, "中")
        XCTAssertEqual(cell.style, Style(foreground: .indexed(200), background: .ansi(12), attributes: [.bold, .dim]))
        XCTAssertEqual(cell.width, 2)
        cell.style = .plain
        XCTAssertEqual(cell.width, 2, "a new style keeps the width")
        cell.width = 0
        XCTAssertEqual(cell.style, .plain, "a new width keeps the style")
        XCTAssertTrue(cell.isContinuation)
        // Every colour and attribute set packs to a style of its own.
        let colors: [Color] = [.default] + (0...255).map { Color.ansi(UInt8($0)) } + (0...255).map { Color.indexed(UInt8($0)) }
        var seen = Set<UInt32>()
        for foreground in colors {
            let style = Style(foreground: foreground, background: colors[seen.count % colors.count], attributes: TextAttributes(rawValue: UInt8(seen.count % 256)))
            XCTAssertEqual(StylePacking.unpack(StylePacking.pack(style)), style)
            seen.insert(StylePacking.pack(style))
        }
        XCTAssertEqual(seen.count, colors.count)
    }

    func testDiffListsOnlyChangedRuns() {
        let first = ScreenBuffer(width: 10, height: 3)
        first.put("标题 title", x: 0, y: 0)
        let second = first.copy()
        second.put("X", x: 5, y: 0)
        second.put("中", x: 2, y: 2)
        let runs = second.diff(from: first)
        XCTAssertEqual(runs.count, 2)
        XCTAssertEqual(runs[0].x, 5)
        XCTAssertEqual(runs[0].y, 0)
        XCTAssertEqual(runs[0].cells.map(\.character), ["X"])
        XCTAssertEqual(runs[1].x, 2)
        XCTAssertEqual(runs[1].cells.count, 2)
        XCTAssertTrue(second.diff(from: second.copy()).isEmpty)
        XCTAssertEqual(second.diff(from: nil).count, 3)
        XCTAssertEqual(second.diff(from: ScreenBuffer(width: 9, height: 3)).count, 3)
    }

    /// Over random edits: the runs applied to the old frame give the new one, no run splits a wide
    /// character, and every cell left out of the runs was unchanged.
    func testDiffRunsRebuildTheNewFrame() {
        let texts = ["中文", "ab", "评审 Judge", "─", "❤️", " ", "x", "宽字符"]
        var generator = SystemRandomNumberGenerator()
        func scribble(_ buffer: ScreenBuffer, _ times: Int) {
            for _ in 0..<times {
                let style = Style(foreground: .indexed(UInt8.random(in: 0...3, using: &generator)))
                buffer.put(texts.randomElement(using: &generator)!, x: Int.random(in: -1...12, using: &generator),
                           y: Int.random(in: 0...2, using: &generator), style: style)
            }
        }
        for round in 0..<2_000 {
            let first = ScreenBuffer(width: 12, height: 3)
            scribble(first, 8)
            let second = first.copy()
            scribble(second, Int.random(in: 0...4, using: &generator))
            var rebuilt = first.cells
            var written = Set<Int>()
            for run in second.diff(from: first) {
                XCTAssertFalse(run.cells.first?.isContinuation ?? true, "round \(round)")
                XCTAssertFalse(run.cells.last!.width == 2, "round \(round): a run ends on half a wide character")
                for (offset, cell) in run.cells.enumerated() {
                    rebuilt[run.y * 12 + run.x + offset] = cell
                    written.insert(run.y * 12 + run.x + offset)
                }
            }
            XCTAssertEqual(rebuilt, second.cells, "round \(round)")
            for i in rebuilt.indices where !written.contains(i) { XCTAssertEqual(first.cells[i], second.cells[i]) }
        }
    }

    func testDiffNeverStartsOnContinuation() {
        let first = ScreenBuffer(width: 6, height: 1)
        first.put("中文", x: 0, y: 0)
        let second = first.copy()
        second.restyle(Rect(x: 1, y: 0, width: 1, height: 1)) { $0.adding(.bold) }
        let runs = second.diff(from: first)
        XCTAssertEqual(runs.first?.x, 0)
        XCTAssertEqual(runs.first?.cells.count, 2)
    }

    func testZeroSizedBuffersAreSafe() {
        let buffer = ScreenBuffer(width: 0, height: 0)
        buffer.put("中文", x: 0, y: 0)
        buffer.fill(Rect(x: -5, y: -5, width: 10, height: 10), with: "#")
        buffer.region(Rect(x: 3, y: 3, width: 5, height: 5)).put("x", x: 0, y: 0)
        XCTAssertEqual(buffer.lines(), [])
        let one = ScreenBuffer(width: 1, height: 1)
        one.put("中", x: 0, y: 0)
        XCTAssertEqual(one.lines(trimmingTrailingSpaces: false), [" "])
    }

    private func assertInvariant(_ buffer: ScreenBuffer, row y: Int, file: StaticString = #filePath, line: UInt = #line) {
        for x in 0..<buffer.width {
            let cell = buffer[x, y]
            if cell.width == 2 { XCTAssertTrue(buffer[x + 1, y].isContinuation, "leader at \(x) lacks continuation", file: file, line: line) }
            if cell.isContinuation { XCTAssertEqual(buffer[x - 1, y].width, 2, "orphan continuation at \(x)", file: file, line: line) }
        }
    }
}

/// The scalar-by-scalar path `put` takes for ASCII and CJK text draws exactly what the grapheme path
/// draws, clipped at either edge, and text with anything else in it takes the grapheme path.
final class SimpleTextTests: XCTestCase {
    /// The grapheme path alone: one Character at a time, each through `put`.
    private func byCharacters(_ text: String, x: Int, clip: Rect, width: Int) -> (ScreenBuffer, Int) {
        let buffer = ScreenBuffer(width: width, height: 1)
        var cx = x
        for character in text { cx = buffer.put(String(character), x: cx, y: 0, style: .plain, clip: clip) }
        return (buffer, cx)
    }

    func testSimpleTextDrawsAsTheGraphemePathDoes() {
        let texts = ["王晓明 国网陕西省电力公司 21.9", "「评委」：张三，李四。", "ＡＢ１２ — “引号”…·", "abc 123 ~!@",
                     "┌─ 登录 ──┐ │ █▍▏ ▲▼ ◆"]
        for text in texts {
            XCTAssertNotNil(SimpleText.width(of: text), text)
            for x in [-3, 0, 1, 5] {
                for clip in [Rect(x: 0, y: 0, width: 30, height: 1), Rect(x: 2, y: 0, width: 7, height: 1), Rect(x: 1, y: 0, width: 4, height: 1)] {
                    let fast = ScreenBuffer(width: 30, height: 1)
                    let end = fast.put(text, x: x, y: 0, style: .plain, clip: clip)
                    let (slow, slowEnd) = byCharacters(text, x: x, clip: clip, width: 30)
                    XCTAssertEqual(fast.cells, slow.cells, "\(text) at \(x) in \(clip)")
                    XCTAssertEqual(end, slowEnd, "\(text) at \(x) in \(clip)")
                }
            }
        }
    }

    func testAnythingElseTakesTheGraphemePath() {
        for text in ["e\u{301}", "👍🏽", "한국", "a\tb", "❤️", "\u{302A}", "\r\n", "▶\u{FE0F}"] {
            XCTAssertNil(SimpleText.width(of: text), text.debugDescription)
        }
        let buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("ae\u{301}b", x: 0, y: 0)
        XCTAssertEqual(buffer.lines(), ["ae\u{301}b"])
    }
}
