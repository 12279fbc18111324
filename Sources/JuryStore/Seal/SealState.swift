/// What the audit chain says about the sealed tables: each table's latest digest (row count and
/// sum of seals) and the rows a write found altered outside JuryDesk before it sealed them.
struct SealState {
    struct Digest: Equatable {
        var rows: Int64
        var sum: Digest256
        var seq: Int64
    }

    var digests: [String: Digest] = [:]
    var alteredBeforeSealing: [(table: String, key: String, seq: Int64)] = []

    /// Takes in one entry's detail (entries in chain order).
    mutating func record(seq: Int64, detail: JSONValue) {
        if case .object(let tables)? = detail["seals"] {
            for (table, value) in tables {
                guard let rows = value["rows"]?.intValue, let sum = value["sum"]?.stringValue.flatMap(Digest256.init(hex:)) else { continue }
                digests[table] = Digest(rows: rows, sum: sum, seq: seq)
            }
        }
        for item in detail["altered_outside"]?.arrayValue ?? [] {
            guard let table = item["table"]?.stringValue, let key = item["key"]?.stringValue else { continue }
            alteredBeforeSealing.append((table, key, seq))
        }
    }

    /// The text that finds an entry recording `table`'s digest (keys are escaped in canonical
    /// JSON, so stored values cannot fake it).
    static func needle(_ table: SealedTable) -> String { "\"\(table.rawValue)\":{\"rows\":" }
}
