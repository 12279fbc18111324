import JuryCore
import JuryStore
import TerminalKit

/// One entrant's dossier, read-only: profile, accounts, screenshots, works, votes, automatic checks.
enum EntrantDetailScreen {
    enum Action: Sendable { case move(ListMove), pane, openShot, back }

    static let bindings: [KeyBinding<Action>] = ListMove.bindings(Action.move) + [
        KeyBinding([.tab, .backTab], "Tab", .keySwitchPane, .pane, status: .shown),
        KeyBinding([.char("o"), .enter], "o/Enter", .keyOpenScreenshot, .openShot, status: .shown),
        KeyBinding([.char("q"), .escape, .char("h"), .left], "q/Esc", .back, .back, status: .essential),
    ]

    static func open(_ row: EntrantSummary, _ state: inout AppState) -> [Effect] {
        state.detail = DetailState(summary: row)
        state.routes.append(.detail)
        return [.loadDetail(row)]
    }

    static func loaded(_ detail: EntrantDetail, _ state: inout AppState) {
        guard state.detail.summary?.id == detail.summary.id else { return }
        state.detail.detail = detail
        state.detail.summary = detail.summary
        state.detail.screenshot = min(state.detail.screenshot, max(0, state.detail.screenshots.count - 1))
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let action: Action = bindings.action(for: key) else { return [] }
        switch action {
        case .move(let move):
            if state.detail.pane == .screenshots {
                var table = TableState(selected: state.detail.screenshot)
                move.apply(to: &table, rowCount: state.detail.screenshots.count, visible: 3)
                state.detail.screenshot = table.selected
            } else {
                let lines = DetailLines.build(state, width: Layout.body(state.size).width - 2).count
                let visible = dossierHeight(state)
                var table = TableState(selected: state.detail.scroll, offset: state.detail.scroll)
                let maxScroll = max(0, lines - visible)
                switch move {
                case .up: table.selected -= 1
                case .down: table.selected += 1
                case .pageUp: table.selected -= max(1, visible - 1)
                case .pageDown: table.selected += max(1, visible - 1)
                case .halfUp: table.selected -= max(1, visible / 2)
                case .halfDown: table.selected += max(1, visible / 2)
                case .top: table.selected = 0
                case .bottom: table.selected = maxScroll
                }
                state.detail.scroll = min(max(0, table.selected), maxScroll)
            }
        case .pane:
            state.detail.pane = state.detail.pane == .dossier && !state.detail.screenshots.isEmpty ? .screenshots : .dossier
        case .openShot:
            let shots = state.detail.screenshots
            guard shots.indices.contains(state.detail.screenshot) else {
                state.status = .error(state.l10n(.noScreenshots))
                return []
            }
            return [.openFile(storedPath: shots[state.detail.screenshot].path)]
        case .back:
            return App.back(&state)
        }
        return []
    }

    static func screenshotPaneHeight(_ state: AppState) -> Int { min(6, max(3, state.detail.screenshots.count + 2)) }

    static func dossierHeight(_ state: AppState) -> Int {
        max(1, Layout.body(state.size).height - screenshotPaneHeight(state) - 1)
    }

    static func render(_ state: AppState, into region: Region, theme: Theme) {
        let l10n = state.l10n
        guard let summary = state.detail.summary else { return }
        let heading = "\(summary.name) · \(summary.id) · \(Labels.stage(summary.stage, l10n))"
            + (summary.recommended ? " · \(l10n(.recommendedByUnit))" : "")
        region.put(heading, x: 1, y: 0, style: theme[.title], maxWidth: region.width - 2)
        guard state.detail.detail != nil else {
            region.put(l10n(.loading), x: 1, y: 2, style: theme[.dim])
            return
        }
        let dossierRect = Rect(x: 1, y: 1, width: region.width - 2, height: dossierHeight(state))
        let dossier = region.region(dossierRect)
        let lines = DetailLines.build(state, width: dossier.width)
        let scroll = min(state.detail.scroll, max(0, lines.count - dossier.height))
        for (i, line) in lines.dropFirst(scroll).prefix(dossier.height).enumerated() {
            dossier.put(line.text, x: 0, y: i, style: theme[line.role], maxWidth: dossier.width)
        }
        if scroll + dossier.height < lines.count {
            region.put("↓", x: region.width - 1, y: dossierRect.maxY - 1, style: theme[.accent])
        }
        if scroll > 0 { region.put("↑", x: region.width - 1, y: 1, style: theme[.accent]) }
        let paneRect = Rect(x: 0, y: dossierRect.maxY, width: region.width, height: region.height - dossierRect.maxY)
        let focused = state.detail.pane == .screenshots
        let box = Box(title: l10n(.screenshotsTitle), borderRole: focused ? .accent : .border)
            .draw(into: region.region(paneRect), theme: theme)
        let shots = state.detail.screenshots
        if shots.isEmpty {
            box.put(l10n(.noScreenshots), x: 1, y: 0, style: theme[.dim], maxWidth: box.width - 2)
            return
        }
        let list = ListView(rowCount: shots.count) { " \(shots[$0].account) — \(shots[$0].path)" }
        list.draw(into: box, state: TableState(selected: state.detail.screenshot).clamped(rowCount: shots.count, visibleRows: box.height),
                  theme: theme, focused: focused)
    }
}
