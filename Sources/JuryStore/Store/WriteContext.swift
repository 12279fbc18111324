import Foundation
import JuryCore

/// What the body of a `Store.write` sees: the connection inside the open transaction, the one
/// timestamp of this write, the acting user's checks, and ways to touch audited rows.
///
/// Audited rows are sealed when the write commits, not when they are touched: a body marks every row
/// it changed (`upsertSealed`, `seal`) and the helper hashes each once, in its final state.
public final class WriteContext {
    public let db: Database
    public let actor: String
    /// The audit action id of this write (e.g. `review.decide`).
    public let action: String
    /// The time of this write, shared by every row it touches and by its audit entry.
    public let now: Date
    public let nowText: String
    let store: Store
    var extraDetail: [String: JSONValue] = [:]
    /// Replaces the audit subject given to `write` when the body only learns it as it goes (an
    /// import's row count).
    var subject: String?
    var sealedRows: [JSONValue] = []
    /// Digests of the sealed tables this write changed, cached once its audit entry exists.
    var sealedDigests: [SealedTable: SealState.Digest] = [:]
    /// Rows this write's bulk inserts queued for sealing by hand, moved into the TEMP queue when sealed.
    let queuedByHand = SealQueue()
    /// Rows found edited outside JuryDesk when this write sealed them again.
    var alteredOutside: [JSONValue] = []
    private var touched: [(table: AuditedTable, id: Int64)] = []
    /// The contest definition as this write first read it (`definition()`); forgotten when the write sets it.
    private var definitionRead: ContestDefinition?

    init(store: Store, actor: String, action: String, now: Date) {
        self.store = store
        self.db = store.database
        self.actor = actor
        self.action = action
        self.now = now
        self.nowText = UTCTime.format(now)
    }

    /// Adds a field to this write's audit detail (e.g. counts an import found).
    public func addDetail(_ key: String, _ value: JSONValue) {
        extraDetail[key] = value
    }

    /// Marks an audited row as changed by this write; it is sealed when the write commits, so
    /// `verify` can tell the audited state from an edit made outside JuryDesk.
    public func seal(_ table: AuditedTable, id: Int64) throws {
        if !touched.contains(where: { $0.table == table && $0.id == id }) { touched.append((table, id)) }
    }

    /// Inserts or updates the audited row identified by `key` (its unique columns) with `values`,
    /// marks it for sealing, and returns its id: one call instead of insert, look up id, seal.
    @discardableResult
    public func upsertSealed(_ table: AuditedTable, key: KeyValuePairs<String, SQLBindable?>,
                             values: KeyValuePairs<String, SQLBindable?>) throws -> Int64 {
        let keyColumns = key.map(\.key), valueColumns = values.map(\.key)
        let columns = keyColumns + valueColumns
        let updates = valueColumns.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        let conflict = updates.isEmpty ? "DO NOTHING" : "DO UPDATE SET \(updates)"
        try db.run(Database.insertSQL(into: table.rawValue, columns) + " ON CONFLICT (\(keyColumns.joined(separator: ", "))) \(conflict)",
                   key.map(\.value) + values.map(\.value))
        let condition = keyColumns.map { "\($0) = ?" }.joined(separator: " AND ")
        guard let id = try db.scalar("SELECT id FROM \(table.rawValue) WHERE \(condition)", key.map(\.value))?.int64 else {
            throw StoreError.notFound(path: db.path, what: table.rawValue, key: key.map { "\($0.value.map { "\($0)" } ?? "")" }.joined(separator: "/"))
        }
        try seal(table, id: id)
        return id
    }

    /// Inserts a new audited row and marks it for sealing; returns its id.
    @discardableResult
    public func insertSealed(_ table: AuditedTable, values: KeyValuePairs<String, SQLBindable?>) throws -> Int64 {
        try insertSealed(table, columns: values.map(\.key), values: values.map(\.value))
    }

    /// Inserts a row and marks it for sealing (read back when the write commits); returns its id.
    func insertSealed(_ table: AuditedTable, columns: [String], values: [SQLBindable?]) throws -> Int64 {
        try db.run(Database.insertSQL(into: table.rawValue, columns), values)
        let id = db.lastInsertRowID
        try seal(table, id: id)
        return id
    }

    /// Deletes an audited row and records the deletion, so its absence is expected by `verify`.
    public func deleteSealed(_ table: AuditedTable, id: Int64) throws {
        try db.run("DELETE FROM \(table.rawValue) WHERE id = ?", [id])
        touched.removeAll { $0.table == table && $0.id == id }
        sealedRows.append(.object(["table": .string(table.rawValue), "id": .int(id), "hash": .null]))
    }

    /// Hashes every touched row in its final state; the write helper calls it just before the audit entry.
    func sealTouchedRows() throws {
        for (table, id) in touched {
            guard let row = try db.query("SELECT * FROM \(table.rawValue) WHERE id = ?", [id]).first else {
                throw StoreError.notFound(path: db.path, what: table.rawValue, key: String(id))
            }
            let seal = RowSeal(table: table, row: row)
            try db.run("UPDATE \(table.rawValue) SET row_hash = ? WHERE id = ?", [seal.hash, id])
            sealedRows.append(.object(["table": .string(table.rawValue), "id": .int(id),
                                       "hash": .string(seal.hash), "row": .canonical(seal.canonical)]))
        }
        touched.removeAll()
    }

    /// Sets a settings key (settings writes are audited by the enclosing write).
    public func setSetting(_ key: String, _ value: String) throws {
        if key == Store.contestDefinitionKey { definitionRead = nil }
        try db.run("""
            INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
            """, [key, value, nowText])
    }

    // MARK: Rules

    /// The acting user if they may do `permission`, read inside this transaction. The command-line
    /// operator (`system`, `cli:NAME`) has no account and gets the administrative permissions only.
    @discardableResult
    public func require(_ permission: Permission) throws -> UserAccount? {
        try ActingUser.require(permission, actor: actor, db: db)
    }

    /// The acting user if their role is one of `roles` (for rules the permission table cannot say,
    /// like the chair unlocking a judge).
    @discardableResult
    public func requireRole(in roles: Set<Role>, attempt: LocalizedText) throws -> UserAccount? {
        try ActingUser.requireRole(in: roles, attempt: attempt, actor: actor, db: db)
    }

    /// The contest definition stored in this file, read once per write (a submit asked for it three
    /// times, and each time SQLite compared the 15 KB text with the cached one).
    public func definition() throws -> ContestDefinition {
        if let definitionRead { return definitionRead }
        let definition = try store.contestDefinition(db: db)
        definitionRead = definition
        return definition
    }

    /// Refuses unless the current phase allows the activity; the refusal names the phase that would.
    public func requirePhase(_ activity: ContestActivity, attempt: Permission) throws {
        let definition = try definition()
        let current = try db.scalar("SELECT value FROM settings WHERE key = ?", [PhaseRepository.key])?.string
        guard !definition.allows(activity, inPhase: current) else { return }
        let allowed = (definition.phaseIds(allowing: activity) ?? []).compactMap(definition.phaseLabel)
        throw StoreError.wrongPhase(attempt: attempt.label, current: current.map { definition.phaseLabel($0) ?? LocalizedText(zh: $0, en: $0) },
                                    allowed: allowed.last ?? LocalizedText(zh: activity.stepId, en: activity.stepId))
    }
}
