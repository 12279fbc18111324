import JuryCore

/// Who is doing a write, looked up in `users` inside the write's transaction and checked against
/// the permission table (`JuryCore.Permission`).
///
/// The system path has no account: `system` is the program itself (init, migrations, fixtures) and
/// `cli:NAME` the command line run by the operating-system user NAME without `--as`. The command
/// line gets the administrative permissions only while the file has no active administrator (to add
/// the first one); after that it must act as a signed-in user (`--as NAME` and that user's PIN), so
/// the audit names a person. Imports of registrations, recommendations and votes stay open to it:
/// they decide nothing and are checked row by row. Neither path ever gets a decision, a score or an
/// award, which need a person with an account and the right role.
public enum ActingUser {
    /// Whether the actor name is the system path rather than a user account.
    public static func isSystem(_ actor: String) -> Bool { actor == "system" || actor.hasPrefix("cli:") }

    /// Whether the actor is the command line without a signed-in user.
    public static func isCommandLine(_ actor: String) -> Bool { actor.hasPrefix("cli:") }

    /// Permissions the command line keeps after the first administrator exists.
    static let commandLineAlways: Set<Permission> = [.importData]

    /// The account if it exists, is active and holds the permission; nil for the system path.
    static func require(_ permission: Permission, actor: String, db: Database) throws -> UserAccount? {
        if isSystem(actor) {
            guard permission.allowsSystem else {
                throw StoreError.notPermitted(actor: actor, role: nil, attempt: permission.label,
                                              allowed: Role.allCases.filter(permission.allows))
            }
            if isCommandLine(actor), !commandLineAlways.contains(permission), try hasActiveAdmin(db) {
                throw StoreError.needsSignIn(actor: actor, attempt: permission.label)
            }
            return nil
        }
        let account = try activeAccount(actor, attempt: permission.label, db: db)
        guard permission.allows(account.role) else {
            throw StoreError.notPermitted(actor: actor, role: account.role, attempt: permission.label,
                                          allowed: Role.allCases.filter(permission.allows))
        }
        return account
    }

    /// The account if it holds one of `roles`; the system path as for an administrative permission.
    @discardableResult
    static func requireRole(in roles: Set<Role>, attempt: LocalizedText, actor: String, db: Database) throws -> UserAccount? {
        if isSystem(actor) {
            if isCommandLine(actor), try hasActiveAdmin(db) { throw StoreError.needsSignIn(actor: actor, attempt: attempt) }
            return nil
        }
        let account = try activeAccount(actor, attempt: attempt, db: db)
        guard roles.contains(account.role) else {
            throw StoreError.notPermitted(actor: actor, role: account.role, attempt: attempt,
                                          allowed: Role.allCases.filter(roles.contains))
        }
        return account
    }

    /// Whether any active administrator exists (read inside the caller's transaction).
    static func hasActiveAdmin(_ db: Database) throws -> Bool {
        try db.scalar("SELECT 1 FROM users WHERE role = 'admin' AND active = 1 LIMIT 1") != nil
    }

    private static func activeAccount(_ actor: String, attempt: LocalizedText, db: Database) throws -> UserAccount {
        guard let account = try db.query("SELECT * FROM users WHERE name = ?", [actor]).first.flatMap(UserAccount.init(row:)) else {
            throw StoreError.unknownActor(actor: actor, attempt: attempt)
        }
        guard account.active else { throw StoreError.inactiveActor(actor: actor, attempt: attempt) }
        return account
    }
}
