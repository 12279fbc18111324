import JuryCore
import JuryStore
import TerminalKit

/// All entrants as a table: sort, stage view, incremental filter, Enter for the dossier.
enum EntrantBrowserScreen {
    enum Action: Sendable { case move(ListMove), open, filter, sort, reverse, stage, back }
    enum FilterAction: Sendable { case keep, clear }

    static let bindings: [KeyBinding<Action>] = ListMove.bindings(Action.move) + [
        KeyBinding([.enter, .char("l"), .right], "Enter", .open, .open, status: .shown),
        KeyBinding([.char("/")], "/", .filter, .filter, status: .shown),
        KeyBinding([.char("s")], "s", .keySortColumn, .sort, status: .shown),
        KeyBinding([.char("r")], "r", .keySortReverse, .reverse),
        KeyBinding([.char("v")], "v", .keyStageView, .stage),
        KeyBinding([.char("q"), .escape, .char("h"), .left], "q/Esc", .back, .back, status: .essential),
    ]
    static let filterBindings: [KeyBinding<FilterAction>] = [
        KeyBinding([.enter], "Enter", .keyFilterKeep, .keep, status: .shown),
        KeyBinding([.escape], "Esc", .keyFilterClear, .clear, status: .shown),
    ]

    static func title(_ state: AppState) -> String {
        let l10n = state.l10n
        guard let stage = state.browser.stage else { return l10n(.browserTitleAll) }
        return l10n(.browserTitleStage, ["stage": Labels.stage(stage, l10n)])
    }

    /// Opens the browser on a stage view, with an empty filter, at the top.
    static func open(stage: ReviewStage?, _ state: inout AppState) -> [Effect] {
        let generation = state.browser.generation + 1
        state.browser = BrowserState(stage: stage)
        state.browser.generation = generation
        state.browser.sort = BrowserSort(key: .id, ascending: true)
        state.routes.append(.entrants)
        return [requery(&state)]
    }

