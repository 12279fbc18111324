import TerminalKit

/// The "/ filter" line every list screen shows: the label (highlighted while typing), then the typed
/// text with its cursor, or a dimmed hint of what can be typed when there is none.
enum FilterLine {
    static func draw(_ filter: TextField, editing: Bool, placeholder: String, into region: Region, y: Int,
                     maxWidth: Int, _ l10n: Localizer, theme: Theme) {
        let label = l10n(.filterLabel)
        region.put(label, x: 1, y: y, style: theme[editing ? .accent : .normal])
        let fieldX = 2 + label.displayWidth
        let field = region.region(Rect(x: fieldX, y: y, width: max(0, min(maxWidth, region.width - fieldX - 1)), height: 1))
        if editing || !filter.text.isEmpty {
            filter.draw(into: field, focused: editing, theme: theme)
        } else {
            field.put(placeholder, x: 0, y: 0, style: theme[.dim], maxWidth: field.width)
        }
    }
}
