import JuryApp
import JuryCore
import JuryStore
import JuryTestSupport
import TerminalKit
import XCTest

/// Every screen through the headless terminal, in Chinese and English, at 80×24 and 132×43.
final class ScreenSnapshotTests: XCTestCase {
    private static let sizes = [(80, 24), (132, 43)]

    /// Drives the app to a screen with `keys` in each language and size and compares the frames.
    private func snapshot(_ name: String, as user: String?, fixture: AppFixture, keys: (AppRuntime, HeadlessTerminal) -> Void,
                          file: StaticString = #filePath, line: UInt = #line) throws {
        for language in [Language.zh, .en] {
            for (width, height) in Self.sizes {
                let (runtime, terminal) = try fixture.runtime(language, width: width, height: height)
                if let user { AppFixture.signIn(runtime, terminal, as: user) }
                keys(runtime, terminal)
                AppFixture.drain(runtime, terminal)
                runtime.draw()
                assertSnapshot(terminal.framedScreen, named: "\(name)-\(language == .zh ? "zh" : "en")-\(width)x\(height)",
                               file: file, line: line)
            }
        }
    }

    func testLoginAndHomeScreens() throws {
        let fixture = try AppFixture()
        try snapshot("login", as: nil, fixture: fixture) { _, terminal in terminal.enqueue([.down]) }
        try snapshot("home-reviewer", as: "王审核", fixture: fixture) { _, _ in }
        try snapshot("home-judge", as: "李评委", fixture: fixture) { _, _ in }
        try snapshot("home-chair", as: "赵主任", fixture: fixture) { _, _ in }
        try snapshot("home-admin", as: "admin", fixture: fixture) { _, _ in }
    }

    func testEntrantScreens() throws {
        let fixture = try AppFixture()
        // Chair's home: first entry is all entrants.
        try snapshot("entrants", as: "赵主任", fixture: fixture) { _, t in t.enqueue([.enter, .down, .down, .char("s"), .char("s"), .char("s")]) }
        try snapshot("entrants-filter", as: "赵主任", fixture: fixture) { _, t in
            t.enqueue([.enter, .char("/")])
            t.type("西安")
        }
        try snapshot("detail", as: "赵主任", fixture: fixture) { _, t in t.enqueue([.enter, .enter]) }
        try snapshot("detail-admin-scrolled", as: "admin", fixture: fixture) { _, t in
            t.enqueue([.down, .down, .enter, .enter, .ctrl("d"), .tab, .down])
        }
        try snapshot("help-entrants", as: "王审核", fixture: fixture) { _, t in t.enqueue([.down, .down, .enter, .char("?")]) }
        try snapshot("help-filter", as: "王审核", fixture: fixture) { _, t in t.enqueue([.down, .down, .enter, .char("/"), .function(1)]) }
    }

    func testAdminScreens() throws {
        let fixture = try AppFixture()
        try snapshot("users", as: "admin", fixture: fixture) { _, t in t.enqueue([.enter, .down]) }
        try snapshot("user-form", as: "admin", fixture: fixture) { _, t in
            t.enqueue([.enter, .char("a")])
            t.type("陈晓")
            t.enqueue([.tab, .right, .tab])
            t.type("宝鸡市总工会")
            t.enqueue([.tab])
            t.type("宝鸡")
            t.enqueue([.tab])
            t.type("12")
        }
        try snapshot("deactivate-confirm", as: "admin", fixture: fixture) { _, t in t.enqueue([.enter, .down, .char("d")]) }
        try snapshot("phase", as: "admin", fixture: fixture) { _, t in t.enqueue([.down, .enter, .up]) }
    }

    func testTooSmall() throws {
        let fixture = try AppFixture()
        for language in [Language.zh, .en] {
            let (runtime, terminal) = try fixture.runtime(language, width: 40, height: 10)
            runtime.draw()
            assertSnapshot(terminal.framedScreen, named: "too-small-\(language == .zh ? "zh" : "en")-40x10")
        }
    }
}
