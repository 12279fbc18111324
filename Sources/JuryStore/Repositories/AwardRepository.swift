/// The awards the chair allocates (award ids come from the contest definition).
public struct AwardRepository {
    let store: Store

    /// Gives an award to an entrant at a rank, sealed for `verify`.
    public func grant(awardId: String, entrantId: String, rank: Int, actor: String) throws {
        try store.write(actor: actor, action: "award.grant", subject: entrantId, detail: .object(["award": .string(awardId)])) { ctx in
            try ctx.db.run("""
                INSERT INTO awards (award_id, entrant_id, rank, decided_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (award_id, entrant_id) DO UPDATE SET rank = excluded.rank, decided_at = excluded.decided_at
                """, [awardId, entrantId, rank, ctx.nowText])
            if let id = try ctx.db.scalar("SELECT id FROM awards WHERE award_id = ? AND entrant_id = ?", [awardId, entrantId])?.int64 {
                try ctx.seal(.awards, id: id)
            }
        }
    }

    /// Takes an award back.
    public func revoke(awardId: String, entrantId: String, actor: String) throws {
        try store.write(actor: actor, action: "award.revoke", subject: entrantId, detail: .object(["award": .string(awardId)])) { ctx in
            if let id = try ctx.db.scalar("SELECT id FROM awards WHERE award_id = ? AND entrant_id = ?", [awardId, entrantId])?.int64 {
                try ctx.deleteSealed(.awards, id: id)
            }
        }
    }

    /// Every award, by award then rank.
    public func all() throws -> [(awardId: String, entrantId: String, rank: Int)] {
        try store.database.query("SELECT award_id, entrant_id, rank FROM awards ORDER BY award_id, rank, entrant_id")
            .map { ($0.string("award_id") ?? "", $0.string("entrant_id") ?? "", $0.int("rank") ?? 0) }
    }
}

extension Store {
    /// Awards.
    public var awards: AwardRepository { AwardRepository(store: self) }
}
