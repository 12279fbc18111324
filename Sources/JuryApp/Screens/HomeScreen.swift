import JuryCore
import JuryStore
import TerminalKit

/// The home screen's menu position and the progress counts it shows.
public struct HomeState: Sendable {
    public var table = TableState()
    public var counts: StageCounts?
}

/// One entry of a role's home menu; only entries that lead somewhere working are listed.
enum HomeItem: Sendable, Equatable {
    case entrants(stage: ReviewStage?)
    case users
    case phase
    case signOut

    /// The menu for a role, in the order it is shown.
    static func menu(for role: Role) -> [HomeItem] {
        switch role {
        case .reviewer: [.entrants(stage: .registered), .entrants(stage: .round1Passed), .entrants(stage: nil), .signOut]
        case .judge: [.entrants(stage: .finalist), .signOut]
        case .chair: [.entrants(stage: nil), .entrants(stage: .finalist), .signOut]
        case .admin: [.users, .phase, .entrants(stage: nil), .signOut]
        }
    }
}

/// The role's home: a short menu and the review progress (entrants per stage).
enum HomeScreen {
    enum Action: Sendable { case move(ListMove), open, signOut, quit }

    /// The menu is a few entries that always fit, so there is no paging (help lists only keys that act here).
    static let bindings: [KeyBinding<Action>] = ListMove.shortListBindings(Action.move) + [
        KeyBinding([.enter, .char("l"), .right], "Enter", .open, .open, status: .shown),
        KeyBinding([.char("x")], "x", .signOut, .signOut),
        KeyBinding([.char("q"), .escape], "q", .quit, .quit, status: .shown),
    ]

    static func items(_ state: AppState) -> [HomeItem] {
        state.session.map { HomeItem.menu(for: $0.role) } ?? []
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let action: Action = bindings.action(for: key) else { return [] }
        let menu = items(state)
        switch action {
        case .move(let move):
            move.apply(to: &state.home.table, rowCount: menu.count, visible: max(1, menu.count))
        case .open:
            guard menu.indices.contains(state.home.table.selected) else { return [] }
            return open(menu[state.home.table.selected], &state)
        case .signOut: return App.signOut(&state)
        case .quit: App.askToQuit(&state)
        }
        return []
    }

    static func open(_ item: HomeItem, _ state: inout AppState) -> [Effect] {
        switch item {
        case .entrants(let stage): return EntrantBrowserScreen.open(stage: stage, &state)
        case .users:
            state.users = UsersState()
            state.routes.append(.users)
            return [.loadUsers]
        case .phase:
            state.phase = PhaseScreenState()
            state.routes.append(.phase)
            PhaseScreen.phaseLoaded(&state)
            return [.loadPhase]
        case .signOut: return App.signOut(&state)
        }
    }

    static func label(_ item: HomeItem, _ state: AppState) -> String {
        let l10n = state.l10n
        switch item {
        case .entrants(let stage):
            let name: String
            switch stage {
            case nil: name = l10n(.menuAllEntrants)
            case .registered?: name = l10n(.menuAwaitingRoundOne)
            case .round1Passed?: name = l10n(.menuAwaitingRoundTwo)
            case .finalist?: name = l10n(.menuFinalists)
            case let other?: name = Labels.stage(other, l10n)
            }
            guard let counts = state.home.counts else { return name }
            let n = stage.map { counts.byStage[$0] ?? 0 } ?? counts.total
            return l10n(.labelWithCount, ["label": name, "count": HumanNumber.grouped(n)])
        case .users: return l10n(.menuUsers)
        case .phase: return l10n(.menuPhase)
        case .signOut: return l10n(.signOut)
        }
    }

    static func render(_ state: AppState, into region: Region, theme: Theme) {
        let l10n = state.l10n
        let menu = items(state)
        let wide = region.width >= 100
        let menuWidth = wide ? region.width / 2 : region.width
        let menuHeight = min(region.height, menu.count + 4)
        let menuBox = Box(title: l10n(.homeMenuTitle)).draw(into: region.region(Rect(x: 0, y: 0, width: menuWidth, height: menuHeight)), theme: theme)
        if let user = state.session {
            menuBox.put(l10n(.homeWelcome, ["name": user.name, "role": Labels.role(user.role, l10n)]), x: 1, y: 0,
                        style: theme[.title], maxWidth: menuBox.width - 2)
        }
        let list = ListView(rowCount: menu.count) { "  " + label(menu[$0], state) }
        list.draw(into: menuBox.region(Rect(x: 0, y: 2, width: menuBox.width, height: max(0, menuBox.height - 2))),
                  state: state.home.table, theme: theme)
        let progressRect = wide
            ? Rect(x: menuWidth + 1, y: 0, width: region.width - menuWidth - 1, height: min(region.height, 11))
            : Rect(x: 0, y: menuHeight, width: region.width, height: min(11, region.height - menuHeight))
        guard progressRect.height >= 3 else { return }
        let box = Box(title: l10n(.progressTitle)).draw(into: region.region(progressRect), theme: theme)
        guard let counts = state.home.counts else {
            box.put(l10n(.loading), x: 1, y: 0, style: theme[.dim])
            return
        }
        box.put(l10n(.progressTotal, ["count": HumanNumber.grouped(counts.total)]), x: 1, y: 0, style: theme[.normal], maxWidth: box.width - 2)
        let items = ReviewStage.allCases.map { BarChart.Item(Labels.stage($0, l10n), Double(counts.byStage[$0] ?? 0)) }
        BarChart(items: items, maxValue: Double(max(1, counts.total)), format: { HumanNumber.grouped(Int($0)) })
            .draw(into: box.region(Rect(x: 1, y: 1, width: max(0, box.width - 2), height: max(0, box.height - 1))), theme: theme)
    }
}
