extension Store {
    /// Checks the file: SQLite's integrity check, every link of the audit chain, every audited
    /// row against the values its last audited write recorded, and each head written down earlier
    /// (`anchors`) against the log as it is now.
    public func verify(anchors: [ChainHead] = []) throws -> VerifyReport {
        // The structure check runs beside the rehashing below, on the other core.
        let integrity = IntegrityCheck(path: path)
        return try read { db in
            var problems: [VerifyProblem] = []
            let entries = try audit.entries()
            var prev = AuditEntry.genesisHash
            var seals = SealState()
            // (table, id) -> the row as last audited; nil content means audited as deleted.
            var audited: [String: [Int64: (hash: String, row: [String: JSONValue])?]] = [:]
            for entry in entries {
                if entry.prevHash != prev {
                    problems.append(.brokenLink(seq: entry.seq, field: "prev_hash", expected: prev, found: entry.prevHash))
                }
                let recomputed = entry.recomputedHash
                if recomputed != entry.hash {
                    problems.append(.brokenLink(seq: entry.seq, field: "hash", expected: recomputed, found: entry.hash))
                }
                prev = entry.hash
                guard let detail = JSONValue.parse(entry.detail) else {
                    problems.append(.unreadableDetail(seq: entry.seq))
                    continue
                }
                seals.record(seq: entry.seq, detail: detail)
                for sealed in detail["rows"]?.arrayValue ?? [] {
                    guard let table = sealed["table"]?.stringValue, let id = sealed["id"]?.intValue else { continue }
                    if let hash = sealed["hash"]?.stringValue, case .object(let row)? = sealed["row"] {
                        audited[table, default: [:]][id] = (hash, row)
                    } else {
                        audited[table, default: [:]][id] = .some(nil)
                    }
                }
            }
            var checked = 0
            for table in AuditedTable.allCases {
                var expected = audited[table.rawValue] ?? [:]
                for row in try db.query("SELECT * FROM \(table.rawValue) ORDER BY id") {
                    checked += 1
                    let id = row.int64("id") ?? 0
                    let seal = RowSeal(table: table, row: row)
                    let record = expected.removeValue(forKey: id)
                    guard let record, let audit = record else {
                        problems.append(.rowUnaudited(table: table.rawValue, id: id))
                        continue
                    }
                    if seal.hash == audit.hash && row.string("row_hash") == audit.hash { continue }
                    problems.append(firstDifference(table: table, id: id, audited: audit.row, current: seal.content,
                                                    storedHash: row.string("row_hash") ?? "", auditedHash: audit.hash))
                }
                for (id, record) in expected.sorted(by: { $0.key < $1.key }) where record != nil {
                    problems.append(.rowMissing(table: table.rawValue, id: id))
                }
            }
            problems += try SheetScores.outOfStep(db: db)
            let sealed = try verifySealedTables(db, state: seals)
            problems += sealed.problems
            checked += sealed.rows
            problems = try integrity.result().filter { $0 != "ok" }.map(VerifyProblem.integrity) + problems
            problems += Self.check(anchors: anchors, entries: entries, problems: problems)
            let head = entries.last.map { ChainHead(seq: $0.seq, hash: $0.hash) }
            return VerifyReport(auditEntries: entries.count, rowsChecked: checked, problems: problems, head: head)
        }
    }

    /// An anchor holds when the log still has its entry with its hash and no link up to it is broken.
    static func check(anchors: [ChainHead], entries: [AuditEntry], problems: [VerifyProblem]) -> [VerifyProblem] {
        let firstBreak = problems.compactMap { problem -> Int64? in
            if case .brokenLink(let seq, _, _, _) = problem { return seq }
            return nil
        }.min()
        var found: [VerifyProblem] = []
        for anchor in anchors {
            guard let entry = entries.first(where: { $0.seq == anchor.seq }) else {
                found.append(.anchorMismatch(anchor: anchor, found: nil))
                continue
            }
            if entry.hash != anchor.hash {
                found.append(.anchorMismatch(anchor: anchor, found: entry.hash))
            } else if let broken = firstBreak, broken <= anchor.seq {
                found.append(.anchorUnverified(anchor: anchor, brokenAt: broken))
            }
        }
        return found
    }

    private func firstDifference(table: AuditedTable, id: Int64, audited: [String: JSONValue],
                                 current: [String: JSONValue], storedHash: String, auditedHash: String) -> VerifyProblem {
        for column in Set(audited.keys).union(current.keys).sorted() where audited[column] != current[column] {
            return .rowAltered(table: table.rawValue, id: id, column: column,
                               expected: audited[column]?.canonicalText ?? "(none)",
                               found: current[column]?.canonicalText ?? "(none)")
        }
        // Values match the audit but the stored seal was rewritten.
        return .rowAltered(table: table.rawValue, id: id, column: "row_hash", expected: auditedHash, found: storedHash)
    }
}
