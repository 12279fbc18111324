import Foundation
@testable import JuryApp
import JuryCore
import JuryStore
import JuryTestSupport
import TerminalKit
import XCTest

/// The real loop on a headless terminal against a real SQLite file.
final class RuntimeTests: XCTestCase {
    func testSignInFilterOpenDetailGoBackQuit() throws {
        let fixture = try AppFixture()
        let (runtime, terminal) = try fixture.runtime(.zh)
        XCTAssertTrue(terminal.screenText.contains("请选择用户并输入 PIN"))
        // 赵主任 is second in the list (admin first); a wrong PIN first.
        terminal.enqueue([.down, .enter])
        terminal.type("0000")
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(terminal.screenText.contains("PIN 错误，请重试"), terminal.screenText)
        XCTAssertEqual(runtime.state.route, .login)
        terminal.type(AppFixture.pin)
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.route, .home)
        XCTAssertTrue(terminal.screenText.contains("赵主任，您好（评审主任）"))
        XCTAssertTrue(terminal.screenText.contains("全部参赛者（12）"))

        terminal.enqueue([.enter, .char("/")])
        terminal.type("咸阳")
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.browser.total, 2)
        XCTAssertTrue(terminal.screenText.contains("第 1 / 2 人"))
        XCTAssertTrue(terminal.screenText.contains("李娜"))
        XCTAssertFalse(terminal.screenText.contains("张伟"))

        terminal.enqueue([.down, .enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.route, .detail)
        XCTAssertTrue(terminal.screenText.contains("黄敏 · BM2023-1008"))
        XCTAssertTrue(terminal.screenText.contains("138****1241"), "phone masked for the chair")

        terminal.enqueue([.escape])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.route, .entrants)
        XCTAssertEqual(runtime.state.browser.filter.text, "咸阳", "the filter is still there after going back")
        XCTAssertEqual(runtime.state.browser.selectedRow?.id, "BM2023-1008")

        terminal.enqueue([.char("q"), .char("q"), .char("y")])
        runtime.run(stopWhenIdle: true)
        XCTAssertTrue(runtime.state.shouldQuit)
    }

    func testOnlyTheAdminSeesTheWholePhoneNumber() throws {
        let fixture = try AppFixture()
        let (runtime, terminal) = try fixture.runtime(.en, width: 132, height: 43)
        AppFixture.signIn(runtime, terminal, as: "admin")
        terminal.enqueue([.char("G"), .up, .enter, .enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.route, .detail)
        XCTAssertTrue(terminal.screenText.contains("Phone: 13802911234"), terminal.screenText)
    }

    func testSlowdownAfterRepeatedWrongPins() throws {
        let fixture = try AppFixture()
        var now = AppFixture.now
        fixture.store.clock = { now }
        let terminal = HeadlessTerminal(width: 80, height: 24)
        let runtime = AppRuntime(state: fixture.state(.zh), terminal: terminal,
                                 runner: EffectRunner(store: fixture.store, definition: fixture.definition, viewer: ExternalViewer(environment: [:])),
                                 theme: .monochrome, watcher: nil, clock: { now })
        runtime.start()
        terminal.enqueue([.enter])
        for _ in 0..<3 {
            terminal.type("9999")
            terminal.enqueue([.enter])
        }
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(terminal.screenText.contains("PIN 错误，请 1 秒后再试"), terminal.screenText)
        now = now.addingTimeInterval(1.5)
        terminal.type("9999")
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(terminal.screenText.contains("PIN 错误，请 2 秒后再试"), terminal.screenText)
        terminal.type(AppFixture.pin)
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.route, .login, "an attempt during the wait is not even sent")
        XCTAssertEqual(runtime.state.login.pin.text, "", "keys typed during the wait are not typed")
        XCTAssertTrue(terminal.screenText.contains("等待期间按键无效"), terminal.screenText)
        XCTAssertTrue(terminal.screenText.contains("admin 的 PIN"), "the PIN line names whose PIN it is")
        now = now.addingTimeInterval(3)
        terminal.type(AppFixture.pin)
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.route, .home)
        XCTAssertEqual(runtime.state.session?.role, .admin)
    }

    func testScreenshotViewerMissingAndPresent() throws {
        let fixture = try AppFixture()
        let shots = fixture.dir.url.appendingPathComponent("screenshots")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        try Data([0x89, 0x50]).write(to: shots.appendingPathComponent("E1001-1.png"))
        let missing = ExternalViewer(environment: ["JURYDESK_VIEWER": "no-such-viewer-xyz", "PATH": "/usr/bin:/bin"])
        let (runtime, terminal) = try fixture.runtime(.en, viewer: missing)
        AppFixture.signIn(runtime, terminal, as: "赵主任")
        terminal.enqueue([.enter, .enter, .char("o")])
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(terminal.screenText.contains("The viewer no-such-viewer-xyz is not installed"), terminal.screenText)

        let present = ExternalViewer(environment: ["JURYDESK_VIEWER": "/bin/true"])
        let (runtime2, terminal2) = try fixture.runtime(.en, viewer: present)
        AppFixture.signIn(runtime2, terminal2, as: "赵主任")
        terminal2.enqueue([.enter, .enter, .char("o")])
        AppFixture.drain(runtime2, terminal2)
        XCTAssertTrue(terminal2.screenText.contains("Opened \(shots.path)/E1001-1.png with /bin/true"), terminal2.screenText)
        terminal2.enqueue([.tab, .down, .char("o")])
        AppFixture.drain(runtime2, terminal2)
        XCTAssertTrue(terminal2.screenText.contains("File not found"), terminal2.screenText)
    }

    func testResizeBurstAndTinyTerminalsNeverCrash() throws {
        let fixture = try AppFixture()
        let (runtime, terminal) = try fixture.runtime(.zh)
        AppFixture.signIn(runtime, terminal, as: "赵主任")
        terminal.enqueue([.enter, .enter])
        AppFixture.drain(runtime, terminal)
        for (w, h) in [(20, 5), (1, 1), (0, 0), (79, 23), (200, 60), (80, 24), (40, 10), (3, 2), (132, 43)] {
            terminal.resize(to: Size(width: w, height: h))
            terminal.enqueue([.char("?"), .down, .escape, .char("/")])
            AppFixture.drain(runtime, terminal)
        }
        XCTAssertEqual(runtime.state.size, Size(width: 132, height: 43))
        terminal.resize(to: Size(width: 20, height: 5))
        runtime.step()
        XCTAssertTrue(terminal.screenText.contains("20×5 → 80×24"), terminal.screenText)
    }

    func testPagingThroughThousandsKeepsOnlyAWindow() throws {
        let many = (0..<3000).map { i in
            Entrant(id: String(format: "P%05d", i), name: "达人\(i)", phone: "13800000000", union: "工会", employer: "单位\(i % 7)",
                    city: i % 2 == 0 ? "西安" : "宝鸡", isUnionMember: true,
                    accounts: [Account(platform: .douyin, nickname: "n\(i)", followers: 10_000 + i)])
        }
        let fixture = try AppFixture(entrants: many)
        let (runtime, terminal) = try fixture.runtime(.en)
        AppFixture.signIn(runtime, terminal, as: "赵主任")
        terminal.enqueue([.enter, .char("G")])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.browser.selectedRow?.id, "P02999")
        XCTAssertLessThanOrEqual(runtime.state.browser.rows.count, EntrantBrowserScreen.windowSize)
        terminal.enqueue([.char("r")])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.browser.selectedRow?.id, "P02999", "reversed id order starts at the last")
        terminal.enqueue(Array(repeating: Key.pageDown, count: 30))
        AppFixture.drain(runtime, terminal)
        let selected = runtime.state.browser.table.selected
        XCTAssertEqual(runtime.state.browser.selectedRow?.id, String(format: "P%05d", 2999 - selected))
        XCTAssertTrue(terminal.screenText.contains("\(selected + 1) of 3,000"), terminal.screenText)
    }
}
