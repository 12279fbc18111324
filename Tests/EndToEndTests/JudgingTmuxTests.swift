import Foundation
import JuryCore
import JuryStore
import JuryTestSupport
import XCTest

/// A judge scores with the keyboard in the real workstation; the process is killed (kill -9) mid-form,
/// the draft is there on reopening, then the sheet is submitted and locked.
final class JudgingTmuxTests: XCTestCase {
    var dir: TemporaryDirectory!
    var db: String { dir.path("judging.sqlite") }
    let sample = CommandLineTests.packageRoot.appendingPathComponent("SampleData").path
    var binary: String { BuiltProducts.jurydesk.path }

    override func setUpWithError() throws {
        dir = try TemporaryDirectory()
        let built = try BuiltProducts.run(BuiltProducts.jurydesk, ["demo", "--db", db, "--sample", sample, "--no-open"])
        XCTAssertEqual(built.status, 0, built.err)
    }

    /// Makes finalists the way the contest does (both rounds passed by the chair in their phases), then opens jury scoring.
    private func makeFinalists(_ count: Int) throws -> [String] {
        let store = try Store.open(at: db)
        let definition = try store.contestDefinition()
        func draft(_ round: Int, _ id: String) -> ReviewDecisionDraft {
            let checks = round == 1 ? definition.roundOne.checks : definition.roundTwo.checks
            return ReviewDecisionDraft(round: round, entrantId: id, verdict: .pass, waivers: [],
                                       verdicts: checks.map { ManualVerdict(checkId: $0.id, passed: true) }, note: "")
        }
        let candidates = try store.entrants.page(EntrantQuery(search: "", stage: .registered, sort: .id, limit: 300)).map(\.id)
        var passedOne: [String] = []
        try store.phase.set("roundOneReview", actor: "system")
        for id in candidates where passedOne.count < count * 3 {
            if (try? store.reviews.decide(draft(1, id), actor: "韩志刚")) != nil { passedOne.append(id) }
        }
        try store.phase.set("roundTwoReview", actor: "system")
        var finalists: [String] = []
        for id in passedOne where finalists.count < count {
            if (try? store.reviews.decide(draft(2, id), actor: "韩志刚")) != nil { finalists.append(id) }
        }
        try store.phase.set("juryScoring", actor: "system")
        return finalists
    }

    func testAJudgeScoresIsKilledMidFormFindsTheDraftAndSubmits() throws {
        let finalists = try makeFinalists(2)
        XCTAssertEqual(finalists.count, 2, "the demo has entrants that pass both rounds")
        let first = try XCTUnwrap(finalists.sorted().first)
        let command = "\(binary) open --db \(db) --lang en; echo EXIT-$?"
        let tmux = try TmuxSession(command: command, width: 100, height: 30, environment: ["JURYDESK_VIEWER": "true"])
        try signIn(tmux)
        try tmux.send(keys: ["Enter"])
        try tmux.waitFor(text: "Submitted 0 / 2")
        try tmux.send(keys: ["n"])
        try tmux.waitFor(text: "Score sheet")
        // Two fields typed and left (each saved as a draft), a third typed and left too.
        for value in ["8.5", "7", "9"] {
            try tmux.send(literal: value)
            try tmux.send(keys: ["Tab"])
        }
        try tmux.waitFor(text: "Total 24.5 / 100.0")
        try tmux.waitFor(text: "Draft saved")
        // kill -9 the workstation we started (the file path is unique to this test).
        let found = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/pgrep"), ["-f", "open --db \(db)"])
        let pids = found.out.split(whereSeparator: \.isNewline).map(String.init)
        XCTAssertEqual(pids.count, 1, found.out)
        let pid = try XCTUnwrap(pids.first)
        XCTAssertEqual(try BuiltProducts.run(URL(fileURLWithPath: "/bin/kill"), ["-9", pid]).status, 0)
        try tmux.waitFor(text: "EXIT-137")

        // Reopen: the draft is there.
        // The killed process could not restore the terminal: the shell gets it back first (C-j, as the
        // terminal may still be raw).
        try tmux.send(literal: "stty sane; clear; " + command)
        try tmux.send(keys: ["C-j"])
        try signIn(tmux)
        try tmux.send(keys: ["Enter"])
        try tmux.waitFor(text: "draft")
        try tmux.send(keys: ["n"])
        let reopened = try tmux.waitFor(text: "Total 24.5 / 100.0")
        XCTAssertTrue(reopened.contains { $0.contains("8.5") }, reopened.joined(separator: "\n"))
        // Fill the rest (the form opens on the first empty criterion), submit with F10 and confirm.
        for value in ["6"] { try tmux.send(literal: value); try tmux.send(keys: ["Tab"]) }
        try tmux.send(keys: ["Tab"]) // the comment
        for value in ["12", "13.5", "10"] { try tmux.send(literal: value); try tmux.send(keys: ["Tab"]) }
        try tmux.send(keys: ["Tab"])
        for value in ["4", "3.5", "5"] { try tmux.send(literal: value); try tmux.send(keys: ["Tab"]) }
        try tmux.waitFor(text: "Total 78.5 / 100.0")
        try tmux.send(keys: ["F10"])
        try tmux.waitFor(text: "Submit the sheet for")
        try tmux.send(keys: ["y"])
        try tmux.waitFor(text: "submitted and locked")
        try tmux.send(literal: "5")
        try tmux.waitFor(text: "ask the chair to reopen")

        let store = try Store.open(at: db)
        let sheet = try XCTUnwrap(try store.scores.sheet(judge: "刘晓雯", entrantId: first))
        XCTAssertEqual(sheet.status, .submitted)
        XCTAssertEqual(sheet.tenths["accountInfluence"], 85)
        XCTAssertEqual(sheet.tenths.values.reduce(0, +), 785)
        try tmux.send(keys: ["Escape", "Escape", "q"])
        try tmux.waitFor(text: "Quit JuryDesk?")
        try tmux.send(keys: ["y"])
        try tmux.waitFor(text: "EXIT-0")
    }

