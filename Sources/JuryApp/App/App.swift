import Foundation
import JuryCore
import JuryStore
import TerminalKit

/// The workstation's pure core: `update` turns a message into a new state and requests; `render` draws a state.
///
/// This is the one place that forwards keys, replies, refreshes and resizes to the top screen and
/// carries out the commands screens return. It knows two screens by name: the login screen a session
/// starts and ends on, and the home screen a sign-in opens.
public enum App {
    /// Keys that work on every screen (not while text is being typed, except F1, Ctrl-L, Ctrl-C, Ctrl-Z).
    enum GlobalAction: Sendable { case help, redraw, quit, suspend }
    /// While text is typed "?" is a character, so the second help row (F1 alone) stands in for the first.
    static let globalBindings: [KeyBinding<GlobalAction>] = [
        KeyBinding([.char("?"), .function(1)], "?/F1", .help, .help, status: .essential),
        KeyBinding([.function(1)], "F1", .help, .help, status: .essential),
        KeyBinding([.ctrl("l")], "Ctrl-L", .redraw, .redraw),
        KeyBinding([.ctrl("c")], "Ctrl-C", .quit, .quit),
        KeyBinding([.ctrl("z")], "Ctrl-Z", .keySuspend, .suspend),
    ]

    /// The global keys as they work right now: "?/F1" for help, or "F1" alone while typing.
    static func globalBindings(typing: Bool) -> [KeyBinding<GlobalAction>] {
        globalBindings.enumerated().filter { index, binding in
            guard binding.action == .help else { return true }
            return typing ? binding.keys == [.function(1)] : index == 0
        }.map(\.element)
    }

    /// What the runtime runs once the file is open, before the first key: the login list and the phase.
    public static func start(_ state: inout AppState) -> [Request] {
        var out = [Request(origin: .app, actor: nil, effect: .phase(.load))]
        out += refreshTop(&state)
        return out
    }

    public static func update(_ state: inout AppState, _ msg: Msg) -> [Request] {
        switch msg {
        case .key(let key): return handleKey(key, &state)
        case .resized(let size):
            state.size = size
            let id = state.topId
            return perform(id, &state) { screen, ctx in screen.resized(ctx) }
        case .tick(let now):
            state.now = now
            // Only a screen that asks for ticks gets them (a score form saving its draft after a pause).
            guard state.top is any TickingScreen else { return [] }
            return perform(state.topId, &state) { screen, ctx in
                guard var ticking = screen as? any TickingScreen else { return [] }
                let commands = ticking.tick(ctx)
                screen = ticking
                return commands
            }
        case .externalChange: return refreshVisible(&state)
        case .reply(let origin, let reply): return receive(reply, for: origin, &state)
        case .writeWaiting(let waiting):
            state.writeWaiting = waiting
            return []
        case .fileReplaced(let path):
            state.fileReplaced = path
            state.status = .error(state.l10n(.fileReplaced, ["path": path]))
            return []
        case .hangUp:
            // Not while the file was replaced: those writes would go to the new file.
            guard state.fileReplaced == nil else { return [] }
            return state.stack.map(\.id).flatMap { id in
                perform(id, &state) { screen, _ in
                    guard var keeping = screen as? any DraftKeeping else { return [] }
                    let commands = keeping.flush()
                    screen = keeping
                    return commands
                }
            }
        }
    }

    // MARK: Keys

    private static func handleKey(_ key: Key, _ state: inout AppState) -> [Request] {
        if key == .resize { return [] }
        if let overlay = state.overlay { return handleOverlay(overlay, key, &state) }
        if state.writeWaiting, key == .escape {
            // Give up the write that waits for the lock; the runtime drops it.
            state.writeWaiting = false
            state.abandonWrite = true
            state.status = .info(state.l10n(.writeAbandoned))
            return []
        }
        let typing = state.top.isTyping(state.context)
        if let action: GlobalAction = globalBindings(typing: typing).action(for: key) {
            switch action {
            case .help: state.overlay = .help(HelpOverlay(title: helpTitle(state), entries: helpEntries(state)))
            case .redraw: state.redrawRequested = true
            case .quit: quit(&state, viaCtrlC: true)
            case .suspend: state.suspendRequested = true
            }
            return []
        }
        // While the too-small notice covers the screen nothing beneath it may act on a key.
        if Frame.isTooSmall(state.size) { return [] }
        if !state.writeWaiting { state.status = nil }
        let id = state.topId
        return perform(id, &state) { screen, ctx in screen.handle(key, ctx) }
    }

