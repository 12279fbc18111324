import Foundation
@testable import JuryApp
import JuryCore
import JuryStore
import TerminalKit
import XCTest

/// Random emoji, ZWJ and combining sequences, CJK, ASCII, editing keys and pastes typed into the
/// workstation's own text fields — the PIN, the browser's filter, the add-user form — through `update`
/// and `render`: never a crash, and nothing drawn past the edge of the screen.
final class TextEntryFuzzTests: XCTestCase {
    private static let pieces: [[Key]] = {
        let texts = ["a", "Z", "7", "❤️", "👍🏻", "👨‍👩‍👧", "🇨🇳", "e\u{301}", "张", "伟", "ｆｕｌｌ", "，", " ", "\u{FE0F}", "\u{200D}"]
        var out = texts.map { $0.map { Key.char($0) } }
        // A scalar at a time, as a terminal delivers a paste: VS16 and ZWJ arrive after their base.
        out += texts.map { $0.unicodeScalars.map { Key.char(Character($0)) } }
        out += [[.backspace], [.delete], [.left], [.right], [.home], [.end], [.ctrl("u")], [.ctrl("k")], [.ctrl("a")], [.ctrl("e")]]
        return out
    }()

    private func fuzz(_ s: inout AppState, seed: UInt64, steps: Int, keep: (AppState) -> Bool) {
        var rng = SplitMix64(seed: seed)
        let terminal = HeadlessTerminal(width: s.size.width, height: s.size.height)
        for step in 0..<steps {
            for key in Self.pieces[rng.below(Self.pieces.count)] { _ = App.update(&s, .key(key)) }
            XCTAssertTrue(keep(s), "left the field at step \(step)")
            if step % 25 == 0 {
                let buffer = terminal.makeBuffer()
                App.render(s, into: buffer, theme: .monochrome)
                terminal.present(buffer)
                for line in terminal.screenText.split(separator: "\n", omittingEmptySubsequences: false) {
                    XCTAssertLessThanOrEqual(String(line).displayWidth, s.size.width + 2, "step \(step): \(line)")
                }
            }
        }
    }

    private func state(_ role: Role?) throws -> AppState {
        let def = try ContestDefinition.decode(Data(AppFixture.contestJSON.utf8))
        var s = AppState(language: .zh, definition: def, databasePath: "/tmp/j.sqlite", size: Size(width: 80, height: 24), now: AppFixture.now)
        if let role { _ = App.signIn(FakeAccounts.make(name: "某人", role: role), &s) }
        return s
    }

    func testThePinField() throws {
        var s = try state(nil)
        _ = App.update(&s, .reply(.screen(s.topId), .session(.users([FakeAccounts.make(name: "李评委", role: .judge)]))))
        _ = App.update(&s, .key(.enter))
        fuzz(&s, seed: 1, steps: 1500) { $0.route == .login && $0.login.enteringPin }
    }

    func testTheFilter() throws {
        var s = try state(.chair)
        _ = App.apply([.push(EntrantBrowserScreen())], from: s.topId, &s)
        _ = App.update(&s, .key(.char("/")))
        fuzz(&s, seed: 2, steps: 1500) { $0.route == .entrants && $0.browser.editingFilter }
    }

    func testTheAddUserForm() throws {
        var s = try state(.admin)
        _ = App.apply([.push(UserFormScreen(mode: .add(taken: []), l10n: s.l10n))], from: s.topId, &s)
        // Tab between fields now and then, so every field gets typed into.
        let tabs: [[Key]] = [[.tab], [.backTab]]
        var rng = SplitMix64(seed: 3)
        for _ in 0..<300 {
            for key in tabs[rng.below(2)] { _ = App.update(&s, .key(key)) }
            fuzz(&s, seed: rng.next(), steps: 5) { $0.route == .userForm }
        }
    }
}
