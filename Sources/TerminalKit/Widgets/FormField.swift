/// A keyboard-editable form field; the app routes keys to the focused field and draws every field.
public protocol FormField {
    /// Applies a key; returns true when the field used it (so the form should not, e.g., move focus).
    mutating func handle(_ key: Key) -> Bool
    /// Draws the field on the first line of `region` (a message, if any, on the second line when there is room).
    func draw(into region: Region, focused: Bool, theme: Theme)
}
