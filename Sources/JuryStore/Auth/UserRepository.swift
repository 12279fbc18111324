import Foundation
import JuryCore

/// People who sign in: adding, deactivating, PIN resets and the sign-in check with its slowdown.
public struct UserRepository {
    let store: Store

    /// Wrong PINs allowed before each further attempt must wait.
    public static let freeAttempts = 3
    /// The longest wait between attempts.
    public static let maxDelaySeconds = 60
    /// Wrong PINs in a row after which the account stays locked until someone unlocks it: at 60 s
    /// a wait alone would let a patient guesser try all 10,000 four-digit PINs in about a week.
    public static let lockAfterFailures = 10

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
        try PinPolicy.check(pin, role: role, store: store)
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
        guard let target = try user(named: name) else { throw StoreError.notFound(path: store.path, what: "user", key: name) }
        try PinPolicy.check(pin, role: target.role, store: store)
        let hash = try PinHasher.hash(pin)
        try store.write(actor: actor, action: "user.reset_pin", subject: name) { ctx in
            try ctx.require(.manageUsers)
            let n = try ctx.db.run("""
                UPDATE users SET pin_hash = ?, failed_attempts = 0, locked_until = NULL WHERE name = ?
                """, [hash, name])
            guard n == 1 else { throw StoreError.notFound(path: store.path, what: "user", key: name) }
        }
    }

    /// Checks a PIN. The lockout check and the failure count happen in one `BEGIN IMMEDIATE`
    /// transaction that reserves the attempt (counts it as a failure and imposes the wait it would
    /// bring) before the slow yescrypt comparison runs outside the lock; a right PIN then clears
    /// the count. So parallel attempts are serialized on the reservation: twenty processes at once
    /// get exactly the tries one process after another would. From the third failure on the next
    /// attempt waits 1, 2, 4 … up to 60 s; after `lockAfterFailures` in a row the account is locked
    /// until an administrator (or, for judges and reviewers, the chair) unlocks it.
    public func authenticate(name: String, pin: String) throws -> LoginOutcome {
        let reservation: PinAttempt = try store.write(actor: name, action: "user.pin_attempt", subject: name) { ctx in
            guard let row = try ctx.db.query("SELECT * FROM users WHERE name = ?", [name]).first,
                  let account = UserAccount(row: row), account.active, let stored = row.string("pin_hash") else {
                return .refused(.unknownOrInactive)
            }
            if account.failedAttempts >= Self.lockAfterFailures { return .refused(.locked) }
            if let until = account.lockedUntil.flatMap(UTCTime.parse), until > ctx.now {
                return .refused(.tooSoon(waitSeconds: Int(until.timeIntervalSince(ctx.now).rounded(.up))))
            }
            let failures = account.failedAttempts + 1
            let delay = Self.delay(afterFailures: failures)
            let until: String? = delay > 0 ? UTCTime.format(ctx.now.addingTimeInterval(TimeInterval(delay))) : nil
            try ctx.db.run("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?", [failures, until, account.id])
            ctx.addDetail("attempt", .int(Int64(failures)))
            return .reserved(account, stored: stored, failures: failures, wait: delay)
        }
        guard case let .reserved(account, stored, failures, wait) = reservation else {
            if case .refused(let outcome) = reservation {
                if outcome == .unknownOrInactive, let dummy = Self.dummyHash {
                    // Spend the same effort as a real check so timing does not reveal which names exist.
                    _ = PinHasher.verify(pin, against: dummy)
                }
                return outcome
            }
            return .unknownOrInactive
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
        try store.write(actor: name, action: "user.login_failed", subject: name,
                        detail: .object(["failed_attempts": .int(Int64(failures))])) { _ in }
        return failures >= Self.lockAfterFailures ? .locked : .wrongPin(waitSeconds: wait)
    }

    private static let dummyHash: String? = try? PinHasher.hash("no-such-user")
}

extension Store {
    /// Users and sign-in.
    public var users: UserRepository { UserRepository(store: self) }
}