    static func visibleRows(_ size: Size) -> Int { max(1, Layout.body(size).height - 3) }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.browser.editingFilter { return handleFilterKey(key, &state) }
        guard let action: Action = bindings.action(for: key) else { return [] }
        switch action {
        case .move(let move):
            move.apply(to: &state.browser.table, rowCount: state.browser.total, visible: visibleRows(state.size))
            return ensureWindow(&state)
        case .open:
            guard let row = state.browser.selectedRow else { return [] }
            return EntrantDetailScreen.open(row, &state)
        case .filter:
            state.browser.editingFilter = true
        case .sort:
            state.browser.sort = state.browser.sort.nextColumn()
            return [requery(&state, keepSelection: true)]
        case .reverse:
            state.browser.sort.ascending.toggle()
            return [requery(&state, keepSelection: true)]
        case .stage:
            let cycle: [ReviewStage?] = [nil] + ReviewStage.allCases
            let index = cycle.firstIndex { $0 == state.browser.stage } ?? 0
            state.browser.stage = cycle[(index + 1) % cycle.count]
            return [requery(&state, keepSelection: true)]
        case .back:
            return App.back(&state)
        }
        return []
    }

    private static func handleFilterKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        if let action: FilterAction = filterBindings.action(for: key) {
            state.browser.editingFilter = false
            switch action {
            case .keep: return []
            case .clear:
                guard !state.browser.filter.text.isEmpty else { return [] }
                state.browser.filter = TextField(maxLength: 40)
                return [requery(&state)]
            }
        }
        let before = state.browser.filter.text
        _ = state.browser.filter.handle(key)
        return state.browser.filter.text == before ? [] : [requery(&state)]
    }

    /// A new question (filter, stage or sort changed), old answers ignored. With `keepSelection` the
    /// selected entrant stays selected on the same screen line if it is in the new result; otherwise
    /// (and for a new filter) the list starts at the top.
    private static func requery(_ state: inout AppState, keepSelection: Bool = false) -> Effect {
        let keepId = keepSelection ? state.browser.selectedRow?.id : nil
        state.browser.generation += 1
        if keepId == nil { state.browser.table = TableState() }
        state.browser.rows = []
        state.browser.start = 0
        state.browser.pendingStart = 0
        state.browser.loaded = false
        return .loadEntrants(request(state, start: 0, keepId: keepId))
    }

    static func request(_ state: AppState, start: Int, keepId: String?) -> EntrantPageRequest {
        EntrantPageRequest(search: state.browser.filter.text, stage: state.browser.stage, sort: state.browser.sort,
                           start: start, limit: BrowserState.windowSize, generation: state.browser.generation, keepId: keepId)
    }

    /// Asks for a new window when the visible rows are near the edge of the one held.
    static func ensureWindow(_ state: inout AppState) -> [Effect] {
        let b = state.browser
        guard b.loaded, b.total > 0 else { return [] }
        let visible = visibleRows(state.size)
        let table = b.table.clamped(rowCount: b.total, visibleRows: visible)
        let needFrom = max(0, table.offset - BrowserState.margin)
        let needTo = min(b.total, table.offset + visible + BrowserState.margin)
        if needFrom >= b.start && needTo <= b.start + b.rows.count { return [] }
        let start = max(0, min(table.offset + visible / 2 - BrowserState.windowSize / 2, b.total - BrowserState.windowSize))
        if b.pendingStart == start { return [] }
        state.browser.pendingStart = start
        return [.loadEntrants(request(state, start: start, keepId: nil))]
    }

    /// The same window again (another session committed); the selected entrant stays selected even if
    /// it now sorts elsewhere (the store finds its new row and the window moves there).
    static func reload(_ state: inout AppState) -> [Effect] {
        state.browser.pendingStart = state.browser.start
        return [.loadEntrants(request(state, start: state.browser.start, keepId: state.browser.selectedRow?.id))]
    }

    static func pageLoaded(_ page: EntrantPage, _ state: inout AppState) -> [Effect] {
        guard page.generation == state.browser.generation else { return [] }
        // The first answer to a new question (open, filter, sort, stage view) rather than a refresh or a scroll.
        let newQuestion = !state.browser.loaded
        state.browser.total = page.total
        state.browser.start = page.start
        state.browser.rows = page.rows
        state.browser.loaded = true
        state.browser.pendingStart = nil
        if page.keepId != nil, let at = page.keptAt {
            // Move selection and scroll together so the entrant stays on the same screen line.
            state.browser.table.scroll(by: at - state.browser.table.selected, rowCount: page.total, visibleRows: visibleRows(state.size))
        } else if page.keepId != nil && newQuestion {
            // The entrant is not in the new result: start at the top. (A refresh keeps the row number.)
            state.browser.table = TableState()
        }
        state.browser.table = state.browser.table.clamped(rowCount: page.total, visibleRows: visibleRows(state.size))
        return ensureWindow(&state)
    }

    // MARK: Drawing

    static func columns(_ l10n: Localizer, sort: BrowserSort) -> (columns: [TableColumn], sortColumn: Int) {
        let columns = [
            TableColumn(l10n(.columnId), width: .fixed(12)),
            TableColumn(l10n(.columnName), width: .fixed(8)),
            TableColumn(l10n(.columnEmployer), width: .flexible(weight: 3, minimum: 8)),
            TableColumn(l10n(.columnCity), width: .fixed(6)),
            TableColumn(l10n(.columnPlatforms), width: .flexible(weight: 2, minimum: 6)),
            TableColumn(l10n(.columnFollowers), width: .fixed(max(8, l10n(.columnFollowers).displayWidth + 1)), alignment: .right),
            TableColumn(l10n(.columnStage), width: .fixed(11)),
            TableColumn(l10n(.columnRecommended), width: .fixed(4), alignment: .center),
        ]
        let sortColumn: Int
        switch sort.key {
        case .id: sortColumn = 0
        case .name: sortColumn = 1
        case .city: sortColumn = 3
        case .followersDescending: sortColumn = 5
        case .stage: sortColumn = 6
        }
        return (columns, sortColumn)
    }

    static func render(_ state: AppState, into region: Region, theme: Theme) {
        let l10n = state.l10n
        let b = state.browser
        // Line 0: the filter; line 1: counts and view.
        let label = l10n(.filterLabel)
        region.put(label, x: 1, y: 0, style: theme[b.editingFilter ? .accent : .normal])
        let fieldX = 2 + label.displayWidth
        let field = region.region(Rect(x: fieldX, y: 0, width: min(56, region.width - fieldX - 1), height: 1))
        if b.editingFilter || !b.filter.text.isEmpty {
            b.filter.draw(into: field, focused: b.editingFilter, theme: theme)
        } else {
            field.put(l10n(.filterPlaceholder), x: 0, y: 0, style: theme[.dim], maxWidth: field.width)
        }
        let position = b.total == 0 ? 0 : b.table.selected + 1
        let summary = b.loaded
            ? l10n(.browserCount, ["position": HumanNumber.grouped(position), "total": HumanNumber.grouped(b.total)])
            : l10n(.loading)
        region.put(summary, x: 1, y: 1, style: theme[.dim], maxWidth: region.width - 2)
        let tableRegion = region.region(Rect(x: 0, y: 2, width: region.width, height: max(0, region.height - 2)))
        if b.loaded && b.total == 0 {
            tableRegion.put(l10n(b.filter.text.isEmpty ? .browserEmpty : .browserNoMatch, ["filter": b.filter.text]),
                            x: 1, y: 1, style: theme[.warning], maxWidth: tableRegion.width - 2)
            return
        }
        let (columns, sortColumn) = columns(l10n, sort: b.sort)
        var table = TableView(columns: columns, rowCount: b.total) { index in
            guard let e = b.row(at: index) else { return ["…"] }
            return [e.id, e.name, e.employer, e.city, Labels.platforms(e.platforms, l10n), Labels.followers(e.totalFollowers, l10n),
                    Labels.stage(e.stage, l10n), e.recommended ? "✓" : ""]
        }
        table.sort = TableView.Sort(column: sortColumn, ascending: b.sort.ascending)
        table.draw(into: tableRegion, state: b.table, theme: theme, focused: !b.editingFilter)
    }
}