    private static func handleOverlay(_ overlay: Overlay, _ key: Key, _ state: inout AppState) -> [Request] {
        switch overlay {
        case .help(var help):
            switch key {
            case .escape, .char("?"), .char("q"), .function(1), .enter: state.overlay = nil
            case .ctrl("l"): state.redrawRequested = true
            default:
                _ = help.handle(key, visibleRows: max(1, state.size.height - 4))
                state.overlay = .help(help)
            }
            return []
        case .confirm(var dialog, let asker, let quitting):
            // A second Ctrl-C in the quit dialog means "yes, quit".
            let result = quitting && key == .ctrl("c") ? .confirmed : dialog.handle(key)
            guard let result else {
                state.overlay = .confirm(dialog, asker: asker, quitting: quitting)
                return []
            }
            state.overlay = nil
            if quitting {
                if result == .confirmed { state.shouldQuit = true }
                return []
            }
            guard case .screen(let id) = asker else { return [] }
            return perform(id, &state) { screen, ctx in screen.receive(result == .confirmed ? .confirmed : .declined, ctx) }
        }
    }

    // MARK: Replies

    private static func receive(_ reply: Reply, for origin: Origin, _ state: inout AppState) -> [Request] {
        switch reply {
        case .phase(.current(let id)):
            state.currentPhaseId = id
        case .phase(.set(let id)):
            state.currentPhaseId = id
        case .session(.active(let name, false)) where state.session?.name == name:
            let out = signOut(&state)
            state.status = .error(state.l10n(.sessionEnded, ["name": name]))
            return out
        case .failed(let text):
            state.status = .error(text)
        case .info(let text):
            state.status = .info(text)
        default: break
        }
        guard case .screen(let id) = origin else { return [] }
        // A reply for a screen that was closed meanwhile is dropped.
        return perform(id, &state) { screen, ctx in screen.receive(reply, ctx) }
    }

    // MARK: Carrying out commands

    /// Runs `body` on the screen `id` (if it is still on the stack) and carries out its commands.
    static func perform(_ id: ScreenID, _ state: inout AppState,
                        _ body: (inout any Screen, ScreenContext) -> [Command]) -> [Request] {
        guard let index = state.stack.firstIndex(where: { $0.id == id }) else { return [] }
        let ctx = state.context
        var screen = state.stack[index].screen
        let commands = body(&screen, ctx)
        if let again = state.stack.firstIndex(where: { $0.id == id }) { state.stack[again].screen = screen }
        return apply(commands, from: id, &state)
    }

    static func apply(_ commands: [Command], from id: ScreenID, _ state: inout AppState) -> [Request] {
        var out: [Request] = []
        for command in commands {
            switch command {
            case .run(let effect):
                if effect.isWrite, let path = state.fileReplaced {
                    state.status = .error(state.l10n(.fileReplaced, ["path": path]))
                    continue
                }
                out.append(Request(origin: .screen(id), actor: state.session?.name, effect: effect))
            case .push(let screen):
                out += push(screen, &state)
            case .pop:
                out += pop(id, &state)
            case .popDelivering(let reply):
                out += pop(id, &state, delivering: reply)
            case .replace(let screen):
                guard let index = state.stack.firstIndex(where: { $0.id == id }) else { continue }
                state.stack.remove(at: index)
                out += push(screen, &state)
            case .home:
                state.stack = Array(state.stack.prefix(1))
                out += refreshTop(&state)
            case .status(let message):
                state.status = message
            case .confirm(let title, let message):
                state.overlay = .confirm(dialog(state, title: title, message: message), asker: .screen(id), quitting: false)
            case .signIn(let account):
                out += signIn(account, &state)
            case .signOut:
                out += signOut(&state)
            case .quit(let confirmed):
                if confirmed { state.shouldQuit = true } else { askToQuit(&state) }
            case .redraw:
                state.redrawRequested = true
            }
        }
        return out
    }

    private static func push(_ screen: any Screen, _ state: inout AppState) -> [Request] {
        let id = ScreenID(state.nextScreenId)
        state.nextScreenId += 1
        state.stack.append(StackEntry(id: id, screen: screen))
        return refreshTop(&state)
    }

