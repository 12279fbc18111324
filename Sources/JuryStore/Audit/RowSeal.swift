import Foundation

/// The canonical content and hash of one audited row.
struct RowSeal {
    /// The row's content as canonical JSON (every column but `row_hash`): hashed for the seal and
    /// recorded as it is in the audit entry.
    let canonical: [UInt8]
    let hash: String
    private let row: Row

    /// Seals the row's current values; the table name is hashed in so a row cannot be moved.
    init(table: AuditedTable, row: Row) {
        self.row = row
        // Fields in canonical order straight from the row: no dictionary, no JSON value per field,
        // no second rendering.
        let columns = row.columns
        var order = columns.indices.filter { columns[$0] != "row_hash" }
        order.sort { columns[$0].utf8.lexicographicallyPrecedes(columns[$1].utf8) }
        canonical = JSONValue.canonicalObject(keys: columns, values: row.values, order: order)
        var sha = SHA256()
        sha.update(table.rawValue.utf8)
        sha.update(CollectionOfOne(UInt8(ascii: "\n")))
        sha.update(canonical)
        hash = Hex.encode(sha.finalize())
    }

    /// Every column but `row_hash`, as JSON values (for naming the column that differs).
    var content: [String: JSONValue] {
        var content: [String: JSONValue] = [:]
        for (name, value) in zip(row.columns, row.values) where name != "row_hash" { content[name] = value.json }
        return content
    }
}
