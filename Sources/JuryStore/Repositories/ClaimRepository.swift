import Foundation

/// Which reviewer has an entrant in hand, so two reviewers never review the same one. Claims expire,
/// so a reviewer who walks away does not block the entrant forever.
public struct ClaimRepository {
    let store: Store

    /// The outcome of trying to take an entrant.
    public enum Outcome: Equatable, Sendable {
        case claimed(expiresAt: String)
        case heldBy(reviewer: String, until: String)
    }

    /// Takes (or renews) an entrant for a round unless someone else holds a live claim.
    public func claim(entrantId: String, round: Int, reviewer: String, ttl: TimeInterval = 900) throws -> Outcome {
        try store.write(actor: reviewer, action: "claim.take", subject: entrantId, detail: .object(["round": .int(Int64(round))])) { ctx in
            if let row = try ctx.db.query("SELECT reviewer, expires_at FROM claims WHERE entrant_id = ? AND round = ?",
                                          [entrantId, round]).first,
               let holder = row.string("reviewer"), let until = row.string("expires_at"),
               holder != reviewer, until > ctx.nowText {
                return .heldBy(reviewer: holder, until: until)
            }
            let expires = UTCTime.format(ctx.now.addingTimeInterval(ttl))
            try ctx.db.run("""
                INSERT INTO claims (entrant_id, round, reviewer, claimed_at, expires_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (entrant_id, round) DO UPDATE SET reviewer = excluded.reviewer,
                    claimed_at = excluded.claimed_at, expires_at = excluded.expires_at
                """, [entrantId, round, reviewer, ctx.nowText, expires])
            return .claimed(expiresAt: expires)
        }
    }

    /// Takes the next entrant waiting in a round's queue (by id) that nobody else holds; nil when none.
    public func claimNext(round: Int, reviewer: String, ttl: TimeInterval = 900) throws -> String? {
        let waiting = round == 1 ? ReviewStage.registered : ReviewStage.round1Passed
        return try store.write(actor: reviewer, action: "claim.next", subject: "round\(round)") { ctx in
            let row = try ctx.db.query("""
                SELECT e.id FROM entrants e
                WHERE e.review_stage = ? AND NOT EXISTS (
                    SELECT 1 FROM claims c WHERE c.entrant_id = e.id AND c.round = ?
                        AND c.reviewer <> ? AND c.expires_at > ?)
                ORDER BY e.id LIMIT 1
                """, [waiting.rawValue, round, reviewer, ctx.nowText]).first
            guard let id = row?.string("id") else { return nil }
            try ctx.db.run("""
                INSERT INTO claims (entrant_id, round, reviewer, claimed_at, expires_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (entrant_id, round) DO UPDATE SET reviewer = excluded.reviewer,
                    claimed_at = excluded.claimed_at, expires_at = excluded.expires_at
                """, [id, round, reviewer, ctx.nowText, UTCTime.format(ctx.now.addingTimeInterval(ttl))])
            ctx.addDetail("entrant", .string(id))
            return id
        }
    }

    /// Gives an entrant back without deciding.
    public func release(entrantId: String, round: Int, reviewer: String) throws {
        try store.write(actor: reviewer, action: "claim.release", subject: entrantId) { ctx in
            try ctx.db.run("DELETE FROM claims WHERE entrant_id = ? AND round = ? AND reviewer = ?", [entrantId, round, reviewer])
        }
    }

    /// Who holds an entrant now (nil when free or expired).
    public func holder(entrantId: String, round: Int) throws -> String? {
        try store.database.scalar("SELECT reviewer FROM claims WHERE entrant_id = ? AND round = ? AND expires_at > ?",
                                  [entrantId, round, store.nowText])?.string
    }
}

extension Store {
    /// Reviewer claims.
    public var claims: ClaimRepository { ClaimRepository(store: self) }
}
