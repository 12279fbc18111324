/// Judges' score sheets and their items (tenths of a point), each row sealed for `verify`.
public struct ScoreRepository {
    let store: Store

    /// Saves a judge's scores for a finalist as a draft, or submits them. A submitted sheet is
    /// final until the chair reopens it.
    public func save(judge: String, entrantId: String, tenths: [String: Int], submit: Bool = false) throws {
        for (criterion, value) in tenths where !(0...1000).contains(value) {
            throw StoreError.invalidArgument(field: criterion, zh: "分数 \(value)（以 0.1 分计）超出 0…1000", en: "score \(value) tenths is outside 0…1000")
        }
        try store.write(actor: judge, action: submit ? "score.submit" : "score.save", subject: entrantId) { ctx in
            let existing = try ctx.db.query("SELECT id, status FROM score_sheets WHERE judge = ? AND entrant_id = ?",
                                            [judge, entrantId]).first
            if existing?.string("status") == "submitted" {
                throw StoreError.invalidArgument(field: "score sheet",
                                                 zh: "\(judge) 已提交对 \(entrantId) 的评分表；如需修改，请评审主任重新开放",
                                                 en: "\(judge) already submitted the sheet for \(entrantId); ask the chair to reopen it")
            }
            let status = submit ? "submitted" : "draft"
            let sheetId: Int64
            if let id = existing?.int64("id") {
                sheetId = id
                try ctx.db.run("UPDATE score_sheets SET status = ?, updated_at = ? WHERE id = ?", [status, ctx.nowText, id])
            } else {
                try ctx.db.run("INSERT INTO score_sheets (judge, entrant_id, status, updated_at) VALUES (?, ?, ?, ?)",
                               [judge, entrantId, status, ctx.nowText])
                sheetId = ctx.db.lastInsertRowID
            }
            try ctx.seal(.scoreSheets, id: sheetId)
            for (criterion, value) in tenths.sorted(by: { $0.key < $1.key }) {
                let item = try ctx.db.query("SELECT id, tenths FROM score_items WHERE sheet_id = ? AND criterion = ?",
                                            [sheetId, criterion]).first
                if let itemId = item?.int64("id") {
                    if item?.int("tenths") == value { continue }
                    try ctx.db.run("UPDATE score_items SET tenths = ?, updated_at = ? WHERE id = ?", [value, ctx.nowText, itemId])
                    try ctx.seal(.scoreItems, id: itemId)
                } else {
                    try ctx.db.run("INSERT INTO score_items (sheet_id, criterion, tenths, updated_at) VALUES (?, ?, ?, ?)",
                                   [sheetId, criterion, value, ctx.nowText])
                    try ctx.seal(.scoreItems, id: ctx.db.lastInsertRowID)
                }
            }
        }
    }

    /// Lets a judge change a submitted sheet again (chair only; the UI checks the role).
    public func reopen(judge: String, entrantId: String, actor: String) throws {
        try store.write(actor: actor, action: "score.reopen", subject: entrantId, detail: .object(["judge": .string(judge)])) { ctx in
            guard let id = try ctx.db.scalar("SELECT id FROM score_sheets WHERE judge = ? AND entrant_id = ?",
                                             [judge, entrantId])?.int64 else {
                throw StoreError.notFound(path: store.path, what: "score sheet", key: "\(judge)/\(entrantId)")
            }
            try ctx.db.run("UPDATE score_sheets SET status = 'draft', updated_at = ? WHERE id = ?", [ctx.nowText, id])
            try ctx.seal(.scoreSheets, id: id)
        }
    }

    public func sheet(judge: String, entrantId: String) throws -> ScoreSheetRecord? {
        try sheets(where: "s.judge = ? AND s.entrant_id = ?", [judge, entrantId]).first
    }

    /// Every sheet for a finalist (the chair's ranking reads the submitted ones).
    public func sheets(entrantId: String) throws -> [ScoreSheetRecord] {
        try sheets(where: "s.entrant_id = ?", [entrantId])
    }

    /// Every submitted sheet, for ranking and export.
    public func submittedSheets() throws -> [ScoreSheetRecord] {
        try sheets(where: "s.status = 'submitted'", [])
    }

    private func sheets(where condition: String, _ args: [SQLBindable?]) throws -> [ScoreSheetRecord] {
        let rows = try store.database.query("""
            SELECT s.id, s.judge, s.entrant_id, s.status, s.updated_at, i.criterion, i.tenths
            FROM score_sheets s LEFT JOIN score_items i ON i.sheet_id = s.id
            WHERE \(condition) ORDER BY s.id, i.criterion
            """, args)
        var out: [ScoreSheetRecord] = []
        for row in rows {
            guard let id = row.int64("id") else { continue }
            if out.last?.id != id {
                out.append(ScoreSheetRecord(id: id, judge: row.string("judge") ?? "", entrantId: row.string("entrant_id") ?? "",
                                            status: ScoreSheetRecord.Status(rawValue: row.string("status") ?? "") ?? .draft,
                                            updatedAt: row.string("updated_at") ?? "", tenths: [:]))
            }
            if let c = row.string("criterion"), let v = row.int("tenths") { out[out.count - 1].tenths[c] = v }
        }
        return out
    }
}

extension Store {
    /// Score sheets.
    public var scores: ScoreRepository { ScoreRepository(store: self) }
}
