import JuryCore

/// Judges' score sheets and their items (tenths of a point), each row sealed for `verify`. The store
/// checks every sheet against the stored rubric, the phase and the judge's conflicts of interest.
public struct ScoreRepository {
    let store: Store

    /// Saves a judge's scores for a finalist as a draft, or submits them (the judge is the actor).
    /// Scores merge into what the sheet already holds; a submitted sheet is final until the chair
    /// reopens it. Refused: unknown criteria, a score over the criterion's maximum or off its step,
    /// a missing score on submit, scoring outside the jury-scoring phase, a non-finalist, a conflict.
    public func save(judge: String, entrantId: String, tenths: [String: Int], submit: Bool = false) throws {
        try store.write(actor: judge, action: submit ? "score.submit" : "score.save", subject: entrantId) { ctx in
            try Self.save(entrantId: entrantId, tenths: tenths, submit: submit, in: ctx)
        }
    }

    /// Saves the acting judge's sheet inside a caller's write.
    public static func save(entrantId: String, tenths: [String: Int], submit: Bool, in ctx: WriteContext) throws {
        let attempt = Permission.score.label
        func refuse(_ zh: String, _ en: String) -> StoreError { .refused(attempt: attempt, zh: zh, en: en) }
        try ctx.require(.score)
        try ctx.requirePhase(.juryScoring, attempt: .score)
        try ctx.requireResultsUnlocked(attempt: attempt)
        let judge = ctx.actor
        guard let stage = try ctx.db.scalar("SELECT review_stage FROM entrants WHERE id = ?", [entrantId])?.string else {
            throw StoreError.notFound(path: ctx.db.path, what: "entrant", key: entrantId)
        }
        guard stage == ReviewStage.finalist.rawValue else {
            throw refuse("\(entrantId) 尚未入围（须通过第二轮审核），不能评分。", "\(entrantId) is not a finalist (it needs a round-two pass).")
        }
        if try ctx.db.scalar("SELECT 1 FROM conflicts WHERE judge = ? AND entrant_id = ?", [judge, entrantId]) != nil {
            throw refuse("你已登记与 \(entrantId) 存在利益冲突，不能为其评分。", "you declared a conflict of interest with \(entrantId).")
        }
        let existing = try ctx.db.query("SELECT id, status FROM score_sheets WHERE judge = ? AND entrant_id = ?", [judge, entrantId]).first
        if existing?.string("status") == "submitted" {
            throw refuse("对 \(entrantId) 的评分表已提交；如需修改，请评审主任重新开放。",
                         "the sheet for \(entrantId) is already submitted; ask the chair to reopen it.")
        }
        var merged: [String: Tenths] = [:]
        if let id = existing?.int64("id") {
            for row in try ctx.db.query("SELECT criterion, tenths FROM score_items WHERE sheet_id = ?", [id]) {
                if let c = row.string("criterion"), let v = row.int("tenths") { merged[c] = Tenths(v) }
            }
        }
        for (c, v) in tenths { merged[c] = Tenths(v) }
        let sheet = ScoreSheet(judgeId: judge, entrantId: entrantId, scores: merged, status: submit ? .submitted : .draft)
        if let problem = sheet.problems(against: try ctx.definition().rubric).first {
            throw refuse(problem.message(language: .zhHans), problem.message(language: .en))
        }
        let sheetId = try ctx.upsertSealed(.scoreSheets, key: ["judge": judge, "entrant_id": entrantId],
                                           values: ["status": submit ? "submitted" : "draft", "updated_at": ctx.nowText])
        for (criterion, value) in tenths.sorted(by: { $0.key < $1.key }) {
            let old = try ctx.db.scalar("SELECT tenths FROM score_items WHERE sheet_id = ? AND criterion = ?", [sheetId, criterion])?.int64
            if old == Int64(value) { continue }
            try ctx.upsertSealed(.scoreItems, key: ["sheet_id": sheetId, "criterion": criterion],
                                 values: ["tenths": value, "updated_at": ctx.nowText])
        }
    }

    /// Lets a judge change a submitted sheet again (the chair only).
    public func reopen(judge: String, entrantId: String, actor: String) throws {
        try store.write(actor: actor, action: "score.reopen", subject: entrantId, detail: .object(["judge": .string(judge)])) { ctx in
            try ctx.require(.reopenSheets)
            try ctx.requireResultsUnlocked(attempt: Permission.reopenSheets.label)
            guard let id = try ctx.db.scalar("SELECT id FROM score_sheets WHERE judge = ? AND entrant_id = ?",
                                             [judge, entrantId])?.int64 else {
                throw StoreError.notFound(path: store.path, what: "score sheet", key: "\(judge)/\(entrantId)")
            }
            try ctx.db.run("UPDATE score_sheets SET status = 'draft', updated_at = ? WHERE id = ?", [ctx.nowText, id])
            try ctx.seal(.scoreSheets, id: id)
        }
    }

    /// One judge's own sheet for a finalist.
    public func sheet(judge: String, entrantId: String) throws -> ScoreSheetRecord? {
        try store.read { db in try Self.sheets(where: "s.judge = ? AND s.entrant_id = ?", [judge, entrantId], db: db).first }
    }

    /// The sheets for a finalist that `reader` may see: every sheet for the chair and administrators
    /// (and the command line), only their own for a judge. Unknown or inactive readers are refused.
    public func sheets(entrantId: String, reader: String) throws -> [ScoreSheetRecord] {
        try store.read { db in
            let all = try Self.sheets(where: "s.entrant_id = ?", [entrantId], db: db)
            return try Self.mayReadAll(reader, db: db) ? all : all.filter { $0.judge == reader }
        }
    }

    /// Every submitted sheet, for ranking and export.
    public func submittedSheets() throws -> [ScoreSheetRecord] {
        try store.read { db in try Self.sheets(where: "s.status = 'submitted'", [], db: db) }
    }

    static func mayReadAll(_ reader: String, db: Database) throws -> Bool {
        do {
            try ActingUser.require(.readAllSheets, actor: reader, db: db)
            return true
        } catch StoreError.notPermitted(_, .some(.judge), _, _) {
            return false
        }
    }

    static func sheets(where condition: String, _ args: [SQLBindable?], db: Database) throws -> [ScoreSheetRecord] {
        let rows = try db.query("""
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
