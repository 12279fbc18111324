import Foundation
import JuryCore

extension Store {
    /// The one way to change the file: `BEGIN IMMEDIATE`, the body, the seals of every audited row the
    /// body touched, its audit entry, `COMMIT`.
    ///
    /// On SQLITE_BUSY / SQLITE_BUSY_SNAPSHOT / SQLITE_LOCKED the whole transaction is rolled back and
    /// run again (the body must therefore only touch the database) with jittered exponential backoff
    /// until `writeDeadline`, then `StoreError.busyTimeout`. Each attempt lets SQLite wait for the lock
    /// at most what is left of the deadline, so a short deadline answers quickly. Never call this while
    /// waiting for input, nor inside another `read` or `write` (compose with functions taking the
    /// `WriteContext` instead).
    @discardableResult
    public func write<T>(actor: String, action: String, subject: String, detail: JSONValue = .object([:]),
                         _ body: (WriteContext) throws -> T) throws -> T {
        guard !database.isInTransaction else {
            throw StoreError.nestedWrite(path: path, action: action)
        }
        let started = Date()
        var attempt = 0
        defer { database.setBusyTimeout(milliseconds: busyTimeoutMilliseconds) }
        while true {
            let left = max(0, writeDeadline - Date().timeIntervalSince(started))
            database.setBusyTimeout(milliseconds: min(busyTimeoutMilliseconds, Int32(left * 1000)))
            do {
                return try writeOnce(actor: actor, action: action, subject: subject, detail: detail, body)
            } catch let error as StoreError where error.isBusy {
                attempt += 1
                retriedWrites += 1
                let elapsed = Date().timeIntervalSince(started)
                if elapsed >= writeDeadline {
                    throw StoreError.busyTimeout(path: path, action: action, seconds: elapsed)
                }
                // Full jitter: sessions that collided must not retry in lockstep.
                let ceiling = min(0.5, 0.005 * pow(2, Double(min(attempt, 10))))
                let delay = min(Double.random(in: 0...ceiling), max(0, writeDeadline - elapsed))
                usleep(UInt32(delay * 1_000_000))
            }
        }
    }

    /// Runs `body` with a different write deadline, e.g. `withWriteDeadline(0.2) { try store.reviews.decide(…) }`
    /// from the interface: a busy file then answers `StoreError.busyTimeout` (see `isBusyTimeout`)
    /// within about that time instead of freezing the screen, and the app retries from its loop.
    public func withWriteDeadline<T>(_ seconds: TimeInterval, _ body: () throws -> T) rethrows -> T {
        let saved = writeDeadline
        writeDeadline = seconds
        defer { writeDeadline = saved }
        return try body()
    }

    private func writeOnce<T>(actor: String, action: String, subject: String, detail: JSONValue,
                              _ body: (WriteContext) throws -> T) throws -> T {
        // Prepared once and kept, as every write and read begins and ends so (parsing them each
        // time was a twentieth of a score submit).
        try database.run("BEGIN IMMEDIATE")
        do {
            let ctx = WriteContext(store: self, actor: actor, action: action, now: clock())
            try ctx.beginSealing()
            let result = try body(ctx)
            try ctx.sealTouchedRows()
            try ctx.sealQueuedRows()
            try appendAudit(ctx: ctx, action: action, subject: ctx.subject ?? subject, detail: detail)
            try ctx.finishSealing()
            try database.run("COMMIT")
            return result
        } catch {
            if database.isInTransaction { try? database.execute("ROLLBACK") }
            throw error
        }
    }

    /// Appends the hash-chained audit row; only ever inside an open write transaction.
    func appendAudit(ctx: WriteContext, action: String, subject: String, detail: JSONValue) throws {
        var fields: [String: JSONValue] = [:]
        if case .object(let given) = detail {
            fields = given
        } else {
            fields["info"] = detail
        }
        for (k, v) in ctx.extraDetail { fields[k] = v }
        for (k, v) in auditContext where fields[k] == nil { fields[k] = v }
        if !ctx.sealedRows.isEmpty { fields["rows"] = .array(ctx.sealedRows) }
        let detailText = JSONValue.object(fields).canonicalText
        let last = try database.query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").first
        let seq = (last?.int64("seq") ?? 0) + 1
        let prev = last?.string("hash") ?? AuditEntry.genesisHash
        let hash = AuditEntry.computeHash(prev: prev, seq: seq, at: ctx.nowText, actor: ctx.actor,
                                          action: action, subject: subject, detail: detailText)
        try database.run("""
            INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [seq, ctx.nowText, ctx.actor, action, subject, detailText, prev, hash])
    }
}
