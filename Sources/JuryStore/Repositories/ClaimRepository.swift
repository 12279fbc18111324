import Foundation
import JuryCore

/// Which reviewer has an entrant in hand, so two reviewers never review the same one. Claims expire,
/// so a reviewer who walks away does not block the entrant forever.
public struct ClaimRepository {
    let store: Store

    /// How long a claim lasts unless renewed.
    public static let defaultTTL: TimeInterval = 900

    /// The outcome of trying to take an entrant.
    public enum Outcome: Equatable, Sendable {
        case claimed(expiresAt: String)
        case heldBy(reviewer: String, until: String)
    }

    /// Takes (or renews) an entrant for a round unless someone else holds a live claim.
    public func claim(entrantId: String, round: Int, reviewer: String, ttl: TimeInterval = defaultTTL) throws -> Outcome {
        try store.write(actor: reviewer, action: "claim.take", subject: entrantId, detail: .object(["round": .int(Int64(round))])) { ctx in
            try ctx.require(.claimEntrants)
            if let row = try ctx.db.query("SELECT reviewer, expires_at FROM claims WHERE entrant_id = ? AND round = ?",
                                          [entrantId, round]).first,
               let holder = row.string("reviewer"), let until = row.string("expires_at"),
               holder != reviewer, until > ctx.nowText {
                return .heldBy(reviewer: holder, until: until)
            }
            return .claimed(expiresAt: try Self.take(entrantId: entrantId, round: round, in: ctx, ttl: ttl))
        }
    }

    /// Takes the next entrant waiting in a round's queue that nobody else holds; nil when none.
    public func claimNext(round: Int, reviewer: String, ttl: TimeInterval = defaultTTL) throws -> String? {
        try store.write(actor: reviewer, action: "claim.next", subject: "round\(round)") { ctx in
            try Self.claimNext(round: round, reviewer: reviewer, ttl: ttl, in: ctx)
        }
    }

    /// Claims the next entrant inside a caller's write. The queue's order: entrants a unit
    /// recommended first (the notice: 经组织推荐的…优先进入评审环节), then by registration time, then id.
    public static func claimNext(round: Int, reviewer: String, ttl: TimeInterval = defaultTTL, excluding: String? = nil,
                                 in ctx: WriteContext) throws -> String? {
        try ctx.require(.claimEntrants)
        let waiting = ReviewStage.waiting(forRound: round).rawValue
        // Under dual review an entrant stays waiting after the first decision: skip those this reviewer
        // decided and those two reviewers already decided (agreeing moves the stage; disagreeing goes to the chair).
        let free = """
            NOT EXISTS (SELECT 1 FROM claims c WHERE c.entrant_id = e.id AND c.round = ?
                AND c.reviewer <> ? AND c.expires_at > ?)
            AND NOT EXISTS (SELECT 1 FROM review_decisions d WHERE d.entrant_id = e.id AND d.round = ? AND d.reviewer = ?)
            AND (SELECT count(DISTINCT d.reviewer) FROM review_decisions d WHERE d.entrant_id = e.id AND d.round = ?) < 2
            AND e.id <> ?
            """
        // Two small queries rather than one sort over the whole stage: the recommended are few, and
        // the second walks the (stage, registered_at, id) index and stops at the first free row.
        let recommended = try ctx.db.scalar("""
            SELECT e.id FROM recommendations r JOIN entrants e ON e.id = r.matched_entrant_id
            WHERE e.review_stage = ? AND \(free) ORDER BY e.registered_at, e.id LIMIT 1
            """, [waiting, round, reviewer, ctx.nowText, round, reviewer, round, excluding ?? ""])?.string
        let picked = try recommended ?? ctx.db.scalar("""
            SELECT e.id FROM entrants e WHERE e.review_stage = ? AND \(free) ORDER BY e.registered_at, e.id LIMIT 1
            """, [waiting, round, reviewer, ctx.nowText, round, reviewer, round, excluding ?? ""])?.string
        guard let id = picked else { return nil }
        _ = try take(entrantId: id, round: round, in: ctx, ttl: ttl)
        ctx.addDetail("entrant", .string(id))
        return id
    }

    private static func take(entrantId: String, round: Int, in ctx: WriteContext, ttl: TimeInterval) throws -> String {
        let expires = UTCTime.format(ctx.now.addingTimeInterval(ttl))
        try ctx.db.run("""
            INSERT INTO claims (entrant_id, round, reviewer, claimed_at, expires_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (entrant_id, round) DO UPDATE SET reviewer = excluded.reviewer,
                claimed_at = excluded.claimed_at, expires_at = excluded.expires_at
            """, [entrantId, round, ctx.actor, ctx.nowText, expires])
        return expires
    }

    /// Gives an entrant back without deciding. A reviewer releases their own claim; the chair or an
    /// administrator may release anyone's (`reviewer` names the holder).
    public func release(entrantId: String, round: Int, reviewer: String, actor: String? = nil) throws {
        let actor = actor ?? reviewer
        try store.write(actor: actor, action: "claim.release", subject: entrantId) { ctx in
            try ctx.require(actor == reviewer ? .claimEntrants : .releaseClaims)
            try ctx.db.run("DELETE FROM claims WHERE entrant_id = ? AND round = ? AND reviewer = ?", [entrantId, round, reviewer])
        }
    }

    /// Who holds an entrant now (nil when free or expired).
    public func holder(entrantId: String, round: Int) throws -> String? {
        try store.read { db in try Self.holder(entrantId: entrantId, round: round, db: db, now: store.nowText) }
    }

    /// Who holds an entrant at `now`, read on a caller's connection or transaction.
    public static func holder(entrantId: String, round: Int, db: Database, now: String) throws -> String? {
        try db.scalar("SELECT reviewer FROM claims WHERE entrant_id = ? AND round = ? AND expires_at > ?",
                      [entrantId, round, now])?.string
    }
}

extension Store {
    /// Reviewer claims.
    public var claims: ClaimRepository { ClaimRepository(store: self) }
}
