import JuryCore
import TerminalKit

/// The add-user (or reset-PIN) form: its fields, which one has focus, and why it was refused.
public struct UserFormState: Sendable {
    /// The fields in the order Tab visits them.
    public enum Field: Int, CaseIterable, Sendable { case name, role, unit, city, pin }

    public var name = TextField(maxLength: 32)
    public var role = ChoiceField(options: [])
    public var unit = TextField(maxLength: 64)
    public var city = TextField(maxLength: 32)
    public var pin = TextField(isMasked: true, maxLength: 64)
    public var focus = Field.name
    /// Set when only the PIN of this user is being replaced.
    public var resetFor: String?
    public var error: String?
    /// True while the write is under way (a second Enter must not add the user twice).
    public var submitting = false

    public init() {}

    /// A blank add-user form with the roles named in the interface language.
    public init(l10n: Localizer) {
        role = ChoiceField(options: Role.allCases.map { Labels.role($0, l10n) })
    }

    /// A form for a new PIN only.
    public init(resetting name: String) {
        resetFor = name
        focus = .pin
    }

    /// The fields this form shows.
    var fields: [Field] { resetFor == nil ? Field.allCases : [.pin] }

    var selectedRole: Role { Role.allCases[min(role.selectedIndex, Role.allCases.count - 1)] }
}
