import Foundation
@testable import JuryApp
import JuryCore
import JuryStore
import JuryTestSupport
import TerminalKit
import XCTest

/// The selected entrant stays selected when another session moves it far away in the sort, and when
/// the user changes the sort or the stage view — against a real file with more rows than one window.
final class SelectionTests: XCTestCase {
    /// Signs in as the chair, opens all entrants and presses `s` until the browser sorts by `key`.
    private func browser(_ fixture: AppFixture, sortedBy key: EntrantQuery.Sort) throws -> (AppRuntime, HeadlessTerminal) {
        let (runtime, terminal) = try fixture.runtime(.zh, watcher: true)
        AppFixture.signIn(runtime, terminal, as: "赵主任")
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        while runtime.state.browser.sort.key != key {
            terminal.enqueue([.char("s")])
            AppFixture.drain(runtime, terminal)
        }
        return (runtime, terminal)
    }

    private func screenLine(_ runtime: AppRuntime) -> Int {
        runtime.state.browser.table.selected - runtime.state.browser.table.offset
    }

    func testSelectionFollowsAnEntrantAnotherSessionMovesBeyondTheWindow() throws {
        let fixture = try AppFixture(entrants: AppFixture.sixHundred)
        let (runtime, terminal) = try browser(fixture, sortedBy: .stage)
        // The fixture reviewed S0001–S0003 already; by stage the registered come first: S0000, S0004, S0005, S0006…
        terminal.enqueue([.down, .down, .down])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.browser.selectedRow?.id, "S0006")

        // Another session passes it in round one: "round1_passed" sorts after the 596 still registered
        // and S0002 (round one failed), and after S0001 (passed before it, by id).
        let other = try Store.open(at: fixture.path)
        try AppFixture.decide(other, 1, "S0006", .pass)
        runtime.step()
        XCTAssertEqual(runtime.state.browser.selectedRow?.id, "S0006", "the same entrant stays selected")
        XCTAssertEqual(runtime.state.browser.selectedRow?.stage, .round1Passed)
        XCTAssertEqual(runtime.state.browser.table.selected, 598)
        // Two rows from the end it cannot keep its screen line (row 3): the list ends at the bottom of the screen.
        XCTAssertEqual(runtime.state.browser.table.offset, 600 - EntrantBrowserScreen.visibleRows(runtime.state.context))
        XCTAssertLessThanOrEqual(runtime.state.browser.rows.count, EntrantBrowserScreen.windowSize)
        XCTAssertTrue(terminal.screenText.contains("第 599 / 600 人"), terminal.screenText)
        XCTAssertTrue(terminal.screenText.contains("S0006"))
    }

    func testSelectionFollowsInAReversedSort() throws {
        let fixture = try AppFixture(entrants: AppFixture.sixHundred)
        let (runtime, terminal) = try browser(fixture, sortedBy: .stage)
        // Reversed, the display reads the store from the end: …, S0006, S0005, S0004, S0000.
        terminal.enqueue([.char("r"), .char("G"), .up, .up])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.browser.selectedRow?.id, "S0005")
        XCTAssertEqual(runtime.state.browser.table.selected, 597)

        // Passed in round one it sorts second to last in the store (only S0003, through round two, after
        // it): the second row on screen, far outside the window that was loaded.
        let other = try Store.open(at: fixture.path)
        try AppFixture.decide(other, 1, "S0005", .pass)
        runtime.step()
        XCTAssertEqual(runtime.state.browser.selectedRow?.id, "S0005")
        XCTAssertEqual(runtime.state.browser.table.selected, 1)
        XCTAssertEqual(runtime.state.browser.start, 0)
        XCTAssertTrue(terminal.screenText.contains("第 2 / 600 人"), terminal.screenText)
        XCTAssertTrue(terminal.screenText.contains("S0005"))
    }

    func testChangingTheSortOrTheStageViewKeepsTheEntrant() throws {
        let fixture = try AppFixture(entrants: AppFixture.sixHundred)
        let (runtime, terminal) = try browser(fixture, sortedBy: .id)
        terminal.enqueue(Array(repeating: Key.down, count: 250))
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.browser.selectedRow?.id, "S0250")
        let line = screenLine(runtime)

        // By name "达人250" is not row 250: the selection moves with the entrant, on the same screen line.
        terminal.enqueue([.char("s")])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.browser.sort.key, .name)
        XCTAssertNotEqual(runtime.state.browser.table.selected, 250)
        XCTAssertEqual(runtime.state.browser.selectedRow?.id, "S0250")
        XCTAssertEqual(screenLine(runtime), line)
        XCTAssertTrue(terminal.screenText.contains("达人250"))

        // Name backwards, city, followers both ways, stage, id again.
        for key: Key in [.char("r"), .char("s"), .char("s"), .char("r"), .char("s"), .char("s")] {
            terminal.enqueue([key])
            AppFixture.drain(runtime, terminal)
            XCTAssertEqual(runtime.state.browser.selectedRow?.id, "S0250", "after \(key) sorting by \(runtime.state.browser.sort)")
            XCTAssertEqual(screenLine(runtime), line, "after \(key)")
        }
        XCTAssertEqual(runtime.state.browser.sort.key, .id)

        // The stage views that hold it keep it; one that does not starts at the top.
        terminal.enqueue([.char("v")])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.browser.stage, .registered)
        XCTAssertEqual(runtime.state.browser.selectedRow?.id, "S0250")
        terminal.enqueue([.char("v")])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.browser.stage, .round1Passed)
        XCTAssertEqual(runtime.state.browser.table, TableState())
        XCTAssertNotEqual(runtime.state.browser.selectedRow?.id, "S0250")

        // A new filter is a new question: the top of its answer.
        terminal.enqueue(Array(repeating: Key.char("v"), count: ReviewStage.allCases.count - 1))
        AppFixture.drain(runtime, terminal)
        XCTAssertNil(runtime.state.browser.stage)
        terminal.enqueue(Array(repeating: Key.down, count: 5) + [.char("/")])
        terminal.type("宝鸡")
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.browser.table.selected, 0)
    }

    /// The open dossier re-reads its entrant by id, even when many share its name.
    func testDossierRefreshFindsTheEntrantByIdAmongNamesakes() throws {
        let namesakes = (0..<150).map { i in
            Entrant(id: String(format: "Z%04d", i), name: "张伟", phone: "13800000000", union: "工会", employer: "单位",
                    city: "西安", isUnionMember: true, accounts: [Account(platform: .douyin, nickname: "z\(i)", followers: 10_000)])
        }
        let fixture = try AppFixture(entrants: namesakes)
        let (runtime, terminal) = try browser(fixture, sortedBy: .id)
        terminal.enqueue([.char("G"), .enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.detail.summary.id, "Z0149")
        let other = try Store.open(at: fixture.path)
        try AppFixture.decide(other, 1, "Z0149", .pass)
        runtime.step()
        XCTAssertEqual(runtime.state.detail.summary.stage, .round1Passed)
        XCTAssertTrue(terminal.screenText.contains("张伟 · Z0149 · 一轮通过"), terminal.screenText)
    }
}
