import Foundation
import JuryCore
import JuryStore
import TerminalKit

/// The workstation's pure core: `update` turns a message into a new state and effects; `render` draws a state.
public enum App {
    /// What the runtime runs once the file is open, before the first key.
    public static let startEffects: [Effect] = [.loadLoginUsers, .loadPhase]

    /// Keys that work on every screen (not while text is being typed, except F1 and Ctrl-L).
    enum GlobalAction: Sendable { case help, redraw, quit }
    /// While text is typed "?" is a character, so the second help row (F1 alone) stands in for the first.
    static let globalBindings: [KeyBinding<GlobalAction>] = [
        KeyBinding([.char("?"), .function(1)], "?/F1", .help, .help, status: .essential),
        KeyBinding([.function(1)], "F1", .help, .help, status: .essential),
        KeyBinding([.ctrl("l")], "Ctrl-L", .redraw, .redraw),
        KeyBinding([.ctrl("c")], "Ctrl-C", .quit, .quit),
    ]

    /// The global keys as they work right now: "?/F1" for help, or "F1" alone while typing.
    static func globalBindings(typing: Bool) -> [KeyBinding<GlobalAction>] {
        globalBindings.enumerated().filter { index, binding in
            guard binding.action == .help else { return true }
            return typing ? binding.keys == [.function(1)] : index == 0
        }.map(\.element)
    }

