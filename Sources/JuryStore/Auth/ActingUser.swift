import JuryCore

/// Who is doing a write, looked up in `users` inside the write's transaction and checked against
/// the permission table (`JuryCore.Permission`).
///
/// The system path: `system` (init, migrations) and `cli:NAME` (the command line, named after the
/// operating-system user) have no account. Whoever runs the command line can already write the file
/// from a shell, so refusing them would protect nothing; they get the administrative permissions
/// (import, users, phases, settings) and never a decision, a score or an award, which need a person
/// with an account and the right role.
public enum ActingUser {
    /// Whether the actor name is the system path rather than a user account.
    public static func isSystem(_ actor: String) -> Bool { actor == "system" || actor.hasPrefix("cli:") }

    /// The account if it exists, is active and holds the permission; nil for the system path.
    static func require(_ permission: Permission, actor: String, db: Database) throws -> UserAccount? {
        if isSystem(actor) {
            guard permission.allowsSystem else {
                throw StoreError.notPermitted(actor: actor, role: nil, attempt: permission.label,
                                              allowed: Role.allCases.filter(permission.allows))
            }
            return nil
        }
        guard let account = try db.query("SELECT * FROM users WHERE name = ?", [actor]).first.flatMap(UserAccount.init(row:)) else {
            throw StoreError.unknownActor(actor: actor, attempt: permission.label)
        }
        guard account.active else { throw StoreError.inactiveActor(actor: actor, attempt: permission.label) }
        guard permission.allows(account.role) else {
            throw StoreError.notPermitted(actor: actor, role: account.role, attempt: permission.label,
                                          allowed: Role.allCases.filter(permission.allows))
        }
        return account
    }
}
