import JuryCore
import JuryStore
import TerminalKit

/// The admin's user list and its selection (kept by name across refreshes).
public struct UsersState: Sendable {
    public var list: [UserAccount] = []
    public var table = TableState()
    /// Select this user when the list next arrives (a user just added).
    var keepName: String?

    var selected: UserAccount? { list.indices.contains(table.selected) ? list[table.selected] : nil }
}

/// Admin: everyone who may sign in; add, deactivate (with a confirmation), reset a PIN.
enum UsersScreen {
    enum Action: Sendable { case move(ListMove), add, deactivate, resetPin, back }

    static let bindings: [KeyBinding<Action>] = ListMove.bindings(Action.move) + [
        KeyBinding([.char("a")], "a", .keyAddUser, .add, status: .shown),
        KeyBinding([.char("d")], "d", .keyDeactivateUser, .deactivate, status: .shown),
        KeyBinding([.char("p")], "p", .keyResetPin, .resetPin, status: .shown),
        KeyBinding([.char("q"), .escape], "q/Esc", .back, .back, status: .essential),
    ]

    static func visibleRows(_ size: Size) -> Int { max(1, Layout.body(size).height - 2) }

    static func loaded(_ users: [UserAccount], _ state: inout AppState) {
        let keep = state.users.keepName ?? state.users.selected?.name
        state.users.list = users
        state.users.keepName = nil
        if let keep, let i = users.firstIndex(where: { $0.name == keep }) {
            let delta = i - state.users.table.selected
            state.users.table.selected += delta
            state.users.table.offset += delta
        }
        state.users.table = state.users.table.clamped(rowCount: users.count, visibleRows: visibleRows(state.size))
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let action: Action = bindings.action(for: key) else { return [] }
        let l10n = state.l10n
        switch action {
        case .move(let move):
            move.apply(to: &state.users.table, rowCount: state.users.list.count, visible: visibleRows(state.size))
        case .add:
            state.userForm = UserFormState(l10n: l10n)
            state.routes.append(.userForm)
        case .deactivate:
            guard let user = state.users.selected else { return [] }
            guard user.active else {
                state.status = .error(l10n(.userAlreadyInactive, ["name": user.name]))
                return []
            }
            guard user.name != state.session?.name else {
                state.status = .error(l10n(.cannotDeactivateSelf))
                return []
            }
            App.confirm(&state, title: l10n(.keyDeactivateUser), message: l10n(.deactivateConfirm, ["name": user.name]),
                        then: .deactivateUser(name: user.name))
        case .resetPin:
            guard let user = state.users.selected else { return [] }
            state.userForm = UserFormState(resetting: user.name)
            state.routes.append(.userForm)
        case .back:
            return App.back(&state)
        }
        return []
    }

    static func render(_ state: AppState, into region: Region, theme: Theme) {
        let l10n = state.l10n
        let list = state.users.list
        region.put(l10n(.usersCount, ["count": String(list.count)]), x: 1, y: 0, style: theme[.dim], maxWidth: region.width - 2)
        let columns = [
            TableColumn(l10n(.columnName), width: .flexible(weight: 1, minimum: 10)),
            TableColumn(l10n(.columnRole), width: .fixed(8)),
            TableColumn(l10n(.columnUnit), width: .flexible(weight: 4, minimum: 8)),
            TableColumn(l10n(.columnCity), width: .fixed(8)),
            TableColumn(l10n(.columnState), width: .fixed(8)),
            TableColumn("PIN", width: .fixed(6)),
        ]
        var table = TableView(columns: columns, rowCount: list.count) { i in
            let u = list[i]
            return [u.name, Labels.role(u.role, l10n), u.unit, u.city,
                    l10n(u.active ? .userActive : .userInactive), l10n(u.hasPin ? .pinSet : .pinMissing)]
        }
        table.rowRole = { list[$0].active ? nil : .dim }
        table.draw(into: region.region(Rect(x: 0, y: 1, width: region.width, height: region.height - 1)),
                   state: state.users.table, theme: theme)
    }
}
