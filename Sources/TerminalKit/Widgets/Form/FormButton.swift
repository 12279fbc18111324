/// A button in a form's button row; its role says what pressing it means.
public struct FormButton: Sendable, Equatable {
    /// What pressing the button does.
    public enum Role: Sendable, Hashable {
        /// Checks the form and, if every field is valid, reports `.submitted`.
        case submit
        /// Reports `.cancelled` without checking.
        case cancel
        /// Reports `.pressed(id)` and leaves the rest to the app.
        case other
    }

    public var id: String
    public var title: String
    public var role: Role

    public init(id: String, title: String, role: Role = .other) {
        self.id = id
        self.title = title
        self.role = role
    }
}
