import Foundation

/// The columns of an audited table as the file declares them, for sealing a row from the values
/// about to be written instead of reading it back.
struct AuditedColumns {
    /// Declared type of every column but `id` and `row_hash`.
    let types: [String: DeclaredType]
    /// STRICT: SQLite stores a value of the declared type exactly as bound.
    let strict: Bool

    /// Whether `values` name every column once, each with a value SQLite will store unchanged:
    /// then the row read back would be exactly `id` and these values.
    func storesExactly(_ values: [(column: String, value: SQLValue)]) -> Bool {
        guard strict, values.count == types.count else { return false }
        return values.allSatisfy { types[$0.column]?.storesExactly($0.value) ?? false }
    }
}

extension Store {
    /// The declared columns of an audited table, read once per connection.
    func auditedColumns(_ table: AuditedTable) throws -> AuditedColumns {
        if let known = auditedColumnCache[table] { return known }
        var types: [String: DeclaredType] = [:]
        for row in try database.query("PRAGMA main.table_info(\(table.rawValue))") {
            guard let name = row.string("name"), name != "id", name != "row_hash" else { continue }
            types[name] = DeclaredType(row.string("type") ?? "")
        }
        let strict = try database.query("PRAGMA main.table_list(\(table.rawValue))").first?.int64("strict") == 1
        let columns = AuditedColumns(types: types, strict: strict)
        auditedColumnCache[table] = columns
        return columns
    }
}

extension WriteContext {
    /// Inserts a new audited row and seals it from `values` when they are every column of a STRICT
    /// table with its declared type (SQLite then stores exactly them): one statement, where
    /// `insertSealed` takes four (the insert, its id, the row read back, its hash written). Anything
    /// else is inserted and read back.
    @discardableResult
    func insertSealed(_ table: AuditedTable, exactly values: [(column: String, value: SQLValue)]) throws -> Int64 {
        try insertSealed(table, exactlyRows: [values])[0]
    }

    /// New rows of one table, as `insertSealed(_:exactly:)` writes one; their ids follow each other
    /// from the one SQLite would choose (the highest plus one), asked once for all of them.
    @discardableResult
    func insertSealed(_ table: AuditedTable, exactlyRows rows: [[(column: String, value: SQLValue)]]) throws -> [Int64] {
        let columns = try store.auditedColumns(table)
        var next: Int64?
        var ids: [Int64] = []
        // The rows of one call name the same columns: the INSERT's text is made once, not per row.
        var statement: (names: [String], sql: String)?
        for values in rows {
            let names = values.map(\.column)
            guard columns.storesExactly(values) else {
                ids.append(try insertSealed(table, columns: names, values: values.map(\.value)))
                next = nil
                continue
            }
            let id = try next ?? db.scalar("SELECT coalesce(max(id), 0) + 1 FROM \(table.rawValue)")?.int64 ?? 1
            let row = [SQLValue.integer(id)] + values.map(\.value)
            let seal = RowSeal(table: table, row: Row(columns: ["id"] + names, values: row))
            if statement?.names != names {
                statement = (names, Database.insertSQL(into: table.rawValue, ["id"] + names + ["row_hash"]))
            }
            try db.run(statement?.sql ?? "", values: row + [.text(seal.hash)])
            sealedRows.append(.object(["table": .string(table.rawValue), "id": .int(id), "hash": .string(seal.hash),
                                       "row": .canonical(seal.canonical)]))
            ids.append(id)
            next = id + 1
        }
        return ids
    }
}
