import TerminalKit

/// The "/ filter" line every list screen shows: the label (highlighted while typing), then the typed
/// text with its cursor, or a dimmed hint of what can be typed when there is none — and the keys
/// while it has focus (Enter keeps the filter, Esc clears it), one table for every list.
enum FilterLine {
    enum Action: Sendable { case keep, clear }

    /// What a key did to the filter while it had focus.
    enum Edit: Equatable { case nothing, typed, cleared }

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.enter], "Enter", .keyFilterKeep, .keep, status: .shown),
        KeyBinding([.escape], "Esc", .keyFilterClear, .clear, status: .shown),
    ]

    /// A new, empty filter field.
    static func emptyField() -> TextField { TextField(maxLength: 40) }

    /// Applies a key typed while the filter has focus: Enter and Esc give focus back (Esc also empties
    /// it), anything else edits the text. Says whether the text changed, and how.
    static func edit(_ filter: inout TextField, editing: inout Bool, key: Key) -> Edit {
        if let action: Action = bindings.action(for: key) {
            editing = false
            guard action == .clear, !filter.text.isEmpty else { return .nothing }
            filter = emptyField()
            return .cleared
        }
        let before = filter.text
        _ = filter.handle(key)
        return filter.text == before ? .nothing : .typed
    }

    /// Draws the line at row `y`: the typed text in a field of at most `maxWidth` cells, or the hint,
    /// which may use the rest of the line (nothing else is drawn there) and ends in "…" when even
    /// that is too narrow, never cut mid-word without a mark.
    static func draw(_ filter: TextField, editing: Bool, placeholder: String, into region: Region, y: Int,
                     maxWidth: Int, _ l10n: Localizer, theme: Theme) {
        let label = l10n(.filterLabel)
        region.put(label, x: 1, y: y, style: theme[editing ? .accent : .normal])
        let fieldX = 2 + label.displayWidth
        let rest = max(0, region.width - fieldX - 1)
        if editing || !filter.text.isEmpty {
            let field = region.region(Rect(x: fieldX, y: y, width: min(maxWidth, rest), height: 1))
            filter.draw(into: field, focused: editing, theme: theme)
        } else {
            region.put(placeholder.truncated(toWidth: rest), x: fieldX, y: y, style: theme[.dim], maxWidth: rest)
        }
    }
}