    /// A dropped SSH connection mid-form: SIGHUP to the workstation (only the process this test
    /// started) while a score is typed but its field not yet left. The hangup saves the draft before
    /// the process ends, and the terminal is given back as the shell had it (cooked, echoing).
    func testAHangupMidFormKeepsTheDraftAndRestoresTheTerminal() throws {
        let finalists = try makeFinalists(1)
        let first = try XCTUnwrap(finalists.first)
        let pidFile = dir.path("workstation.pid")
        // The inner shell writes its pid and execs the workstation, so that pid is the workstation's.
        let command = "sh -c 'echo $$ > \(pidFile); exec \"$0\" \"$@\"' \(binary) open --db \(db) --lang en; echo EXIT-$?"
        let tmux = try TmuxSession(command: command, width: 100, height: 30, environment: ["JURYDESK_VIEWER": "true"])
        try signIn(tmux)
        try tmux.send(keys: ["Enter"])
        try tmux.waitFor(text: "Submitted 0 / 1")
        try tmux.send(keys: ["n"])
        try tmux.waitFor(text: "Score sheet")
        try tmux.send(literal: "7")
        try tmux.send(keys: ["Tab"])
        try tmux.waitFor(text: "Draft saved")
        // Typed, the field not left, well within the form's 1.5 s pause: only the hangup can save it.
        try tmux.send(literal: "6.5")
        try tmux.waitFor(text: "Total 13.5 / 100.0")
        let pid = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(try BuiltProducts.run(URL(fileURLWithPath: "/bin/kill"), ["-HUP", pid]).status, 0)
        try tmux.waitFor(text: "EXIT-129")

        let store = try Store.open(at: db)
        let sheet = try XCTUnwrap(try store.scores.sheet(judge: "刘晓雯", entrantId: first))
        XCTAssertEqual(sheet.status, .draft)
        XCTAssertEqual(sheet.tenths["accountInfluence"], 70)
        XCTAssertEqual(sheet.tenths["accountActivity"], 65, "the score typed before the hangup was not saved")
        XCTAssertTrue(try store.verify().ok)

        // The shell's prompt is back on its own screen, and the terminal is cooked and echoing again.
        try tmux.send(literal: "stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo -e -icanon -e -echo | tr '\\n' ' '; echo")
        try tmux.send(keys: ["Enter"])
        // The modes' own line (the command echoed above it names -icanon too), then the next prompt.
        let screen = try tmux.waitFor(timeout: 10, "stty's answer and a fresh prompt") { screen in
            let rows = screen.filter { !$0.isEmpty }
            return rows.last == "$" && rows.contains { $0.hasSuffix("icanon echo") || $0.hasSuffix("-icanon -echo") }
        }
        XCTAssertTrue(screen.contains { $0.trimmingCharacters(in: .whitespaces) == "icanon echo" }, screen.joined(separator: "\n"))
        XCTAssertFalse(screen.contains { $0.contains("Score sheet") }, "still on the workstation's screen")
    }

    /// 刘晓雯 is the first judge in the login list (after the admin and the chair); demo PIN 2222.
    private func signIn(_ tmux: TmuxSession) throws {
        try tmux.waitFor(text: "Choose your name and enter your PIN")
        for _ in 0..<2 { try tmux.send(keys: ["j"]) }
        try tmux.send(keys: ["Enter"])
        try tmux.send(literal: "2222")
        try tmux.send(keys: ["Enter"])
        try tmux.waitFor(text: "Welcome, 刘晓雯")
    }
}
