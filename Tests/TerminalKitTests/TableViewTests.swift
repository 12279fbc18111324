import XCTest
import JuryTestSupport
@testable import TerminalKit

final class TableViewTests: XCTestCase {
    private func contestTable(rows: Int) -> TableView {
        var table = TableView(columns: [
            TableColumn("编号", width: .fixed(6), alignment: .right),
            TableColumn("姓名", width: .flexible(weight: 1, minimum: 6)),
            TableColumn("账号", width: .flexible(weight: 2)),
            TableColumn("推荐单位", width: .flexible(weight: 2)),
            TableColumn("得分", width: .fixed(6), alignment: .right),
        ], rowCount: rows) { i in
            [String(format: "%04d", i + 1), sampleNames[i % sampleNames.count],
             "@creator_\(i)号账号", sampleUnits[i % sampleUnits.count], NumberField.format(95 - i % 40)]
        }
        table.sort = .init(column: 4, ascending: false)
        return table
    }

    func testChineseTableAt80x24() {
        let table = contestTable(rows: 40)
        var state = TableState()
        state.moveSelection(by: 3, rowCount: 40, visibleRows: 20)
        let screen = render(width: 80, height: 24) { region in
            let inner = Box(title: "初审队列 · 第一轮").draw(into: region.region(Rect(x: 0, y: 0, width: 80, height: 23)))
            table.draw(into: inner, state: state)
            StatusBar(left: ["评委 王老师", "已评 12/40"], right: ["? 帮助", "q 退出"]).draw(into: region.region(Rect(x: 0, y: 23, width: 80, height: 1)))
        }
        assertSnapshot(screen, named: "table-chinese-80x24")
    }

    func testSelectedRowUsesSelectedStyle() {
        let table = contestTable(rows: 5)
        let buffer = ScreenBuffer(width: 40, height: 6)
        table.draw(into: buffer.region, state: TableState(selected: 2))
        XCTAssertEqual(buffer[0, 3].style, Theme.default[.selected])
        XCTAssertEqual(buffer[39, 3].style, Theme.default[.selected])
        XCTAssertEqual(buffer[0, 0].style, Theme.default[.header])
        XCTAssertEqual(buffer[0, 2].style, Theme.default[.normal])
    }

    func testHundredThousandRowsFetchesOnlyVisibleRows() {
        var fetched: [Int] = []
        let base = contestTable(rows: 100_000)
        var table = base
        table.row = { i in fetched.append(i); return base.row(i) }
        var state = TableState()
        let visible = table.visibleRows(height: 41)
        state.end(rowCount: 100_000, visibleRows: visible)
        state.moveSelection(by: -50_000, rowCount: 100_000, visibleRows: visible)
        fetched.removeAll()
        let screen = render(width: 132, height: 43) { region in
            let inner = Box(title: "全部作品").draw(into: region)
            table.draw(into: inner, state: state)
        }
        XCTAssertEqual(visible, 40)
        XCTAssertEqual(fetched.count, visible)
        XCTAssertEqual(Set(fetched), Set(state.offset..<(state.offset + visible)))
        XCTAssertEqual(state.selected, 49_999)
        assertSnapshot(screen, named: "table-100k-132x43")
    }

