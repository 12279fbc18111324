import Foundation
@testable import JuryApp
import JuryCore
import JuryStore
import JuryTestSupport
import TerminalKit
import XCTest

/// The chair's desk through the headless terminal: snapshots of the ranking pane and the progress
/// matrix (zh and en), the live refresh that keeps the chair's selection, and reminders a judge
/// sees after signing in.
final class ChairDeskTests: XCTestCase {
    static let judges = ["李评委", "钱评委", "孙评委"]
    /// From the chair's home to the ranking pane (third menu entry).
    let R: [Key] = [.down, .down, .enter]

    /// Six finalists (the chair's decisions through the store's stages), three judges, sheets
    /// submitted for four finalists, a draft and a conflict, and vote snapshots.
    static func judgedFixture() throws -> AppFixture {
        let fixture = try AppFixture()
        let store = fixture.store
        try store.users.add(name: "钱评委", role: .judge, unit: "抖音陕西运营中心", city: "西安", pin: AppFixture.pin, actor: "system")
        try store.users.add(name: "孙评委", role: .judge, unit: "国网西安供电公司", city: "西安", pin: AppFixture.pin, actor: "system")
        let ids = AppFixture.entrants.prefix(6).map(\.id)
        for id in ids { try AppFixture.decide(store, 2, id, .pass) }
        let criteria = fixture.definition.rubric.criteria
        func sheet(_ percent: Int) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: criteria.map { ($0.id, $0.max.rawValue * percent / 100 / 5 * 5) })
        }
        let percents: [[Int]] = [[90, 70, 80, 60], [85, 75, 80, 50], [80, 70, 80, 95]]
        for (j, judge) in judges.enumerated() {
            for (e, p) in percents[j].enumerated() {
                try store.scores.save(judge: judge, entrantId: ids[e], tenths: sheet(p), submit: true)
            }
        }
        try store.scores.save(judge: "李评委", entrantId: ids[4], tenths: ["workContent": 100])
        try store.conflicts.declare(judge: "孙评委", entrantId: ids[5], kind: .sameEmployer, actor: "赵主任")
        let day: TimeInterval = 86_400
        let base = Date(timeIntervalSince1970: 1_694_736_000)
        var snapshots: [VoteSnapshot] = []
        for (e, id) in ids.enumerated() {
            for d in 0..<5 {
                let jump = e == 2 && d == 4 ? 50_000 : 0
                snapshots.append(VoteSnapshot(entrantId: id, votes: 1_000 * (e + 1) + d * 300 * (e + 1) + jump, takenAt: base + Double(d) * day))
            }
        }
        try store.importVotes(snapshots, actor: "system")
        return fixture
    }

    private func snapshot(_ name: String, fixture: AppFixture, keys: [Key], file: StaticString = #filePath, line: UInt = #line) throws {
        for language in [Language.zh, .en] {
            for (width, height) in [(80, 24), (132, 43)] {
                let (runtime, terminal) = try fixture.runtime(language, width: width, height: height)
                AppFixture.signIn(runtime, terminal, as: "赵主任")
                terminal.enqueue(keys)
                AppFixture.drain(runtime, terminal)
                runtime.draw()
                assertSnapshot(terminal.framedScreen, named: "\(name)-\(language == .zh ? "zh" : "en")-\(width)x\(height)",
                               file: file, line: line)
            }
        }
    }

    func testRankingAndMatrixSnapshots() throws {
        let fixture = try Self.judgedFixture()
        try snapshot("chair-ranking", fixture: fixture, keys: R + [.down])
        try snapshot("chair-ranking-zscore", fixture: fixture, keys: R + [.char("m"), .char("m"), .char("m")])
        try snapshot("chair-breakdown", fixture: fixture, keys: R + [.enter])
        try snapshot("chair-matrix", fixture: fixture, keys: [.down, .down, .down, .enter, .right])
        try snapshot("chair-reliability", fixture: fixture, keys: [.down, .down, .down, .down, .enter])
    }

    func testMethodSortAndFilterKeepTheSelectedFinalist() throws {
        let fixture = try Self.judgedFixture()
        let (runtime, terminal) = try fixture.runtime(.en, width: 132, height: 43)
        AppFixture.signIn(runtime, terminal, as: "赵主任")
        terminal.enqueue(R + [.down])
        AppFixture.drain(runtime, terminal)
        let pane = try XCTUnwrap(runtime.state.top(ChairRankingScreen.self))
        let chosen = try XCTUnwrap(pane.selected?.id)
        XCTAssertEqual(pane.page?.finalists, 6)
        terminal.enqueue([.char("m"), .char("s"), .char("s"), .char("r")])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.top(ChairRankingScreen.self)?.selected?.id, chosen)
        terminal.enqueue([.char("/")])
        terminal.type("王芳")
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.top(ChairRankingScreen.self)?.page?.total, 1)
        XCTAssertEqual(runtime.state.top(ChairRankingScreen.self)?.selected?.name, "王芳")
    }

    func testAnotherJudgesSubmitMovesTheRankingButNotTheSelection() throws {
        let fixture = try Self.judgedFixture()
        let (runtime, terminal) = try fixture.runtime(.zh, width: 132, height: 43, watcher: true)
        AppFixture.signIn(runtime, terminal, as: "赵主任")
        terminal.enqueue(R + [.down, .down])
        AppFixture.drain(runtime, terminal)
        let before = try XCTUnwrap(runtime.state.top(ChairRankingScreen.self))
        let chosen = try XCTUnwrap(before.selected)
        let fifth = AppFixture.entrants[4].id
        XCTAssertEqual(before.page?.complete, 4, "E5 has a draft, E6 only a conflict")

        // Another session (a judge in another process) submits the draft sheet.
        let other = try Store.open(at: fixture.path)
        other.clock = { AppFixture.now }
        let all = Dictionary(uniqueKeysWithValues: fixture.definition.rubric.criteria.map { ($0.id, $0.max.rawValue) })
        for judge in Self.judges.prefix(2) {
            try other.scores.save(judge: judge, entrantId: fifth, tenths: all, submit: true)
        }
        runtime.step()
        let after = try XCTUnwrap(runtime.state.top(ChairRankingScreen.self))
        XCTAssertEqual(after.selected?.id, chosen.id, "the chair's selection stays on the same finalist")
        XCTAssertEqual(after.page?.rows.first?.id, fifth, "full marks from two judges put E5 first")
        XCTAssertTrue(terminal.screenText.contains(AppFixture.entrants[4].name))
    }

    func testAllocateAndLockFromThePane() throws {
        let fixture = try Self.judgedFixture()
        let (runtime, terminal) = try fixture.runtime(.en, width: 132, height: 43)
        AppFixture.signIn(runtime, terminal, as: "赵主任")
        terminal.enqueue(R + [.char("a"), .char("y")])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(try fixture.store.awards.all().count, 4)
        XCTAssertTrue(runtime.state.status?.text.contains("4 winners") ?? false, "\(String(describing: runtime.state.status))")
        terminal.enqueue([.char("L"), .char("y")])
        AppFixture.drain(runtime, terminal)
        XCTAssertTrue(try fixture.store.results.isLocked())
        let head = try XCTUnwrap(fixture.store.results.chainHead())
        XCTAssertTrue(runtime.state.status?.text.contains(head.hash) ?? false)
        runtime.draw()
        XCTAssertTrue(terminal.screenText.contains("LOCKED"))
    }

    func testJudgeSeesTheChairsReminderAfterSignIn() throws {
        let fixture = try Self.judgedFixture()
        try fixture.store.reminders.leave(judge: "钱评委", text: "还有 2 份未提交", actor: "赵主任")
        let (runtime, terminal) = try fixture.runtime(.zh, width: 80, height: 24)
        AppFixture.signIn(runtime, terminal, as: "钱评委")
        runtime.draw()
        XCTAssertTrue(terminal.screenText.contains("还有 2 份未提交"), terminal.screenText)
        XCTAssertTrue(try fixture.store.reminders.unseen(judge: "钱评委").isEmpty)
    }
}
