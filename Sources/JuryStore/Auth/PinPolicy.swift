import JuryCore

/// The shortest PIN each role may have, kept in `settings` so an administrator can raise it.
///
/// Administrators and the chair can unmask personal data, change users and phases and allocate
/// awards, so their PINs default to 6 digits; everyone else's to 4.
public enum PinPolicy {
    /// Settings keys: the minimum for administrators and the chair, and for everyone else.
    public static let privilegedKey = "auth.min_pin_length.privileged"
    public static let otherKey = "auth.min_pin_length.other"
    public static let defaultPrivileged = 6
    public static let defaultOther = 4
    public static let maximum = 64

    /// Whether a role's PIN follows the stricter minimum.
    public static func isPrivileged(_ role: Role) -> Bool { role == .admin || role == .chair }

    /// The minimum PIN length for `role` in this file.
    public static func minimumLength(for role: Role, store: Store) throws -> Int {
        let key = isPrivileged(role) ? privilegedKey : otherKey
        let fallback = isPrivileged(role) ? defaultPrivileged : defaultOther
        guard let text = try store.settings.value(for: key), let n = Int(text), n >= 4, n <= maximum else { return fallback }
        return n
    }

    /// Refuses a PIN shorter than the role's minimum or longer than 64 characters.
    public static func check(_ pin: String, role: Role, store: Store) throws {
        let minimum = try minimumLength(for: role, store: store)
        guard pin.count >= minimum, pin.count <= maximum else {
            let who = RoleWords.name(role)
            throw StoreError.invalidArgument(field: "PIN", zh: "\(who.zh)的 PIN 长度须为 \(minimum) 到 \(maximum) 位，请换一个更长的 PIN",
                                             en: "a PIN for \(who.en) must be \(minimum) to \(maximum) characters: choose a longer one")
        }
    }
}