    func testTableStateNavigation() {
        var state = TableState()
        state.moveSelection(by: -1, rowCount: 10, visibleRows: 4)
        XCTAssertEqual(state, TableState(selected: 0, offset: 0))
        state.moveSelection(by: 5, rowCount: 10, visibleRows: 4)
        XCTAssertEqual(state, TableState(selected: 5, offset: 2))
        state.page(up: false, rowCount: 10, visibleRows: 4)
        XCTAssertEqual(state, TableState(selected: 8, offset: 5))
        state.page(up: false, rowCount: 10, visibleRows: 4)
        XCTAssertEqual(state, TableState(selected: 9, offset: 6))
        state.page(up: true, rowCount: 10, visibleRows: 4)
        XCTAssertEqual(state, TableState(selected: 6, offset: 3))
        state.home(rowCount: 10, visibleRows: 4)
        XCTAssertEqual(state, TableState(selected: 0, offset: 0))
        state.end(rowCount: 10, visibleRows: 4)
        XCTAssertEqual(state, TableState(selected: 9, offset: 6))
        XCTAssertEqual(TableState(selected: 9, offset: 6).clamped(rowCount: 3, visibleRows: 4), TableState(selected: 2, offset: 0))
        XCTAssertEqual(TableState(selected: 4).clamped(rowCount: 0, visibleRows: 4), TableState())
        XCTAssertTrue(state.handle(.up, rowCount: 10, visibleRows: 4))
        XCTAssertFalse(state.handle(.char("x"), rowCount: 10, visibleRows: 4))
    }

    func testColumnLayout() {
        let columns = [TableColumn("a", width: .fixed(6)), TableColumn("b", width: .flexible(weight: 1)),
                       TableColumn("c", width: .flexible(weight: 3))]
        XCTAssertEqual(TableColumn.layout(columns, totalWidth: 48), [6, 10, 30])
        XCTAssertEqual(TableColumn.layout(columns, totalWidth: 4).reduce(0, +) <= 4, true)
    }

    func testListViewScrollsWithSelection() {
        let list = ListView(items: sampleNames)
        let screen = render(width: 20, height: 5) { region in
            list.draw(into: region, state: TableState(selected: 7, offset: 0))
        }
        assertSnapshot(screen, named: "list-scrolled")
    }
}

/// `Region.put(_:x:y:width:alignment:)` and `putAligned` place text without building padded strings;
/// they must draw exactly what the fitted string (truncated, then padded) drew, over any old content.
final class AlignedPutTests: XCTestCase {
    /// The old way: the text fitted to `width` cells as a string, then drawn.
    private func fittedWay(_ text: String, x: Int, width: Int, alignment: TextAlignment, in region: Region) {
        region.put(text.fitted(toWidth: width, alignment: alignment), x: x, y: 0, style: Theme.default[.selected], maxWidth: width)
    }

    func testAlignedPutDrawsWhatTheFittedStringDrew() {
        let texts = ["", "王晓明", "国网陕西省电力公司西安供电公司", "abc", "1.2万", "✓", "e\u{301}tude", "👍🏽赞", "ＡＢ１２", "a王b晓c"]
        for text in texts {
            for width in [1, 2, 3, 5, 8, 20] {
                for alignment in TextAlignment.allCases {
                    for x in [0, 3, 25] { // 25: the cell runs past the edge, so it is cut
                        let old = ScreenBuffer(width: 30, height: 1), new = ScreenBuffer(width: 30, height: 1)
                        for buffer in [old, new] { buffer.put("旧内容旧内容旧内容旧内容旧内容", x: 0, y: 0) }
                        fittedWay(text, x: x, width: width, alignment: alignment, in: old.region)
                        new.region.put(text, x: x, y: 0, width: width, alignment: alignment, style: Theme.default[.selected])
                        XCTAssertEqual(new.cells, old.cells, "\(text.debugDescription) width \(width) \(alignment) at \(x)")

                        // Over a row already filled with the style, as a table draws it.
                        let filledOld = ScreenBuffer(width: 30, height: 1), filledNew = ScreenBuffer(width: 30, height: 1)
                        for buffer in [filledOld, filledNew] { buffer.fill(Rect(x: 0, y: 0, width: 30, height: 1), style: Theme.default[.selected]) }
                        fittedWay(text, x: x, width: width, alignment: alignment, in: filledOld.region)
                        filledNew.region.putAligned(text, x: x, y: 0, width: width, alignment: alignment, style: Theme.default[.selected])
                        XCTAssertEqual(filledNew.cells, filledOld.cells, "filled: \(text.debugDescription) width \(width) \(alignment) at \(x)")
                    }
                }
            }
        }
    }
}
