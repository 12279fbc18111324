import Foundation
@testable import JuryApp
import JuryCore
import JuryStore
import TerminalKit
import XCTest

/// `update` alone: keys, refreshes, login refusals, role homes — no store involved.
final class UpdateTests: XCTestCase {
    private let definition = try? ContestDefinition.decode(Data(AppFixture.contestJSON.utf8))

    private func state(role: Role? = .chair) throws -> AppState {
        let def = try XCTUnwrap(definition)
        var s = AppState(language: .zh, definition: def, databasePath: "/tmp/jury.sqlite", size: Size(width: 80, height: 24), now: AppFixture.now)
        if let role { _ = App.signIn(account(role), &s) }
        return s
    }

    /// Opens a home menu entry as Enter on it would.
    @discardableResult
    private func open(_ s: inout AppState, _ item: HomeItem) -> [Effect] {
        App.apply(HomeScreen.open(item), from: s.topId, &s).effects
    }

    /// A reply arriving for the screen on top.
    @discardableResult
    private func deliver(_ s: inout AppState, _ reply: Reply) -> [Effect] {
        App.update(&s, .reply(.screen(s.topId), reply)).effects
    }

    private func account(_ role: Role, name: String = "某人") -> UserAccount {
        // UserAccount has no public initializer; use one read from a real row shape via the login message path.
        FakeAccounts.make(name: name, role: role)
    }

    private func summaries(_ range: Range<Int>) -> [EntrantSummary] {
        range.map { FakeAccounts.summary(id: String(format: "E%06d", $0), name: "达人\($0)") }
    }

    private func send(_ s: inout AppState, _ keys: Key...) -> [Effect] {
        keys.flatMap { App.update(&s, .key($0)).effects }
    }

    func testRoleHomesOfferOnlyWorkingEntries() {
        XCTAssertEqual(HomeItem.menu(for: .reviewer).first, .reviewQueue(round: 1))
        XCTAssertEqual(HomeItem.menu(for: .judge).first, .judging)
        XCTAssertEqual(HomeItem.menu(for: .chair).first, .entrants(stage: nil))
        XCTAssertEqual(HomeItem.menu(for: .admin), [.users, .phase, .entrants(stage: nil), .signOut])
    }

    func testSignInGoesHomeAndLoadsProgress() throws {
        var s = try state(role: nil)
        let effects = deliver(&s, .session(.login(name: "某人", outcome: .success(account(.reviewer)))))
        XCTAssertEqual(s.route, .home)
        XCTAssertEqual(effects, [.phase(.load), .entrants(.progress), .review(.homeCounts)])
        XCTAssertEqual(send(&s, .enter).first, .review(.queue(round: 1, view: .pending, search: "")), "Enter opens the round-one queue")
        XCTAssertEqual(s.route, .reviewQueue)
    }

    func testWrongPinIsSaidAndSlowsTheNextTry() throws {
        var s = try state(role: nil)
        deliver(&s, .session(.users([account(.judge, name: "李评委")])))
        _ = send(&s, .enter, .char("1"), .char("1"), .char("1"), .char("1"))
        XCTAssertEqual(send(&s, .enter), [.session(.authenticate(name: "李评委", pin: "1111"))])
        deliver(&s, .session(.login(name: "李评委", outcome: .wrongPin(waitSeconds: 4))))
        XCTAssertEqual(s.login.refusalText(s.context), "PIN 错误，请 4 秒后再试")
        XCTAssertEqual(s.login.pin.text, "", "the typed PIN is cleared")
        _ = App.update(&s, .tick(AppFixture.now.addingTimeInterval(2)))
        XCTAssertEqual(s.login.refusalText(s.context), "PIN 错误，请 2 秒后再试")
        _ = send(&s, .char("2"), .char("2"), .char("2"), .char("2"))
        XCTAssertEqual(s.login.pin.text, "", "keys during the wait are not typed")
        XCTAssertEqual(s.login.refusalText(s.context), "PIN 错误，请 2 秒后再试（等待期间按键无效）", "and the notice says so")
        XCTAssertEqual(send(&s, .enter), [], "no attempt while the wait runs")
        _ = App.update(&s, .tick(AppFixture.now.addingTimeInterval(5)))
        _ = send(&s, .char("2"), .char("2"), .char("2"), .char("2"))
        XCTAssertEqual(send(&s, .enter), [.session(.authenticate(name: "李评委", pin: "2222"))])
    }

