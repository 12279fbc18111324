import JuryCore

/// A person who may sign in, as stored (never with the PIN hash).
public struct UserAccount: Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var role: Role
    public var unit: String
    public var city: String
    public var active: Bool
    public var hasPin: Bool
    public var failedAttempts: Int
    public var lockedUntil: String?

    init?(row: Row) {
        guard let id = row.int64("id"), let name = row.string("name"),
              let role = Role(rawValue: row.string("role") ?? "") else { return nil }
        self.id = id
        self.name = name
        self.role = role
        unit = row.string("unit") ?? ""
        city = row.string("city") ?? ""
        active = row.bool("active")
        hasPin = row.string("pin_hash") != nil
        failedAttempts = row.int("failed_attempts") ?? 0
        lockedUntil = row.string("locked_until")
    }
}
