/// What a key did to a `Form`, so the caller knows whether to save, close or pass the key on.
public enum FormOutcome: Sendable, Hashable {
    /// The form did not use the key (the screen may bind it).
    case unhandled
    /// The key was used without changing any value (focus or the cursor moved).
    case handled
    /// The value of the row with this id changed.
    case changed(String)
    /// The key was refused, or a check failed, for the row with this id; its error is shown beside it.
    case refused(String)
    /// Every field passed its checks and the user submitted (Enter on a submit button, or Ctrl-S).
    case submitted
    /// The user cancelled (Esc, or a cancel button).
    case cancelled
    /// A button with the `other` role was pressed.
    case pressed(String)
}