    func testBrowserKeysAndWindowRequests() throws {
        var s = try state()
        let opened = open(&s, .entrants(stage: nil))
        guard case .entrants(.page(let first))? = opened.first else { return XCTFail("no load") }
        _ = deliver(&s, .entrants(.page(EntrantPage(generation: first.generation, total: 100_000, start: 0,
                                                         rows: summaries(0..<200), keepId: nil))))
        XCTAssertEqual(send(&s, .char("j"), .char("j"), .down), [])
        XCTAssertEqual(s.browser.selectedRow?.id, "E000003")
        _ = send(&s, .ctrl("d"))
        XCTAssertEqual(s.browser.table.selected, 3 + EntrantBrowserScreen.visibleRows(s.context) / 2)
        let effects = send(&s, .char("G"))
        XCTAssertEqual(s.browser.table.selected, 99_999)
        guard case .entrants(.page(let request))? = effects.first else { return XCTFail("G must fetch the last window") }
        XCTAssertEqual(request.start, 100_000 - EntrantBrowserScreen.windowSize)
        XCTAssertEqual(s.browser.rows.count, 200, "only a window is ever held")
        _ = send(&s, .char("g"))
        XCTAssertEqual(s.browser.table.selected, 0)
    }

    func testReversedSortReadsFromTheEnd() {
        var r = EntrantPageRequest(search: "", stage: nil, sort: BrowserSort(key: .name, ascending: false), start: 0, limit: 200,
                                   generation: 1, keepId: nil)
        XCTAssertEqual(r.storeRange(total: 1000).offset, 800)
        XCTAssertEqual(r.storeRange(total: 1000).limit, 200)
        r.start = 950
        XCTAssertEqual(r.storeRange(total: 1000).offset, 0)
        XCTAssertEqual(r.storeRange(total: 1000).limit, 50)
        r.sort = BrowserSort(key: .followersDescending, ascending: false)
        XCTAssertEqual(r.storeRange(total: 1000).offset, 950, "followers come largest first from the store")
    }

    /// The store's row of the kept entrant becomes a display row (reversed sorts count from the end) and
    /// the window moves to hold it only when it is not already well inside.
    func testKeptEntrantWindowMaths() {
        var r = EntrantPageRequest(search: "", stage: nil, sort: BrowserSort(key: .name, ascending: true), start: 0, limit: 200,
                                   generation: 1, keepId: "E1")
        XCTAssertEqual(r.displayIndex(ofStoreIndex: 7, total: 1000), 7)
        XCTAssertEqual(r.holding(7, total: 1000, margin: 20).start, 0, "near the top of a window at the top: no move")
        XCTAssertEqual(r.holding(150, total: 1000, margin: 20).start, 0)
        XCTAssertEqual(r.holding(190, total: 1000, margin: 20).start, 90, "too close to the edge: centred")
        XCTAssertEqual(r.holding(640, total: 1000, margin: 20).start, 540)
        XCTAssertEqual(r.holding(995, total: 1000, margin: 20).start, 800, "never past the end")
        r.start = 800
        XCTAssertEqual(r.holding(995, total: 1000, margin: 20).start, 800, "a window at the end holds the last rows")
        r.sort.ascending = false
        XCTAssertEqual(r.displayIndex(ofStoreIndex: 7, total: 1000), 992)
        XCTAssertEqual(r.displayIndex(ofStoreIndex: 999, total: 1000), 0)
        r.sort = BrowserSort(key: .followersDescending, ascending: false)
        XCTAssertEqual(r.displayIndex(ofStoreIndex: 7, total: 1000), 7, "largest followers first is the store's own order")
        r.sort.ascending = true
        XCTAssertEqual(r.displayIndex(ofStoreIndex: 7, total: 1000), 992)
    }

