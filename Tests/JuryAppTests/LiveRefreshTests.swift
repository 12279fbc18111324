import Foundation
@testable import JuryApp
import JuryCore
import JuryStore
import JuryTestSupport
import TerminalKit
import XCTest

/// Another session commits; the next loop turn re-reads what is visible and keeps the cursor.
final class LiveRefreshTests: XCTestCase {
    func testOtherConnectionsCommitKeepsSelectionAndTypedFilter() throws {
        let fixture = try AppFixture()
        let (runtime, terminal) = try fixture.runtime(.zh, watcher: true)
        AppFixture.signIn(runtime, terminal, as: "赵主任")
        terminal.enqueue([.enter, .char("s"), .down, .down, .down])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.browser.sort.key, .name)
        let chosen = try XCTUnwrap(runtime.state.browser.selectedRow)
        let line = runtime.state.browser.table.selected - runtime.state.browser.table.offset

        // A second connection (as another session would) adds an entrant whose name sorts first.
        let other = try Store.open(at: fixture.path)
        try other.importEntrants([Entrant(id: "BM2023-2001", name: "丁一", phone: "13900000000", union: "陕西省总工会",
                                          employer: "西安铁路局", city: "西安", isUnionMember: true,
                                          accounts: [Account(platform: .douyin, nickname: "丁一的车间", followers: 30_000)])],
                                 actor: "system")
        runtime.step()
        XCTAssertEqual(runtime.state.browser.total, 13)
        XCTAssertEqual(runtime.state.browser.selectedRow?.id, chosen.id, "the same entrant stays selected")
        // All 13 rows fit on screen, so the row moves down with the list (with scrolling, UpdateTests shows the line is kept).
        XCTAssertEqual(runtime.state.browser.table.selected - runtime.state.browser.table.offset, line + 1)
        XCTAssertTrue(terminal.screenText.contains("丁一"))

        // Typing a filter, another commit arrives: the text and the editing stay.
        terminal.enqueue([.char("/")])
        terminal.type("西")
        AppFixture.drain(runtime, terminal)
        try other.users.deactivate(name: "李评委", actor: "system")
        runtime.step()
        XCTAssertTrue(runtime.state.browser.editingFilter)
        XCTAssertEqual(runtime.state.browser.filter.text, "西")
        terminal.type("安")
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.browser.filter.text, "西安")
    }

    func testSecondProcessCommitRefreshesTheOpenDossier() throws {
        let fixture = try AppFixture()
        let (runtime, terminal) = try fixture.runtime(.zh, watcher: true)
        AppFixture.signIn(runtime, terminal, as: "李评委")
        terminal.enqueue([.char("x")])
        AppFixture.drain(runtime, terminal)
        AppFixture.signIn(runtime, terminal, as: "赵主任")
        terminal.enqueue([.enter, .enter, .ctrl("d")])
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(terminal.screenText.contains("张伟 · BM2023-1001 · 待一轮审核"))
        let scroll = runtime.state.detail.scroll
        XCTAssertGreaterThan(scroll, 0)

        // A real second process (the sqlite3 shell) commits a change to this entrant.
        let result = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/sqlite3"),
                                           [fixture.path, "UPDATE entrants SET review_stage = 'finalist' WHERE id = 'BM2023-1001';"])
        XCTAssertEqual(result.status, 0, result.err)
        runtime.step()
        XCTAssertTrue(terminal.screenText.contains("张伟 · BM2023-1001 · 入围"), terminal.screenText)
        XCTAssertEqual(runtime.state.detail.scroll, scroll, "the reader's place in the dossier is kept")
        terminal.enqueue([.escape])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.browser.selectedRow?.stage, .finalist)
    }
}
