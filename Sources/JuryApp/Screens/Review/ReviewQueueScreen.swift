import JuryCore
import JuryStore
import TerminalKit

/// A review round's queue: recommended creators first, then by registration time (or by how the
/// automatic checks came out); Enter claims and opens, `n` jumps to the next free one, Space marks
/// for a batch decision with `p`/`x`.
struct ReviewQueueScreen: Screen {
    enum Action: Sendable, Equatable { case move(ListMove), open, next, mark, pass, reject, checksSort, view, filter, back }
    let round: Int
    var view = ReviewQueueRepository.View.pending
    var sortByChecks = false
    var filter = FilterLine.emptyField()
    var editingFilter = false
    var page: ReviewQueuePage?
    var table = TableState()
    var marked: Set<String> = []
    /// The batch waiting for the confirmation dialog's answer.
    var pendingBatch: [ReviewDecisionDraft] = []

    init(round: Int) { self.round = round }

    static let bindings: [KeyBinding<Action>] = ListMove.bindings(Action.move) + [
        KeyBinding([.enter, .char("l"), .right], "Enter", .keyReviewOpen, .open, status: .shown),
        KeyBinding([.char("n")], "n", .keyReviewNextFree, .next, status: .shown),
        KeyBinding([.char(" ")], "Space", .keyReviewMark, .mark, status: .shown),
        KeyBinding([.char("p")], "p", .keyReviewBatchPass, .pass),
        KeyBinding([.char("x")], "x", .keyReviewBatchReject, .reject),
        KeyBinding([.char("c")], "c", .keyReviewChecksSort, .checksSort),
        KeyBinding([.char("v")], "v", .keyReviewView, .view),
        KeyBinding([.char("/")], "/", .filter, .filter, status: .shown),
        KeyBinding([.char("q"), .escape, .char("h"), .left], "q/Esc", .back, .back, status: .essential),
    ]

    /// The rows in the order shown: review order, or the clear cases first when sorted by checks.
    var rows: [ReviewQueuePage.Row] {
        let all = page?.rows ?? []
        guard sortByChecks else { return all }
        // A stable sort keeps review order within each outcome.
        return all.enumerated().sorted { ($0.element.checks, $0.offset) < ($1.element.checks, $1.offset) }.map(\.element)
    }

    var selectedRow: ReviewQueuePage.Row? {
        let rows = self.rows
        return rows.indices.contains(table.selected) ? rows[table.selected] : nil
    }

