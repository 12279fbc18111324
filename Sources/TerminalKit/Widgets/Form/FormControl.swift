/// What one row of a `Form` shows and edits.
public enum FormControl: Sendable, Equatable {
    /// A group heading; with `showsSubtotal` it shows the sum of the number fields below it
    /// (up to the next heading) against the sum of their maxima, updated as the user types.
    case heading(showsSubtotal: Bool)
    /// A number in tenths of a point, with bounds and a step.
    case number(NumberField)
    /// One line of text (a name, a note, a comment).
    case text(TextField)
    /// One of several options, cycled with ←/→.
    case choice(ChoiceField)
    /// One of several options listed one per line, chosen with ↑/↓.
    case list(ChoiceList)
    /// A value that is shown but cannot be edited; focus skips it.
    case readOnly(String)

    /// True for the controls that take focus and keys.
    public var isEditable: Bool {
        switch self {
        case .heading, .readOnly: return false
        case .number, .text, .choice, .list: return true
        }
    }

    /// Lines the control needs (a list shows every option).
    var height: Int {
        if case .list(let list) = self { return max(1, list.options.count) }
        return 1
    }

    /// What the user has entered, for telling a change from a key that only moved the cursor.
    var editedValue: String {
        switch self {
        case .heading, .readOnly: return ""
        case .number(let field): return field.text
        case .text(let field): return field.text
        case .choice(let field): return String(field.selectedIndex)
        case .list(let field): return String(field.selectedIndex)
        }
    }
}
