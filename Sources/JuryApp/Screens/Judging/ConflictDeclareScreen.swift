import JuryCore
import JuryStore
import TerminalKit

/// A judge declares a conflict of interest (回避) with one finalist and says why; afterwards the judge
/// cannot open that finalist's score form, and only the chair can lift it.
struct ConflictDeclareScreen: SubmittingForm {
    enum Action: Sendable { case submit, cancel }

    var entrantId: String
    var name: String
    var reason = TextField(maxLength: 200)
    var error: String?
    var submitting = false

    init(entrantId: String, name: String) {
        self.entrantId = entrantId
        self.name = name
    }

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.enter, .ctrl("s")], "Enter", .judgingKeyDeclareSave, .submit, status: .shown),
        KeyBinding([.escape], "Esc", .keyCancelForm, .cancel, status: .essential),
    ]

    func title(_ ctx: ScreenContext) -> String { ctx.l10n(.judgingDeclareTitle, ["id": entrantId, "name": name]) }
    func isTyping(_ ctx: ScreenContext) -> Bool { true }
    var holdsUnsavedInput: Bool { !reason.text.isEmpty }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] { Self.bindings.withoutActions() }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        if let action: Action = Self.bindings.action(for: key) {
            switch action {
            case .cancel: return [.pop]
            case .submit:
                let note = reason.text.trimmingCharacters(in: .whitespaces)
                guard !note.isEmpty else {
                    error = ctx.l10n(.judgingDeclareNeedsReason)
                    return []
                }
                guard !submitting else { return [] }
                submitting = true
                return [.run(.judging(.declareConflict(entrantId: entrantId, note: note)))]
            }
        }
        error = nil
        _ = reason.handle(key)
        return []
    }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        receiveAnswer(reply) { if case .judging = $0 { true } else { false } }
    }

    mutating func refresh(_ ctx: ScreenContext) -> [Command] { [] }
    mutating func resized(_ ctx: ScreenContext) -> [Command] { [] }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        let width = min(region.width, 72)
        let frame = region.region(Rect(x: (region.width - width) / 2, y: 1, width: width, height: min(region.height, 8)))
        let inner = Box(title: l10n(.judgingDeclareTitle, ["id": entrantId, "name": name])).draw(into: frame, theme: theme)
        inner.put(l10n(.judgingDeclareExplain), x: 1, y: 0, style: theme[.dim], maxWidth: inner.width - 2)
        let label = l10n(.judgingDeclareReason)
        inner.put(label, x: 1, y: 2, style: theme[.accent])
        let fieldX = 2 + label.displayWidth
        reason.draw(into: inner.region(Rect(x: fieldX, y: 2, width: max(0, inner.width - fieldX - 1), height: 1)), focused: true, theme: theme)
        if let error {
            inner.put(error, x: 1, y: 4, style: theme[.error], maxWidth: inner.width - 2)
        } else {
            inner.put(Self.bindings.hintLine(l10n).joined(separator: " · "), x: 1, y: 4, style: theme[.dim], maxWidth: inner.width - 2)
        }
    }
}
