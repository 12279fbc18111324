import Foundation
import JuryCore
@testable import JuryStore
import JuryTestSupport
import TerminalKit
import XCTest
@testable import JuryApp

/// The judge's home and score form, driven with keys against a real store; snapshots in both languages.
final class JudgingTests: XCTestCase {
    /// Three finalists (entrants 1, 3 and 5 of the fixture) and a judge signed in on the score list.
    private func fixture() throws -> AppFixture {
        let fixture = try AppFixture()
        for i in [1, 5] { try AppFixture.decide(fixture.store, 2, AppFixture.entrants[i].id, .pass) }
        return fixture
    }

    private func openQueue(_ runtime: AppRuntime, _ terminal: HeadlessTerminal) {
        AppFixture.signIn(runtime, terminal, as: "李评委")
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
    }

    func testTheJudgesHomeListsFinalistsWithOwnStatusAndNextOpensTheFirstUnscored() throws {
        let f = try fixture()
        let ids = [1, 3, 5].map { AppFixture.entrants[$0].id }.sorted()
        try f.store.scores.save(judge: "李评委", entrantId: ids[0], tenths: ["workContent": 50])
        let (runtime, terminal) = try f.runtime(.zh, width: 100, height: 30)
        openQueue(runtime, terminal)
        XCTAssertTrue(runtime.state.top is JudgeQueueScreen)
        let text = terminal.screenText
        XCTAssertTrue(text.contains("已提交 0 / 3"), text)
        XCTAssertTrue(text.contains("草稿") && text.contains("未开始"), text)
        // n: the next unscored from the selection (the draft counts as unscored).
        terminal.enqueue([.down, .char("n")])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual((runtime.state.top as? ScoreFormScreen)?.entrantId, ids[1])
    }

