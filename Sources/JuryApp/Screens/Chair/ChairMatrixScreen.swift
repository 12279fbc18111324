import JuryCore
import JuryStore
import TerminalKit

/// Judges across, finalists down: who has submitted, drafted, declared a conflict or not started,
/// with totals per finalist (done / expected) and, for the selected judge, per judge. Windowed over
/// the finalists and scrolled sideways over the judges, so 50 × 5,000 stays instant. `R` leaves the
/// selected judge a reminder shown at their next sign-in.
struct ChairMatrixScreen: Screen {
    enum Action: Sendable { case move(ListMove), judgeLeft, judgeRight, remind, back }

    var page: MatrixPage?
    var table = TableState()
    var judge = 0
    var generation = 0
    var pendingStart: Int?

    static let windowSize = 200
    static let margin = 20
    static let cellWidth = 3

    static let bindings: [KeyBinding<Action>] = ListMove.bindings(Action.move) + [
        KeyBinding([.left, .char("h")], "←/h", .keyJudgeLeft, .judgeLeft),
        KeyBinding([.right, .char("l")], "→/l", .keyJudgeRight, .judgeRight, status: .shown),
        KeyBinding([.char("R")], "R", .keyRemind, .remind, status: .shown),
        KeyBinding([.char("q"), .escape], "q/Esc", .back, .back, status: .essential),
    ]

    func title(_ ctx: ScreenContext) -> String { ctx.l10n(.chairMatrixTitle) }
    func isTyping(_ ctx: ScreenContext) -> Bool { false }
    var holdsUnsavedInput: Bool { false }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] { Self.bindings.withoutActions() }

    static func visibleRows(_ ctx: ScreenContext) -> Int { max(1, ctx.body.height - 3) }

    func request(start: Int) -> MatrixRequest { MatrixRequest(start: start, limit: Self.windowSize, generation: generation) }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        guard let action: Action = Self.bindings.action(for: key) else { return [] }
        let judges = page?.judges ?? []
        switch action {
        case .move(let move):
            move.apply(to: &table, rowCount: page?.total ?? 0, visible: Self.visibleRows(ctx))
            return ensureWindow(ctx)
        case .judgeLeft: judge = max(0, judge - 1)
        case .judgeRight: judge = min(max(0, judges.count - 1), judge + 1)
        case .remind:
            guard judges.indices.contains(judge) else { return [] }
            let name = judges[judge]
            return [.push(ChairPromptScreen(purpose: .remind(judge: name), heading: ctx.l10n(.chairPromptRemindTitle, ["judge": name]),
                                            labels: [ctx.l10n(.chairPromptText)]))]
        case .back: return [.pop]
        }
        return []
    }

    mutating func ensureWindow(_ ctx: ScreenContext) -> [Command] {
        guard let page, page.total > 0 else { return [] }
        guard let wanted = RowWindow(size: Self.windowSize, margin: Self.margin)
            .start(toFetch: table, total: page.total, start: page.start, held: page.rows.count, visible: Self.visibleRows(ctx)),
              pendingStart != wanted else { return [] }
        pendingStart = wanted
        return [.run(.chair(.matrix(request(start: wanted))))]
    }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        switch reply {
        case .chair(.matrix(let loaded)) where loaded.generation == generation:
            page = loaded
            pendingStart = nil
            judge = min(judge, max(0, loaded.judges.count - 1))
            table = table.clamped(rowCount: loaded.total, visibleRows: Self.visibleRows(ctx))
            return ensureWindow(ctx)
        case .chair(.prompt(.remind(let name), let values)) where values.count == 1:
            return [.run(.chair(.remind(judge: name, text: values[0])))]
        case .chair(.reminded(let name)):
            return [.status(.info(ctx.l10n(.chairReminded, ["judge": name])))] + refresh(ctx)
        default: return []
        }
    }

    mutating func refresh(_ ctx: ScreenContext) -> [Command] { [.run(.chair(.matrix(request(start: page?.start ?? 0))))] }
    mutating func resized(_ ctx: ScreenContext) -> [Command] { ensureWindow(ctx) }

    static func mark(_ cell: JudgingSnapshot.Cell) -> String {
        switch cell {
        case .submitted: "✓"
        case .draft: "…"
        case .conflict: "⊘"
        case .missing: "·"
        }
    }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        region.put(l10n(.chairMatrixLegend), x: 1, y: 0, style: theme[.dim], maxWidth: region.width - 2)
        guard let page else {
            region.put(l10n(.loading), x: 1, y: 1, style: theme[.dim])
            return
        }
        guard !page.judges.isEmpty else {
            region.put(l10n(.chairMatrixNoJudges), x: 1, y: 1, style: theme[.warning], maxWidth: region.width - 2)
            return
        }
        let t = page.judgeTotals[judge]
        let reminders = page.reminders[judge] > 0 ? "  ✉\(page.reminders[judge])" : ""
        region.put(l10n(.chairMatrixJudgeTotals, ["judge": page.judges[judge], "submitted": String(t[0]), "draft": String(t[1]),
                                                  "conflict": String(t[2]), "missing": String(t[3])]) + reminders,
                   x: 1, y: 1, style: theme[.title], maxWidth: region.width - 2)
        // Judges that fit beside the fixed columns, scrolled so the selected one is shown.
        let fixedWidth = 12 + 8 + 7 + 3
        let fit = max(1, (region.width - fixedWidth) / (Self.cellWidth + 1))
        let first = max(0, min(judge - fit / 2, page.judges.count - fit))
        let shown = Array(first..<min(page.judges.count, first + fit))
        var columns = [TableColumn(l10n(.columnId), width: .fixed(12)), TableColumn(l10n(.columnName), width: .fixed(8)),
                       TableColumn(l10n(.chairMatrixRowTotal), width: .fixed(7), alignment: .right)]
        for j in shown {
            let head = String(page.judges[j].prefix(1))
            columns.append(TableColumn((j == judge ? "▸" : "") + head, width: .fixed(Self.cellWidth), alignment: .center))
        }
        let view = TableView(columns: columns, rowCount: page.total) { index in
            let i = index - page.start
            guard page.rows.indices.contains(i) else { return ["…"] }
            let row = page.rows[i]
            let done = row.cells.filter { $0 == .submitted }.count
            let expected = row.cells.filter { $0 != .conflict }.count
            return [row.id, row.name, "\(done)/\(expected)"] + shown.map { Self.mark(row.cells[$0]) }
        }
        view.draw(into: region.region(Rect(x: 0, y: 2, width: region.width, height: max(0, region.height - 2))), state: table, theme: theme)
    }
}
