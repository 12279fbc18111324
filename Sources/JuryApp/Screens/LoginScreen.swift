import Foundation
import JuryCore
import JuryStore
import TerminalKit

/// What the login screen holds: the active users, the chosen one, the PIN being typed, the last refusal.
public struct LoginState: Sendable {
    public var users: [UserAccount] = []
    public var table = TableState()
    public var pin = TextField(isMasked: true, maxLength: 64)
    /// False while choosing a name, true while typing the PIN.
    public var enteringPin = false
    public var refusal: Refusal?

    /// Why the last attempt failed; a wait is kept as an instant so the countdown is drawn from the clock.
    public enum Refusal: Sendable, Equatable {
        case wrongPin(retryAt: Date)
        case tooSoon(retryAt: Date)
        case unknown
    }

    var selectedName: String? { users.indices.contains(table.selected) ? users[table.selected].name : nil }
}

/// Sign-in: pick a name from the active users, type the PIN (shown as dots), Enter.
enum LoginScreen {
    enum Action: Sendable { case move(ListMove), choose, quit }
    enum PinAction: Sendable { case submit, back }

    static let bindings: [KeyBinding<Action>] = ListMove.bindings(Action.move) + [
        KeyBinding([.enter, .tab], "Enter", .keyChooseUser, .choose, status: .shown),
        KeyBinding([.char("q"), .escape], "q/Esc", .quit, .quit, status: .shown),
    ]
    static let pinBindings: [KeyBinding<PinAction>] = [
        KeyBinding([.enter], "Enter", .keySignIn, .submit, status: .shown),
        KeyBinding([.escape, .backTab], "Esc", .keyChooseAnotherUser, .back, status: .essential),
    ]

    static func isTyping(_ state: AppState) -> Bool { state.login.enteringPin }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.login.enteringPin {
            if let action: PinAction = pinBindings.action(for: key) {
                switch action {
                case .back:
                    state.login.enteringPin = false
                    state.login.pin = TextField(isMasked: true, maxLength: 64)
                case .submit:
                    return submit(&state)
                }
                return []
            }
            _ = state.login.pin.handle(key)
            return []
        }
        guard let action: Action = bindings.action(for: key) else {
            // Typing a PIN digit straight away on the list means "this user": start the PIN.
            if case .char(let c) = key, c.isNumber, state.login.selectedName != nil {
                state.login.enteringPin = true
                _ = state.login.pin.handle(key)
            }
            return []
        }
        switch action {
        case .move(let move):
            move.apply(to: &state.login.table, rowCount: state.login.users.count, visible: visibleRows(state.size))
            state.login.refusal = nil
        case .choose:
            if state.login.selectedName != nil { state.login.enteringPin = true }
        case .quit:
            App.askToQuit(&state)
        }
        return []
    }

    private static func submit(_ state: inout AppState) -> [Effect] {
        guard let name = state.login.selectedName, !state.login.pin.text.isEmpty else { return [] }
        if let wait = remainingWait(state), wait > 0 { return [] }
        let pin = state.login.pin.text
        state.login.pin = TextField(isMasked: true, maxLength: 64)
        return [.authenticate(name: name, pin: pin)]
    }

    /// Seconds left before the next attempt is accepted, nil when none is imposed.
    static func remainingWait(_ state: AppState) -> Int? {
        switch state.login.refusal {
        case .wrongPin(let at)?, .tooSoon(let at)?:
            let left = Int(at.timeIntervalSince(state.now).rounded(.up))
            return left > 0 ? left : nil
        default: return nil
        }
    }

    static func result(name: String, outcome: LoginOutcome, _ state: inout AppState) -> [Effect] {
        switch outcome {
        case .success(let account):
            state.login.refusal = nil
            state.login.enteringPin = false
            return App.signIn(account, &state)
        case .wrongPin(let wait):
            state.login.refusal = .wrongPin(retryAt: state.now.addingTimeInterval(TimeInterval(wait)))
        case .tooSoon(let wait):
            state.login.refusal = .tooSoon(retryAt: state.now.addingTimeInterval(TimeInterval(wait)))
        case .unknownOrInactive:
            state.login.refusal = .unknown
        }
        return []
    }

    /// A refreshed user list keeps the chosen name selected.
    static func usersLoaded(_ users: [UserAccount], _ state: inout AppState) {
        let keep = state.login.selectedName
        state.login.users = users.filter { $0.active && $0.hasPin }
        if let keep, let index = state.login.users.firstIndex(where: { $0.name == keep }) {
            state.login.table.selected = index
        }
        state.login.table = state.login.table.clamped(rowCount: state.login.users.count, visibleRows: visibleRows(state.size))
    }

    static func visibleRows(_ size: Size) -> Int { max(1, Layout.body(size).height - 9) }

    static func render(_ state: AppState, into region: Region, theme: Theme) {
        let l10n = state.l10n
        let width = min(region.width, 64)
        let frame = region.region(Rect(x: (region.width - width) / 2, y: 0, width: width, height: region.height))
        let inner = Box(title: l10n(.loginTitle)).draw(into: frame, theme: theme)
        guard inner.height > 4 else { return }
        inner.put(state.text(state.definition.title), x: 1, y: 0, style: theme[.title], maxWidth: inner.width - 2)
        inner.put(l10n(.loginPrompt), x: 1, y: 2, style: theme[.normal], maxWidth: inner.width - 2)
        let listHeight = max(1, inner.height - 8)
        let listRegion = inner.region(Rect(x: 1, y: 3, width: inner.width - 2, height: listHeight + 1))
        if state.login.users.isEmpty {
            listRegion.put(l10n(.loginNoUsers), x: 0, y: 1, style: theme[.warning], maxWidth: listRegion.width)
        } else {
            var table = TableView(columns: [TableColumn(l10n(.columnName), width: .flexible(weight: 2)),
                                            TableColumn(l10n(.columnRole), width: .fixed(8)),
                                            TableColumn(l10n(.columnUnit), width: .flexible(weight: 3))],
                                  rowCount: state.login.users.count) { i in
                let u = state.login.users[i]
                return [u.name, Labels.role(u.role, l10n), u.unit]
            }
            table.showsHeader = true
            table.draw(into: listRegion, state: state.login.table, theme: theme, focused: !state.login.enteringPin)
        }
        let pinY = 3 + listHeight + 2
        let label = l10n(.pinLabel)
        inner.put(label, x: 1, y: pinY, style: theme[.normal])
        let fieldX = 2 + label.displayWidth
        state.login.pin.draw(into: inner.region(Rect(x: fieldX, y: pinY, width: min(24, inner.width - fieldX - 1), height: 1)),
                             focused: state.login.enteringPin, theme: theme)
        if let line = refusalText(state) {
            inner.put(line, x: 1, y: pinY + 1, style: theme[.error], maxWidth: inner.width - 2)
        } else if !state.login.enteringPin, let name = state.login.selectedName {
            inner.put(l10n(.loginHintEnter, ["name": name]), x: 1, y: pinY + 1, style: theme[.dim], maxWidth: inner.width - 2)
        }
    }

    static func refusalText(_ state: AppState) -> String? {
        let l10n = state.l10n
        switch state.login.refusal {
        case .none: return nil
        case .unknown: return l10n(.loginUnknown)
        case .wrongPin:
            if let wait = remainingWait(state) { return l10n(.loginWrongPinWait, ["seconds": String(wait)]) }
            return l10n(.loginWrongPin)
        case .tooSoon:
            if let wait = remainingWait(state) { return l10n(.loginTooSoon, ["seconds": String(wait)]) }
            return l10n(.loginWrongPin)
        }
    }
}
