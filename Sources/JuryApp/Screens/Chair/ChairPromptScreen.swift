import JuryCore
import TerminalKit

/// A few labelled text fields (a replacement and its reason, an unlock reason, a reminder) that
/// hand what was typed back to the screen beneath; nothing is written until that screen acts.
struct ChairPromptScreen: Screen {
    typealias Purpose = ChairPromptPurpose
    enum Action: Sendable { case next, previous, submit, cancel }

    var purpose: Purpose
    var heading: String
    var labels: [String]
    var fields: [TextField]
    var focus = 0
    var problem: String?

    init(purpose: Purpose, heading: String, labels: [String], values: [String] = []) {
        self.purpose = purpose
        self.heading = heading
        self.labels = labels
        fields = labels.indices.map { TextField(text: $0 < values.count ? values[$0] : "", maxLength: 200) }
    }

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.tab, .down], "Tab/↓", .keyNextField, .next, status: .shown),
        KeyBinding([.backTab, .up], "S-Tab/↑", .keyPreviousField, .previous),
        KeyBinding([.enter], "Enter", .keySubmitForm, .submit, status: .shown),
        KeyBinding([.escape], "Esc", .keyCancelForm, .cancel, status: .essential),
    ]

    func title(_ ctx: ScreenContext) -> String { heading }
    func isTyping(_ ctx: ScreenContext) -> Bool { true }
    var holdsUnsavedInput: Bool { fields.contains { !$0.text.isEmpty } }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] { Self.bindings.withoutActions() }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        if let action: Action = Self.bindings.action(for: key) {
            switch action {
            case .next: focus = (focus + 1) % fields.count
            case .previous: focus = (focus + fields.count - 1) % fields.count
            case .cancel: return [.pop]
            case .submit:
                let values = fields.map { $0.text.trimmingCharacters(in: .whitespaces) }
                if let empty = values.firstIndex(where: \.isEmpty) {
                    focus = empty
                    problem = ctx.l10n(.chairPromptEmpty)
                    return []
                }
                return [.popDelivering(.chair(.prompt(purpose, values)))]
            }
            return []
        }
        problem = nil
        _ = fields[focus].handle(key)
        return []
    }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] { [] }
    mutating func refresh(_ ctx: ScreenContext) -> [Command] { [] }
    mutating func resized(_ ctx: ScreenContext) -> [Command] { [] }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let box = Box(title: heading).draw(into: region.region(Rect(x: 0, y: 0, width: region.width, height: min(region.height, labels.count * 2 + 4))), theme: theme)
        let labelWidth = min(24, (labels.map(\.displayWidth).max() ?? 0) + 2)
        for (i, label) in labels.enumerated() {
            let y = i * 2
            box.put(label, x: 1, y: y, style: theme[i == focus ? .accent : .normal], maxWidth: labelWidth)
            let field = box.region(Rect(x: 1 + labelWidth, y: y, width: max(1, box.width - labelWidth - 2), height: 1))
            fields[i].draw(into: field, focused: i == focus, theme: theme)
        }
        if let problem {
            box.put(problem, x: 1, y: labels.count * 2, style: theme[.error], maxWidth: box.width - 2)
        }
    }
}
