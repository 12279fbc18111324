import Foundation

/// Round-one and round-two decisions, the finalist list, and the stage shown in the browser.
public struct ReviewRepository {
    let store: Store

    /// Records a decision (sealed for `verify`), moves the entrant's stage, and releases the claim.
    @discardableResult
    public func record(round: Int, entrantId: String, reviewer: String, outcome: ReviewVerdict,
                       waivers: [String] = [], reasons: [String] = [], note: String = "") throws -> Int64 {
        guard round == 1 || round == 2 else { throw StoreError.invalidArgument(field: "round", zh: "轮次只能是 1 或 2（收到 \(round)）", en: "must be 1 or 2, got \(round)") }
        return try store.write(actor: reviewer, action: "review.decide", subject: entrantId,
                               detail: .object(["round": .int(Int64(round)), "outcome": .string(outcome.rawValue)])) { ctx in
            try ctx.db.run("""
                INSERT INTO review_decisions (round, entrant_id, reviewer, outcome, waivers, reasons, note, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [round, entrantId, reviewer, outcome.rawValue,
                      JSONValue.array(waivers.map(JSONValue.string)).canonicalText,
                      JSONValue.array(reasons.map(JSONValue.string)).canonicalText, note, ctx.nowText])
            let id = ctx.db.lastInsertRowID
            try ctx.seal(.reviewDecisions, id: id)
            try ctx.db.run("UPDATE entrants SET review_stage = ?, updated_at = ? WHERE id = ?",
                           [ReviewStage.after(round: round, outcome: outcome).rawValue, ctx.nowText, entrantId])
            try ctx.db.run("DELETE FROM claims WHERE entrant_id = ? AND round = ?", [entrantId, round])
            return id
        }
    }

    /// The decision that counts for an entrant in a round.
    public func latest(entrantId: String, round: Int) throws -> ReviewDecision? {
        try store.database.query("""
            SELECT * FROM review_decisions WHERE entrant_id = ? AND round = ? ORDER BY id DESC LIMIT 1
            """, [entrantId, round]).first.flatMap(ReviewDecision.init(row:))
    }

    /// Every decision for an entrant, oldest first (the history pane).
    public func history(entrantId: String) throws -> [ReviewDecision] {
        try store.database.query("SELECT * FROM review_decisions WHERE entrant_id = ? ORDER BY id", [entrantId])
            .compactMap(ReviewDecision.init(row:))
    }

    /// Marks the entrants the chair sends to the judges.
    public func markFinalists(_ entrantIds: [String], actor: String) throws {
        try store.write(actor: actor, action: "review.finalists", subject: "\(entrantIds.count)",
                        detail: .object(["entrants": .array(entrantIds.map(JSONValue.string))])) { ctx in
            for id in entrantIds {
                try ctx.db.run("UPDATE entrants SET review_stage = 'finalist', updated_at = ? WHERE id = ?", [ctx.nowText, id])
            }
        }
    }
}

extension Store {
    /// Review decisions.
    public var reviews: ReviewRepository { ReviewRepository(store: self) }
}
