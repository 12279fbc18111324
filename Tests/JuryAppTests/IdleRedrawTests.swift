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
}
