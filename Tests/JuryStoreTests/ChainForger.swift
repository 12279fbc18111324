import Foundation
@testable import JuryStore

/// What an attacker with the sqlite3 shell and a script can do to a file: after editing rows, make
/// every seal and every link of the chain agree again (plain SHA-256 needs no secret). `verify`
/// without an anchor cannot tell; `verify --head` against a head written down earlier can.
enum ChainForger {
    /// Reseals the five tables with a `row_hash` (decisions, sheets, items, conflicts, awards) and
    /// recomputes the chain; the `row_seals` tables would need their sums rewritten too.
    static func reseal(_ store: Store) throws {
        let db = store.database
        try db.execute("BEGIN IMMEDIATE")
        var entries = try store.audit.entries()
        // Row seals: each audited row's current values become the ones its last audit record holds.
        var lastRecord: [String: (entry: Int, index: Int)] = [:]
        var details = entries.map { JSONValue.parse($0.detail) ?? .object([:]) }
        for (e, detail) in details.enumerated() {
            for (i, rec) in (detail["rows"]?.arrayValue ?? []).enumerated() {
                if let t = rec["table"]?.stringValue, let id = rec["id"]?.intValue { lastRecord["\(t)#\(id)"] = (e, i) }
            }
        }
        for table in AuditedTable.allCases {
            for row in try db.query("SELECT * FROM \(table.rawValue)") {
                let id = row.int64("id") ?? 0
                let seal = RowSeal(table: table, row: row)
                try db.run("UPDATE \(table.rawValue) SET row_hash = ? WHERE id = ?", [seal.hash, id])
                guard let at = lastRecord["\(table.rawValue)#\(id)"], case .object(var fields) = details[at.entry],
                      case .array(var rows)? = fields["rows"] else { continue }
                rows[at.index] = .object(["table": .string(table.rawValue), "id": .int(id), "hash": .string(seal.hash),
                                          "row": .object(seal.content)])
                fields["rows"] = .array(rows)
                details[at.entry] = .object(fields)
            }
        }
        // The chain: every hash recomputed from the first entry on.
        var prev = AuditEntry.genesisHash
        for i in entries.indices {
            entries[i].detail = details[i].canonicalText
            entries[i].prevHash = prev
            entries[i].hash = entries[i].recomputedHash
            prev = entries[i].hash
            try db.run("UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                       [entries[i].detail, entries[i].prevHash, entries[i].hash, entries[i].seq])
        }
        try db.execute("COMMIT")
    }
}
