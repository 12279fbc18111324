import Foundation
@testable import JuryApp
import JuryCore
@testable import JuryStore
import JuryTestSupport
import TerminalKit
import XCTest

/// Admin screens through the real loop: every change goes through the store's audited writes.
final class AdminRuntimeTests: XCTestCase {
    func testAddDeactivateResetPinAndSetPhase() throws {
        let fixture = try AppFixture()
        let (runtime, terminal) = try fixture.runtime(.zh)
        AppFixture.signIn(runtime, terminal, as: "admin")
        // Users → add 陈晓 as a judge.
        terminal.enqueue([.enter, .char("a")])
        terminal.type("陈晓")
        terminal.enqueue([.enter, .right, .enter])
        terminal.type("宝鸡市总工会")
        terminal.enqueue([.enter])
        terminal.type("宝鸡")
        terminal.enqueue([.enter])
        terminal.type("13579")
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.route, .users)
        XCTAssertTrue(terminal.screenText.contains("已添加用户“陈晓”。"), terminal.screenText)
        let added = try XCTUnwrap(try fixture.store.users.user(named: "陈晓"))
        XCTAssertEqual(added.role, .judge)
        XCTAssertEqual(added.unit, "宝鸡市总工会")
        XCTAssertEqual(runtime.state.users.selected?.name, "陈晓", "the new user is selected")
        guard case .success = try fixture.store.users.authenticate(name: "陈晓", pin: "13579") else { return XCTFail("PIN not set") }

        // Reset the PIN, then deactivate (answering the confirmation).
        terminal.enqueue([.char("p")])
        terminal.type("97531")
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(terminal.screenText.contains("已为“陈晓”设置新 PIN。"), terminal.screenText)
        guard case .success = try fixture.store.users.authenticate(name: "陈晓", pin: "97531") else { return XCTFail("PIN not reset") }
        terminal.enqueue([.char("d"), .char("y")])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(try fixture.store.users.user(named: "陈晓")?.active, false)
        XCTAssertTrue(terminal.screenText.contains("已停用用户“陈晓”。"))

        // Phase: choose the last one, confirm.
        terminal.enqueue([.char("q"), .down, .enter, .char("G"), .enter, .char("y")])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(try fixture.store.phase.current(), "showcase")
        XCTAssertTrue(terminal.screenText.contains("当前阶段：总结展示期"), terminal.screenText)
        let actions = try fixture.store.database.query("SELECT actor, action FROM audit_log WHERE actor = 'admin' ORDER BY seq")
            .compactMap { $0.string("action") }
        XCTAssertEqual(actions, ["user.pin_attempt", "user.login", "user.add", "user.reset_pin", "user.deactivate", "phase.set"])
    }

    func testStoreErrorsAreShownInTheUsersLanguage() throws {
        let fixture = try AppFixture()
        let runner = EffectRunner(store: fixture.store, definition: fixture.definition)
        let request = Request(origin: .app, actor: "admin", effect: .users(.deactivate(name: "无此人")))
        guard case .done(.failed(let zh)?) = runner.perform(request, language: .zh),
              case .done(.failed(let en)?) = runner.perform(request, language: .en) else {
            return XCTFail("an unknown user must fail")
        }
        XCTAssertTrue(zh.contains("无此人") && zh != en, zh)
        XCTAssertTrue(en.hasPrefix("No user 无此人"), en)
    }

    func testUnknownThemeAndMissingFileAreRefusedBeforeTheScreenIsTaken() throws {
        let fixture = try AppFixture(users: false)
        let folder = try TemporaryDirectory("jurydesk-themes")
        try Data(#"{"name":"paper","roles":{"normal":{}}}"#.utf8).write(to: folder.url.appendingPathComponent("paper.json"))
        XCTAssertEqual(Workstation.availableThemes([folder.url.path]), ["default", "monochrome", "paper"])
        let status = try Workstation.run(WorkstationOptions(databasePath: fixture.path, theme: "nope", themeSearchPaths: [folder.url.path],
                                                            environment: [:]))
        XCTAssertEqual(status, 64)
        XCTAssertEqual(try Workstation.run(WorkstationOptions(databasePath: fixture.dir.path("missing.sqlite"), environment: [:])), 1)
    }
}

extension AdminRuntimeTests {
    /// A judge locked out by wrong PINs shows as locked in the admin's list, and `u` unlocks them
    /// (audited); an account that is not locked is refused with a line.
    func testTheAdminUnlocksALockedAccount() throws {
        let fixture = try AppFixture()
        var now = AppFixture.now
        fixture.store.clock = { now }
        for _ in 0..<UserRepository.lockAfterFailures {
            _ = try fixture.store.users.authenticate(name: "李评委", pin: "0000")
            now = now.addingTimeInterval(120)
        }
        XCTAssertEqual(try fixture.store.users.authenticate(name: "李评委", pin: AppFixture.pin), .locked)
        let (runtime, terminal) = try fixture.runtime(.zh, width: 100, height: 30)
        AppFixture.signIn(runtime, terminal, as: "admin")
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(terminal.screenText.contains("已锁定"), terminal.screenText)
        let row = try XCTUnwrap(runtime.state.users.list.firstIndex { $0.name == "李评委" })
        terminal.enqueue([.home] + Array(repeating: Key.down, count: row) + [.char("u")])
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(terminal.screenText.contains("已解除用户“李评委”的锁定"), terminal.screenText)
        guard case .success = try fixture.store.users.authenticate(name: "李评委", pin: AppFixture.pin) else {
            return XCTFail("the judge can sign in again")
        }
        terminal.enqueue([.char("u")])
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(terminal.screenText.contains("没有被锁定"), terminal.screenText)
    }
}
