import JuryCore
import JuryStore
import TerminalKit

/// The judge's home: the finalists with the judge's own status (not started, draft, submitted,
/// conflict), a progress bar of submitted sheets, `/` to filter, `n` for the next unscored finalist,
/// `c` to declare a conflict (回避). Shows nothing of any other judge.
struct JudgeQueueScreen: Screen {
    enum Action: Sendable { case move(ListMove), open, next, filter, conflict, back }
    var rows: [JudgeQueueRow]?
    var table = TableState()
    var filter = FilterLine.emptyField()
    var editingFilter = false

    static let bindings: [KeyBinding<Action>] = ListMove.bindings(Action.move) + [
        KeyBinding([.enter, .char("l"), .right], "Enter", .judgingKeyScore, .open, status: .shown),
        KeyBinding([.char("n")], "n", .judgingKeyNext, .next, status: .shown),
        KeyBinding([.char("/")], "/", .filter, .filter, status: .shown),
        KeyBinding([.char("c")], "c", .judgingKeyDeclare, .conflict, status: .shown),
        KeyBinding([.char("q"), .escape, .char("h"), .left], "q/Esc", .back, .back, status: .essential),
    ]

    /// The rows the filter lets through (by id, name, employer, union or city).
    var visible: [JudgeQueueRow] {
        let all = rows ?? []
        let needle = filter.text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !needle.isEmpty else { return all }
        return all.filter { row in
            [row.id, row.name, row.employer, row.union, row.city].contains { $0.lowercased().contains(needle) }
        }
    }

    var selectedRow: JudgeQueueRow? {
        let shown = visible
        return shown.indices.contains(table.selected) ? shown[table.selected] : nil
    }