    func testRefreshKeepsSelectionByIdAndTypedFilter() throws {
        var s = try state()
        _ = open(&s, .entrants(stage: nil))
        guard case .entrants(.page(let filtered))? = send(&s, .char("/"), .char("达")).last else { return XCTFail("typing filters") }
        _ = deliver(&s, .entrants(.page(EntrantPage(generation: filtered.generation, total: 50, start: 0, rows: summaries(0..<50), keepId: nil))))
        _ = send(&s, .enter, .down, .down, .down, .down, .down, .char("/"))
        let generation = s.browser.generation
        XCTAssertTrue(s.browser.editingFilter)
        let refresh = App.update(&s, .externalChange).effects
        guard case .entrants(.page(let again))? = refresh.first(where: { if case .entrants(.page) = $0 { true } else { false } }) else {
            return XCTFail("refresh must re-read the window")
        }
        XCTAssertEqual(again.search, "达")
        // Another session inserted two rows before ours: the same entrant is now two lower.
        var rows = summaries(0..<50)
        rows.insert(FakeAccounts.summary(id: "N1", name: "新人1"), at: 0)
        rows.insert(FakeAccounts.summary(id: "N2", name: "新人2"), at: 0)
        let screenLine = s.browser.table.selected - s.browser.table.offset
        let selectedId = s.browser.selectedRow?.id
        let keptAt = try XCTUnwrap(rows.firstIndex { $0.id == selectedId })
        _ = deliver(&s, .entrants(.page(EntrantPage(generation: generation, total: 52, start: 0, rows: rows, keepId: again.keepId,
                                                         keptAt: keptAt))))
        XCTAssertEqual(s.browser.selectedRow?.id, selectedId)
        XCTAssertEqual(s.browser.table.selected - s.browser.table.offset, screenLine, "the cursor stays on its screen line")
        XCTAssertEqual(s.browser.filter.text, "达")
        XCTAssertTrue(s.browser.editingFilter)
    }

    func testFilterEscClearsEnterKeeps() throws {
        var s = try state()
        _ = open(&s, .entrants(stage: nil))
        _ = send(&s, .char("/"), .char("西"), .char("安"))
        XCTAssertEqual(s.browser.filter.text, "西安")
        _ = send(&s, .enter)
        XCTAssertFalse(s.browser.editingFilter)
        XCTAssertEqual(s.browser.filter.text, "西安")
        _ = send(&s, .char("/"), .escape)
        XCTAssertEqual(s.browser.filter.text, "")
        XCTAssertEqual(s.route, .entrants)
        _ = send(&s, .char("q"))
        XCTAssertEqual(s.route, .home)
    }

    func testHelpListsTheCurrentScreensTable() throws {
        var s = try state()
        _ = open(&s, .entrants(stage: nil))
        _ = send(&s, .char("?"))
        guard case .help(let help)? = s.overlay else { return XCTFail("no help") }
        let labels = Set(help.entries.map(\.key))
        for binding in EntrantBrowserScreen.bindings { XCTAssertTrue(labels.contains(binding.label), binding.label) }
        XCTAssertFalse(labels.contains("a"), "users-screen keys are not listed here")
        _ = send(&s, .escape)
        XCTAssertNil(s.overlay)
    }

    func testQuitAsksOnHomeAndEverywhereWithCtrlC() throws {
        var s = try state()
        _ = send(&s, .char("q"))
        guard case .confirm(_, _, quitting: true)? = s.overlay else { return XCTFail("q on home asks") }
        _ = send(&s, .char("n"))
        XCTAssertFalse(s.shouldQuit)
        _ = send(&s, .ctrl("c"), .char("y"))
        XCTAssertTrue(s.shouldQuit)
    }

