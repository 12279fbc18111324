import JuryCore
import TerminalKit

/// Admin: choose the contest's current phase from the definition's phases (audited, confirmed).
struct PhaseScreen: Screen {
    enum Action: Sendable { case move(ListMove), choose, back }

    var table = TableState()
    /// Whether the selection was already put on the current phase once (later refreshes leave it).
    var placed = false
    /// The phase the open dialog would set.
    var pending: String?

    /// The definition's few phases always fit, so there is no paging.
    static let bindings: [KeyBinding<Action>] = ListMove.shortListBindings(Action.move) + [
        KeyBinding([.enter], "Enter", .keySetPhase, .choose, status: .shown),
        KeyBinding([.char("q"), .escape], "q/Esc", .back, .back, status: .essential),
    ]

    func title(_ ctx: ScreenContext) -> String { ctx.l10n(.phaseTitle) }
    func isTyping(_ ctx: ScreenContext) -> Bool { false }
    var holdsUnsavedInput: Bool { false }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] { Self.bindings.withoutActions() }

    /// Puts the selection on the current phase the first time it is known.
    private mutating func place(_ phaseId: String?, _ ctx: ScreenContext) {
        guard !placed, let id = phaseId, let i = ctx.definition.phases.firstIndex(where: { $0.id == id }) else { return }
        table.selected = i
        placed = true
    }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        guard let action: Action = Self.bindings.action(for: key) else { return [] }
        let phases = ctx.definition.phases
        switch action {
        case .move(let move):
            move.apply(to: &table, rowCount: phases.count, visible: max(1, phases.count))
        case .choose:
            guard phases.indices.contains(table.selected) else { return [] }
            let phase = phases[table.selected]
            let l10n = ctx.l10n
            guard phase.id != ctx.phaseId else {
                return [.status(.info(l10n(.phaseAlreadyCurrent, ["phase": ctx.text(phase.label)])))]
            }
            pending = phase.id
            return [.confirm(title: l10n(.keySetPhase),
                             message: l10n(.phaseConfirm, ["from": ctx.phaseLabel, "to": ctx.text(phase.label)]))]
        case .back:
            return [.pop]
        }
        return []
    }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        switch reply {
        case .phase(.current(let id)):
            place(id, ctx)
        case .phase(.set(let id)):
            var after = ctx
            after.phaseId = id
            return [.status(.info(ctx.l10n(.phaseWasSet, ["phase": after.phaseLabel])))]
        case .confirmed:
            defer { pending = nil }
            if let id = pending { return [.run(.phase(.set(id: id)))] }
        case .declined:
            pending = nil
        default: break
        }
        return []
    }

    mutating func refresh(_ ctx: ScreenContext) -> [Command] {
        place(ctx.phaseId, ctx)
        return [.run(.phase(.load))]
    }

    mutating func resized(_ ctx: ScreenContext) -> [Command] { [] }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        let phases = ctx.definition.phases
        region.put(l10n(.phaseCurrentLine, ["phase": ctx.phaseLabel]), x: 1, y: 0, style: theme[.title], maxWidth: region.width - 2)
        let columns = [
            TableColumn("", width: .fixed(2)),
            TableColumn(l10n(.columnPhase), width: .flexible(weight: 2, minimum: 10)),
            TableColumn(l10n(.columnFrom), width: .fixed(11)),
            TableColumn(l10n(.columnTo), width: .fixed(11)),
            TableColumn(l10n(.columnSteps), width: .flexible(weight: 3, minimum: 10)),
        ]
        let view = TableView(columns: columns, rowCount: phases.count) { i in
            let p = phases[i]
            return [p.id == ctx.phaseId ? "●" : "", ctx.text(p.label), p.start.description, p.end.description,
                    p.steps.map { ctx.text($0.label) }.joined(separator: ctx.language == .zh ? "、" : ", ")]
        }
        view.draw(into: region.region(Rect(x: 0, y: 2, width: region.width, height: region.height - 2)),
                  state: table, theme: theme)
    }
}
