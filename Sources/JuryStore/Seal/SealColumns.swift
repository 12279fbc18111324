/// The sealed columns of a table with their declared types, for sealing a new row from the values
/// it is inserted with instead of reading it back through the queue.
struct SealColumns {
    /// Every sealed column, in the table's order (the order a seal hashes them in).
    let names: [String]
    /// Declared type of each column in `names`.
    let types: [DeclaredType]
    /// STRICT: SQLite stores a value of the declared type exactly as bound.
    let strict: Bool

    /// Whether a row of exactly these values, in `names` order, is stored unchanged.
    func storesExactly(_ values: [SQLValue]) -> Bool {
        guard strict, values.count == types.count else { return false }
        return zip(types, values).allSatisfy { $0.storesExactly($1) }
    }
}

extension Store {
    /// The sealed columns of `table` with their declared types, read once per connection.
    func sealColumnTypes(_ table: SealedTable) throws -> SealColumns {
        if let known = sealColumnTypeCache[table] { return known }
        let excluded = table.excludedColumns
        var names: [String] = [], types: [DeclaredType] = []
        for row in try database.query("PRAGMA main.table_info(\(table.rawValue))") {
            guard let name = row.string("name"), !excluded.contains(name) else { continue }
            names.append(name)
            types.append(DeclaredType(row.string("type") ?? ""))
        }
        let strict = try database.query("PRAGMA main.table_list(\(table.rawValue))").first?.int64("strict") == 1
        let columns = SealColumns(names: names, types: types, strict: strict)
        sealColumnTypeCache[table] = columns
        return columns
    }
}

