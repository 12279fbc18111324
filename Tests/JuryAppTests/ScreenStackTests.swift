import Foundation
@testable import JuryApp
import JuryCore
import JuryStore
import TerminalKit
import XCTest

/// The stack of screens: instances keep their own state, replies find the instance that asked,
/// commands (not screens) change the stack, and nothing acts beneath an overlay or the too-small notice.
final class ScreenStackTests: XCTestCase {
    func state(_ role: Role = .chair, width: Int = 80, height: Int = 24) throws -> AppState {
        let def = try ContestDefinition.decode(Data(AppFixture.contestJSON.utf8))
        var s = AppState(language: .zh, definition: def, databasePath: "/tmp/jury.sqlite", size: Size(width: width, height: height),
                         now: AppFixture.now)
        _ = App.signIn(FakeAccounts.make(name: "某人", role: role), &s)
        return s
    }

    private func summary(_ id: String) -> EntrantSummary { FakeAccounts.summary(id: id, name: "达人\(id)") }

    private func send(_ s: inout AppState, _ keys: Key...) -> [Request] {
        keys.flatMap { App.update(&s, .key($0)) }
    }

    /// Dossier A, then a list, then dossier B: going back shows A again, not B (one slot per screen
    /// type would have overwritten it).
    func testTheSameScreenTwiceKeepsEachEntrant() throws {
        var s = try state()
        let first = App.apply([.push(EntrantDetailScreen(summary: summary("A1")))], from: s.topId, &s)
        XCTAssertEqual(first.effects, [.entrants(.dossier(summary("A1")))], "a pushed screen loads what it shows")
        _ = App.apply([.push(EntrantBrowserScreen(stage: .finalist))], from: s.topId, &s)
        _ = App.apply([.push(EntrantDetailScreen(summary: summary("B2")))], from: s.topId, &s)
        XCTAssertEqual(s.stack.count, 4)
        XCTAssertEqual(s.detail.summary.id, "B2")
        _ = send(&s, .escape)
        XCTAssertEqual(s.route, .entrants)
        let back = send(&s, .escape)
        XCTAssertEqual(s.detail.summary.id, "A1")
        XCTAssertEqual(back.effects, [.entrants(.dossier(summary("A1")))], "the uncovered dossier re-reads its own entrant")
    }

    /// An answer for a screen that was closed meanwhile goes nowhere.
    func testALateReplyForAClosedScreenIsDropped() throws {
        var s = try state()
        let asked = App.apply([.push(EntrantBrowserScreen())], from: s.topId, &s)
        let origin = try XCTUnwrap(asked.first?.origin)
        _ = send(&s, .char("q"))
        XCTAssertEqual(s.route, .home)
        let page = EntrantPage(generation: 1, total: 3, start: 0, rows: [summary("X1")], keepId: nil, keptAt: nil)
        XCTAssertEqual(App.update(&s, .reply(origin, .entrants(.page(page)))).count, 0)
        XCTAssertEqual(s.route, .home)
        XCTAssertEqual(s.stack.count, 1)
    }

    /// Every request names the signed-in user; before sign-in a write has no actor and is refused by the runner.
    func testRequestsCarryTheSignedInActor() throws {
        var s = try state(.admin)
        _ = App.apply([.push(PhaseScreen())], from: s.topId, &s)
        _ = send(&s, .down, .enter)
        let requests = send(&s, .char("y"))
        XCTAssertEqual(requests.map(\.actor), ["某人"])
        guard case .phase(.set)? = requests.first?.effect else { return XCTFail("y sets the phase") }
    }

    /// While the "please enlarge" notice is up, keys reach nothing beneath it (here: the phase list).
    func testKeysDoNothingBeneathTheTooSmallNotice() throws {
        var s = try state(.admin, width: 60, height: 20)
        XCTAssertTrue(Frame.isTooSmall(s.size))
        _ = App.apply([.push(PhaseScreen())], from: s.topId, &s)
        let before = s.phase.table.selected
        XCTAssertEqual(send(&s, .char("k"), .enter, .char("y"), .char("G"), .enter).count, 0)
        XCTAssertNil(s.overlay)
        XCTAssertEqual(s.phase.table.selected, before)
        XCTAssertEqual(s.route, .phase)
    }

