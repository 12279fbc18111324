import Foundation
import JuryCore

extension UserRepository {
    /// Changes a user's role, unit and city (audited with the values before and after).
    public func edit(name: String, role: Role, unit: String, city: String, actor: String) throws {
        guard let before = try user(named: name) else { throw StoreError.notFound(path: store.path, what: "user", key: name) }
        try store.write(actor: actor, action: "user.edit", subject: name,
                        detail: .object(["before": .object(["role": .string(before.role.rawValue), "unit": .string(before.unit),
                                                            "city": .string(before.city)]),
                                         "after": .object(["role": .string(role.rawValue), "unit": .string(unit),
                                                           "city": .string(city)])])) { ctx in
            guard try ctx.db.run("UPDATE users SET role = ?, unit = ?, city = ? WHERE name = ?",
                                 [role.rawValue, unit, city, name]) == 1 else {
                throw StoreError.notFound(path: store.path, what: "user", key: name)
            }
        }
    }

    /// Lets a deactivated user sign in again (their PIN is kept; reset it if it was lost).
    public func reactivate(name: String, actor: String) throws {
        try store.write(actor: actor, action: "user.reactivate", subject: name) { ctx in
            guard try ctx.db.run("UPDATE users SET active = 1, failed_attempts = 0, locked_until = NULL WHERE name = ?",
                                 [name]) == 1 else {
                throw StoreError.notFound(path: store.path, what: "user", key: name)
            }
        }
    }
}
