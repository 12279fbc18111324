import Foundation
import JuryCore

/// People who sign in: adding, deactivating, PIN resets and the sign-in check with its slowdown.
public struct UserRepository {
    let store: Store

    /// Wrong PINs allowed before each further attempt must wait.
    public static let freeAttempts = 3
    /// The longest wait between attempts.
    public static let maxDelaySeconds = 60

    /// The wait imposed after `failures` wrong PINs in a row: none for the first few, then doubling.
    public static func delay(afterFailures failures: Int) -> Int {
        guard failures >= freeAttempts else { return 0 }
        let exponent = failures - freeAttempts
        return exponent >= 6 ? maxDelaySeconds : min(maxDelaySeconds, 1 << exponent)
    }

    public func list() throws -> [UserAccount] {
        try store.database.query("SELECT * FROM users ORDER BY role, name").compactMap(UserAccount.init(row:))
    }

    public func user(named name: String) throws -> UserAccount? {
        try store.database.query("SELECT * FROM users WHERE name = ?", [name]).first.flatMap(UserAccount.init(row:))
    }

    /// Adds a user with a PIN; the PIN is hashed before the transaction and never logged.
    @discardableResult
    public func add(name: String, role: Role, unit: String = "", city: String = "", pin: String,
                    actor: String) throws -> Int64 {
        try Self.checkPin(pin)
        let hash = try PinHasher.hash(pin)
        return try store.write(actor: actor, action: "user.add", subject: name,
                               detail: .object(["role": .string(role.rawValue), "unit": .string(unit),
                                                "city": .string(city)])) { ctx in
            try ctx.require(.manageUsers)
            try ctx.db.run("""
                INSERT INTO users (name, role, unit, city, pin_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)
                """, [name, role.rawValue, unit, city, hash, ctx.nowText])
            return ctx.db.lastInsertRowID
        }
    }

    public func deactivate(name: String, actor: String) throws {
        try store.write(actor: actor, action: "user.deactivate", subject: name) { ctx in
            try ctx.require(.manageUsers)
            guard try ctx.db.run("UPDATE users SET active = 0 WHERE name = ?", [name]) == 1 else {
                throw StoreError.notFound(path: store.path, what: "user", key: name)
            }
        }
    }

    /// Sets a new PIN and clears any slowdown.
    public func resetPin(name: String, pin: String, actor: String) throws {
        try Self.checkPin(pin)
        let hash = try PinHasher.hash(pin)
        try store.write(actor: actor, action: "user.reset_pin", subject: name) { ctx in
            try ctx.require(.manageUsers)
            let n = try ctx.db.run("""
                UPDATE users SET pin_hash = ?, failed_attempts = 0, locked_until = NULL WHERE name = ?
                """, [hash, name])
            guard n == 1 else { throw StoreError.notFound(path: store.path, what: "user", key: name) }
        }
    }

    /// Checks a PIN. Failures are counted in the file (so a new session does not reset them); from
    /// the third on, the next attempt must wait 1, 2, 4 … up to 60 s. Success resets the count.
    public func authenticate(name: String, pin: String) throws -> LoginOutcome {
        let now = store.clock()
        guard let row = try store.database.query("SELECT * FROM users WHERE name = ?", [name]).first,
              let account = UserAccount(row: row), account.active, let stored = row.string("pin_hash") else {
            // Spend the same effort as a real check so timing does not reveal which names exist.
            if let dummy = Self.dummyHash { _ = PinHasher.verify(pin, against: dummy) }
            return .unknownOrInactive
        }
        if let until = account.lockedUntil.flatMap(UTCTime.parse), until > now {
            return .tooSoon(waitSeconds: Int(until.timeIntervalSince(now).rounded(.up)))
        }
        if PinHasher.verify(pin, against: stored) {
            try store.write(actor: name, action: "user.login", subject: name) { ctx in
                try ctx.db.run("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?", [account.id])
            }
            var signedIn = account
            signedIn.failedAttempts = 0
            signedIn.lockedUntil = nil
            return .success(signedIn)
        }
        let wait: Int = try store.write(actor: name, action: "user.login_failed", subject: name) { ctx in
            // Re-read inside the transaction: another session may have counted a failure meanwhile.
            let failures = (try ctx.db.scalar("SELECT failed_attempts FROM users WHERE id = ?", [account.id])?.int64 ?? 0) + 1
            let delay = Self.delay(afterFailures: Int(failures))
            let until: String? = delay > 0 ? UTCTime.format(ctx.now.addingTimeInterval(TimeInterval(delay))) : nil
            try ctx.db.run("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?", [failures, until, account.id])
            ctx.addDetail("failed_attempts", .int(failures))
            return delay
        }
        return .wrongPin(waitSeconds: wait)
    }

    private static let dummyHash: String? = try? PinHasher.hash("no-such-user")

    static func checkPin(_ pin: String) throws {
        guard pin.count >= 4, pin.count <= 64 else {
            throw StoreError.invalidArgument(field: "PIN", zh: "长度须为 4 到 64 位", en: "must be 4 to 64 characters")
        }
    }
}

extension Store {
    /// Users and sign-in.
    public var users: UserRepository { UserRepository(store: self) }
}
