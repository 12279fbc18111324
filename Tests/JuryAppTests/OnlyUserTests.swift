import JuryCore
@testable import JuryApp
import JuryStore
import XCTest

/// `open --user NAME` (an SSH key forced to one account): only that name is listed, and signing in
/// as anyone else is refused by the runner, not just hidden by the screen.
final class OnlyUserTests: XCTestCase {
    func testOnlyTheForcedUserCanSignIn() throws {
        let fixture = try AppFixture()
        let runner = EffectRunner(store: fixture.store, definition: fixture.definition)
        runner.onlyUser = "李评委"
        guard case .done(.session(.users(let listed))?) = runner.perform(Request(origin: .app, actor: "", effect: .session(.loadUsers)),
                                                                          language: .en) else { return XCTFail() }
        XCTAssertEqual(listed.map(\.name), ["李评委"])
        let other = runner.perform(Request(origin: .app, actor: "", effect: .session(.authenticate(name: "admin", pin: AppFixture.pin))),
                                   language: .en)
        guard case .done(.session(.login(_, .unknownOrInactive))?) = other else { return XCTFail("\(other)") }
        let mine = runner.perform(Request(origin: .app, actor: "", effect: .session(.authenticate(name: "李评委", pin: AppFixture.pin))),
                                  language: .en)
        guard case .done(.session(.login(_, .success))?) = mine else { return XCTFail("\(mine)") }
    }
}
