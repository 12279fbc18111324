import CSQLite3

/// Inserts new rows into one sealed table through one INSERT and seals each from the values bound:
/// the row's INSERT and its seal's INSERT, where the queue reads every row back after the fact.
/// Made once per write and table, so a bulk import prepares and checks its statements once.
///
/// `columns` name the row's columns but a rowid `id`; the key is `id` for entrants and the new
/// rowid for the others, as `SealedTable.keyExpression`. A row goes to the queue instead (sealed as
/// any other write's) unless its values are every sealed column of a STRICT table, each of its
/// declared type or NULL, and no seal is stored for its key yet: an orphaned seal needs the queue's
/// comparison with it.
final class SealingInserter {
    private let ctx: WriteContext
    private let table: SealedTable
    private let insert: Statement
    private let seal: Statement
    private let sealed: SealColumns
    /// The columns a seal covers: `columns`, after `id` when SQLite assigns it.
    private let names: [String]
    private let rowidKey: Bool
    /// Whether `names` are the sealed columns, in order (a schema this code predates may have more).
    private let coversSealedColumns: Bool

    init(_ ctx: WriteContext, table: SealedTable, columns: [String]) throws {
        self.ctx = ctx
        self.table = table
        insert = try ctx.db.prepare(Database.insertSQL(into: table.rawValue, columns))
        seal = try ctx.db.prepare("INSERT INTO row_seals (tbl, key, hash, cols) VALUES (?, ?, ?, ?) ON CONFLICT (tbl, key) DO NOTHING")
        sealed = try ctx.store.sealColumnTypes(table)
        rowidKey = table != .entrants
        names = rowidKey ? ["id"] + columns : columns
        coversSealedColumns = names == sealed.names
    }

    func callAsFunction(_ values: [SQLValue]) throws {
        insert.reset()
        try insert.bind(values: values)
        while try insert.step() {}
        let key: String, row: [SQLValue]
        if rowidKey {
            let id = ctx.db.lastInsertRowID
            (key, row) = (String(id), [.integer(id)] + values)
        } else {
            (key, row) = (values.first?.string ?? "", values)
        }
        guard coversSealedColumns, sealed.storesExactly(row) else {
            ctx.queuedByHand.add(table, key: key)
            return
        }
        let digest = RowDigest(table: table, key: key, values: row, names: names)
        seal.reset()
        try seal.bind(values: [.text(table.rawValue), .text(key), .text(digest.hash), .text(digest.columns)])
        while try seal.step() {}
        guard sqlite3_changes(ctx.db.handle) == 1 else {
            ctx.queuedByHand.add(table, key: key)
            return
        }
        var state = try ctx.sealedDigests[table] ?? ctx.store.chainDigest(table, db: ctx.db)
        state.sum.add(Digest256(bytes: digest.raw))
        state.rows += 1
        ctx.sealedDigests[table] = state
    }
}
