import Foundation
import JuryCore

/// Round-one and round-two decisions and the stage they lead to; the rules (`DecisionRules`, the
/// permission table, the phase) are applied inside the write.
public struct ReviewRepository {
    let store: Store

    /// Records a decision, moves the entrant's stage, releases the claim and, when `claimNext`, takes
    /// the next entrant of the same queue for the actor — one transaction with one audit entry.
    @discardableResult
    public func decide(_ draft: ReviewDecisionDraft, actor: String, claimNext: Bool = false,
                       ttl: TimeInterval = ClaimRepository.defaultTTL) throws -> DecisionResult {
        try store.write(actor: actor, action: "review.decide", subject: draft.entrantId,
                        detail: .object(["round": .int(Int64(draft.round)), "outcome": .string(draft.verdict.rawValue)])) { ctx in
            let (id, stage) = try Self.record(draft, in: ctx)
            var next: String?
            if claimNext {
                next = try ClaimRepository.claimNext(round: draft.round, reviewer: actor, ttl: ttl, in: ctx)
                ctx.addDetail("next", next.map(JSONValue.string) ?? .null)
            }
            return DecisionResult(decisionId: id, stage: stage, next: next)
        }
    }

    /// Records one decision inside a caller's write: checks the actor, the phase, the stage order and
    /// the round's checks with the waivers; stores it sealed; moves the stage; releases the claim.
    public static func record(_ draft: ReviewDecisionDraft, in ctx: WriteContext) throws -> (id: Int64, stage: ReviewStage) {
        let permission = Permission.decide(round: draft.round)
        try ctx.require(permission)
        try ctx.requirePhase(.review(round: draft.round), attempt: permission)
        try ctx.requireResultsUnlocked(attempt: permission.label)
        guard let entrant = try EntrantRows.fetch(id: draft.entrantId, db: ctx.db) else {
            throw StoreError.notFound(path: ctx.db.path, what: "entrant", key: draft.entrantId)
        }
        if let holder = try ClaimRepository.holder(entrantId: draft.entrantId, round: draft.round, db: ctx.db, now: ctx.nowText),
           holder != ctx.actor {
            throw StoreError.refused(attempt: permission.label, zh: "\(draft.entrantId) 正由 \(holder) 审核。请换一位创作者。",
                                     en: "\(holder) is reviewing \(draft.entrantId). Pick another entrant.")
        }
        let definition = try ctx.definition()
        let results = draft.round == 1
            ? RoundOneChecks.evaluate(entrant, definition: definition, asOf: ctx.now)
            : RoundTwoChecks.evaluate(entrant, definition: definition, asOf: ctx.now)
        let one = try latest(entrantId: draft.entrantId, round: 1, db: ctx.db)?.outcome
        let two = try latest(entrantId: draft.entrantId, round: 2, db: ctx.db)?.outcome
        let outcome: ReviewOutcome
        do {
            outcome = try DecisionRules.validate(round: draft.round, verdict: draft.verdict, results: results,
                                                 waivers: draft.waivers, verdicts: draft.verdicts, note: draft.note,
                                                 currentRoundOne: one, currentRoundTwo: two)
        } catch {
            throw StoreError.refused(attempt: permission.label, zh: error.message(language: .zhHans), en: error.message(language: .en))
        }
        // Keep only waivers that let a failed check through; the reasons say which checks failed or wait.
        let used = draft.waivers.filter { w in outcome.resolution(of: w.checkId).map { if case .waived = $0 { true } else { false } } ?? false }
        let reasons = draft.verdict == .needsInfo ? outcome.pendingCheckIds + outcome.failedCheckIds : outcome.failedCheckIds
        let id = try ctx.insertSealed(.reviewDecisions, values: [
            "round": draft.round, "entrant_id": draft.entrantId, "reviewer": ctx.actor, "outcome": draft.verdict.rawValue,
            "waivers": ReviewDecision.waiversJSON(used),
            "reasons": JSONValue.array(reasons.map(JSONValue.string)).canonicalText,
            "note": draft.note, "decided_at": ctx.nowText,
        ])
        let stage = ReviewStage.derive(roundOne: draft.round == 1 ? draft.verdict : one,
                                       roundTwo: draft.round == 2 ? draft.verdict : two)
        try ctx.db.run("UPDATE entrants SET review_stage = ?, updated_at = ? WHERE id = ?", [stage.rawValue, ctx.nowText, draft.entrantId])
        try ctx.db.run("DELETE FROM claims WHERE entrant_id = ? AND round = ?", [draft.entrantId, draft.round])
        ctx.addDetail("stage", .string(stage.rawValue))
        if !draft.verdicts.isEmpty {
            // Manual verdicts are part of why the decision stands; the audit entry keeps them.
            ctx.addDetail("verdicts", .array(draft.verdicts.map { .object(["check": .string($0.checkId), "passed": .bool($0.passed), "note": .string($0.note)]) }))
        }
        return (id, stage)
    }

    /// The decision that counts for an entrant in a round.
    public func latest(entrantId: String, round: Int) throws -> ReviewDecision? {
        try store.read { db in try Self.latest(entrantId: entrantId, round: round, db: db) }
    }

    /// The decision that counts, read on a caller's connection or transaction.
    public static func latest(entrantId: String, round: Int, db: Database) throws -> ReviewDecision? {
        try db.query("""
            SELECT * FROM review_decisions WHERE entrant_id = ? AND round = ? ORDER BY id DESC LIMIT 1
            """, [entrantId, round]).first.flatMap(ReviewDecision.init(row:))
    }

    /// Every decision for an entrant, oldest first (the history pane keeps every version).
    public func history(entrantId: String) throws -> [ReviewDecision] {
        try store.read { db in try Self.history(entrantId: entrantId, db: db) }
    }

    /// Every decision for an entrant, read on a caller's connection or transaction.
    public static func history(entrantId: String, db: Database) throws -> [ReviewDecision] {
        try db.query("SELECT * FROM review_decisions WHERE entrant_id = ? ORDER BY id", [entrantId])
            .compactMap(ReviewDecision.init(row:))
    }
}

extension Store {
    /// Review decisions.
    public var reviews: ReviewRepository { ReviewRepository(store: self) }
}
