import Foundation
import JuryCore
import JuryStore
import TerminalKit

/// Sign-in: pick a name from the active users, type the PIN (shown as dots), Enter.
struct LoginScreen: Screen, CountingDown {
    enum Action: Sendable { case move(ListMove), choose, quit }
    enum PinAction: Sendable { case submit, back }

    /// Why the last attempt failed; a wait is kept as an instant so the countdown is drawn from the clock.
    enum Refusal: Sendable, Equatable {
        case wrongPin(retryAt: Date)
        case tooSoon(retryAt: Date)
        case unknown
        case locked
    }

    var users: [UserAccount] = []
    var table = TableState()
    var pin = TextField(isMasked: true, maxLength: 64)
    /// False while choosing a name, true while typing the PIN.
    var enteringPin = false
    var refusal: Refusal?
    /// A key arrived during the wait and was ignored: say so, so the user does not think it was typed.
    var ignoredDuringWait = false

    static let bindings: [KeyBinding<Action>] = ListMove.bindings(Action.move) + [
        KeyBinding([.enter, .tab], "Enter", .keyChooseUser, .choose, status: .shown),
        KeyBinding([.char("q"), .escape], "q/Esc", .quit, .quit, status: .shown),
    ]
    static let pinBindings: [KeyBinding<PinAction>] = [
        KeyBinding([.enter], "Enter", .keySignIn, .submit, status: .shown),
        KeyBinding([.escape, .backTab], "Esc", .keyChooseAnotherUser, .back, status: .essential),
    ]

    var selectedName: String? { users.indices.contains(table.selected) ? users[table.selected].name : nil }

