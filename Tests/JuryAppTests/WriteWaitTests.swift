import Foundation
@testable import JuryApp
import JuryCore
@testable import JuryStore
import TerminalKit
import XCTest

/// A write that finds the file locked by another session never freezes the screen: the loop keeps
/// answering keys, says it is waiting, finishes the write once the lock is free, and Esc gives up.
final class WriteWaitTests: XCTestCase {
    /// Another connection holds the write lock (as another session mid-write would).
    private func holdLock(_ path: String) throws -> Store {
        let other = try Store.open(at: path)
        try other.rawConnection { try $0.execute("BEGIN IMMEDIATE") }
        return other
    }

    private func release(_ other: Store) throws {
        try other.rawConnection { try $0.execute("COMMIT") }
    }

    /// Signs in as the admin and asks to set the last phase, up to the confirmation.
    private func askToSetLastPhase(_ fixture: AppFixture) throws -> (AppRuntime, HeadlessTerminal) {
        let (runtime, terminal) = try fixture.runtime(.en, width: 100, height: 30)
        AppFixture.signIn(runtime, terminal, as: "admin")
        terminal.enqueue([.down, .enter, .char("G"), .enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertNotNil(runtime.state.overlay, "the confirmation is open")
        return (runtime, terminal)
    }

    func testAWriteWaitsWithoutFreezingThenGoesThrough() throws {
        let fixture = try AppFixture()
        let (runtime, terminal) = try askToSetLastPhase(fixture)
        runtime.runner.interactiveWriteWait = 0.05
        let other = try holdLock(fixture.path)
        let started = Date()
        terminal.enqueue([.char("y")])
        runtime.step()
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.0, "the key returned at once")
        XCTAssertTrue(runtime.state.writeWaiting)
        XCTAssertTrue(terminal.screenText.contains("Waiting for another session"), terminal.screenText)
        // Keys still work meanwhile: help opens and closes.
        terminal.enqueue([.char("?")])
        runtime.step()
        XCTAssertNotNil(runtime.state.overlay)
        terminal.enqueue([.escape])
        runtime.step()
        try release(other)
        runtime.step()
        XCTAssertFalse(runtime.state.writeWaiting)
        XCTAssertEqual(try fixture.store.phase.current(), fixture.definition.phases.last?.id)
    }

    func testEscGivesUpAWaitingWriteAndNothingChanges() throws {
        let fixture = try AppFixture()
        let before = try fixture.store.phase.current()
        let (runtime, terminal) = try askToSetLastPhase(fixture)
        runtime.runner.interactiveWriteWait = 0.05
        let other = try holdLock(fixture.path)
        terminal.enqueue([.char("y")])
        runtime.step()
        XCTAssertTrue(runtime.state.writeWaiting)
        terminal.enqueue([.escape])
        runtime.step()
        XCTAssertFalse(runtime.state.writeWaiting)
        XCTAssertTrue(terminal.screenText.contains("Gave up saving"), terminal.screenText)
        try release(other)
        runtime.step()
        runtime.step()
        XCTAssertEqual(try fixture.store.phase.current(), before, "the abandoned write never ran")
        XCTAssertEqual(runtime.state.route, .phase, "still on the phase screen")
    }
}