    public static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .key(let key): return handleKey(key, &state)
        case .resized(let size):
            state.size = size
            return afterResize(&state)
        case .tick(let now):
            state.now = now
            return []
        case .externalChange: return refreshVisible(&state)
        case .loginUsersLoaded(let users):
            LoginScreen.usersLoaded(users, &state)
            return []
        case .loginResult(let name, let outcome): return LoginScreen.result(name: name, outcome: outcome, &state)
        case .phaseLoaded(let id):
            state.currentPhaseId = id
            PhaseScreen.phaseLoaded(&state)
            return []
        case .progressLoaded(let counts):
            state.home.counts = counts
            return []
        case .entrantsLoaded(let page): return EntrantBrowserScreen.pageLoaded(page, &state)
        case .detailLoaded(let detail):
            EntrantDetailScreen.loaded(detail, &state)
            return []
        case .usersLoaded(let users):
            UsersScreen.loaded(users, &state)
            return []
        case .written(let done): return written(done, &state)
        case .failed(let text):
            state.status = .error(text)
            if state.route == .userForm {
                // The form stays open with what was typed, and says why it was refused.
                state.userForm.submitting = false
                state.userForm.error = text
            }
            return []
        case .info(let text):
            state.status = .info(text)
            return []
        }
    }

    private static func handleKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .resize { return [] }
        if let overlay = state.overlay { return handleOverlay(overlay, key, &state) }
        state.status = nil
        let typing = isTyping(state)
        if let action: GlobalAction = globalBindings(typing: typing).action(for: key) {
            switch action {
            case .help: state.overlay = .help(HelpOverlay(title: helpTitle(state), entries: helpEntries(state)))
            case .redraw: return [.redraw]
            case .quit: askToQuit(&state)
            }
            return []
        }
        switch state.route {
        case .login: return LoginScreen.handle(key, &state)
        case .home: return HomeScreen.handle(key, &state)
        case .entrants: return EntrantBrowserScreen.handle(key, &state)
        case .detail: return EntrantDetailScreen.handle(key, &state)
        case .users: return UsersScreen.handle(key, &state)
        case .userForm: return UserFormScreen.handle(key, &state)
        case .phase: return PhaseScreen.handle(key, &state)
        }
    }

    private static func handleOverlay(_ overlay: Overlay, _ key: Key, _ state: inout AppState) -> [Effect] {
        switch overlay {
        case .help(var help):
            switch key {
            case .escape, .char("?"), .char("q"), .function(1), .enter: state.overlay = nil
            case .ctrl("l"): return [.redraw]
            default:
                _ = help.handle(key, visibleRows: max(1, state.size.height - 4))
                state.overlay = .help(help)
            }
            return []
        case .confirm(var dialog, let action):
            guard let result = dialog.handle(key) else {
                state.overlay = .confirm(dialog, action)
                return []
            }
            state.overlay = nil
            guard result == .confirmed else { return [] }
            switch action {
            case .quit:
                state.shouldQuit = true
                return []
            case .deactivateUser(let name):
                return [.deactivateUser(name: name, actor: state.session?.name ?? "")]
            case .setPhase(let id):
                return [.setPhase(id: id, actor: state.session?.name ?? "")]
            }
        }
    }

    /// True while the focused thing is a text field, so letters are text and not commands.
    static func isTyping(_ state: AppState) -> Bool {
        switch state.route {
        case .login: LoginScreen.isTyping(state)
        case .entrants: state.browser.editingFilter
        case .userForm: true
        default: false
        }
    }

    static func helpTitle(_ state: AppState) -> String {
        state.l10n(.helpTitle, ["screen": screenTitle(state)])
    }

    /// The key table the current screen dispatches through right now (the PIN or filter table while typing).
    static func screenBindings(_ state: AppState) -> [KeyBinding<Void>] {
        switch state.route {
        case .login: state.login.enteringPin ? LoginScreen.pinBindings.withoutActions() : LoginScreen.bindings.withoutActions()
        case .home: HomeScreen.bindings.withoutActions()
        case .entrants:
            state.browser.editingFilter ? EntrantBrowserScreen.filterBindings.withoutActions()
                                        : EntrantBrowserScreen.bindings.withoutActions()
        case .detail: EntrantDetailScreen.bindings.withoutActions()
        case .users: UsersScreen.bindings.withoutActions()
        case .userForm: UserFormScreen.bindings(for: state.userForm).withoutActions()
        case .phase: PhaseScreen.bindings.withoutActions()
        }
    }

    /// The current screen's own keys, then the ones every screen shares.
    static func helpEntries(_ state: AppState) -> [HelpOverlay.Entry] {
        [HelpOverlay.Entry("", state.l10n(.helpThisScreen))] + screenBindings(state).helpEntries(state.l10n)
            + [HelpOverlay.Entry("", state.l10n(.helpEverywhere))] + globalBindings(typing: isTyping(state)).helpEntries(state.l10n)
    }

    static func statusHints(_ state: AppState) -> [StatusHint] {
        screenBindings(state).statusHints(state.l10n) + globalBindings(typing: isTyping(state)).statusHints(state.l10n)
    }

    static func screenTitle(_ state: AppState) -> String {
        let l10n = state.l10n
        switch state.route {
        case .login: return l10n(.loginTitle)
        case .home: return l10n(.homeTitle)
        case .entrants: return EntrantBrowserScreen.title(state)
        case .detail: return l10n(.detailTitle)
        case .users: return l10n(.usersTitle)
        case .userForm: return state.userForm.resetFor == nil ? l10n(.userFormAddTitle) : l10n(.userFormResetTitle)
        case .phase: return l10n(.phaseTitle)
        }
    }

    // MARK: Navigation shared by screens

    static func askToQuit(_ state: inout AppState) {
        confirm(&state, title: state.l10n(.quit), message: state.l10n(.quitConfirm), then: .quit)
    }

    /// Opens the yes/no dialog every screen uses (No focused; y/是 and n/否 answer directly); yes runs `action`.
    static func confirm(_ state: inout AppState, title: String, message: String, then action: ConfirmAction) {
        let l10n = state.l10n
        state.overlay = .confirm(ConfirmDialog(title: title, message: message, yesLabel: l10n(.yes), noLabel: l10n(.no),
                                               yesKeys: ["y", "是"], noKeys: ["n", "否"]), action)
    }

    static func signIn(_ account: UserAccount, _ state: inout AppState) -> [Effect] {
        state.session = account
        state.routes = [.home]
        state.home = HomeState()
        return [.loadPhase, .loadProgress]
    }

    static func signOut(_ state: inout AppState) -> [Effect] {
        state.session = nil
        state.routes = [.login]
        state.login.pin = TextField(isMasked: true, maxLength: 64)
        state.login.enteringPin = false
        return [.loadLoginUsers]
    }

    /// Pops the current screen and re-reads what the screen underneath shows.
    static func back(_ state: inout AppState) -> [Effect] {
        guard state.routes.count > 1 else {
            askToQuit(&state)
            return []
        }
        state.routes.removeLast()
        return refreshVisible(&state)
    }

    /// Re-reads what is on screen; the cursor, selection and typed text stay as they are.
    static func refreshVisible(_ state: inout AppState) -> [Effect] {
        var effects: [Effect] = [.loadPhase]
        switch state.route {
        case .login: effects.append(.loadLoginUsers)
        case .home: effects.append(.loadProgress)
        case .entrants: effects += EntrantBrowserScreen.reload(&state)
        case .detail:
            if let summary = state.detail.summary { effects.append(.loadDetail(summary)) }
        case .users, .userForm: effects.append(.loadUsers)
        case .phase: break
        }
        return effects
    }

    private static func afterResize(_ state: inout AppState) -> [Effect] {
        LoginScreen.usersLoaded(state.login.users, &state)
        UsersScreen.loaded(state.users.list, &state)
        return state.route == .entrants ? EntrantBrowserScreen.ensureWindow(&state) : []
    }

    private static func written(_ done: WriteDone, _ state: inout AppState) -> [Effect] {
        let l10n = state.l10n
        switch done {
        case .userAdded(let name):
            state.status = .info(l10n(.userAdded, ["name": name]))
            if state.route == .userForm { state.routes.removeLast() }
            state.users.keepName = name
            return [.loadUsers]
        case .pinReset(let name):
            state.status = .info(l10n(.pinWasReset, ["name": name]))
            if state.route == .userForm { state.routes.removeLast() }
            return [.loadUsers]
        case .userDeactivated(let name):
            state.status = .info(l10n(.userDeactivated, ["name": name]))
            return [.loadUsers]
        case .phaseSet(let id):
            state.currentPhaseId = id
            state.status = .info(l10n(.phaseWasSet, ["phase": state.phaseLabel]))
            return [.loadPhase]
        }
    }
}