    func testAddUserFormValidatesBeforeWriting() throws {
        var s = try state(role: .admin)
        _ = open(&s, .users)
        deliver(&s, .users(.list([account(.admin, name: "admin")])))
        _ = send(&s, .char("a"))
        XCTAssertEqual(s.route, .userForm)
        for c in "admin" { _ = send(&s, .char(c)) }
        _ = send(&s, .tab, .tab, .tab, .tab)
        for c in "1234" { _ = send(&s, .char(c)) }
        XCTAssertEqual(send(&s, .enter), [])
        XCTAssertEqual(s.userForm.error, "已有名为“admin”的用户。")
        _ = send(&s, .backspace, .backspace, .backspace, .backspace, .backspace)
        for c in "陈晓" { _ = send(&s, .char(c)) }
        _ = send(&s, .tab, .right)
        _ = send(&s, .tab, .tab, .tab)
        XCTAssertEqual(send(&s, .ctrl("s")), [.users(.add(UserDraft(name: "陈晓", role: .judge, unit: "", city: "", pin: "1234")))])
    }

    /// While the filter takes text "?" is typed, so help and the status bar offer F1 alone.
    func testHelpWhileTypingOffersF1NotQuestionMark() throws {
        var s = try state(role: .chair)
        _ = send(&s, .enter, .char("/"))
        XCTAssertTrue(s.browser.editingFilter)
        let keys = App.helpEntries(s).map(\.key)
        XCTAssertTrue(keys.contains("F1"), "\(keys)")
        XCTAssertFalse(keys.contains("?/F1"), "\(keys)")
        XCTAssertFalse(App.statusHints(s).contains { $0.text.hasPrefix("?/F1") })
        _ = send(&s, .char("?"))
        XCTAssertEqual(s.browser.filter.text, "?")
        XCTAssertNil(s.overlay)
        _ = send(&s, .function(1))
        XCTAssertNotNil(s.overlay)
        _ = send(&s, .escape, .escape)
        XCTAssertTrue(App.helpEntries(s).map(\.key).contains("?/F1"), "not typing: ? works again")
    }

    /// A narrow status bar keeps the file's name, not the start of its folder.
    func testShortPathKeepsTheFileName() {
        XCTAssertEqual(Labels.shortPath("/tmp/ux/demo.sqlite", home: nil, maxWidth: 32), "/tmp/ux/demo.sqlite")
        XCTAssertEqual(Labels.shortPath("/tmp/ux/demo.sqlite", home: nil, maxWidth: 16), "…/ux/demo.sqlite")
        XCTAssertEqual(Labels.shortPath("/tmp/ux/demo.sqlite", home: nil, maxWidth: 14), "…/demo.sqlite")
        XCTAssertEqual(Labels.shortPath("/home/wu/contest.sqlite", home: "/home/wu"), "~/contest.sqlite")
        // Chinese folder and file names count two cells a character.
        XCTAssertEqual(Labels.shortPath("/srv/评审/陕西评审.sqlite", home: nil, maxWidth: 12), "…评审.sqlite")
        // A name longer than the room keeps its end: the widest that fits beside "…", CJK never split.
        let long = "/srv/" + String(repeating: "abc", count: 40) + ".sqlite"
        XCTAssertEqual(Labels.shortPath(long, home: nil, maxWidth: 20), "…" + String(long.suffix(19)))
        XCTAssertEqual(Labels.shortPath("/srv/评审/" + String(repeating: "陕西", count: 30) + "x.sqlite", home: nil, maxWidth: 14),
                       "…陕西x.sqlite")
        // The status bar's path, worked out once, is what shortPath gives for every room it may have.
        for path in ["/tmp/ux/demo.sqlite", long, "/srv/评审/陕西评审.sqlite", "/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/contest.sqlite",
                     "/srv/" + String(repeating: "评", count: 40) + "/x.sqlite", "contest.sqlite", Labels.home.map { $0 + "/jury/c.sqlite" } ?? "/c"] {
            let status = StatusPath(path)
            XCTAssertEqual(status.full, Labels.shortPath(path))
            for room in status.minimumWidth...32 { XCTAssertEqual(status.shown(in: room), Labels.shortPath(path, maxWidth: room), "\(path) in \(room)") }
        }
    }

