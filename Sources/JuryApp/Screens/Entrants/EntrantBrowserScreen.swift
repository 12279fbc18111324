import JuryCore
import JuryStore
import TerminalKit

/// All entrants (or one stage) as a table: sort, stage view, incremental filter, Enter for the dossier.
///
/// Holds a window of rows around the selection, never all of them; a generation counter drops late
/// answers to questions that were replaced (typing fires many).
struct EntrantBrowserScreen: Screen {
    enum Action: Sendable { case move(ListMove), open, filter, sort, reverse, stage, back }
    /// Only entrants at this stage (nil: all).
    var stage: ReviewStage?
    var sort = BrowserSort(key: .id, ascending: true)
    var filter = FilterLine.emptyField()
    var editingFilter = false
    /// Entrants matching filter and stage (while `counted` is false, only those of the first window).
    var total = 0
    /// False from a typed filter's first window until its count arrives.
    var counted = true
    /// Display index of `rows[0]`.
    var start = 0
    var rows: [EntrantSummary] = []
    /// Selection and scroll as display indexes over all `total` rows.
    var table = TableState()
    /// Bumped whenever the filter, stage or sort changes, so late answers to old queries are dropped.
    var generation = 0
    var loaded = false
    /// Start of a window request in flight, to avoid asking twice.
    var pendingStart: Int?

    /// How many rows are kept around the selection.
    static let windowSize = 200
    /// Fetch again when the visible rows come this close to the window's edge.
    static let margin = 20

    init(stage: ReviewStage? = nil) { self.stage = stage }

    static let bindings: [KeyBinding<Action>] = ListMove.bindings(Action.move) + [
        KeyBinding([.enter, .char("l"), .right], "Enter", .open, .open, status: .shown),
        KeyBinding([.char("/")], "/", .filter, .filter, status: .shown),
        KeyBinding([.char("s")], "s", .keySortColumn, .sort, status: .shown),
        KeyBinding([.char("r")], "r", .keySortReverse, .reverse),
        KeyBinding([.char("v")], "v", .keyStageView, .stage),
        KeyBinding([.char("q"), .escape, .char("h"), .left], "q/Esc", .back, .back, status: .essential),
    ]

    /// The row at a display index, if it is in the window.
    func row(at index: Int) -> EntrantSummary? {
        let i = index - start
        return rows.indices.contains(i) ? rows[i] : nil
    }

    var selectedRow: EntrantSummary? { row(at: table.selected) }

    func title(_ ctx: ScreenContext) -> String {
        guard let stage else { return ctx.l10n(.browserTitleAll) }
        return ctx.l10n(.browserTitleStage, ["stage": Labels.stage(stage, ctx.l10n)])
    }

