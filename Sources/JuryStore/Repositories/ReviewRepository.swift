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
    ///
    /// With dual review on for the round (`ReviewRound.dualReview`), a reviewer's decision is recorded
    /// but the stage moves only once two reviewers agree; a disagreement waits for the chair, whose
    /// decision settles it (`settled(entrantId:round:dual:db:)`).
    public static func record(_ draft: ReviewDecisionDraft, in ctx: WriteContext) throws -> (id: Int64, stage: ReviewStage) {
        let permission = Permission.decide(round: draft.round)
        let account = try ctx.require(permission)
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
        let round = draft.round == 2 ? definition.roundTwo : definition.roundOne
        if let reasonId = draft.reasonId {
            guard let reason = round.reason(reasonId) else {
                throw StoreError.refused(attempt: permission.label,
                                         zh: "理由“\(reasonId)”不在本轮的理由列表中。请从列表中选择理由。",
                                         en: "The reason \"\(reasonId)\" is not in this round's list. Pick one from the list.")
            }
            guard reason.verdict == draft.verdict else {
                throw StoreError.refused(attempt: permission.label,
                                         zh: "理由“\(reason.label.zh)”用于“\(reason.verdict.label.zh)”，不能用于“\(draft.verdict.label.zh)”。请另选理由。",
                                         en: "The reason \"\(reason.label.en)\" goes with \"\(reason.verdict.label.en)\", not \"\(draft.verdict.label.en)\". Pick another.")
            }
        }
        let results = draft.round == 1
            ? RoundOneChecks.evaluate(entrant, definition: definition, asOf: ctx.now)
            : RoundTwoChecks.evaluate(entrant, definition: definition, asOf: ctx.now)
        let dual = round.dualReview && account?.role != .chair
        let one = try settled(entrantId: draft.entrantId, round: 1, dual: definition.roundOne.dualReview, db: ctx.db)
        let two = try settled(entrantId: draft.entrantId, round: 2, dual: definition.roundTwo.dualReview, db: ctx.db)
        // Under dual review a reviewer changes only their own decision; the other's does not count as one.
        let own = dual ? try latest(entrantId: draft.entrantId, round: draft.round, reviewer: ctx.actor, db: ctx.db)?.outcome
                       : (draft.round == 1 ? one : two)
        let outcome: ReviewOutcome
        do {
            outcome = try DecisionRules.validate(round: draft.round, verdict: draft.verdict, results: results,
                                                 waivers: draft.waivers, verdicts: draft.verdicts, note: draft.note,
                                                 currentRoundOne: draft.round == 1 ? own : one,
                                                 currentRoundTwo: draft.round == 2 ? own : two)
        } catch {
            throw StoreError.refused(attempt: permission.label, zh: error.message(language: .zhHans), en: error.message(language: .en))
        }
        // Keep only waivers that let a failed check through; the reasons say which checks failed or wait.
        let used = draft.waivers.filter { w in outcome.resolution(of: w.checkId).map { if case .waived = $0 { true } else { false } } ?? false }
        let checkIds = draft.verdict == .needsInfo ? outcome.pendingCheckIds + outcome.failedCheckIds : outcome.failedCheckIds
        let reasons = (draft.reasonId.map { [ReviewDecision.reasonPrefix + $0] } ?? []) + checkIds
        let id = try ctx.insertSealed(.reviewDecisions, values: [
            "round": draft.round, "entrant_id": draft.entrantId, "reviewer": ctx.actor, "outcome": draft.verdict.rawValue,
            "waivers": ReviewDecision.waiversJSON(used),
            "reasons": JSONValue.array(reasons.map(JSONValue.string)).canonicalText,
            "note": draft.note, "decided_at": ctx.nowText,
        ])
        let newOne = try settled(entrantId: draft.entrantId, round: 1, dual: definition.roundOne.dualReview, db: ctx.db)
        let newTwo = try settled(entrantId: draft.entrantId, round: 2, dual: definition.roundTwo.dualReview, db: ctx.db)
        let stage = ReviewStage.derive(roundOne: newOne, roundTwo: newTwo)
        try ctx.db.run("UPDATE entrants SET review_stage = ?, updated_at = ? WHERE id = ?", [stage.rawValue, ctx.nowText, draft.entrantId])
        try ctx.db.run("DELETE FROM claims WHERE entrant_id = ? AND round = ?", [draft.entrantId, draft.round])
        ctx.addDetail("stage", .string(stage.rawValue))
        if let reasonId = draft.reasonId { ctx.addDetail("reason", .string(reasonId)) }
        if !draft.verdicts.isEmpty {
            // Manual verdicts are part of why the decision stands; the audit entry keeps them.
            ctx.addDetail("verdicts", .array(draft.verdicts.map { .object(["check": .string($0.checkId), "passed": .bool($0.passed), "note": .string($0.note)]) }))
        }
        return (id, stage)
    }

    /// The verdict that stands for a round. Without dual review: the latest decision. With it: the
    /// chair's latest decision if the chair decided; else the verdict two reviewers agree on (their
    /// latest decisions); nil while only one reviewer decided or two disagree.
    public static func settled(entrantId: String, round: Int, dual: Bool, db: Database) throws -> ReviewVerdict? {
        guard dual else { return try latest(entrantId: entrantId, round: round, db: db)?.outcome }
        let rows = try db.query("""
            SELECT d.reviewer, d.outcome, u.role FROM review_decisions d LEFT JOIN users u ON u.name = d.reviewer
            WHERE d.entrant_id = ? AND d.round = ? ORDER BY d.id DESC
            """, [entrantId, round])
        if let chair = rows.first(where: { $0.string("role") == Role.chair.rawValue }) {
            return ReviewVerdict(rawValue: chair.string("outcome") ?? "")
        }
        var byReviewer: [(String, ReviewVerdict)] = []
        for row in rows {
            guard let who = row.string("reviewer"), let verdict = ReviewVerdict(rawValue: row.string("outcome") ?? ""),
                  !byReviewer.contains(where: { $0.0 == who }) else { continue }
            byReviewer.append((who, verdict))
        }
        guard byReviewer.count >= 2, byReviewer[0].1 == byReviewer[1].1 else { return nil }
        return byReviewer[0].1
    }

    /// Whether two reviewers' latest decisions disagree and no chair has settled it (dual review).
    public static func disputed(entrantId: String, round: Int, db: Database) throws -> Bool {
        let rows = try db.query("""
            SELECT d.reviewer, d.outcome, u.role FROM review_decisions d LEFT JOIN users u ON u.name = d.reviewer
            WHERE d.entrant_id = ? AND d.round = ? ORDER BY d.id DESC
            """, [entrantId, round])
        if rows.contains(where: { $0.string("role") == Role.chair.rawValue }) { return false }
        var seen: [String: String] = [:]
        for row in rows {
            guard let who = row.string("reviewer"), seen[who] == nil else { continue }
            seen[who] = row.string("outcome") ?? ""
        }
        return Set(seen.values).count > 1
    }

    /// One reviewer's latest decision on an entrant in a round.
    static func latest(entrantId: String, round: Int, reviewer: String, db: Database) throws -> ReviewDecision? {
        try db.query("""
            SELECT * FROM review_decisions WHERE entrant_id = ? AND round = ? AND reviewer = ? ORDER BY id DESC LIMIT 1
            """, [entrantId, round, reviewer]).first.flatMap(ReviewDecision.init(row:))
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