    /// The home menu is a few entries: its help lists no paging keys, and those keys do nothing there.
    func testHomeHelpListsOnlyKeysThatAct() throws {
        var s = try state(role: .chair)
        let keys = App.helpEntries(s).map(\.key)
        for paging in ["PgUp", "PgDn", "Ctrl-U", "Ctrl-D"] { XCTAssertFalse(keys.contains(paging), "\(keys)") }
        for key in ["↑/k", "↓/j", "Home/g", "End/G", "Enter", "x", "q"] { XCTAssertTrue(keys.contains(key), key) }
        _ = send(&s, .pageDown)
        XCTAssertEqual(s.home.table.selected, 0)
        _ = send(&s, .char("G"))
        XCTAssertEqual(s.home.table.selected, HomeItem.menu(for: .chair).count - 1)
    }

    /// The form's own hint line is its key table: the same words as the status bar and help, ←→ included.
    func testUserFormHintComesFromItsKeyTable() throws {
        var s = try state(role: .admin)
        _ = open(&s, .users)
        deliver(&s, .users(.list([account(.admin, name: "admin")])))
        _ = send(&s, .char("a"))
        let hint = s.userForm.hintLines(s.l10n, width: 56).joined(separator: " · ")
        XCTAssertEqual(hint, "Tab/↓ 下一项 · Shift-Tab/↑ 上一项 · ←→ 选角色 · Enter 下一项／提交 · Esc 取消")
        for line in s.userForm.hintLines(s.l10n, width: 56) { XCTAssertLessThanOrEqual(line.displayWidth, 56) }
        for status in App.statusHints(s).map(\.text) where !status.hasPrefix("F1") { XCTAssertTrue(hint.contains(status), status) }
        XCTAssertTrue(App.helpEntries(s).contains { $0.key == "←→" && $0.description == "选角色" })
        // ←→ choose the role on the role field and move the cursor in a text field.
        for c in "陈晓" { _ = send(&s, .char(c)) }
        _ = send(&s, .left, .char("小"))
        XCTAssertEqual(s.userForm.name.text, "陈小晓")
        XCTAssertEqual(s.userForm.selectedRole, Role.allCases[0])
        _ = send(&s, .tab, .right)
        XCTAssertEqual(s.userForm.selectedRole, Role.allCases[1])
        // Resetting a PIN has no role: no ←→ in its hint or help.
        var reset = s
        _ = App.apply([.replace(UserFormScreen(mode: .resetPin("王审核"), l10n: reset.l10n))], from: reset.topId, &reset)
        XCTAssertFalse(reset.userForm.hintLines(reset.l10n, width: 56).joined().contains("←→"))
        XCTAssertFalse(App.helpEntries(reset).contains { $0.key == "←→" })
    }

    /// A narrow status bar gives up the screen's other keys before the way back and help.
    func testNarrowStatusBarKeepsTheWayBack() throws {
        let hints = [StatusHint("Enter 打开", .shown), StatusHint("/ 筛选", .shown), StatusHint("s 排序", .shown),
                     StatusHint("q/Esc 返回", .essential), StatusHint("?/F1 帮助", .essential)]
        XCTAssertEqual(App.hintToDrop(hints), 2)
        XCTAssertNil(App.hintToDrop(Array(hints[0...0] + hints[3...])), "the main key stays too")
        XCTAssertNil(App.hintToDrop(Array(hints[3...])))
        for language in [Language.zh, .en] {
            var s = try state(role: .chair)
            s.l10n = Localizer(language)
            _ = open(&s, .entrants(stage: nil))
            _ = deliver(&s, .entrants(.page(EntrantPage(generation: s.browser.generation, total: 3, start: 0, rows: summaries(0..<3)))))
            XCTAssertTrue(statusLine(s).contains(language == .zh ? "q/Esc 返回" : "q/Esc Back"), statusLine(s))
            _ = send(&s, .enter)
            XCTAssertEqual(s.route, .detail)
            XCTAssertTrue(statusLine(s).contains(language == .zh ? "q/Esc 返回" : "q/Esc Back"), statusLine(s))
        }
    }

    private func statusLine(_ s: AppState) -> String {
        let terminal = HeadlessTerminal(width: s.size.width, height: s.size.height)
        let buffer = terminal.makeBuffer()
        App.render(s, into: buffer, theme: .monochrome)
        terminal.present(buffer)
        return terminal.screenText.split(separator: "\n").last.map(String.init) ?? ""
    }
}
