import JuryCore
import JuryStore
import TerminalKit

/// Admin: everyone who may sign in; add, edit, deactivate and reactivate (confirmed), reset a PIN.
struct UsersScreen: Screen {
    enum Action: Sendable { case move(ListMove), add, edit, deactivate, reactivate, unlock, resetPin, back }
    /// What the open yes/no dialog will do.
    enum Pending: Sendable, Equatable { case deactivate(String), reactivate(String) }

    var list: [UserAccount] = []
    var table = TableState()
    /// Select this user when the list next arrives (a user just added).
    var keepName: String?
    var pending: Pending?

    static let bindings: [KeyBinding<Action>] = ListMove.bindings(Action.move) + [
        KeyBinding([.char("a")], "a", .keyAddUser, .add, status: .shown),
        KeyBinding([.char("e"), .enter], "e", .keyEditUser, .edit),
        KeyBinding([.char("d")], "d", .keyDeactivateUser, .deactivate, status: .shown),
        KeyBinding([.char("r")], "r", .keyReactivateUser, .reactivate),
        KeyBinding([.char("u")], "u", .keyUnlockUser, .unlock),
        KeyBinding([.char("p")], "p", .keyResetPin, .resetPin, status: .shown),
        KeyBinding([.char("q"), .escape], "q/Esc", .back, .back, status: .essential),
    ]

    var selected: UserAccount? { list.indices.contains(table.selected) ? list[table.selected] : nil }

    func title(_ ctx: ScreenContext) -> String { ctx.l10n(.usersTitle) }
    func isTyping(_ ctx: ScreenContext) -> Bool { false }
    var holdsUnsavedInput: Bool { false }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] { Self.bindings.withoutActions() }

    static func visibleRows(_ ctx: ScreenContext) -> Int { max(1, ctx.body.height - 2) }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        guard let action: Action = Self.bindings.action(for: key) else { return [] }
        let l10n = ctx.l10n
        switch action {
        case .move(let move):
            move.apply(to: &table, rowCount: list.count, visible: Self.visibleRows(ctx))
        case .add:
            return [.push(UserFormScreen(mode: .add(taken: Set(list.map(\.name))), l10n: l10n))]
        case .edit:
            guard let user = selected else { return [] }
            return [.push(UserFormScreen(mode: .edit(user), l10n: l10n))]
        case .deactivate:
            guard let user = selected else { return [] }
            guard user.active else { return [.status(.error(l10n(.userAlreadyInactive, ["name": user.name])))] }
            guard user.name != ctx.session?.name else { return [.status(.error(l10n(.cannotDeactivateSelf)))] }
            pending = .deactivate(user.name)
            return [.confirm(title: l10n(.keyDeactivateUser), message: l10n(.deactivateConfirm, ["name": user.name]))]
        case .reactivate:
            guard let user = selected else { return [] }
            guard !user.active else { return [.status(.error(l10n(.userAlreadyActive, ["name": user.name])))] }
            pending = .reactivate(user.name)
            return [.confirm(title: l10n(.keyReactivateUser), message: l10n(.reactivateConfirm, ["name": user.name]))]
        case .unlock:
            guard let user = selected else { return [] }
            guard user.failedAttempts > 0 || user.lockedUntil != nil else {
                return [.status(.error(l10n(.userNotLocked, ["name": user.name])))]
            }
            return [.run(.users(.unlock(name: user.name)))]
        case .resetPin:
            guard let user = selected else { return [] }
            return [.push(UserFormScreen(mode: .resetPin(user.name), l10n: l10n))]
        case .back:
            return [.pop]
        }
        return []
    }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        let l10n = ctx.l10n
        switch reply {
        case .users(.list(let users)):
            loaded(users, ctx)
        case .confirmed:
            defer { pending = nil }
            switch pending {
            case .deactivate(let name)?: return [.run(.users(.deactivate(name: name)))]
            case .reactivate(let name)?: return [.run(.users(.reactivate(name: name)))]
            case nil: return []
            }
        case .declined:
            pending = nil
        case .users(.added(let name)):
            // Handed back by the form as it closed: select the new user when the list arrives.
            keepName = name
            return [.status(.info(l10n(.userAdded, ["name": name])))]
        case .users(.edited(let name)):
            return [.status(.info(l10n(.userEdited, ["name": name])))]
        case .users(.pinReset(let name)):
            return [.status(.info(l10n(.pinWasReset, ["name": name])))]
        case .users(.unlocked(let name)):
            return [.status(.info(l10n(.userUnlocked, ["name": name]))), .run(.users(.list))]
        case .users(.deactivated(let name)):
            return [.status(.info(l10n(.userDeactivated, ["name": name]))), .run(.users(.list))]
        case .users(.reactivated(let name)):
            return [.status(.info(l10n(.userReactivated, ["name": name]))), .run(.users(.list))]
        default: break
        }
        return []
    }

    mutating func refresh(_ ctx: ScreenContext) -> [Command] { [.run(.users(.list))] }

    mutating func resized(_ ctx: ScreenContext) -> [Command] {
        loaded(list, ctx)
        return []
    }

    /// The selection stays on the same person across refreshes (or moves to one just added).
    private mutating func loaded(_ users: [UserAccount], _ ctx: ScreenContext) {
        let keep = keepName ?? selected?.name
        list = users
        keepName = nil
        if let keep, let i = users.firstIndex(where: { $0.name == keep }) {
            let delta = i - table.selected
            table.selected += delta
            table.offset += delta
        }
        table = table.clamped(rowCount: users.count, visibleRows: Self.visibleRows(ctx))
    }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        let list = self.list
        region.put(l10n(.usersCount, ["count": String(list.count)]), x: 1, y: 0, style: theme[.dim], maxWidth: region.width - 2)
        let columns = [
            TableColumn(l10n(.columnName), width: .flexible(weight: 1, minimum: 10)),
            TableColumn(l10n(.columnRole), width: .fixed(8)),
            TableColumn(l10n(.columnUnit), width: .flexible(weight: 4, minimum: 8)),
            TableColumn(l10n(.columnCity), width: .fixed(8)),
            TableColumn(l10n(.columnState), width: .fixed(8)),
            TableColumn("PIN", width: .fixed(6)),
        ]
        var view = TableView(columns: columns, rowCount: list.count) { i in
            let u = list[i]
            return [u.name, Labels.role(u.role, l10n), u.unit, u.city,
                    l10n(!u.active ? .userInactive : u.failedAttempts >= UserRepository.lockAfterFailures ? .userLockedState : .userActive),
                    l10n(u.hasPin ? .pinSet : .pinMissing)]
        }
        view.rowRole = { list[$0].active ? nil : .dim }
        view.draw(into: region.region(Rect(x: 0, y: 1, width: region.width, height: region.height - 1)),
                  state: table, theme: theme)
    }
}
