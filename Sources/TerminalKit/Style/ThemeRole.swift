/// The named purposes a theme gives a style to; widgets ask for roles, never for colours.
public enum ThemeRole: String, CaseIterable, Sendable, Hashable {
    /// Ordinary text.
    case normal
    /// Table headers and screen headers.
    case header
    /// The selected row of a table or list.
    case selected
    /// The status bar.
    case status
    /// Secondary text (hints, disabled items).
    case dim
    /// Emphasis (sort indicator, key names in help).
    case accent
    case error
    case warning
    case success
    /// Box borders.
    case border
    /// Box and dialog titles.
    case title
    /// An unfocused form field.
    case input
    /// The form field being edited.
    case inputFocused
    /// An unfocused dialog button.
    case button
    /// The dialog button Enter would press.
    case buttonFocused
    /// Help overlay text.
    case help
    /// Dialog body.
    case dialog
    /// Bars of charts, sparklines and progress bars.
    case bar
}