    func title(_ ctx: ScreenContext) -> String { ctx.l10n(.judgingQueueTitle) }
    func isTyping(_ ctx: ScreenContext) -> Bool { editingFilter }
    var holdsUnsavedInput: Bool { false }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] {
        editingFilter ? FilterLine.bindings.withoutActions() : Self.bindings.withoutActions()
    }

    func visibleRows(_ ctx: ScreenContext) -> Int { max(1, ctx.body.height - 4) }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        if editingFilter { return handleFilterKey(key) }
        guard let action: Action = Self.bindings.action(for: key) else { return [] }
        switch action {
        case .move(let move):
            move.apply(to: &table, rowCount: visible.count, visible: visibleRows(ctx))
        case .open:
            guard let row = selectedRow else { return [] }
            return Self.open(row, ctx)
        case .next:
            let shown = visible
            guard !shown.isEmpty else { return [] }
            // The next finalist still to score after the selection, wrapping round to the top.
            let order = Array(shown.indices[table.selected...]) + Array(shown.indices[..<min(table.selected, shown.count)])
            guard let index = order.first(where: { [.notStarted, .draft].contains(shown[$0].status) }) else {
                return [.status(.info(ctx.l10n(.judgingAllScored)))]
            }
            table.selected = index
            table = table.clamped(rowCount: shown.count, visibleRows: visibleRows(ctx))
            return Self.open(shown[index], ctx)
        case .filter:
            editingFilter = true
        case .conflict:
            guard let row = selectedRow else { return [] }
            if row.status == .conflict { return [.status(.info(Self.conflictText(row, ctx)))] }
            if row.status == .submitted { return [.status(.error(ctx.l10n(.judgingDeclareSubmitted)))] }
            return [.push(ConflictDeclareScreen(entrantId: row.id, name: row.name))]
        case .back:
            return [.pop]
        }
        return []
    }

    static func open(_ row: JudgeQueueRow, _ ctx: ScreenContext) -> [Command] {
        if row.status == .conflict { return [.status(.error(conflictText(row, ctx)))] }
        return [.push(ScoreFormScreen(entrantId: row.id, name: row.name))]
    }

    static func conflictText(_ row: JudgeQueueRow, _ ctx: ScreenContext) -> String {
        switch row.conflict {
        case .automatic(let unit)?: ctx.l10n(.judgingConflictAutomatic, ["id": row.id, "unit": unit])
        case .declared(_, let note)?: ctx.l10n(.judgingConflictDeclared, ["id": row.id, "note": note])
        case nil: ""
        }
    }

    private mutating func handleFilterKey(_ key: Key) -> [Command] {
        // The list is filtered here, not in the store: a changed filter, or leaving it, starts at the top.
        if FilterLine.edit(&filter, editing: &editingFilter, key: key) != .nothing || !editingFilter { table = TableState() }
        return []
    }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        switch reply {
        case .judging(.queue(let loaded)):
            // Keep the selected finalist selected across a refresh.
            let keep = selectedRow?.id
            rows = loaded
            if let keep, let index = visible.firstIndex(where: { $0.id == keep }) { table.selected = index }
            table = table.clamped(rowCount: visible.count, visibleRows: visibleRows(ctx))
        case .judging(.conflictDeclared(let id)):
            return [.status(.info(ctx.l10n(.judgingConflictSaved, ["id": id]))), .run(.judging(.queue))]
        default: break
        }
        return []
    }

    mutating func refresh(_ ctx: ScreenContext) -> [Command] { [.run(.judging(.queue))] }
    mutating func resized(_ ctx: ScreenContext) -> [Command] {
        table = table.clamped(rowCount: visible.count, visibleRows: visibleRows(ctx))
        return []
    }

    static func statusLabel(_ status: JudgeQueueRow.Status, _ l10n: Localizer) -> String {
        switch status {
        case .notStarted: l10n(.judgingStatusNotStarted)
        case .draft: l10n(.judgingStatusDraft)
        case .submitted: l10n(.judgingStatusSubmitted)
        case .conflict: l10n(.judgingStatusConflict)
        }
    }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        guard let rows else {
            region.put(l10n(.loading), x: 1, y: 0, style: theme[.dim])
            return
        }
        // Line 0: progress of the judge's own sheets (conflicted finalists are not theirs to score).
        let mine = rows.filter { $0.status != .conflict }
        let done = mine.filter { $0.status == .submitted }.count
        let progress = l10n(.judgingProgress, ["done": String(done), "total": String(mine.count)])
        let barWidth = min(40, max(0, region.width - progress.displayWidth - 4))
        region.put(progress, x: 1, y: 0, style: theme[.title], maxWidth: region.width - 2)
        if barWidth > 4 {
            ProgressBar(fraction: mine.isEmpty ? 0 : Double(done) / Double(mine.count))
                .draw(into: region.region(Rect(x: progress.displayWidth + 2, y: 0, width: barWidth, height: 1)), theme: theme)
        }
        // Line 1: the filter.
        FilterLine.draw(filter, editing: editingFilter, placeholder: l10n(.judgingFilterPlaceholder), into: region, y: 1, maxWidth: 40, l10n, theme: theme)
        let shown = visible
        let tableRegion = region.region(Rect(x: 0, y: 2, width: region.width, height: max(0, region.height - 2)))
        if shown.isEmpty {
            let text = rows.isEmpty ? l10n(.judgingNoFinalists) : l10n(.browserNoMatch, ["filter": filter.text])
            tableRegion.put(text, x: 1, y: 1, style: theme[.warning], maxWidth: tableRegion.width - 2)
            return
        }
        let columns = [
            TableColumn(l10n(.columnId), width: .fixed(12)),
            TableColumn(l10n(.columnName), width: .fixed(8)),
            TableColumn(l10n(.columnEmployer), width: .flexible(weight: 3, minimum: 8)),
            TableColumn(l10n(.columnCity), width: .fixed(6)),
            TableColumn(l10n(.judgingColumnStatus), width: .fixed(12)),
            TableColumn(l10n(.judgingColumnMyTotal), width: .fixed(8), alignment: .right),
        ]
        let view = TableView(columns: columns, rowCount: shown.count) { index in
            let r = shown[index]
            return [r.id, r.name, r.employer, r.city, Self.statusLabel(r.status, l10n),
                    r.status == .conflict ? "" : r.totalTenths.map { NumberField.format($0) } ?? ""]
        }
        view.draw(into: tableRegion, state: table, theme: theme, focused: !editingFilter)
    }
}
