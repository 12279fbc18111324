import Foundation

extension Store {
    /// The sealed columns of a table, in the table's order (generated columns and the excluded
    /// sign-in counters left out); read once per connection.
    func sealColumns(_ table: SealedTable) throws -> [String] {
        try sealColumnTypes(table).names
    }

    /// Installs this connection's TEMP triggers that queue every row a write inserts, updates or
    /// deletes in a sealed table (and keep its state before the write). TEMP, so they belong to
    /// JuryDesk's own connection: an edit made with the sqlite3 shell queues nothing, and nobody
    /// can alter them through the file.
    func installSealing() throws {
        // No unique constraints on the queue: inside a trigger the firing statement's conflict
        // policy overrides OR IGNORE, so a duplicate would abort the write. NOT EXISTS instead.
        var sql = """
            CREATE TEMP TABLE IF NOT EXISTS seal_queue (tbl TEXT NOT NULL, key TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS temp.seal_queue_by_key ON seal_queue (tbl, key);

            """
        for table in SealedTable.allCases {
            let names = try sealColumns(table)
            let t = table.rawValue
            let quoted = names.map { "\"\($0)\"" }.joined(separator: ", ")
            let old = names.map { "OLD.\"\($0)\"" }.joined(separator: ", ")
            let keyOld = table.keyExpression(of: "OLD"), keyNew = table.keyExpression(of: "NEW")
            func enqueue(_ key: String) -> String {
                "INSERT INTO seal_queue SELECT '\(t)', \(key) WHERE NOT EXISTS (SELECT 1 FROM seal_queue WHERE tbl = '\(t)' AND key = \(key));"
            }
            // The first state of a row within a write is the one its seal must match.
            let keepBefore = """
                INSERT INTO seal_before_\(t) SELECT \(keyOld), \(old)
                    WHERE NOT EXISTS (SELECT 1 FROM seal_before_\(t) WHERE _key = \(keyOld));
                """
            sql += """
                CREATE TEMP TABLE IF NOT EXISTS seal_before_\(t) (_key TEXT NOT NULL, \(quoted));
                CREATE INDEX IF NOT EXISTS temp.seal_before_\(t)_by_key ON seal_before_\(t) (_key);
                CREATE TEMP TRIGGER IF NOT EXISTS seal_\(t)_insert AFTER INSERT ON main.\(t) BEGIN
                    \(enqueue(keyNew)) END;
                CREATE TEMP TRIGGER IF NOT EXISTS seal_\(t)_before_update BEFORE UPDATE OF \(quoted) ON main.\(t) BEGIN
                    \(keepBefore) END;
                CREATE TEMP TRIGGER IF NOT EXISTS seal_\(t)_update AFTER UPDATE OF \(quoted) ON main.\(t) BEGIN
                    \(enqueue(keyOld)) \(enqueue(keyNew)) END;
                CREATE TEMP TRIGGER IF NOT EXISTS seal_\(t)_before_delete BEFORE DELETE ON main.\(t) BEGIN
                    \(keepBefore) END;
                CREATE TEMP TRIGGER IF NOT EXISTS seal_\(t)_delete AFTER DELETE ON main.\(t) BEGIN
                    \(enqueue(keyOld)) END;

                """
        }
        try database.execute(sql)
    }

    /// Whether any audit entry records a sealed table's digest.
    func chainRecordsSeals() throws -> Bool {
        try database.scalar("SELECT 1 FROM audit_log WHERE instr(detail, '\"seals\":{') > 0 LIMIT 1") != nil
    }

    /// Queues every existing row of every sealed table (the migration that introduced seals).
    func queueAllForSealing() throws {
        for table in SealedTable.allCases {
            try database.run("INSERT INTO temp.seal_queue SELECT '\(table.rawValue)', \(table.keyExpression) FROM main.\(table.rawValue)")
        }
    }

    /// A text that moves with every audited write that changes `table` (its cached digest and the
    /// entry that recorded it), nil before any has: one lookup, for caches of what a table holds.
    /// Not a proof of anything — `verify` is — as an edit made outside JuryDesk does not move it.
    static func changeMark(_ table: SealedTable, db: Database) throws -> String? {
        try db.scalar("SELECT seq || ':' || sum FROM seal_digests WHERE tbl = ?", [table.rawValue])?.string
    }

    /// A table's digest as the audit chain last recorded it. The `seal_digests` cache is used only
    /// when it names the entry that recorded it and no later entry recorded the table; otherwise
    /// (an edited cache) the chain is searched, so a forged cache cannot be carried forward.
    func chainDigest(_ table: SealedTable, db: Database) throws -> SealState.Digest {
        let needle = SealState.needle(table)
        if let cached = try db.query("SELECT rows, sum, seq, entry_hash FROM seal_digests WHERE tbl = ?", [table.rawValue]).first,
           let seq = cached.int64("seq"), let rows = cached.int64("rows"),
           let sum = cached.string("sum").flatMap(Digest256.init(hex:)),
           let entryHash = try db.scalar("SELECT hash FROM audit_log WHERE seq = ?", [seq])?.string,
           entryHash == cached.string("entry_hash"),
           try db.scalar("SELECT 1 FROM audit_log WHERE seq > ? AND instr(detail, ?) > 0 LIMIT 1", [seq, needle]) == nil {
            // The entry's detail was read here before under the same chain hash: its digest is known
            // (parsing the entry, which lists every row it sealed, was a tenth of a score submit).
            if let known = chainDigestCache[table], known.entryHash == entryHash, known.digest.seq == seq,
               known.digest.rows == rows, known.digest.sum == sum {
                return known.digest
            }
            let detail = try db.scalar("SELECT detail FROM audit_log WHERE seq = ?", [seq])?.string ?? ""
            var state = SealState()
            state.record(seq: seq, detail: JSONValue.parse(detail) ?? .null)
            if let recorded = state.digests[table.rawValue], recorded.rows == rows, recorded.sum == sum {
                chainDigestCache[table] = (entryHash, recorded)
                return recorded
            }
        }
        guard let row = try db.query("SELECT seq, detail FROM audit_log WHERE instr(detail, ?) > 0 ORDER BY seq DESC LIMIT 1",
                                     [needle]).first, let seq = row.int64("seq") else {
            return SealState.Digest(rows: 0, sum: .zero, seq: 0)
        }
        var state = SealState()
        state.record(seq: seq, detail: JSONValue.parse(row.string("detail") ?? "") ?? .null)
        return state.digests[table.rawValue] ?? SealState.Digest(rows: 0, sum: .zero, seq: 0)
    }
}
