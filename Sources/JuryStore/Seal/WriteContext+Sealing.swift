import Foundation

extension WriteContext {
    /// Starts a write with nothing queued: rows an earlier, failed transaction queued (or a bulk
    /// path outside the helper) must not be sealed by this one.
    func beginSealing() throws {
        // Usually all empty (the last write cleared them, and a rollback restores them): one look
        // instead of nine DELETEs, which were a sixteenth of a score submit.
        guard try db.scalar(Self.anyQueued)?.int64 == 1 else { return }
        try db.run("DELETE FROM temp.seal_queue")
        for table in SealedTable.allCases { try db.run(Self.clearBefore[table] ?? "") }
    }

    /// Every key queued for `table` (bound as ?1): its seal (NULL when none), whether the row still
    /// exists, and the row's sealed columns from the fourth on.
    private static func queuedRowsSQL(_ table: SealedTable, names: [String]) -> String {
        """
        SELECT q.key, s.hash, t.rowid IS NOT NULL, \(names.map { "t.\"\($0)\"" }.joined(separator: ", "))
        FROM (SELECT DISTINCT key FROM temp.seal_queue WHERE tbl = ?1) q
        LEFT JOIN row_seals s ON s.tbl = ?1 AND s.key = q.key
        LEFT JOIN main.\(table.rawValue) t ON \(table.keyCondition(row: "t", key: "q.key"))
        ORDER BY q.key
        """
    }

    private static let anyQueued = "SELECT EXISTS (SELECT 1 FROM temp.seal_queue)"
        + SealedTable.allCases.map { " OR EXISTS (SELECT 1 FROM temp.seal_before_\($0.rawValue))" }.joined()

    private static let clearBefore = Dictionary(uniqueKeysWithValues: SealedTable.allCases.map {
        ($0, "DELETE FROM temp.seal_before_\($0.rawValue)")
    })

    /// Seals every row the triggers queued during this write, in its final state, and puts each
    /// touched table's new digest (row count and sum of seals) into the audit detail. A row whose
    /// state before this write no longer matched its seal was edited outside JuryDesk; sealing it
    /// would launder the edit, so the audit entry records it and `verify` keeps reporting it.
    ///
    /// A long write (an import) may call it every few thousand rows, so the TEMP queue stays small
    /// enough to live in the page cache: digests carry over from call to call, and a row sealed by
    /// an earlier call and changed again is compared with that seal, as a later write would.
    func sealQueuedRows() throws {
        try queuedByHand.flush(into: db)
        var tables: [SealedTable] = []
        for row in try db.query("SELECT DISTINCT tbl FROM temp.seal_queue") {
            if let table = row.string("tbl").flatMap(SealedTable.init(rawValue:)) { tables.append(table) }
        }
        // Rows sealed from their values as they were inserted (`SealingInserter`) are in the digests already.
        guard !tables.isEmpty || !sealedDigests.isEmpty else { return }
        let writeSeal = try db.cachedStatement("""
            INSERT INTO row_seals (tbl, key, hash, cols) VALUES (?, ?, ?, ?)
            ON CONFLICT (tbl, key) DO UPDATE SET hash = excluded.hash, cols = excluded.cols
            """)
        let dropSeal = try db.cachedStatement("DELETE FROM row_seals WHERE tbl = ? AND key = ?")
        for table in tables.sorted(by: { $0.rawValue < $1.rawValue }) {
            let names = try store.sealColumns(table)
            let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
            let readBefore = try db.cachedStatement("SELECT \(list) FROM temp.seal_before_\(table.rawValue) WHERE _key = ? LIMIT 1")
            var state = try sealedDigests[table] ?? store.chainDigest(table, db: db)
            // Each queued key with its seal and the row as it is now, in one statement: a lookup
            // of each apart (seal, then row) was two statements a row, most of an import's sealing.
            // Collected first, written after, so no write runs under the open read.
            var changes: [(key: String, old: String?, now: RowDigest?)] = []
            let queued = try db.cachedStatement(Self.queuedRowsSQL(table, names: names))
            defer { queued.reset() }
            try queued.bind([table.rawValue])
            while try queued.step() {
                guard let key = queued.string(0) else { continue }
                let now = queued.int64(2) != 0
                    ? RowDigest(table: table, key: key, statement: queued, first: 3, names: names) : nil
                changes.append((key, queued.string(1), now))
            }
            queued.reset()
            for change in changes {
                if let old = change.old {
                    readBefore.reset()
                    try readBefore.bind([change.key])
                    if try readBefore.step(),
                       RowDigest(table: table, key: change.key, statement: readBefore, first: 0, names: names).hash != old {
                        alteredOutside.append(.object(["table": .string(table.rawValue), "key": .string(change.key)]))
                    }
                    readBefore.reset()
                    state.sum.subtract(Digest256(hex: old) ?? .zero)
                    state.rows -= 1
                }
                if let digest = change.now {
                    writeSeal.reset()
                    try writeSeal.bind([table.rawValue, change.key, digest.hash, digest.columns])
                    _ = try writeSeal.step()
                    writeSeal.reset()
                    state.sum.add(Digest256(bytes: digest.raw))
                    state.rows += 1
                } else if change.old != nil {
                    dropSeal.reset()
                    try dropSeal.bind([table.rawValue, change.key])
                    _ = try dropSeal.step()
                    dropSeal.reset()
                }
            }
            sealedDigests[table] = state
        }
        var digests: [String: JSONValue] = [:]
        for (table, state) in sealedDigests {
            digests[table.rawValue] = .object(["rows": .int(state.rows), "sum": .string(state.sum.hex)])
        }
        addDetail("seals", .object(digests))
        if !alteredOutside.isEmpty { addDetail("altered_outside", .array(alteredOutside)) }
        try beginSealing()
    }

    /// After the audit entry is written: caches each digest with the entry that recorded it.
    func finishSealing() throws {
        guard !sealedDigests.isEmpty,
              let head = try db.query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").first else { return }
        for (table, state) in sealedDigests {
            try db.run("""
                INSERT INTO seal_digests (tbl, rows, sum, seq, entry_hash) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (tbl) DO UPDATE SET rows = excluded.rows, sum = excluded.sum, seq = excluded.seq,
                    entry_hash = excluded.entry_hash
                """, [table.rawValue, state.rows, state.sum.hex, head.int64("seq"), head.string("hash")])
            // This entry records exactly this digest: the next write need not parse it back.
            if let seq = head.int64("seq"), let hash = head.string("hash") {
                store.chainDigestCache[table] = (hash, SealState.Digest(rows: state.rows, sum: state.sum, seq: seq))
            }
        }
        sealedDigests = [:]
    }
}

extension WriteContext {
    /// Runs a bulk write with the INSERT triggers of `tables` dropped: the body queues every row it
    /// inserts into them itself (`INSERT INTO temp.seal_queue`). A trigger makes each INSERT a
    /// multi-row statement, which SQLite backs with a statement journal (a copy of every page the
    /// statement touches); without it, a one-row INSERT needs none. UPDATE and DELETE triggers stay.
    /// The triggers are TEMP, so dropping them is part of this transaction: a rollback restores them.
    func queueingInsertsByHand<T>(_ tables: [SealedTable], _ body: () throws -> T) throws -> T {
        for table in tables { try db.execute("DROP TRIGGER IF EXISTS temp.seal_\(table.rawValue)_insert") }
        let result = try body()
        try store.installSealing()
        return result
    }
}
