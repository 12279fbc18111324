import Foundation

extension Store {
    /// Checks every sealed table against `row_seals` and the chain: each row's seal (naming the
    /// table, the row's key and the first changed column), rows without a seal (inserted outside
    /// JuryDesk), seals without a row (deleted outside), and the table's digest against the one the
    /// chain last recorded (which catches seals rewritten to match an edit). Returns the problems
    /// and the number of rows checked.
    func verifySealedTables(_ db: Database, state: SealState) throws -> (problems: [VerifyProblem], rows: Int) {
        var problems: [VerifyProblem] = []
        var checked = 0
        for item in state.alteredBeforeSealing {
            problems.append(.sealedBeforeCheck(table: item.table, key: item.key, seq: item.seq))
        }
        for table in SealedTable.allCases {
            let names = try sealColumns(table)
            let list = names.map { "t.\"\($0)\"" }.joined(separator: ", ")
            let join = try db.prepare("""
                SELECT \(joinKey(table)), s.hash, s.cols, \(list)
                FROM main.\(table.rawValue) AS t LEFT JOIN row_seals AS s ON s.tbl = '\(table.rawValue)' AND s.key = \(joinKey(table))
                """)
            var sum = Digest256.zero
            var rows: Int64 = 0
            while try join.step() {
                checked += 1
                let key = join.string(0) ?? ""
                let digest = RowDigest(table: table, key: key, statement: join, first: 3, names: names, checksums: false)
                guard let sealed = join.string(1) else {
                    problems.append(.sealedRowUnaudited(table: table.rawValue, key: key))
                    continue
                }
                rows += 1
                let hash = digest.hash
                if hash == sealed {
                    sum.add(Digest256(bytes: digest.raw))
                } else {
                    sum.add(Digest256(hex: sealed) ?? .zero)
                    let digest = RowDigest(table: table, key: key, statement: join, first: 3, names: names)
                    let column = digest.firstChangedColumn(sealed: join.string(2) ?? "", names: names) ?? "row_seals.hash"
                    let index = names.firstIndex(of: column).map { Int32($0) + 3 }
                    let found = index.map { join.value($0).json.canonicalText } ?? sealed
                    problems.append(.sealedRowAltered(table: table.rawValue, key: key, column: column, found: found))
                }
            }
            // Each row matches at most one seal, so when the table has as many seals as rows that
            // found one, no seal lacks its row: the per-seal lookup runs only when they differ.
            let seals = try db.scalar("SELECT count(*) FROM row_seals WHERE tbl = ?", [table.rawValue])?.int64 ?? 0
            for row in seals == rows ? [] : try db.query("""
                SELECT s.key, s.hash FROM row_seals AS s WHERE s.tbl = ?
                AND NOT EXISTS (SELECT 1 FROM main.\(table.rawValue) AS t WHERE \(table.keyCondition(row: "t", key: "s.key")))
                """, [table.rawValue]) {
                let key = row.string("key") ?? ""
                problems.append(.sealedRowMissing(table: table.rawValue, key: key))
                rows += 1
                sum.add(Digest256(hex: row.string("hash") ?? "") ?? .zero)
            }
            let recorded = state.digests[table.rawValue] ?? SealState.Digest(rows: 0, sum: .zero, seq: 0)
            if recorded.rows != rows || recorded.sum != sum {
                problems.append(.sealDigestMismatch(table: table.rawValue, seq: recorded.seq, auditedRows: recorded.rows, sealedRows: rows))
            }
        }
        return (problems, checked)
    }

    /// The key of `t` in the form `row_seals.key` holds, for the join.
    private func joinKey(_ table: SealedTable) -> String {
        switch table {
        case .entrants: "t.id"
        case .settings: "t.key"
        case .claims: "t.entrant_id || '/' || t.round"
        default: "CAST(t.id AS TEXT)"
        }
    }
}
