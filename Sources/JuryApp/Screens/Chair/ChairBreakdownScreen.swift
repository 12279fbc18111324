import JuryCore
import TerminalKit

/// One finalist's sheets: criteria down, judges across, with each judge's status (submitted,
/// draft, conflict, missing) and total, and the judges flagged as far from the others. Chair only:
/// the store's `sheets(entrantId:reader:)` hands a judge nothing but their own sheet.
struct ChairBreakdownScreen: Screen {
    enum Action: Sendable { case move(ListMove), back }

    var entrantId: String
    var methodIndex: Int
    var breakdown: ChairBreakdown?
    var table = TableState()

    init(entrantId: String, methodIndex: Int) {
        self.entrantId = entrantId
        self.methodIndex = methodIndex
    }

    static let bindings: [KeyBinding<Action>] = ListMove.bindings(Action.move) + [
        KeyBinding([.char("q"), .escape, .char("h"), .left], "q/Esc", .back, .back, status: .essential),
    ]

    func title(_ ctx: ScreenContext) -> String {
        ctx.l10n(.chairBreakdownTitle, ["name": breakdown?.name ?? "…", "id": entrantId])
    }
    func isTyping(_ ctx: ScreenContext) -> Bool { false }
    var holdsUnsavedInput: Bool { false }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] { Self.bindings.withoutActions() }

    var rowCount: Int { (breakdown == nil ? 0 : 2) + criteriaCount }
    var criteriaCount: Int { breakdown?.judges.first?.tenths.count ?? 0 }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        guard let action: Action = Self.bindings.action(for: key) else { return [] }
        switch action {
        case .move(let move): move.apply(to: &table, rowCount: rowCount, visible: max(1, ctx.body.height - 4))
        case .back: return [.pop]
        }
        return []
    }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        if case .chair(.breakdown(let loaded)) = reply, loaded.entrantId == entrantId { breakdown = loaded }
        return []
    }

    mutating func refresh(_ ctx: ScreenContext) -> [Command] {
        [.run(.chair(.breakdown(entrantId: entrantId, methodIndex: methodIndex)))]
    }
    mutating func resized(_ ctx: ScreenContext) -> [Command] { [] }

    static func status(_ s: ChairBreakdown.Status, _ l10n: Localizer) -> String {
        switch s {
        case .submitted: l10n(.chairStatusSubmitted)
        case .draft: l10n(.chairStatusDraft)
        case .conflict: l10n(.chairStatusConflict)
        case .missing: l10n(.chairStatusMissing)
        }
    }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        guard let b = breakdown else {
            region.put(l10n(.loading), x: 1, y: 0, style: theme[.dim])
            return
        }
        let method = ChairRankingScreen.method(methodIndex, ctx).label(ctx.language.contestLanguage)
        if let line = b.line {
            region.put(l10n(.chairBreakdownLine, [
                "rank": line.rank.map { (line.tied ? "=" : "") + String($0) } ?? "–",
                "combined": line.combined.map(ScoreRounding.display) ?? "–", "jury": line.jury.map(ScoreRounding.display) ?? "–",
                "votes": HumanNumber.grouped(line.votes), "method": method,
            ]), x: 1, y: 0, style: theme[.title], maxWidth: region.width - 2)
        }
        let flagged = b.judges.filter { $0.deviations != nil }
            .map { "\($0.name) \($0.deviations.map { ($0 > 0 ? "+" : "") + ScoreRounding.display($0) } ?? "") SD" }
        let note = flagged.isEmpty ? l10n(.chairBreakdownNote)
            : l10n(.chairBreakdownNote) + "  " + l10n(.chairBreakdownOutliers, ["list": flagged.joined(separator: ", ")])
        region.put(note, x: 1, y: 1, style: theme[flagged.isEmpty ? .dim : .warning], maxWidth: region.width - 2)

        let criteria = ctx.definition.rubric.criteria
        var columns = [TableColumn(l10n(.chairBreakdownCriterion), width: .flexible(weight: 1, minimum: 10))]
        for j in b.judges {
            columns.append(TableColumn((j.deviations == nil ? "" : "!") + j.name, width: .fixed(max(7, min(12, j.name.displayWidth + 1))), alignment: .right))
        }
        let judges = b.judges
        let view = TableView(columns: columns, rowCount: rowCount) { index in
            if index == 0 { return [l10n(.chairBreakdownStatus)] + judges.map { Self.status($0.status, l10n) } }
            if index == criteria.count + 1 || index > criteria.count {
                return [l10n(.chairBreakdownTotal)] + judges.map { $0.total.map { Tenths($0).description } ?? "–" }
            }
            let c = index - 1
            return [ctx.text(criteria[c].label)] + judges.map { j in
                c < j.tenths.count ? (j.tenths[c].map { Tenths($0).description } ?? "–") : "–"
            }
        }
        view.draw(into: region.region(Rect(x: 0, y: 3, width: region.width, height: max(0, region.height - 3))), state: table, theme: theme)
    }
}
