import CSQLite3

/// The sealed columns of a table with their declared types, for sealing a new row from the values
/// it is inserted with instead of reading it back through the queue.
struct SealColumns {
    /// Every sealed column, in the table's order (the order a seal hashes them in).
    let names: [String]
    /// Declared type (upper case) of each column in `names`.
    let types: [String]
    /// STRICT: SQLite stores a value of the declared type exactly as bound.
    let strict: Bool

    /// Whether a row of exactly these values, in `names` order, is stored unchanged.
    func storesExactly(_ values: [SQLValue]) -> Bool {
        guard strict, values.count == types.count else { return false }
        for (type, value) in zip(types, values) {
            switch (type, value) {
            case (_, .null), ("INTEGER", .integer), ("TEXT", .text), ("REAL", .real), ("BLOB", .blob), ("ANY", _): continue
            default: return false
            }
        }
        return true
    }
}

extension Store {
    /// The sealed columns of `table` with their declared types, read once per connection.
    func sealColumnTypes(_ table: SealedTable) throws -> SealColumns {
        if let known = sealColumnTypeCache[table] { return known }
        let excluded = table.excludedColumns
        var names: [String] = [], types: [String] = []
        for row in try database.query("PRAGMA main.table_info(\(table.rawValue))") {
            guard let name = row.string("name"), !excluded.contains(name) else { continue }
            names.append(name)
            types.append((row.string("type") ?? "").uppercased())
        }
        let strict = try database.query("PRAGMA main.table_list(\(table.rawValue))").first?.int64("strict") == 1
        let columns = SealColumns(names: names, types: types, strict: strict)
        sealColumnTypeCache[table] = columns
        return columns
    }
}

extension WriteContext {
    /// Inserts a new row into a sealed table and seals it from the values bound: the INSERT and
    /// the seal's INSERT, where the queue reads every row back after the fact. `columns` and
    /// `values` name the row's columns but a rowid `id` (`sql` inserts exactly those, in that order);
    /// the key is `id` for entrants and the new rowid for the others, as `SealedTable.keyExpression`.
    ///
    /// The row goes to the queue instead (sealed as any other write's) unless the values are every
    /// sealed column of a STRICT table, each of its declared type or NULL, and no seal is stored for
    /// the key yet: an orphaned seal needs the queue's comparison with it.
    func insertSealing(_ table: SealedTable, sql: String, columns: [String], values: [SQLValue]) throws {
        let statement = try db.cachedStatement(sql)
        try statement.bind(values: values)
        defer { statement.reset() }
        while try statement.step() {}
        let sealed = try store.sealColumnTypes(table)
        let key: String, row: [SQLValue], names: [String]
        if table == .entrants, let first = values.first?.string {
            (key, row, names) = (first, values, columns)
        } else {
            let id = db.lastInsertRowID
            (key, row, names) = (String(id), [.integer(id)] + values, ["id"] + columns)
        }
        guard names == sealed.names, sealed.storesExactly(row) else {
            queuedByHand.add(table, key: key)
            return
        }
        let digest = RowDigest(table: table, key: key, values: row, names: names)
        let seal = try db.cachedStatement("""
            INSERT INTO row_seals (tbl, key, hash, cols) VALUES (?, ?, ?, ?) ON CONFLICT (tbl, key) DO NOTHING
            """)
        try seal.bind(values: [.text(table.rawValue), .text(key), .text(digest.hash), .text(digest.columns)])
        defer { seal.reset() }
        while try seal.step() {}
        guard sqlite3_changes(db.handle) == 1 else {
            queuedByHand.add(table, key: key)
            return
        }
        var state = try sealedDigests[table] ?? store.chainDigest(table, db: db)
        state.sum.add(Digest256(bytes: digest.raw))
        state.rows += 1
        sealedDigests[table] = state
    }
}
