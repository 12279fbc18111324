import Foundation
import JuryTestSupport
import XCTest

/// Text input and the too-small notice in the real terminal.
extension WorkstationTmuxTests {
    /// Emoji with VS16 and skin tones, a ZWJ family and a combining accent typed into the PIN field
    /// and the filter: nothing crashes, Backspace removes whole characters, and the right PIN still works.
    func testEmojiInThePinFieldAndTheFilter() throws {
        let tmux = try startWorkstation(lang: "en")
        try tmux.waitFor(text: "Choose your name and enter your PIN")
        try tmux.send(keys: ["j", "Enter"])
        try tmux.send(literal: "a❤️👍🏻")
        try tmux.waitFor(text: "PIN for 韩志刚")
        // Three characters, three Backspaces, then the real PIN.
        try tmux.send(keys: ["BSpace", "BSpace", "BSpace"])
        try tmux.send(literal: "333333")
        try tmux.send(keys: ["Enter"])
        try tmux.waitFor(text: "Welcome, 韩志刚")
        try tmux.send(keys: ["Enter"])
        try tmux.waitFor(text: "BM2023-")
        try tmux.send(keys: ["/"])
        try tmux.send(literal: "👨‍👩‍👧e\u{301}❤️")
        try tmux.waitFor(text: "No entrant matches")
        try tmux.send(keys: ["Left", "BSpace", "BSpace", "Home", "Delete"])
        try tmux.send(keys: ["Escape"])
        try tmux.waitFor(text: "BM2023-")
        try tmux.send(keys: ["Escape"])
        try tmux.waitFor(text: "Welcome, 韩志刚")
        try quitAndCheckTerminal(tmux)
    }

    /// At 60×20 the "please enlarge" notice covers the phase list: k, Enter, y change nothing.
    func testKeysDoNothingWhileTheTerminalIsTooSmall() throws {
        let before = try BuiltProducts.run(BuiltProducts.jurydesk, ["phase", "--db", db, "--lang", "en"])
        let tmux = try startWorkstation(lang: "en")
        try signIn(tmux, down: 0, pin: "000000", expect: "Welcome, 吴昊")
        let home = try tmux.capture()
        let menu = home.firstIndex { $0.contains("Contest phase") } ?? 0
        let first = home.firstIndex { $0.contains("Users") } ?? 0
        for _ in 0..<max(0, menu - first) { try tmux.send(keys: ["j"]) }
        try tmux.send(keys: ["Enter"])
        try tmux.waitFor(text: "Current phase")
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor(text: "Please enlarge the terminal")
        try tmux.send(keys: ["k", "Enter", "y", "G", "Enter", "y"])
        Thread.sleep(forTimeInterval: 0.3)
        try tmux.resize(width: 80, height: 24)
        let screen = try tmux.waitFor(text: "Current phase")
        XCTAssertFalse(screen.contains { $0.contains("Yes") }, "no dialog opened unseen")
        let after = try BuiltProducts.run(BuiltProducts.jurydesk, ["phase", "--db", db, "--lang", "en"])
        XCTAssertEqual(before.out, after.out, "the phase did not change")
        try tmux.send(keys: ["Escape"])
        try quitAndCheckTerminal(tmux)
    }
}

extension WorkstationTmuxTests {
    /// Ctrl-Z gives the terminal back to the shell (the job is stopped); `fg` brings the workstation
    /// back, redrawn, where it was.
    func testCtrlZSuspendsAndFgRedraws() throws {
        // An interactive shell, so there is job control to stop and continue the workstation.
        let tmux = try TmuxSession(command: "env PS1='SHELL> ' bash --norc --noprofile -i", width: 80, height: 24)
        try tmux.waitFor(text: "SHELL>")
        try tmux.send(literal: "\(binary) open --db \(db) --lang en")
        try tmux.send(keys: ["Enter"])
        try tmux.waitFor(text: "Choose your name and enter your PIN")
        try tmux.send(keys: ["C-z"])
        let stopped = try tmux.waitFor(text: "Stopped")
        XCTAssertFalse(stopped.contains { $0.contains("Choose your name") }, "the shell has the terminal back")
        try tmux.send(literal: "fg")
        try tmux.send(keys: ["Enter"])
        try tmux.waitFor(text: "Choose your name and enter your PIN")
        try tmux.send(keys: ["q"])
        try tmux.waitFor(text: "SHELL>")
    }
}