    func title(_ ctx: ScreenContext) -> String { ctx.l10n(.loginTitle) }
    func isTyping(_ ctx: ScreenContext) -> Bool { enteringPin }
    /// A half-typed PIN is not worth a question: at the login screen nothing asks before quitting.
    var holdsUnsavedInput: Bool { false }

    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] {
        enteringPin ? Self.pinBindings.withoutActions() : Self.bindings.withoutActions()
    }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        if enteringPin {
            if let action: PinAction = Self.pinBindings.action(for: key) {
                switch action {
                case .back:
                    enteringPin = false
                    ignoredDuringWait = false
                    pin = TextField(isMasked: true, maxLength: 64)
                case .submit:
                    return submit(ctx)
                }
                return []
            }
            // During the wait keys are not typed (and the notice says so), so the field is empty when it ends.
            if remainingWait(ctx) != nil {
                ignoredDuringWait = true
                return []
            }
            _ = pin.handle(key)
            return []
        }
        guard let action: Action = Self.bindings.action(for: key) else {
            // Typing a PIN digit straight away on the list means "this user": start the PIN.
            if case .char(let c) = key, c.isNumber, selectedName != nil {
                enteringPin = true
                if remainingWait(ctx) == nil { _ = pin.handle(key) } else { ignoredDuringWait = true }
            }
            return []
        }
        switch action {
        case .move(let move):
            move.apply(to: &table, rowCount: users.count, visible: Self.visibleRows(ctx))
            refusal = nil
            ignoredDuringWait = false
        case .choose:
            if selectedName != nil { enteringPin = true }
        case .quit:
            return [.quit(confirmed: true)]
        }
        return []
    }

    private mutating func submit(_ ctx: ScreenContext) -> [Command] {
        guard let name = selectedName, !pin.text.isEmpty else { return [] }
        if remainingWait(ctx) != nil {
            ignoredDuringWait = true
            return []
        }
        let typed = pin.text
        pin = TextField(isMasked: true, maxLength: 64)
        return [.run(.session(.authenticate(name: name, pin: typed)))]
    }

    /// Seconds left before the next attempt is accepted, nil when none is imposed.
    func remainingWait(_ ctx: ScreenContext) -> Int? { remainingWait(at: ctx.now) }

    func remainingWait(at now: Date) -> Int? {
        switch refusal {
        case .wrongPin(let at)?, .tooSoon(let at)?:
            let left = Int(at.timeIntervalSince(now).rounded(.up))
            return left > 0 ? left : nil
        default: return nil
        }
    }

    func isCountingDown(at now: Date) -> Bool { remainingWait(at: now) != nil }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        switch reply {
        case .session(.users(let list)):
            usersLoaded(list, ctx)
        case .session(.login(_, let outcome)):
            ignoredDuringWait = false
            switch outcome {
            case .success(let account):
                refusal = nil
                enteringPin = false
                return [.signIn(account)]
            case .wrongPin(let wait):
                refusal = .wrongPin(retryAt: ctx.now.addingTimeInterval(TimeInterval(wait)))
            case .tooSoon(let wait):
                refusal = .tooSoon(retryAt: ctx.now.addingTimeInterval(TimeInterval(wait)))
            case .unknownOrInactive:
                refusal = .unknown
            case .locked:
                refusal = .locked
            }
        default: break
        }
        return []
    }

    mutating func refresh(_ ctx: ScreenContext) -> [Command] { [.run(.session(.loadUsers))] }

    mutating func resized(_ ctx: ScreenContext) -> [Command] {
        usersLoaded(users, ctx)
        return []
    }

    /// A refreshed user list keeps the chosen name selected.
    private mutating func usersLoaded(_ list: [UserAccount], _ ctx: ScreenContext) {
        let keep = selectedName
        users = list.filter { $0.active && $0.hasPin }
        if let keep, let index = users.firstIndex(where: { $0.name == keep }) { table.selected = index }
        table = table.clamped(rowCount: users.count, visibleRows: Self.visibleRows(ctx))
    }

    static func visibleRows(_ ctx: ScreenContext) -> Int { max(1, ctx.body.height - 9) }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        let width = min(region.width, 64)
        let frame = region.region(Rect(x: (region.width - width) / 2, y: 0, width: width, height: region.height))
        let inner = Box(title: l10n(.loginTitle)).draw(into: frame, theme: theme)
        guard inner.height > 4 else { return }
        inner.put(ctx.text(ctx.definition.title), x: 1, y: 0, style: theme[.title], maxWidth: inner.width - 2)
        inner.put(l10n(.loginPrompt), x: 1, y: 2, style: theme[.normal], maxWidth: inner.width - 2)
        let listHeight = max(1, inner.height - 8)
        let listRegion = inner.region(Rect(x: 1, y: 3, width: inner.width - 2, height: listHeight + 1))
        if users.isEmpty {
            listRegion.put(l10n(.loginNoUsers), x: 0, y: 1, style: theme[.warning], maxWidth: listRegion.width)
        } else {
            let users = self.users
            var list = TableView(columns: [TableColumn(l10n(.columnName), width: .flexible(weight: 2)),
                                           TableColumn(l10n(.columnRole), width: .fixed(8)),
                                           TableColumn(l10n(.columnUnit), width: .flexible(weight: 3))],
                                 rowCount: users.count) { i in
                [users[i].name, Labels.role(users[i].role, l10n), users[i].unit]
            }
            list.showsHeader = true
            list.draw(into: listRegion, state: table, theme: theme, focused: !enteringPin)
        }
        let pinY = 3 + listHeight + 2
        // The PIN line names whose PIN it is, so nobody types theirs against someone else's name.
        let label = enteringPin ? l10n(.pinLabelFor, ["name": selectedName ?? ""]) : l10n(.pinLabel)
        inner.put(label, x: 1, y: pinY, style: theme[.normal], maxWidth: inner.width / 2)
        let fieldX = 2 + min(label.displayWidth, inner.width / 2)
        pin.draw(into: inner.region(Rect(x: fieldX, y: pinY, width: max(0, min(24, inner.width - fieldX - 1)), height: 1)),
                 focused: enteringPin, theme: theme)
        if let line = refusalText(ctx) {
            inner.put(line, x: 1, y: pinY + 1, style: theme[.error], maxWidth: inner.width - 2)
        } else if !enteringPin, let name = selectedName {
            inner.put(l10n(.loginHintEnter, ["name": name]), x: 1, y: pinY + 1, style: theme[.dim], maxWidth: inner.width - 2)
        }
    }

    func refusalText(_ ctx: ScreenContext) -> String? {
        let l10n = ctx.l10n
        let ignored = ignoredDuringWait ? l10n(.loginKeysIgnored) : ""
        switch refusal {
        case .none: return nil
        case .unknown: return l10n(.loginUnknown)
        case .locked: return l10n(.loginLocked)
        case .wrongPin:
            if let wait = remainingWait(ctx) { return l10n(.loginWrongPinWait, ["seconds": String(wait)]) + ignored }
            return l10n(.loginWrongPin)
        case .tooSoon:
            if let wait = remainingWait(ctx) { return l10n(.loginTooSoon, ["seconds": String(wait)]) + ignored }
            return l10n(.loginWrongPin)
        }
    }
}
