import Foundation
@testable import JuryApp
import JuryCore
import JuryStore
import TerminalKit
import XCTest

/// A filter typed into the browser shows its first window at once; the full count (a scan of every
/// entrant) waits for a pause in typing, and a key typed before the pause replaces it unrun.
final class FilterCountTests: XCTestCase {
    private func filtering() throws -> (AppRuntime, HeadlessTerminal) {
        let fixture = try AppFixture(entrants: AppFixture.sixHundred)
        let (runtime, terminal) = try fixture.runtime(.zh, width: 132, height: 43)
        AppFixture.signIn(runtime, terminal, as: "赵主任")
        terminal.enqueue([.enter, .char("/")])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.browser.total, 600)
        return (runtime, terminal)
    }

    func testAFullWindowShowsAtOnceAndTheCountComesWhenTypingPauses() throws {
        let (runtime, terminal) = try filtering()
        terminal.type("西安")
        AppFixture.drain(runtime, terminal)
        XCTAssertFalse(runtime.state.browser.counted)
        XCTAssertEqual(runtime.state.browser.rows.count, 200)
        XCTAssertTrue(terminal.screenText.contains("/ 200+"), terminal.screenText)
        // A turn of the loop with no key: the pause.
        runtime.step()
        XCTAssertTrue(runtime.state.browser.counted)
        XCTAssertEqual(runtime.state.browser.total, 300)
        XCTAssertTrue(terminal.screenText.contains("/ 300"), terminal.screenText)
        XCTAssertTrue(runtime.deferred.isEmpty)
    }

    func testAKeyBeforeThePauseReplacesTheStaleCount() throws {
        let (runtime, terminal) = try filtering()
        terminal.type("西")
        AppFixture.drain(runtime, terminal)
        guard case .entrants(.count(let first))? = runtime.deferred.first?.effect else { return XCTFail("a count waits for the pause") }
        XCTAssertEqual(first.search, "西")
        terminal.type("安")
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.deferred.count, 1, "the count of 西 was dropped unrun")
        guard case .entrants(.count(let second))? = runtime.deferred.first?.effect else { return XCTFail("the new count waits") }
        XCTAssertEqual(second.search, "西安")
        terminal.enqueue([.backspace, .backspace])
        AppFixture.drain(runtime, terminal)
        runtime.step()
        XCTAssertTrue(runtime.deferred.isEmpty)
        XCTAssertEqual(runtime.state.browser.total, 600)
    }

    func testAShortWindowIsTheWholeAnswer() throws {
        let (runtime, terminal) = try filtering()
        // 达人1, 达人10–19, 达人100–199: 111 entrants, fewer than a window.
        terminal.type("达人1")
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(runtime.state.browser.counted)
        XCTAssertEqual(runtime.state.browser.total, 111)
        XCTAssertTrue(runtime.deferred.isEmpty)
    }
}
