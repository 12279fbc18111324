import JuryCore

/// What a judge reads while scoring, always for the acting judge alone: their queue of finalists with
/// their own status, their own sheet with comments and the chair's reason for reopening it, and
/// whether they are conflicted. No query here returns another judge's scores, drafts or comments.
public struct JudgingRepository {
    let store: Store

    /// The finalists with the acting judge's own status, by id. Refused for anyone who does not score.
    public func queue(judge: String) throws -> [JudgeQueueRow] {
        try store.read { db in
            guard let account = try ActingUser.require(.score, actor: judge, db: db) else { return [] }
            let sameCity = try store.contestDefinition(db: db).rubric.conflictsRequireSameCity
            let lifted = try Self.liftedEntrants(judge: judge, db: db)
            let rows = try db.query("""
                SELECT e.id, e.name, e.employer, e.union_name, e.city, s.status,
                       (SELECT SUM(i.tenths) FROM score_items i WHERE i.sheet_id = s.id) AS total,
                       c.kind, c.note
                FROM entrants e
                LEFT JOIN score_sheets s ON s.entrant_id = e.id AND s.judge = ?1
                LEFT JOIN conflicts c ON c.entrant_id = e.id AND c.judge = ?1
                WHERE e.review_stage = 'finalist' ORDER BY e.id
                """, [judge])
            return rows.compactMap { row -> JudgeQueueRow? in
                guard let id = row.string("id") else { return nil }
                let employer = row.string("employer") ?? "", union = row.string("union_name") ?? "", city = row.string("city") ?? ""
                var conflict: JudgeConflict?
                if let kind = row.string("kind") {
                    conflict = .declared(kind: ConflictRepository.Kind(rawValue: kind) ?? .other, note: row.string("note") ?? "")
                } else if !lifted.contains(id), AutomaticConflict.applies(judgeUnit: account.unit, judgeCity: account.city,
                                                                         employer: employer, union: union, city: city,
                                                                         requireSameCity: sameCity) {
                    conflict = .automatic(unit: account.unit)
                }
                let status: JudgeQueueRow.Status
                if conflict != nil {
                    status = .conflict
                } else {
                    switch row.string("status") {
                    case "submitted": status = .submitted
                    case "draft": status = .draft
                    default: status = .notStarted
                    }
                }
                return JudgeQueueRow(id: id, name: row.string("name") ?? "", employer: employer, union: union, city: city,
                                     status: status, totalTenths: row.string("status") == nil ? nil : (row.int("total") ?? 0),
                                     conflict: conflict)
            }
        }
    }

    /// The acting judge's own sheet for a finalist (empty when not started). Refused for anyone who does not score.
    public func sheet(judge: String, entrantId: String) throws -> JudgeSheet {
        try store.read { db in
            try ActingUser.require(.score, actor: judge, db: db)
            var out = JudgeSheet(entrantId: entrantId, conflict: try Self.conflict(
                judge: judge, entrantId: entrantId, sameCity: store.contestDefinition(db: db).rubric.conflictsRequireSameCity, db: db))
            guard let sheet = try ScoreRepository.sheets(where: "s.judge = ? AND s.entrant_id = ?", [judge, entrantId], db: db).first else {
                return out
            }
            out.status = sheet.status
            out.updatedAt = sheet.updatedAt
            out.tenths = sheet.tenths
            for row in try db.query("SELECT dimension, comment FROM score_comments WHERE sheet_id = ?", [sheet.id]) {
                if let d = row.string("dimension") { out.comments[d] = row.string("comment") ?? "" }
            }
            if let last = try db.query("SELECT reason, reopened_by FROM sheet_reopenings WHERE sheet_id = ? ORDER BY id DESC LIMIT 1",
                                       [sheet.id]).first {
                out.reopenReason = last.string("reason")
                out.reopenedBy = last.string("reopened_by")
            }
            return out
        }
    }

    /// Why `judge` may not score `entrantId`, or nil: a declared conflict, else the automatic rule unless the chair lifted it.
    static func conflict(judge: String, entrantId: String, sameCity: Bool, db: Database) throws -> JudgeConflict? {
        if let row = try db.query("SELECT kind, note FROM conflicts WHERE judge = ? AND entrant_id = ?", [judge, entrantId]).first {
            return .declared(kind: ConflictRepository.Kind(rawValue: row.string("kind") ?? "") ?? .other, note: row.string("note") ?? "")
        }
        guard try db.scalar("SELECT 1 FROM conflict_lifts WHERE judge = ? AND entrant_id = ?", [judge, entrantId]) == nil,
              let user = try db.query("SELECT unit, city FROM users WHERE name = ?", [judge]).first,
              let entrant = try db.query("SELECT employer, union_name, city FROM entrants WHERE id = ?", [entrantId]).first else {
            return nil
        }
        let unit = user.string("unit") ?? ""
        return AutomaticConflict.applies(judgeUnit: unit, judgeCity: user.string("city") ?? "",
                                         employer: entrant.string("employer") ?? "", union: entrant.string("union_name") ?? "",
                                         city: entrant.string("city") ?? "", requireSameCity: sameCity) ? .automatic(unit: unit) : nil
    }

    static func liftedEntrants(judge: String, db: Database) throws -> Set<String> {
        Set(try db.query("SELECT entrant_id FROM conflict_lifts WHERE judge = ?", [judge]).compactMap { $0.string("entrant_id") })
    }

    /// Every conflicted (judge, entrant) pair among finalists — declared, or automatic and not lifted —
    /// so aggregates leave those sheets out.
    static func conflictedPairs(db: Database, definition: ContestDefinition) throws -> Set<JudgeEntrant> {
        var out = Set<JudgeEntrant>()
        for row in try db.query("SELECT judge, entrant_id FROM conflicts") {
            if let j = row.string("judge"), let e = row.string("entrant_id") { out.insert(JudgeEntrant(judgeId: j, entrantId: e)) }
        }
        var lifted = Set<JudgeEntrant>()
        for row in try db.query("SELECT judge, entrant_id FROM conflict_lifts") {
            if let j = row.string("judge"), let e = row.string("entrant_id") { lifted.insert(JudgeEntrant(judgeId: j, entrantId: e)) }
        }
        // Only pairs that have a sheet matter to an aggregate, so the rule is applied to those alone.
        let rows = try db.query("""
            SELECT s.judge, s.entrant_id, u.unit, u.city AS judge_city, e.employer, e.union_name, e.city
            FROM score_sheets s JOIN users u ON u.name = s.judge JOIN entrants e ON e.id = s.entrant_id
            """)
        for row in rows {
            guard let j = row.string("judge"), let e = row.string("entrant_id") else { continue }
            let pair = JudgeEntrant(judgeId: j, entrantId: e)
            if lifted.contains(pair) { continue }
            if AutomaticConflict.applies(judgeUnit: row.string("unit") ?? "", judgeCity: row.string("judge_city") ?? "",
                                         employer: row.string("employer") ?? "", union: row.string("union_name") ?? "",
                                         city: row.string("city") ?? "", requireSameCity: definition.rubric.conflictsRequireSameCity) {
                out.insert(pair)
            }
        }
        return out
    }
}

extension Store {
    /// A judge's own queue, sheet and conflicts.
    public var judging: JudgingRepository { JudgingRepository(store: self) }
}
