import Foundation

/// What the body of a `Store.write` sees: the connection inside the open transaction, the one
/// timestamp of this write, and ways to seal audited rows and add to the audit detail.
public final class WriteContext {
    public let db: Database
    public let actor: String
    /// The time of this write, shared by every row it touches and by its audit entry.
    public let now: Date
    public let nowText: String
    var extraDetail: [String: JSONValue] = [:]
    var sealedRows: [JSONValue] = []

    init(db: Database, actor: String, now: Date) {
        self.db = db
        self.actor = actor
        self.now = now
        self.nowText = UTCTime.format(now)
    }

    /// Adds a field to this write's audit detail (e.g. counts an import found).
    public func addDetail(_ key: String, _ value: JSONValue) {
        extraDetail[key] = value
    }

    /// Computes the row's hash, stores it in `row_hash`, and puts the row's resulting values in the
    /// audit entry, so `verify` can tell the audited state from an edit made outside JuryDesk.
    public func seal(_ table: AuditedTable, id: Int64) throws {
        let rows = try db.query("SELECT * FROM \(table.rawValue) WHERE id = ?", [id])
        guard let row = rows.first else {
            throw StoreError.notFound(path: db.path, what: table.rawValue, key: String(id))
        }
        let seal = RowSeal(table: table, row: row)
        try db.run("UPDATE \(table.rawValue) SET row_hash = ? WHERE id = ?", [seal.hash, id])
        sealedRows.append(.object(["table": .string(table.rawValue), "id": .int(id),
                                   "hash": .string(seal.hash), "row": .object(seal.content)]))
    }

    /// Deletes an audited row and records the deletion, so its absence is expected by `verify`.
    public func deleteSealed(_ table: AuditedTable, id: Int64) throws {
        try db.run("DELETE FROM \(table.rawValue) WHERE id = ?", [id])
        sealedRows.append(.object(["table": .string(table.rawValue), "id": .int(id), "hash": .null]))
    }

    /// Sets a settings key (settings writes are audited by the enclosing write).
    public func setSetting(_ key: String, _ value: String) throws {
        try db.run("""
            INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
            """, [key, value, nowText])
    }
}
