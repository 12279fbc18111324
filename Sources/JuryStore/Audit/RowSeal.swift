import Foundation

/// The canonical content and hash of one audited row.
struct RowSeal {
    /// Every column but `row_hash`, as canonical JSON values.
    let content: [String: JSONValue]
    let hash: String

    /// Seals the row's current values; the table name is hashed in so a row cannot be moved.
    init(table: AuditedTable, row: Row) {
        var content: [String: JSONValue] = [:]
        for (name, value) in zip(row.columns, row.values) where name != "row_hash" {
            content[name] = value.json
        }
        self.content = content
        var sha = SHA256()
        sha.update(table.rawValue.utf8)
        sha.update(CollectionOfOne(UInt8(ascii: "\n")))
        sha.update(JSONValue.object(content).canonicalBytes)
        hash = Hex.encode(sha.finalize())
    }
}
