import JuryCore
import JuryStore
import TerminalKit

/// The chair's live ranking: every finalist by the method in force, sortable by any column, `/`
/// filter, windowed like the entrant browser (the runner keeps the ranking; the screen holds only
/// the rows it shows). Refreshes after any commit without moving the selected finalist. From here
/// the chair switches methods, opens a breakdown, allocates, replaces, locks and unlocks.
struct ChairRankingScreen: Screen {
    enum Action: Sendable {
        case move(ListMove), open, filter, sort, reverse, method, allocate, replace, lock, unlock, reliability, matrix, back
    }
    /// What a yes in the dialog confirms.
    enum Pending: Sendable { case allocate, lock }

    var methodIndex = 0
    var sort = RankingColumn.rank
    var ascending = true
    var filter = FilterLine.emptyField()
    var editingFilter = false
    var page: RankingPage?
    var table = TableState()
    var generation = 0
    var pendingStart: Int?
    var pending: Pending?

    static let windowSize = 200
    static let margin = 20

    static let bindings: [KeyBinding<Action>] = ListMove.bindings(Action.move) + [
        KeyBinding([.enter, .char("l"), .right], "Enter", .keyBreakdown, .open, status: .shown),
        KeyBinding([.char("/")], "/", .filter, .filter, status: .shown),
        KeyBinding([.char("s")], "s", .keySortColumn, .sort, status: .shown),
        KeyBinding([.char("r")], "r", .keySortReverse, .reverse),
        KeyBinding([.char("m")], "m", .keyMethod, .method, status: .shown),
        KeyBinding([.char("a")], "a", .keyAllocate, .allocate, status: .shown),
        KeyBinding([.char("w")], "w", .keyReplace, .replace),
        KeyBinding([.char("L")], "L", .keyLock, .lock),
        KeyBinding([.char("U")], "U", .keyUnlock, .unlock),
        KeyBinding([.char("J")], "J", .keyReliability, .reliability),
        KeyBinding([.char("P")], "P", .keyMatrix, .matrix),
        KeyBinding([.char("q"), .escape, .char("h"), .left], "q/Esc", .back, .back, status: .essential),
    ]

    static func method(_ index: Int, _ ctx: ScreenContext) -> RankingMethod {
        let choices = RankingMethod.choices(for: ctx.definition.voting)
        return choices[min(max(index, 0), choices.count - 1)]
    }