    /// Ctrl-C quits at once when nothing typed would be lost; with a half-filled form it asks, and a
    /// second Ctrl-C in that dialog confirms.
    func testCtrlCAsksOnlyWhenTypedTextWouldBeLost() throws {
        var s = try state(.admin)
        _ = send(&s, .ctrl("c"))
        XCTAssertTrue(s.shouldQuit)

        s = try state(.admin)
        _ = App.apply([.push(UserFormScreen(mode: .add(taken: []), l10n: s.l10n))], from: s.topId, &s)
        _ = send(&s, .char("陈"))
        _ = send(&s, .ctrl("c"))
        XCTAssertFalse(s.shouldQuit)
        guard case .confirm(_, _, quitting: true)? = s.overlay else { return XCTFail("typed text: Ctrl-C asks") }
        _ = send(&s, .ctrl("c"))
        XCTAssertTrue(s.shouldQuit)
    }

    /// At the login screen nothing asks: q and Ctrl-C quit.
    func testLoginQuitsWithoutAsking() throws {
        let def = try ContestDefinition.decode(Data(AppFixture.contestJSON.utf8))
        var s = AppState(language: .zh, definition: def, databasePath: "/tmp/j.sqlite", size: Size(width: 80, height: 24), now: AppFixture.now)
        _ = send(&s, .char("q"))
        XCTAssertTrue(s.shouldQuit)
        XCTAssertNil(s.overlay)
    }

    /// A dialog answer goes to the screen that opened it; "no" changes nothing.
    func testConfirmationsReturnToTheAskingScreen() throws {
        var s = try state(.admin)
        _ = App.apply([.push(UsersScreen())], from: s.topId, &s)
        _ = App.update(&s, .reply(.screen(s.topId), .users(.list([FakeAccounts.make(name: "admin", role: .admin),
                                                                     FakeAccounts.make(name: "李评委", role: .judge)]))))
        _ = send(&s, .down, .char("d"))
        guard case .confirm(_, .screen(let asker), quitting: false)? = s.overlay else { return XCTFail("d asks first") }
        XCTAssertEqual(asker, s.topId)
        XCTAssertEqual(send(&s, .char("n")).count, 0)
        _ = send(&s, .char("d"))
        XCTAssertEqual(send(&s, .char("y")).effects, [.users(.deactivate(name: "李评委"))])
    }

    /// A deactivated user's open session ends at the next refresh.
    func testADeactivatedUsersSessionEnds() throws {
        var s = try state(.judge)
        let refresh = App.update(&s, .externalChange)
        XCTAssertTrue(refresh.effects.contains(.session(.checkActive(name: "某人"))))
        _ = App.update(&s, .reply(.app, .session(.active(name: "某人", false))))
        XCTAssertEqual(s.route, .login)
        XCTAssertNil(s.session)
        XCTAssertEqual(s.status?.kind, .error)
    }

    /// After the file is replaced under the session nothing more is written.
    func testNoWriteAfterTheFileWasReplaced() throws {
        var s = try state(.admin)
        _ = App.update(&s, .fileReplaced(path: "/tmp/jury.sqlite"))
        _ = App.apply([.push(PhaseScreen())], from: s.topId, &s)
        _ = send(&s, .down, .enter)
        XCTAssertEqual(send(&s, .char("y")).count, 0)
        XCTAssertTrue(s.status?.text.contains("/tmp/jury.sqlite") ?? false)
    }
}

extension ScreenStackTests {
    /// The chair's ranking states in its help how an outlier judge and a vote spike are flagged.
    func testTheRankingsHelpStatesTheFlagRules() throws {
        var s = try state(.chair)
        _ = App.apply([.push(ChairRankingScreen())], from: s.topId, &s)
        let entries = App.helpEntries(s)
        let rulesAt = try XCTUnwrap(entries.firstIndex { $0.key.isEmpty && $0.description == "计算规则" })
        let text = entries[(rulesAt + 1)...].prefix { !$0.key.isEmpty }.map(\.description).joined()
        let outlier = OutlierRule().explanation(.zhHans), spike = VoteTrends.Rule().explanation(.zhHans)
        XCTAssertEqual(text, outlier + spike, "both rules, whole, wrapped into lines")
        XCTAssertTrue(entries.allSatisfy { $0.description.displayWidth <= s.size.width }, "every line fits the screen")
        // Screens without flags list no rules.
        _ = App.apply([.push(PhaseScreen())], from: s.topId, &s)
        XCTAssertFalse(App.helpEntries(s).contains { $0.description == "计算规则" })
    }
}
