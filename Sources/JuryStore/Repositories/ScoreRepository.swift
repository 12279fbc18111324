import JuryCore

/// Judges' score sheets and their items (tenths of a point), each row sealed for `verify`. The store
/// checks every sheet against the stored rubric, the phase and the judge's conflicts of interest.
public struct ScoreRepository {
    let store: Store

    /// Saves a judge's scores for a finalist as a draft, or submits them (the judge is the actor).
    /// Scores merge into what the sheet already holds; `cleared` criteria are emptied again, and
    /// `comments` (dimension id → text) replace the judge's comment per dimension. A submitted sheet
    /// is final until the chair reopens it. Refused: unknown criteria or dimensions, a score over the
    /// criterion's maximum or off its step, a missing score on submit, scoring outside the
    /// jury-scoring phase or after the results are locked, a non-finalist, a conflict (declared or automatic).
    public func save(judge: String, entrantId: String, tenths: [String: Int], comments: [String: String] = [:],
                     cleared: Set<String> = [], submit: Bool = false) throws {
        try store.write(actor: judge, action: submit ? "score.submit" : "score.save", subject: entrantId) { ctx in
            try ctx.require(.score)
            try Self.write(judge: judge, entrantId: entrantId, tenths: tenths, comments: comments, cleared: cleared,
                           submit: submit, in: ctx)
        }
    }

    /// Saves the acting judge's sheet inside a caller's write.
    public static func save(entrantId: String, tenths: [String: Int], submit: Bool, in ctx: WriteContext) throws {
        try ctx.require(.score)
        try write(judge: ctx.actor, entrantId: entrantId, tenths: tenths, comments: [:], cleared: [], submit: submit, in: ctx)
    }

    /// Every rule of a sheet write but who may make it (the caller checked: the judge, or a chair entering a paper ballot).
    static func write(judge: String, entrantId: String, tenths: [String: Int], comments: [String: String], cleared: Set<String>,
                      submit: Bool, in ctx: WriteContext) throws {
        let attempt = Permission.score.label
        func refuse(_ zh: String, _ en: String) -> StoreError { .refused(attempt: attempt, zh: zh, en: en) }
        try ctx.requirePhase(.juryScoring, attempt: .score)
        try ctx.requireResultsUnlocked(attempt: attempt)
        guard let stage = try ctx.db.scalar("SELECT review_stage FROM entrants WHERE id = ?", [entrantId])?.string else {
            throw StoreError.notFound(path: ctx.db.path, what: "entrant", key: entrantId)
        }
        guard stage == ReviewStage.finalist.rawValue else {
            throw refuse("\(entrantId) 尚未入围（须通过第二轮审核），不能评分。", "\(entrantId) is not a finalist (it needs a round-two pass).")
        }
        let definition = try ctx.definition()
        switch try JudgingRepository.conflict(judge: judge, entrantId: entrantId, sameCity: definition.rubric.conflictsRequireSameCity,
                                              db: ctx.db) {
        case .declared?:
            throw refuse("\(judge) 已登记与 \(entrantId) 存在利益冲突（回避），不能为其评分。",
                         "\(judge) has a declared conflict of interest with \(entrantId) and cannot score it.")
        case .automatic(let unit)?:
            throw refuse("\(judge) 的单位“\(unit)”与 \(entrantId) 的工作单位或所在工会相同，须回避，不能为其评分（评审主任可解除）。",
                         "\(judge)'s unit \"\(unit)\" is \(entrantId)'s employer or union: a conflict of interest (the chair may lift it).")
        case nil: break
        }
        let existing = try ctx.db.query("SELECT id, status FROM score_sheets WHERE judge = ? AND entrant_id = ?", [judge, entrantId]).first
        if existing?.string("status") == "submitted" {
            throw refuse("对 \(entrantId) 的评分表已提交；如需修改，请评审主任重新开放。",
                         "the sheet for \(entrantId) is already submitted; ask the chair to reopen it.")
        }
        let knownDimensions = Set(definition.rubric.dimensions.map(\.id))
        for dimension in comments.keys.sorted() where !knownDimensions.contains(dimension) {
            throw refuse("评分维度 \(dimension) 不在评分表中。", "dimension \(dimension) is not in the rubric.")
        }
        // The sheet's items, read once: each criterion's row id and score, for the merge and the writes below.
        var stored: [String: (id: Int64, tenths: Int64)] = [:]
        if let id = existing?.int64("id") {
            for row in try ctx.db.query("SELECT id, criterion, tenths FROM score_items WHERE sheet_id = ?", [id]) {
                if let c = row.string("criterion"), let item = row.int64("id"), let v = row.int64("tenths") { stored[c] = (item, v) }
            }
        }
        var merged = stored.mapValues { Tenths(Int($0.tenths)) }
        for c in cleared { merged[c] = nil }
        for (c, v) in tenths { merged[c] = Tenths(v) }
        let sheet = ScoreSheet(judgeId: judge, entrantId: entrantId, scores: merged, status: submit ? .submitted : .draft)
        if let problem = sheet.problems(against: definition.rubric).first {
            throw refuse(problem.message(language: .zhHans), problem.message(language: .en))
        }
        let status = submit ? "submitted" : "draft"
        // A new sheet and new items are sealed from the values written (one statement each).
        let sheetId: Int64
        if existing != nil {
            sheetId = try ctx.upsertSealed(.scoreSheets, key: ["judge": judge, "entrant_id": entrantId],
                                           values: ["status": status, "updated_at": ctx.nowText])
        } else {
            sheetId = try ctx.insertSealed(.scoreSheets, exactly: [("judge", .text(judge)), ("entrant_id", .text(entrantId)),
                                                                   ("status", .text(status)), ("updated_at", .text(ctx.nowText))])
        }
        for criterion in cleared.sorted() where tenths[criterion] == nil {
            if let id = stored[criterion]?.id { try ctx.deleteSealed(.scoreItems, id: id) }
        }
        var added: [[(column: String, value: SQLValue)]] = []
        for (criterion, value) in tenths.sorted(by: { $0.key < $1.key }) {
            if stored[criterion]?.tenths == Int64(value) { continue }
            if stored[criterion] == nil {
                added.append([("sheet_id", .integer(sheetId)), ("criterion", .text(criterion)),
                              ("tenths", .integer(Int64(value))), ("updated_at", .text(ctx.nowText))])
                continue
            }
            try ctx.upsertSealed(.scoreItems, key: ["sheet_id": sheetId, "criterion": criterion],
                                 values: ["tenths": value, "updated_at": ctx.nowText])
        }
        // New criteria in one go, sealed from their values.
        try ctx.insertSealed(.scoreItems, exactlyRows: added)
        try SheetScores.store(sheetId: sheetId, judge: judge, entrantId: entrantId, submitted: submit,
                              tenths: merged.mapValues(\.rawValue), criteria: definition.rubric.criteria.map(\.id), db: ctx.db)
        for (dimension, text) in comments.sorted(by: { $0.key < $1.key }) {
            let old = try ctx.db.scalar("SELECT comment FROM score_comments WHERE sheet_id = ? AND dimension = ?", [sheetId, dimension])?.string
            if old == text || (old == nil && text.isEmpty) { continue }
            try ctx.upsertSealed(.scoreComments, key: ["sheet_id": sheetId, "dimension": dimension],
                                 values: ["comment": text, "updated_at": ctx.nowText])
        }
    }

