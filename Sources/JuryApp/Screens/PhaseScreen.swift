import JuryCore
import TerminalKit

/// The phase list's selection.
public struct PhaseScreenState: Sendable {
    public var table = TableState()
    /// Whether the selection was already put on the current phase once (later refreshes leave it).
    var placed = false
}

/// Admin: choose the contest's current phase from the definition's phases (audited, confirmed).
enum PhaseScreen {
    enum Action: Sendable { case move(ListMove), choose, back }

    /// The definition's few phases always fit, so there is no paging.
    static let bindings: [KeyBinding<Action>] = ListMove.shortListBindings(Action.move) + [
        KeyBinding([.enter], "Enter", .keySetPhase, .choose, status: .shown),
        KeyBinding([.char("q"), .escape], "q/Esc", .back, .back, status: .essential),
    ]

    static func phaseLoaded(_ state: inout AppState) {
        guard !state.phase.placed, let id = state.currentPhaseId,
              let i = state.definition.phases.firstIndex(where: { $0.id == id }) else { return }
        state.phase.table.selected = i
        state.phase.placed = true
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let action: Action = bindings.action(for: key) else { return [] }
        let phases = state.definition.phases
        switch action {
        case .move(let move):
            move.apply(to: &state.phase.table, rowCount: phases.count, visible: max(1, phases.count))
        case .choose:
            guard phases.indices.contains(state.phase.table.selected) else { return [] }
            let phase = phases[state.phase.table.selected]
            guard phase.id != state.currentPhaseId else {
                state.status = .info(state.l10n(.phaseAlreadyCurrent, ["phase": state.text(phase.label)]))
                return []
            }
            let l10n = state.l10n
            App.confirm(&state, title: l10n(.keySetPhase),
                        message: l10n(.phaseConfirm, ["from": state.phaseLabel, "to": state.text(phase.label)]),
                        then: .setPhase(id: phase.id))
        case .back:
            return App.back(&state)
        }
        return []
    }

    static func render(_ state: AppState, into region: Region, theme: Theme) {
        let l10n = state.l10n
        let phases = state.definition.phases
        region.put(l10n(.phaseCurrentLine, ["phase": state.phaseLabel]), x: 1, y: 0, style: theme[.title], maxWidth: region.width - 2)
        let columns = [
            TableColumn("", width: .fixed(2)),
            TableColumn(l10n(.columnPhase), width: .flexible(weight: 2, minimum: 10)),
            TableColumn(l10n(.columnFrom), width: .fixed(11)),
            TableColumn(l10n(.columnTo), width: .fixed(11)),
            TableColumn(l10n(.columnSteps), width: .flexible(weight: 3, minimum: 10)),
        ]
        let table = TableView(columns: columns, rowCount: phases.count) { i in
            let p = phases[i]
            return [p.id == state.currentPhaseId ? "●" : "", state.text(p.label), p.start.description, p.end.description,
                    p.steps.map { state.text($0.label) }.joined(separator: state.language == .zh ? "、" : ", ")]
        }
        table.draw(into: region.region(Rect(x: 0, y: 2, width: region.width, height: region.height - 2)),
                   state: state.phase.table, theme: theme)
    }
}
