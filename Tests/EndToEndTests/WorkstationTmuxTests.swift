import Foundation
import JuryTestSupport
import XCTest

/// The real workstation in a real terminal (tmux): sign in, move around, resize, quit, and two
/// sessions on one file seeing each other's commits.
final class WorkstationTmuxTests: XCTestCase {
    var dir: TemporaryDirectory!
    var db: String { dir.path("demo.sqlite") }
    let sample = CommandLineTests.packageRoot.appendingPathComponent("SampleData").path
    var binary: String { BuiltProducts.jurydesk.path }

    override func setUpWithError() throws {
        dir = try TemporaryDirectory()
        let built = try BuiltProducts.run(BuiltProducts.jurydesk, ["demo", "--db", db, "--sample", sample, "--no-open"])
        XCTAssertEqual(built.status, 0, built.err)
    }

    /// Starts the workstation on the demo file; the shell records the terminal modes before and
    /// after and prints the exit status, so the test can check that the terminal came back.
    func startWorkstation(lang: String, width: Int = 80, height: Int = 24, tag: String = "a",
                          subcommand: String = "open") throws -> TmuxSession {
        try TmuxSession(command: workstationCommand(lang: lang, tag: tag, subcommand: subcommand),
                        width: width, height: height, environment: ["JURYDESK_VIEWER": "true"])
    }

    /// Printed once the shell has saved the modes after the workstation exited. The command that
    /// prints it must not contain it literally, or the echoed command line would match at once.
    static let doneMarker = "MODES-SAVED-42"
    static let doneMarkerCommand = "MODES-SAVED-$((6*7))"

    func workstationCommand(lang: String, tag: String, subcommand: String = "open") -> String {
        let before = dir.path("stty-before-\(tag)"), after = dir.path("stty-after-\(tag)")
        let extra = subcommand == "demo" ? " --sample \(sample)" : ""
        return "stty -g > \(before); \(binary) \(subcommand) --db \(db) --lang \(lang)\(extra); echo EXIT-$?; stty -g > \(after); echo \(Self.doneMarkerCommand)"
    }

    /// Signs in as the user shown at `index` in the login list (by role, then name).
    func signIn(_ tmux: TmuxSession, pane: String? = nil, down: Int, pin: String, expect: String) throws {
        try tmux.waitFor(text: "Choose your name and enter your PIN", pane: pane)
        for _ in 0..<down { try tmux.send(keys: ["j"], pane: pane) }
        try tmux.send(keys: ["Enter"], pane: pane)
        try tmux.send(literal: pin, pane: pane)
        try tmux.send(keys: ["Enter"], pane: pane)
        try tmux.waitFor(text: expect, pane: pane)
    }

    func quitAndCheckTerminal(_ tmux: TmuxSession, tag: String = "a") throws {
        try tmux.send(keys: ["q"])
        try tmux.waitFor(text: "Quit JuryDesk?")
        try tmux.send(keys: ["y"])
        try tmux.waitFor(text: Self.doneMarker)
        let screen = try tmux.capture().joined(separator: "\n")
        XCTAssertTrue(screen.contains("EXIT-0"), screen)
        let before = try String(contentsOfFile: dir.path("stty-before-\(tag)"), encoding: .utf8)
        let after = try String(contentsOfFile: dir.path("stty-after-\(tag)"), encoding: .utf8)
        XCTAssertEqual(before, after, "the terminal modes are restored on quit")
    }