    func isTyping(_ ctx: ScreenContext) -> Bool { editingFilter }
    /// A filter is a question, not work: losing it on quit costs nothing.
    var holdsUnsavedInput: Bool { false }

    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] {
        editingFilter ? FilterLine.bindings.withoutActions() : Self.bindings.withoutActions()
    }

    static func visibleRows(_ ctx: ScreenContext) -> Int { max(1, ctx.body.height - 3) }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        if editingFilter { return handleFilterKey(key) }
        guard let action: Action = Self.bindings.action(for: key) else { return [] }
        switch action {
        case .move(let move):
            move.apply(to: &table, rowCount: total, visible: Self.visibleRows(ctx))
            return ensureWindow(ctx)
        case .open:
            guard let row = selectedRow else { return [] }
            return [.push(EntrantDetailScreen(summary: row))]
        case .filter:
            editingFilter = true
        case .sort:
            sort = sort.nextColumn()
            return [requery(keepSelection: true)]
        case .reverse:
            sort.ascending.toggle()
            return [requery(keepSelection: true)]
        case .stage:
            let cycle: [ReviewStage?] = [nil] + ReviewStage.allCases
            let index = cycle.firstIndex { $0 == stage } ?? 0
            stage = cycle[(index + 1) % cycle.count]
            return [requery(keepSelection: true)]
        case .back:
            return [.pop]
        }
        return []
    }

    private mutating func handleFilterKey(_ key: Key) -> [Command] {
        FilterLine.edit(&filter, editing: &editingFilter, key: key) == .nothing ? [] : [requery(countLater: true)]
    }

    /// A new question (filter, stage or sort changed), old answers ignored. With `keepSelection` the
    /// selected entrant stays selected on the same screen line if it is in the new result; otherwise
    /// (and for a new filter) the list starts at the top.
    private mutating func requery(keepSelection: Bool = false, countLater: Bool = false) -> Command {
        let keepId = keepSelection ? selectedRow?.id : nil
        generation += 1
        if keepId == nil { table = TableState() }
        rows = []
        start = 0
        pendingStart = 0
        loaded = false
        var first = request(start: 0, keepId: keepId)
        first.countLater = countLater
        return .run(.entrants(.page(first)))
    }

    func request(start: Int, keepId: String?) -> EntrantPageRequest {
        EntrantPageRequest(search: filter.text, stage: stage, sort: sort, start: start, limit: Self.windowSize,
                           generation: generation, keepId: keepId)
    }

    /// Asks for a new window when the visible rows are near the edge of the one held.
    mutating func ensureWindow(_ ctx: ScreenContext) -> [Command] {
        guard loaded, total > 0 else { return [] }
        guard let wanted = RowWindow(size: Self.windowSize, margin: Self.margin)
            .start(toFetch: table, total: total, start: start, held: rows.count, visible: Self.visibleRows(ctx)),
              pendingStart != wanted else { return [] }
        pendingStart = wanted
        return [.run(.entrants(.page(request(start: wanted, keepId: nil))))]
    }

    /// First showing: the first window. Later (uncovered, another session committed): the same window
    /// again, and the selected entrant stays selected even if it now sorts elsewhere.
    mutating func refresh(_ ctx: ScreenContext) -> [Command] {
        guard loaded || generation > 0 else { return [requery()] }
        pendingStart = start
        return [.run(.entrants(.page(request(start: start, keepId: selectedRow?.id))))]
    }

    mutating func resized(_ ctx: ScreenContext) -> [Command] { ensureWindow(ctx) }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        if case .entrants(.count(let count)) = reply {
            guard count.generation == generation, !counted else { return [] }
            total = count.total
            counted = true
            return ensureWindow(ctx)
        }
        guard case .entrants(.page(let page)) = reply, page.generation == generation else { return [] }
        // The first answer to a new question (open, filter, sort, stage view) rather than a refresh or a scroll.
        let newQuestion = !loaded
        total = page.total
        start = page.start
        rows = page.rows
        loaded = true
        pendingStart = nil
        let visible = Self.visibleRows(ctx)
        if page.keepId != nil, let at = page.keptAt {
            // Move selection and scroll together so the entrant stays on the same screen line.
            table.scroll(by: at - table.selected, rowCount: page.total, visibleRows: visible)
        } else if page.keepId != nil && newQuestion {
            // The entrant is not in the new result: start at the top. (A refresh keeps the row number.)
            table = TableState()
        }
        table = table.clamped(rowCount: page.total, visibleRows: visible)
        guard page.exact else {
            // Scrolling stays inside the window until the count comes (after a pause in typing).
            counted = false
            return [.run(.entrants(.count(EntrantCountRequest(search: filter.text, stage: stage, generation: generation))))]
        }
        counted = true
        return ensureWindow(ctx)
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

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        // Line 0: the filter; line 1: counts and view.
        FilterLine.draw(filter, editing: editingFilter, placeholder: l10n(.filterPlaceholder), into: region, y: 0, maxWidth: 56, l10n, theme: theme)
        let position = total == 0 ? 0 : table.selected + 1
        let summary = loaded
            ? l10n(.browserCount, ["position": HumanNumber.grouped(position),
                                   "total": HumanNumber.grouped(total) + (counted ? "" : "+")])
            : l10n(.loading)
        region.put(summary, x: 1, y: 1, style: theme[.dim], maxWidth: region.width - 2)
        let tableRegion = region.region(Rect(x: 0, y: 2, width: region.width, height: max(0, region.height - 2)))
        if loaded && total == 0 {
            tableRegion.put(l10n(filter.text.isEmpty ? .browserEmpty : .browserNoMatch, ["filter": filter.text]),
                            x: 1, y: 1, style: theme[.warning], maxWidth: tableRegion.width - 2)
            return
        }
        let (columns, sortColumn) = Self.columns(l10n, sort: sort)
        let screen = self
        var view = TableView(columns: columns, rowCount: total) { index in
            guard let e = screen.row(at: index) else { return ["…"] }
            return [e.id, e.name, e.employer, e.city, Labels.platforms(e.platforms, l10n), Labels.followers(e.totalFollowers, l10n),
                    Labels.stage(e.stage, l10n), e.recommended ? "✓" : ""]
        }
        view.sort = TableView.Sort(column: sortColumn, ascending: sort.ascending)
        view.draw(into: tableRegion, state: table, theme: theme, focused: !editingFilter)
    }
}