    func testTypingSavesDraftsRefusesBadValuesAndSubmitLocks() throws {
        let f = try fixture()
        let id = AppFixture.entrants[3].id
        let (runtime, terminal) = try f.runtime(.zh, width: 100, height: 30)
        openQueue(runtime, terminal)
        let row = (runtime.state.top as? JudgeQueueScreen)?.visible.firstIndex { $0.id == id } ?? 0
        terminal.enqueue(Array(repeating: Key.down, count: row) + [.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(runtime.state.top is ScoreFormScreen)
        // 11 is over the maximum of 10: the second digit is refused on the spot with the range and step.
        terminal.type("11")
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(terminal.screenText.contains("允许 0.0–10.0，步长 0.5"), terminal.screenText)
        // 1.3 is off the step: refused at the 3.
        terminal.type(".3")
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(terminal.screenText.contains("步长 0.5"), terminal.screenText)
        terminal.type("5")
        terminal.enqueue([.tab])
        AppFixture.drain(runtime, terminal)
        // Leaving the field saved it as a draft.
        XCTAssertEqual(try f.store.judging.sheet(judge: "李评委", entrantId: id).tenths, ["accountInfluence": 15])
        // The rest of the account dimension and a comment, then every other criterion.
        for value in ["8", "9.5", "7"] { terminal.type(value); terminal.enqueue([.tab]) }
        terminal.type("账号运营稳定")
        terminal.enqueue([.tab])
        for value in ["12", "13.5", "10"] { terminal.type(value); terminal.enqueue([.tab]) }
        terminal.enqueue([.tab])
        for value in ["4", "3.5", "5"] { terminal.type(value); terminal.enqueue([.tab]) }
        AppFixture.drain(runtime, terminal)
        let draft = try f.store.judging.sheet(judge: "李评委", entrantId: id)
        XCTAssertEqual(draft.tenths.count, 10)
        XCTAssertEqual(draft.comments["account"], "账号运营稳定")
        XCTAssertEqual(draft.status, .draft)
        // One audit entry per field left, not per key.
        let saves = try f.store.database.scalar("SELECT count(*) FROM audit_log WHERE action = 'score.save'")?.int64
        XCTAssertEqual(saves, 11)
        XCTAssertTrue(terminal.screenText.contains("总分 74.0 / 100.0"), terminal.screenText)
        // F10 asks with the totals; yes submits and locks.
        terminal.enqueue([.function(10)])
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(terminal.screenText.contains("总分 74.0 / 100.0"), terminal.screenText)
        terminal.enqueue([.char("y")])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(try f.store.judging.sheet(judge: "李评委", entrantId: id).status, .submitted)
        XCTAssertEqual(try f.store.judging.sheet(judge: "李评委", entrantId: id).tenths["accountInfluence"], 15)
        terminal.type("9")
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(terminal.screenText.contains("已提交并锁定"), terminal.screenText)
        // The chair reopens with a reason; the judge sees it.
        try f.store.scores.reopen(judge: "李评委", entrantId: id, reason: "影响力分数偏低，请复核", actor: "赵主任")
        terminal.enqueue([.escape, .enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(terminal.screenText.contains("影响力分数偏低，请复核"), terminal.screenText)
    }

    /// A hangup (SIGHUP) while a score is typed but its field not left: the loop saves it before it ends.
    func testAHangupSavesTheScoreStillBeingTypedAndQuits() throws {
        let f = try fixture()
        let id = AppFixture.entrants[3].id
        let (runtime, terminal) = try f.runtime(.en, width: 100, height: 30)
        openQueue(runtime, terminal)
        let row = (runtime.state.top as? JudgeQueueScreen)?.visible.firstIndex { $0.id == id } ?? 0
        terminal.enqueue(Array(repeating: Key.down, count: row) + [.enter])
        terminal.type("5")
        terminal.enqueue([.tab])
        terminal.type("8.5")
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(try f.store.judging.sheet(judge: "李评委", entrantId: id).tenths, ["accountInfluence": 50])
        terminal.hangUp()
        runtime.step()
        XCTAssertTrue(runtime.state.shouldQuit)
        XCTAssertEqual(try f.store.judging.sheet(judge: "李评委", entrantId: id).tenths, ["accountInfluence": 50, "accountActivity": 85])
    }

    func testAConflictedJudgeCannotOpenTheFormAndDeclaresWithAReason() throws {
        let f = try fixture()
        // The judge's unit is the employer of entrant 5.
        try f.store.database.run("UPDATE users SET unit = ? WHERE name = '李评委'", [AppFixture.entrants[5].employer])
        let (runtime, terminal) = try f.runtime(.en, width: 120, height: 30)
        openQueue(runtime, terminal)
        let queue = try XCTUnwrap(runtime.state.top as? JudgeQueueScreen)
        let conflicted = try XCTUnwrap(queue.visible.firstIndex { $0.id == AppFixture.entrants[5].id })
        terminal.enqueue(Array(repeating: Key.down, count: conflicted) + [.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(runtime.state.top is JudgeQueueScreen)
        XCTAssertTrue(terminal.screenText.contains("conflict of interest"), terminal.screenText)
        // Declare one on the first finalist: a reason is required.
        terminal.enqueue([.home, .char("c"), .enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(terminal.screenText.contains("Write the reason"), terminal.screenText)
        terminal.type("my former student")
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(runtime.state.top is JudgeQueueScreen)
        XCTAssertEqual(try f.store.judging.queue(judge: "李评委").filter { $0.status == .conflict }.count, 2)
    }

    func testSnapshots() throws {
        let f = try fixture()
        let id = AppFixture.entrants[3].id
        try f.store.scores.save(judge: "李评委", entrantId: id, tenths: ["accountInfluence": 85, "accountActivity": 70],
                                comments: ["account": "粉丝增长稳定"])
        for language in [Language.zh, .en] {
            for (width, height) in [(80, 24), (160, 48)] {
                let (runtime, terminal) = try f.runtime(language, width: width, height: height)
                openQueue(runtime, terminal)
                runtime.draw()
                let suffix = "\(language == .zh ? "zh" : "en")-\(width)x\(height)"
                assertSnapshot(terminal.framedScreen, named: "judge-queue-\(suffix)")
                let row = (runtime.state.top as? JudgeQueueScreen)?.visible.firstIndex { $0.id == id } ?? 0
                terminal.enqueue(Array(repeating: Key.down, count: row) + [.enter])
                terminal.type("12")
                AppFixture.drain(runtime, terminal)
                runtime.draw()
                assertSnapshot(terminal.framedScreen, named: "score-form-\(suffix)")
            }
        }
    }
}
