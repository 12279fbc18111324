import Foundation
@testable import JuryApp
import JuryCore
import JuryStore
import TerminalKit
import XCTest

/// A turn of the loop with nothing new draws nothing; another session's commit draws once.
final class IdleRedrawTests: XCTestCase {
    func testOnlyATurnWithSomethingNewDraws() throws {
        let fixture = try AppFixture()
        let (runtime, terminal) = try fixture.runtime(.en, watcher: true)
        AppFixture.signIn(runtime, terminal, as: "赵主任")
        let drawn = terminal.presentCount
        for _ in 0..<5 { runtime.step() }
        XCTAssertEqual(terminal.presentCount, drawn, "nothing happened: no frame")
        let other = try Store.open(at: fixture.store.path)
        try other.phase.set("showcase", actor: "admin")
        runtime.step()
        XCTAssertEqual(runtime.state.currentPhaseId, "showcase")
        XCTAssertGreaterThan(terminal.presentCount, drawn, "another session's commit is drawn")
        let after = terminal.presentCount
        terminal.enqueue([.down])
        runtime.step()
        XCTAssertEqual(terminal.presentCount, after + 1, "a key is drawn")
    }

    /// The PIN wait after a wrong try counts down by itself, once a second, and is drawn once more
    /// when it ends; once signed in, the passing seconds draw nothing (no screen shows the time).
    func testOnlyACountdownRedrawsAsTheClockMoves() throws {
        let fixture = try AppFixture()
        nonisolated(unsafe) var now = AppFixture.now
        let (runtime, terminal) = try fixture.runtime(.en, clock: { now })
        let index = runtime.state.login.users.firstIndex { $0.name == "赵主任" } ?? 0
        terminal.enqueue([.home] + Array(repeating: Key.down, count: index) + [.enter])
        // Wrong PINs until the store imposes a wait (the first tries get none).
        for _ in 0..<5 where !terminal.screenText.contains("Try again in") {
            terminal.type("0000")
            terminal.enqueue([.enter])
            AppFixture.drain(runtime, terminal)
        }
        let first = try XCTUnwrap(terminal.screenText.range(of: #"Try again in (\d+) s"#, options: .regularExpression)
            .map { String(terminal.screenText[$0]) }, terminal.framedScreen)
        var frames = terminal.presentCount
        runtime.step()
        XCTAssertEqual(terminal.presentCount, frames, "the same second: no frame")
        now += 1
        runtime.step()
        XCTAssertEqual(terminal.presentCount, frames + 1, "a second passed during the wait: one frame")
        XCTAssertFalse(terminal.screenText.contains(first), "the countdown moved without a key")
        now += 60
        runtime.step()
        XCTAssertFalse(terminal.screenText.contains("Try again in"), "the frame after the wait shows it over")
        frames = terminal.presentCount
        now += 1
        runtime.step()
        XCTAssertEqual(terminal.presentCount, frames, "no countdown: the clock draws nothing")

        // Another user (the store's own wait for 赵主任 runs on the real clock).
        terminal.enqueue([.escape])
        AppFixture.signIn(runtime, terminal, as: "李评委")
        XCTAssertEqual(runtime.state.session?.name, "李评委")
        frames = terminal.presentCount
        for _ in 0..<3 {
            now += 1
            runtime.step()
        }
        XCTAssertEqual(terminal.presentCount, frames, "signed in, the passing seconds draw nothing")
    }
}