    func title(_ ctx: ScreenContext) -> String {
        ctx.l10n(round == 1 ? .reviewQueueTitleOne : .reviewQueueTitleTwo)
    }
    func isTyping(_ ctx: ScreenContext) -> Bool { editingFilter }
    var holdsUnsavedInput: Bool { false }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] {
        editingFilter ? FilterLine.bindings.withoutActions() : Self.bindings.withoutActions()
    }

    static func visibleRows(_ ctx: ScreenContext) -> Int { max(1, ctx.body.height - 4) }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        if editingFilter { return handleFilterKey(key) }
        guard let action: Action = Self.bindings.action(for: key) else { return [] }
        let l10n = ctx.l10n
        switch action {
        case .move(let move):
            move.apply(to: &table, rowCount: rows.count, visible: Self.visibleRows(ctx))
        case .open:
            guard let row = selectedRow else { return [] }
            return open(row, ctx)
        case .next:
            // The next row nobody else holds, after the selection (wrapping).
            let rows = self.rows
            guard !rows.isEmpty else { return [] }
            for step in 1...rows.count {
                let index = (table.selected + step) % rows.count
                if isFree(rows[index], ctx) {
                    table.selected = index
                    table = table.clamped(rowCount: rows.count, visibleRows: Self.visibleRows(ctx))
                    return []
                }
            }
            return [.status(.info(l10n(.reviewNoFreeEntrant)))]
        case .mark:
            guard let row = selectedRow else { return [] }
            if marked.contains(row.summary.id) { marked.remove(row.summary.id) } else { marked.insert(row.summary.id) }
            ListMove.down.apply(to: &table, rowCount: rows.count, visible: Self.visibleRows(ctx))
        case .pass, .reject:
            guard view == .pending else { return [.status(.error(l10n(.reviewBatchOnlyPending)))] }
            guard !marked.isEmpty else { return [.status(.error(l10n(.reviewBatchNoneMarked)))] }
            let ids = rows.map(\.summary.id).filter { marked.contains($0) }
            return [.push(ReviewDecisionScreen(round: round, verdict: action == .pass ? .pass : .fail,
                                               target: .batch(ids), ctx: ctx))]
        case .checksSort:
            let keep = selectedRow?.summary.id
            sortByChecks.toggle()
            select(keep, ctx)
        case .view:
            let all = ReviewQueueRepository.View.allCases
            view = all[((all.firstIndex(of: view) ?? 0) + 1) % all.count]
            table = TableState()
            marked = []
            return [load()]
        case .filter:
            editingFilter = true
        case .back:
            return [.pop]
        }
        return []
    }

    private mutating func handleFilterKey(_ key: Key) -> [Command] {
        guard FilterLine.edit(&filter, editing: &editingFilter, key: key) != .nothing else { return [] }
        table = TableState()
        return [load()]
    }

    /// Someone else holds it (a claim of one's own is no obstacle).
    func isFree(_ row: ReviewQueuePage.Row, _ ctx: ScreenContext) -> Bool {
        row.queue.holder == nil || row.queue.holder == ctx.actor
    }

    private func open(_ row: ReviewQueuePage.Row, _ ctx: ScreenContext) -> [Command] {
        if let holder = row.queue.holder, holder != ctx.actor {
            return [.status(.error(ctx.l10n(.reviewTakenBy, ["name": holder, "id": row.summary.id])))]
        }
        return [.run(.review(.claim(entrantId: row.summary.id, round: round)))]
    }

    func load() -> Command { .run(.review(.queue(round: round, view: view, search: filter.text))) }

    private mutating func select(_ id: String?, _ ctx: ScreenContext) {
        let rows = self.rows
        let index = id.flatMap { id in rows.firstIndex { $0.summary.id == id } } ?? min(table.selected, max(0, rows.count - 1))
        table.selected = index
        table = table.clamped(rowCount: rows.count, visibleRows: Self.visibleRows(ctx))
    }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        switch reply {
        case .review(.queue(let loaded)):
            guard loaded.view == view, loaded.search == filter.text else { return [] }
            let keep = selectedRow?.summary.id
            page = loaded
            let ids = Set(loaded.rows.map(\.summary.id))
            marked = marked.intersection(ids)
            select(keep, ctx)
        case .review(.claimed(let summary, let round, let outcome)):
            switch outcome {
            case .claimed:
                return [.push(ReviewDossierScreen(summary: summary, round: round))]
            case .heldBy(let holder, _):
                return [.status(.error(ctx.l10n(.reviewTakenBy, ["name": holder, "id": summary.id]))), load()]
            }
        case .confirmed:
            let batch = pendingBatch
            pendingBatch = []
            guard !batch.isEmpty else { return [] }
            return [.run(.review(.decideAll(batch)))]
        case .declined:
            pendingBatch = []
        case .review(.decidedAll(let count)):
            marked = []
            return [.status(.info(ctx.l10n(.reviewBatchDone, ["count": String(count)]))), load()]
        case .review(.batchDraft(let drafts)):
            pendingBatch = drafts
            let verdict = drafts.first.map { Labels.verdict($0.verdict, ctx.l10n) } ?? ""
            return [.confirm(title: ctx.l10n(.reviewBatchConfirmTitle),
                             message: ctx.l10n(.reviewBatchConfirm, ["count": String(drafts.count), "verdict": verdict]))]
        case .failed(let text):
            return [.status(.error(text)), load()]
        default: break
        }
        return []
    }

    mutating func refresh(_ ctx: ScreenContext) -> [Command] { [load()] }
    mutating func resized(_ ctx: ScreenContext) -> [Command] { [] }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        FilterLine.draw(filter, editing: editingFilter, placeholder: l10n(.reviewFilterPlaceholder), into: region, y: 0, maxWidth: 40, l10n, theme: theme)
        guard let page else {
            region.put(l10n(.loading), x: 1, y: 2, style: theme[.dim])
            return
        }
        let c = page.counts
        var counts = l10n(.reviewCountsLine, ["pending": HumanNumber.grouped(c.pending), "passed": HumanNumber.grouped(c.passed),
                                               "rejected": HumanNumber.grouped(c.rejected), "info": HumanNumber.grouped(c.needsInfo),
                                               "taken": HumanNumber.grouped(c.taken)])
        if c.disputed > 0 { counts += " · " + l10n(.reviewDisputedCount, ["count": String(c.disputed)]) }
        region.put(counts, x: 1, y: 1, style: theme[.normal], maxWidth: region.width - 2)
        var viewLine = l10n(.reviewViewLine, ["view": Self.viewLabel(view, l10n),
                                               "order": l10n(sortByChecks ? .reviewOrderChecks : .reviewOrderQueue)])
        if !marked.isEmpty { viewLine += " · " + l10n(.reviewMarkedCount, ["count": String(marked.count)]) }
        region.put(viewLine, x: 1, y: 2, style: theme[.dim], maxWidth: region.width - 2)
        let tableRegion = region.region(Rect(x: 0, y: 3, width: region.width, height: max(0, region.height - 3)))
        let rows = self.rows
        if rows.isEmpty {
            tableRegion.put(l10n(filter.text.isEmpty ? .reviewQueueEmpty : .browserNoMatch, ["filter": filter.text]),
                            x: 1, y: 1, style: theme[.warning], maxWidth: tableRegion.width - 2)
            return
        }
        let wide = region.width >= 100
        var columns = [
            TableColumn("", width: .fixed(1)),
            TableColumn(l10n(.columnId), width: .fixed(12)),
            TableColumn(l10n(.columnName), width: .fixed(8)),
            TableColumn(l10n(.columnPlatforms), width: .flexible(weight: 2, minimum: 6)),
            TableColumn(l10n(.columnFollowers), width: .fixed(max(8, l10n(.columnFollowers).displayWidth + 1)), alignment: .right),
            TableColumn(l10n(.columnRecommended), width: .fixed(4), alignment: .center),
            TableColumn(l10n(.reviewColumnChecks), width: .fixed(max(4, l10n(.reviewColumnChecks).displayWidth)), alignment: .center),
            TableColumn(l10n(.reviewColumnHolder), width: .fixed(10)),
        ]
        if wide {
            columns.insert(TableColumn(l10n(.columnEmployer), width: .flexible(weight: 3, minimum: 8)), at: 3)
            columns.append(TableColumn(l10n(.fieldRegisteredAt), width: .fixed(19)))
        }
        let zone = ctx.definition.zone
        let me = ctx.actor
        let marked = self.marked
        let pendingView = self.view == .pending
        let table = TableView(columns: columns, rowCount: rows.count) { index in
            let row = rows[index]
            let e = row.summary
            let checks = switch row.checks {
            case .allPass: "✓"
            case .someFail: "✗"
            case .unknown: "?"
            }
            var holder = row.queue.holder.map { $0 == me ? l10n(.reviewHeldByMe) : $0 } ?? ""
            if holder.isEmpty, !row.queue.decidedBy.isEmpty, pendingView {
                holder = l10n(.reviewDecidedBy, ["names": row.queue.decidedBy.joined(separator: ",")])
            }
            var cells = [marked.contains(e.id) ? "*" : "", e.id, e.name, Labels.platforms(e.platforms, l10n),
                         Labels.followers(e.totalFollowers, l10n), e.recommended ? "✓" : "", checks, holder]
            if wide {
                cells.insert(e.employer, at: 3)
                cells.append(UTCTime.parse(row.queue.registeredAt).map { HumanTimestamp.display($0, timeZone: zone) } ?? row.queue.registeredAt)
            }
            return cells
        }
        table.draw(into: tableRegion, state: self.table, theme: theme, focused: !editingFilter)
    }

    static func viewLabel(_ view: ReviewQueueRepository.View, _ l10n: Localizer) -> String {
        switch view {
        case .pending: l10n(.reviewViewPending)
        case .passed: l10n(.reviewViewPassed)
        case .rejected: l10n(.reviewViewRejected)
        case .needsInfo: l10n(.reviewViewInfo)
        }
    }
}