    /// `jurydesk demo` rebuilds the demo file and opens the workstation on it.
    func testDemoSignInBrowseResizeAndQuitRestoresTheTerminal() throws {
        let tmux = try startWorkstation(lang: "en", subcommand: "demo")
        try signIn(tmux, down: 1, pin: "333333", expect: "Welcome, 韩志刚 (Chair)")
        // The first menu entry is the entrants browser.
        try tmux.send(keys: ["Enter"])
        try tmux.waitFor(text: "BM2023-")
        try tmux.send(keys: ["j", "j", "Enter"])
        let detail = try tmux.waitFor(text: "Accounts")
        XCTAssertNotNil(detail.joined().range(of: #"1\d\d\*\*\*\*\d{4}"#, options: .regularExpression),
                        "the chair sees the phone masked")
        try tmux.send(keys: ["Escape"])
        try tmux.waitFor(text: "BM2023-")

        // Chinese filter typed into the real terminal.
        try tmux.send(keys: ["/"])
        try tmux.send(literal: "咸阳")
        try tmux.waitFor(timeout: 5, "only 咸阳 rows") { screen in
            let rows = screen.filter { $0.contains("BM2023-") }
            return !rows.isEmpty && rows.allSatisfy { $0.contains("咸阳") }
        }
        try tmux.send(keys: ["Enter"])

        // Too small, then a burst of resizes, then back: the screen returns, nothing crashed.
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor(text: "Please enlarge the terminal")
        for (w, h) in [(20, 5), (100, 30), (30, 8), (132, 43), (81, 25)] { try tmux.resize(width: w, height: h) }
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor(text: "BM2023-")
        try tmux.send(keys: ["C-l"])
        try tmux.waitFor(text: "BM2023-")

        try tmux.send(keys: ["Escape"])
        try tmux.waitFor(text: "Welcome, 韩志刚")
        try quitAndCheckTerminal(tmux)
    }

    func testChineseInterfaceLaysOutTheBrowser() throws {
        let tmux = try TmuxSession(command: "\(binary) open --db \(db) --lang zh")
        try tmux.waitFor(text: "请选择用户并输入 PIN")
        try tmux.send(keys: ["j", "Enter"])
        try tmux.send(literal: "333333")
        try tmux.send(keys: ["Enter"])
        try tmux.waitFor(text: "韩志刚，您好（评审主任）")
        try tmux.send(keys: ["Enter"])
        let screen = try tmux.waitFor(text: "BM2023-")
        // Every row is exactly the pane's width in display cells: no half characters, no overflow.
        for line in screen where line.contains("BM2023-") {
            XCTAssertLessThanOrEqual(line.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 && $1.value <= 0xFFEF ? 2 : 1) }, 80, line)
        }
    }

    func testSigtermRestoresTheTerminal() throws {
        let tmux = try startWorkstation(lang: "en")
        try tmux.waitFor(text: "Choose your name and enter your PIN")
        let kill = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/pkill"), ["-TERM", "-f", "open --db \(db)"])
        XCTAssertEqual(kill.status, 0, "the workstation process was found")
        try tmux.waitFor(text: Self.doneMarker)
        XCTAssertTrue(try tmux.capture().joined(separator: "\n").contains("EXIT-143"))
        XCTAssertEqual(try String(contentsOfFile: dir.path("stty-before-a"), encoding: .utf8),
                       try String(contentsOfFile: dir.path("stty-after-a"), encoding: .utf8))
    }

    /// Two panes side by side on one file: the admin changes the contest phase in one; the
    /// judge's status bar in the other shows it within a second, with no key pressed there.
    func testACommitInOnePaneAppearsInTheOtherWithinOneSecond() throws {
        let tmux = try startWorkstation(lang: "en", width: 161, height: 24, tag: "admin")
        let admin = try tmux.firstPane()
        let judge = try tmux.split(command: workstationCommand(lang: "en", tag: "judge"))
        try signIn(tmux, pane: admin, down: 0, pin: "000000", expect: "Welcome, 吴昊")
        try signIn(tmux, pane: judge, down: 2, pin: "2222", expect: "Welcome,")
        try tmux.waitFor(text: "Review, voting and judging", pane: judge)

        // Admin: home → phase screen → choose "Results and showcase" → confirm.
        let home = try tmux.capture(pane: admin)
        let menu = home.firstIndex { $0.contains("Contest phase") } ?? 0
        let first = home.firstIndex { $0.contains("Users") } ?? 0
        for _ in 0..<max(0, menu - first) { try tmux.send(keys: ["j"], pane: admin) }
        try tmux.send(keys: ["Enter"], pane: admin)
        try tmux.waitFor(text: "Results and showcase", pane: admin)
        try tmux.send(keys: ["G", "Enter"], pane: admin)
        try tmux.waitFor(text: "Yes", pane: admin)
        XCTAssertFalse(try tmux.capture(pane: judge).contains { $0.contains("Results and showcase") })

        // The clock starts before the admin confirms, so it also counts the admin's own write.
        let confirmed = Date()
        try tmux.send(keys: ["y"], pane: admin)
        try tmux.waitFor(timeout: 1.0, "the phase change in the judge's pane", pane: judge) { screen in
            screen.contains { $0.contains("Results and showcase") }
        }
        XCTAssertLessThan(Date().timeIntervalSince(confirmed), 1.0)
    }
}