    /// Lets a judge change a submitted sheet again (the chair only); the reason is stored (sealed) and
    /// shown to the judge when they open the sheet.
    public func reopen(judge: String, entrantId: String, reason: String = "", actor: String) throws {
        try store.write(actor: actor, action: "score.reopen", subject: entrantId,
                        detail: .object(["judge": .string(judge), "reason": .string(reason)])) { ctx in
            try ctx.require(.reopenSheets)
            try ctx.requireResultsUnlocked(attempt: Permission.reopenSheets.label)
            guard let id = try ctx.db.scalar("SELECT id FROM score_sheets WHERE judge = ? AND entrant_id = ?",
                                             [judge, entrantId])?.int64 else {
                throw StoreError.notFound(path: store.path, what: "score sheet", key: "\(judge)/\(entrantId)")
            }
            try ctx.db.run("UPDATE score_sheets SET status = 'draft', updated_at = ? WHERE id = ?", [ctx.nowText, id])
            try ctx.seal(.scoreSheets, id: id)
            try SheetScores.markDraft(sheetId: id, db: ctx.db)
            try ctx.insertSealed(.sheetReopenings, values: ["sheet_id": id, "reason": reason, "reopened_by": actor,
                                                            "reopened_at": ctx.nowText])
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

    /// Every submitted sheet that counts, for ranking and export: a conflicted judge's sheet (declared,
    /// or automatic and not lifted) is left out, even one submitted before the conflict was known.
    public func submittedSheets() throws -> [ScoreSheetRecord] {
        try store.read { db in
            let conflicted = try JudgingRepository.conflictedPairs(db: db, definition: store.contestDefinition(db: db))
            return try Self.sheets(where: "s.status = 'submitted'", [], db: db)
                .filter { !conflicted.contains(JudgeEntrant(judgeId: $0.judge, entrantId: $0.entrantId)) }
        }
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
