import XCTest
import JuryTestSupport
@testable import TerminalKit

/// The pattern the app follows: keys in, state updated, a fresh frame rendered and presented.
final class HeadlessLoopTests: XCTestCase {
    private struct Model {
        var state = TableState()
        var dialog: ConfirmDialog?
        var quit = false
    }

    private func render(_ model: Model, on terminal: HeadlessTerminal, table: TableView) {
        let buffer = terminal.makeBuffer()
        let size = terminal.size
        if TooSmallNotice.isTooSmall(size, minimum: Size(width: 30, height: 8)) {
            TooSmallNotice.draw(into: buffer.region, minimum: Size(width: 30, height: 8), message: "窗口太小")
        } else {
            table.draw(into: buffer.region(Rect(x: 0, y: 0, width: size.width, height: size.height - 1)), state: model.state)
            StatusBar(left: ["第 \(model.state.selected + 1) 条"], right: ["q 退出"])
                .draw(into: buffer.region(Rect(x: 0, y: size.height - 1, width: size.width, height: 1)))
            model.dialog?.draw(into: buffer.region)
        }
        terminal.present(buffer)
    }

    func testScriptedSession() {
        let terminal = HeadlessTerminal(width: 40, height: 10)
        var sortHeader = TableView(columns: [TableColumn("姓名"), TableColumn("得分很高的列", width: .fixed(5), alignment: .right)],
                                   rowCount: sampleNames.count) { [sampleNames[$0], NumberField.format(90 - $0)] }
        sortHeader.sort = .init(column: 1, ascending: true)
        var model = Model()
        terminal.type("\u{1B}[B\u{1B}[B\u{1B}[6~q")
        terminal.enqueue([.resize])
        render(model, on: terminal, table: sortHeader)
        while let key = terminal.readKey(timeoutMs: 25) {
            if var dialog = model.dialog {
                if let result = dialog.handle(key) { model.dialog = nil; model.quit = result == .confirmed } else { model.dialog = dialog }
            } else if key == .char("q") {
                model.dialog = ConfirmDialog(title: "退出", message: "确定退出？", yesLabel: "是", noLabel: "否")
            } else {
                _ = model.state.handle(key, rowCount: sortHeader.rowCount, visibleRows: sortHeader.visibleRows(height: terminal.size.height - 1))
            }
            render(model, on: terminal, table: sortHeader)
        }
        XCTAssertEqual(model.state.selected, 9)
        XCTAssertFalse(model.quit)
        XCTAssertEqual(terminal.presentCount, 6)
        assertSnapshot(terminal.framedScreen, named: "scripted-session")
        terminal.resize(to: Size(width: 20, height: 5))
        XCTAssertEqual(terminal.readKey(timeoutMs: 0), .resize)
        render(model, on: terminal, table: sortHeader)
        assertSnapshot(terminal.framedScreen, named: "scripted-session-too-small")
    }
}
