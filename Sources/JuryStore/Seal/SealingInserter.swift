import CSQLite3

/// The sealed columns of a table with their declared types, for sealing a new row from the values
/// it is inserted with instead of reading it back through the queue.
struct SealColumns {
    /// A column's declared type, as far as exact storage goes.
    enum Declared {
        case integer, text, real, blob, any, other

        init(_ type: String) {
            switch type.uppercased() {
            case "INTEGER", "INT": self = .integer
            case "TEXT": self = .text
            case "REAL": self = .real
            case "BLOB": self = .blob
            case "ANY": self = .any
            default: self = .other
            }
        }
    }

    /// Every sealed column, in the table's order (the order a seal hashes them in).
    let names: [String]
    /// Declared type of each column in `names`.
    let types: [Declared]
    /// STRICT: SQLite stores a value of the declared type exactly as bound.
    let strict: Bool

    /// Whether a row of exactly these values, in `names` order, is stored unchanged.
    func storesExactly(_ values: [SQLValue]) -> Bool {
        guard strict, values.count == types.count else { return false }
        for (type, value) in zip(types, values) {
            switch (type, value) {
            case (_, .null), (.integer, .integer), (.text, .text), (.real, .real), (.blob, .blob), (.any, _): continue
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
        var names: [String] = [], types: [SealColumns.Declared] = []
        for row in try database.query("PRAGMA main.table_info(\(table.rawValue))") {
            guard let name = row.string("name"), !excluded.contains(name) else { continue }
            names.append(name)
            types.append(SealColumns.Declared(row.string("type") ?? ""))
        }
        let strict = try database.query("PRAGMA main.table_list(\(table.rawValue))").first?.int64("strict") == 1
        let columns = SealColumns(names: names, types: types, strict: strict)
        sealColumnTypeCache[table] = columns
        return columns
    }
}

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
        insert = try ctx.db.prepare(Self.insertSQL(table.rawValue, columns))
        seal = try ctx.db.prepare("INSERT INTO row_seals (tbl, key, hash, cols) VALUES (?, ?, ?, ?) ON CONFLICT (tbl, key) DO NOTHING")
        sealed = try ctx.store.sealColumnTypes(table)
        rowidKey = table != .entrants
        names = rowidKey ? ["id"] + columns : columns
        coversSealedColumns = names == sealed.names
    }

    /// `INSERT INTO table (columns) VALUES (?, …)`.
    static func insertSQL(_ table: String, _ columns: [String]) -> String {
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
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
