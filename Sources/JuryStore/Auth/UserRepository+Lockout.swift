import Foundation
import JuryCore

extension UserRepository {
    /// Clears a user's wrong-PIN count and wait, so a locked account can sign in again (audited).
    ///
    /// An administrator may unlock anyone; the chair may unlock judges and reviewers, who cannot
    /// wait for an administrator on the day of judging.
    public func unlock(name: String, actor: String) throws {
        try store.write(actor: actor, action: "user.unlock", subject: name) { ctx in
            guard let target = try ctx.db.query("SELECT * FROM users WHERE name = ?", [name]).first.flatMap(UserAccount.init(row:)) else {
                throw StoreError.notFound(path: store.path, what: "user", key: name)
            }
            let chairMay = target.role == .judge || target.role == .reviewer
            try ctx.requireRole(in: chairMay ? [.admin, .chair] : [.admin],
                                attempt: LocalizedText(zh: "解锁用户 \(name)", en: "unlock \(name)"))
            ctx.addDetail("failed_attempts", .int(Int64(target.failedAttempts)))
            try ctx.db.run("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?", [target.id])
        }
    }

    /// Whether the file has an active administrator (the command line may act without `--as` only
    /// until it has one).
    public func hasActiveAdmin() throws -> Bool {
        try store.read { db in try ActingUser.hasActiveAdmin(db) }
    }
}