    /// Closes screen `id`; the one uncovered gets `reply` (if any) and re-reads what it shows.
    private static func pop(_ id: ScreenID, _ state: inout AppState, delivering reply: Reply? = nil) -> [Request] {
        guard state.stack.count > 1 else {
            askToQuit(&state)
            return []
        }
        guard let index = state.stack.firstIndex(where: { $0.id == id }) else { return [] }
        state.stack.removeSubrange(index...)
        var out: [Request] = []
        if let reply { out += perform(state.topId, &state) { screen, ctx in screen.receive(reply, ctx) } }
        return out + refreshTop(&state)
    }

    static func refreshTop(_ state: inout AppState) -> [Request] {
        perform(state.topId, &state) { screen, ctx in screen.refresh(ctx) }
    }

    /// Re-reads what is on screen (another session committed); the cursor, selection and typed text stay.
    static func refreshVisible(_ state: inout AppState) -> [Request] {
        var out = [Request(origin: .app, actor: nil, effect: .phase(.load))]
        if let name = state.session?.name {
            out.append(Request(origin: .app, actor: nil, effect: .session(.checkActive(name: name))))
        }
        return out + refreshTop(&state)
    }

    static func signIn(_ account: UserAccount, _ state: inout AppState) -> [Request] {
        state.session = account
        state.stack = [StackEntry(id: ScreenID(state.nextScreenId), screen: HomeScreen())]
        state.nextScreenId += 1
        return [Request(origin: .app, actor: nil, effect: .phase(.load))] + refreshTop(&state)
    }

    static func signOut(_ state: inout AppState) -> [Request] {
        state.session = nil
        state.overlay = nil
        state.stack = [StackEntry(id: ScreenID(state.nextScreenId), screen: LoginScreen())]
        state.nextScreenId += 1
        return refreshTop(&state)
    }

    // MARK: Quitting and dialogs

    /// Ctrl-C quits at once unless something typed would be lost; `q` on the home screen always asks.
    static func quit(_ state: inout AppState, viaCtrlC: Bool) {
        let unsaved = state.stack.contains { $0.screen.holdsUnsavedInput }
        if viaCtrlC && !unsaved {
            state.shouldQuit = true
        } else {
            askToQuit(&state)
        }
    }

    static func askToQuit(_ state: inout AppState) {
        let unsaved = state.stack.contains { $0.screen.holdsUnsavedInput }
        let message = state.l10n(unsaved ? .quitConfirmUnsaved : .quitConfirm)
        state.overlay = .confirm(dialog(state, title: state.l10n(.quit), message: message), asker: .app, quitting: true)
    }

    /// The yes/no dialog every screen uses (No focused; y/是 and n/否 answer directly).
    static func dialog(_ state: AppState, title: String, message: String) -> ConfirmDialog {
        let l10n = state.l10n
        return ConfirmDialog(title: title, message: message, yesLabel: l10n(.yes), noLabel: l10n(.no),
                             yesKeys: ["y", "是"], noKeys: ["n", "否"])
    }

    // MARK: Help and hints, from the top screen's key table

    static func helpTitle(_ state: AppState) -> String {
        state.l10n(.helpTitle, ["screen": state.top.title(state.context)])
    }

    /// The current screen's own keys, then the ones every screen shares.
    static func helpEntries(_ state: AppState) -> [HelpOverlay.Entry] {
        let ctx = state.context
        let typing = state.top.isTyping(ctx)
        var entries = [HelpOverlay.Entry("", state.l10n(.helpThisScreen))] + state.top.bindings(ctx).helpEntries(state.l10n)
        if let explaining = state.top as? any StatesRules {
            // Wrapped to the overlay's width: a rule is a sentence, not a key.
            let width = max(20, state.size.width - 12)
            entries.append(HelpOverlay.Entry("", state.l10n(.helpRules)))
            for rule in explaining.rules(ctx) {
                for (i, line) in TextWrapper.wrap(rule, width: width).enumerated() {
                    entries.append(HelpOverlay.Entry(i == 0 ? "•" : " ", line))
                }
            }
        }
        return entries + [HelpOverlay.Entry("", state.l10n(.helpEverywhere))] + globalBindings(typing: typing).helpEntries(state.l10n)
    }

    static func statusHints(_ state: AppState) -> [StatusHint] {
        let ctx = state.context
        return state.top.bindings(ctx).statusHints(state.l10n) + globalBindings(typing: state.top.isTyping(ctx)).statusHints(state.l10n)
    }
}