    func title(_ ctx: ScreenContext) -> String {
        ctx.l10n(.chairRankingTitle, ["method": Self.method(methodIndex, ctx).label(ctx.language.contestLanguage)])
    }
    func isTyping(_ ctx: ScreenContext) -> Bool { editingFilter }
    var holdsUnsavedInput: Bool { false }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] {
        editingFilter ? FilterLine.bindings.withoutActions() : Self.bindings.withoutActions()
    }

    static func visibleRows(_ ctx: ScreenContext) -> Int { max(1, ctx.body.height - 3) }

    var total: Int { page?.total ?? 0 }

    func line(at index: Int) -> RankingLine? {
        guard let page else { return nil }
        let i = index - page.start
        return page.rows.indices.contains(i) ? page.rows[i] : nil
    }

    var selected: RankingLine? { line(at: table.selected) }

    func request(start: Int, keepId: String?) -> RankingRequest {
        RankingRequest(methodIndex: methodIndex, sort: sort, ascending: ascending, filter: filter.text, start: start,
                       limit: Self.windowSize, generation: generation, keepId: keepId)
    }

    private mutating func requery(keepSelection: Bool) -> [Command] {
        let keep = keepSelection ? selected?.id : nil
        generation += 1
        if keep == nil { table = TableState() }
        pendingStart = 0
        return [.run(.chair(.ranking(request(start: keep == nil ? 0 : (page?.start ?? 0), keepId: keep))))]
    }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        if editingFilter {
            switch FilterLine.edit(&filter, editing: &editingFilter, key: key) {
            case .nothing: return []
            case .cleared: return requery(keepSelection: true)
            case .typed: return requery(keepSelection: false)
            }
        }
        guard let action: Action = Self.bindings.action(for: key) else { return [] }
        let l10n = ctx.l10n
        switch action {
        case .move(let move):
            move.apply(to: &table, rowCount: total, visible: Self.visibleRows(ctx))
            return ensureWindow(ctx)
        case .open:
            guard let row = selected else { return [] }
            return [.push(ChairBreakdownScreen(entrantId: row.id, methodIndex: methodIndex))]
        case .filter:
            editingFilter = true
        case .sort:
            let all = RankingColumn.allCases
            sort = all[(all.firstIndex(of: sort).map { $0 + 1 } ?? 0) % all.count]
            ascending = sort.naturalAscending
            return requery(keepSelection: true)
        case .reverse:
            ascending.toggle()
            return requery(keepSelection: true)
        case .method:
            methodIndex = (methodIndex + 1) % RankingMethod.choices(for: ctx.definition.voting).count
            return requery(keepSelection: true)
        case .allocate:
            pending = .allocate
            return [.confirm(title: l10n(.chairAllocateTitle),
                             message: l10n(.chairAllocateConfirm, ["method": Self.method(methodIndex, ctx).label(ctx.language.contestLanguage),
                                                                   "total": String(ctx.definition.awards.total)]))]
        case .lock:
            pending = .lock
            return [.confirm(title: l10n(.chairLockTitle), message: l10n(.chairLockConfirm))]
        case .unlock:
            return [.push(ChairPromptScreen(purpose: .unlock, heading: l10n(.chairPromptUnlockTitle), labels: [l10n(.chairPromptReason)]))]
        case .replace:
            guard let row = selected else { return [] }
            guard !row.award.isEmpty else { return [.status(.error(l10n(.chairNotWinner, ["name": row.name])))] }
            let award = Self.awardLabel(row.award, ctx)
            return [.push(ChairPromptScreen(purpose: .replace(awardId: row.award, winner: row.id),
                                            heading: l10n(.chairPromptReplaceTitle, ["winner": "\(row.name) \(row.id)", "award": award]),
                                            labels: [l10n(.chairPromptReplacement), l10n(.chairPromptReason)]))]
        case .reliability:
            return [.push(ChairReliabilityScreen(methodIndex: methodIndex))]
        case .matrix:
            return [.push(ChairMatrixScreen())]
        case .back:
            return [.pop]
        }
        return []
    }

    static func awardLabel(_ id: String, _ ctx: ScreenContext) -> String {
        guard !id.isEmpty else { return "" }
        return ctx.definition.awards.categories.first { $0.id == id }.map { ctx.text($0.label) } ?? id
    }

    mutating func ensureWindow(_ ctx: ScreenContext) -> [Command] {
        guard let page, page.total > 0 else { return [] }
        guard let wanted = RowWindow(size: Self.windowSize, margin: Self.margin)
            .start(toFetch: table, total: page.total, start: page.start, held: page.rows.count, visible: Self.visibleRows(ctx)),
              pendingStart != wanted else { return [] }
        pendingStart = wanted
        return [.run(.chair(.ranking(request(start: wanted, keepId: nil))))]
    }

    mutating func refresh(_ ctx: ScreenContext) -> [Command] {
        guard page != nil else { return requery(keepSelection: false) }
        return [.run(.chair(.ranking(request(start: page?.start ?? 0, keepId: selected?.id))))]
    }

    mutating func resized(_ ctx: ScreenContext) -> [Command] { ensureWindow(ctx) }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        let l10n = ctx.l10n
        switch reply {
        case .chair(.ranking(let loaded)):
            guard loaded.generation == generation else { return [] }
            let visible = Self.visibleRows(ctx)
            page = loaded
            pendingStart = nil
            if let at = loaded.keptAt {
                table.scroll(by: at - table.selected, rowCount: loaded.total, visibleRows: visible)
            }
            table = table.clamped(rowCount: loaded.total, visibleRows: visible)
            return ensureWindow(ctx)
        case .confirmed:
            defer { pending = nil }
            switch pending {
            case .allocate?: return [.run(.chair(.allocate(methodIndex: methodIndex)))]
            case .lock?: return [.run(.chair(.lock))]
            case nil: return []
            }
        case .declined:
            pending = nil
        case .chair(.prompt(.replace(let awardId, let winner), let values)) where values.count == 2:
            return [.run(.chair(.replace(awardId: awardId, winner: winner, replacement: values[0], reason: values[1])))]
        case .chair(.prompt(.unlock, let values)) where values.count == 1:
            return [.run(.chair(.unlock(reason: values[0])))]
        case .chair(.allocated(let winners, let shortfall, let incomplete)):
            return [.status(.info(l10n(.chairAllocated, ["winners": String(winners), "shortfall": String(shortfall),
                                                          "incomplete": String(incomplete)]))), ] + refresh(ctx)
        case .chair(.replaced(let winner, let replacement)):
            return [.status(.info(l10n(.chairReplaced, ["winner": winner, "replacement": replacement])))] + refresh(ctx)
        case .chair(.locked(let head)):
            return [.status(.info(l10n(.chairLocked, ["head": head.text])))] + refresh(ctx)
        case .chair(.unlocked):
            return [.status(.info(l10n(.chairUnlocked)))] + refresh(ctx)
        default: break
        }
        return []
    }

    // MARK: Drawing

    /// The columns shown at this width: all of them from 150 cells, the essential ones below.
    static func columns(_ ctx: ScreenContext, width: Int) -> [(RankingColumn, TableColumn)] {
        let l10n = ctx.l10n
        let dims = ctx.definition.rubric.dimensions
        func dim(_ i: Int) -> String { i < dims.count ? ctx.text(dims[i].label) : "" }
        func fixed(_ title: String, _ minimum: Int) -> TableColumn.Width { .fixed(max(minimum, title.displayWidth)) }
        var all: [(RankingColumn, TableColumn)] = [
            (.rank, TableColumn(l10n(.chairColRank), width: fixed(l10n(.chairColRank), 5), alignment: .right)),
            (.name, TableColumn(l10n(.columnName), width: .fixed(8))),
            (.employer, TableColumn(l10n(.columnEmployer), width: .flexible(weight: 3, minimum: 8))),
            (.city, TableColumn(l10n(.columnCity), width: .fixed(6))),
            (.account, TableColumn(dim(0), width: fixed(dim(0), 5), alignment: .right)),
            (.work, TableColumn(dim(1), width: fixed(dim(1), 5), alignment: .right)),
            (.bonus, TableColumn(dim(2), width: fixed(dim(2), 5), alignment: .right)),
            (.jury, TableColumn(l10n(.chairColJury), width: fixed(l10n(.chairColJury), 5), alignment: .right)),
            (.votes, TableColumn(l10n(.chairColVotes), width: fixed(l10n(.chairColVotes), 7), alignment: .right)),
            (.votePoints, TableColumn(l10n(.chairColVotePoints), width: fixed(l10n(.chairColVotePoints), 5), alignment: .right)),
            (.combined, TableColumn(l10n(.chairColCombined), width: fixed(l10n(.chairColCombined), 6), alignment: .right)),
            (.judges, TableColumn(l10n(.chairColJudges), width: fixed(l10n(.chairColJudges), 5), alignment: .right)),
            (.sd, TableColumn(l10n(.chairColSD), width: fixed(l10n(.chairColSD), 5), alignment: .right)),
            (.range, TableColumn(l10n(.chairColRange), width: fixed(l10n(.chairColRange), 5), alignment: .right)),
            (.award, TableColumn(l10n(.chairColAward), width: .fixed(10))),
        ]
        if width < 150 {
            let keep: Set<RankingColumn> = width < 110 ? [.rank, .name, .employer, .jury, .votes, .combined, .judges, .sd, .award]
                : [.rank, .name, .employer, .city, .jury, .votes, .votePoints, .combined, .judges, .sd, .range, .award]
            all = all.filter { keep.contains($0.0) }
        }
        return all
    }

    static func cell(_ column: RankingColumn, _ row: RankingLine, _ ctx: ScreenContext) -> String {
        func score(_ v: Double?) -> String { v.map(ScoreRounding.display) ?? "–" }
        switch column {
        case .rank: return row.rank.map { (row.tied ? "=" : "") + String($0) } ?? "–"
        case .name: return row.name
        case .employer: return row.employer
        case .city: return row.city
        case .account, .work, .bonus:
            let d = column.rawValue - RankingColumn.account.rawValue
            return row.jury == nil || d >= row.dimensions.count ? "–" : ScoreRounding.display(row.dimensions[d])
        case .jury: return score(row.jury)
        case .votes: return HumanNumber.grouped(row.votes)
        case .votePoints: return ScoreRounding.display(row.votePoints)
        case .combined: return score(row.combined)
        case .judges: return "\(row.submitted)/\(row.expected)"
        case .sd: return (row.outliers.isEmpty ? "" : "!") + score(row.sd)
        case .range: return score(row.range)
        case .award: return awardLabel(row.award, ctx)
        }
    }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        FilterLine.draw(filter, editing: editingFilter, placeholder: l10n(.chairFilterPlaceholder), into: region, y: 0, maxWidth: 40, l10n, theme: theme)
        guard let page else {
            region.put(l10n(.loading), x: 1, y: 1, style: theme[.dim])
            return
        }
        var summary = l10n(.chairRankingSummary, [
            "position": HumanNumber.grouped(page.total == 0 ? 0 : table.selected + 1), "total": HumanNumber.grouped(page.total),
            "finalists": HumanNumber.grouped(page.finalists), "complete": HumanNumber.grouped(page.complete),
            "judges": String(page.judges), "awards": String(page.awards),
        ])
        if page.locked { summary += " · " + l10n(.chairLockedMark) }
        region.put(summary, x: 1, y: 1, style: theme[page.locked ? .warning : .dim], maxWidth: region.width - 2)
        let tableRegion = region.region(Rect(x: 0, y: 2, width: region.width, height: max(0, region.height - 2)))
        if page.total == 0 {
            tableRegion.put(filter.text.isEmpty ? l10n(.chairRankingEmpty) : l10n(.chairNoMatch, ["filter": filter.text]),
                            x: 1, y: 1, style: theme[.warning], maxWidth: tableRegion.width - 2)
            return
        }
        let shown = Self.columns(ctx, width: region.width)
        let screen = self
        var view = TableView(columns: shown.map(\.1), rowCount: page.total) { index in
            guard let row = screen.line(at: index) else { return ["…"] }
            return shown.map { Self.cell($0.0, row, ctx) }
        }
        view.rowRole = { index in
            guard let row = screen.line(at: index) else { return nil }
            return row.award.isEmpty ? (row.outliers.isEmpty ? nil : .warning) : .success
        }
        if let column = shown.firstIndex(where: { $0.0 == sort }) {
            view.sort = TableView.Sort(column: column, ascending: ascending)
        }
        view.draw(into: tableRegion, state: table, theme: theme, focused: !editingFilter)
    }
}
