/// Rows a bulk write queued for sealing by hand (see `WriteContext.queueingInsertsByHand`), kept
/// in memory and put into the TEMP queue in one statement a table just before the seals are
/// taken: an INSERT per row was a third of an import's statements.
final class SealQueue {
    private var keys: [SealedTable: [String]] = [:]

    func add(_ table: SealedTable, key: String) {
        keys[table, default: []].append(key)
    }

    /// Moves every key into `temp.seal_queue` (a row queued twice, by hand and by a trigger, is
    /// read DISTINCT there).
    func flush(into db: Database) throws {
        for (table, list) in keys where !list.isEmpty {
            try db.run("INSERT INTO temp.seal_queue (tbl, key) SELECT ?1, value FROM json_each(?2)",
                       [table.rawValue, JSONValue.array(list.map(JSONValue.string)).canonicalText])
        }
        keys = [:]
    }
}
