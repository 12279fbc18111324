import JuryCore

/// The awards the chair allocates (award ids come from the contest definition); finalists only.
public struct AwardRepository {
    let store: Store

    /// Gives an award to an entrant at a rank, sealed for `verify`.
    public func grant(awardId: String, entrantId: String, rank: Int, actor: String) throws {
        try store.write(actor: actor, action: "award.grant", subject: entrantId, detail: .object(["award": .string(awardId)])) { ctx in
            try ctx.require(.allocateAwards)
            try Self.grant(awardId: awardId, entrantId: entrantId, rank: rank, in: ctx)
        }
    }

    /// Replaces every award with `allocation` (ranks follow each award's order) in one write, so no
    /// session ever sees half of the fifty places.
    public func allocate(_ allocation: AwardAllocation, actor: String) throws {
        let count = allocation.awards.reduce(0) { $0 + $1.entrantIds.count }
        try store.write(actor: actor, action: "award.allocate", subject: "\(count)") { ctx in
            try ctx.require(.allocateAwards)
            var keep = Set<Int64>()
            for winners in allocation.awards {
                for (i, entrantId) in winners.entrantIds.enumerated() {
                    keep.insert(try Self.grant(awardId: winners.awardId, entrantId: entrantId, rank: i + 1, in: ctx))
                }
            }
            for row in try ctx.db.query("SELECT id FROM awards ORDER BY id") {
                if let id = row.int64("id"), !keep.contains(id) { try ctx.deleteSealed(.awards, id: id) }
            }
        }
    }

    @discardableResult
    static func grant(awardId: String, entrantId: String, rank: Int, in ctx: WriteContext) throws -> Int64 {
        let attempt = Permission.allocateAwards.label
        guard try ctx.definition().awards.categories.contains(where: { $0.id == awardId }) else {
            throw StoreError.refused(attempt: attempt, zh: "赛事定义中没有奖项 \(awardId)。", en: "the contest has no award \(awardId).")
        }
        guard try ctx.db.scalar("SELECT review_stage FROM entrants WHERE id = ?", [entrantId])?.string == ReviewStage.finalist.rawValue else {
            throw StoreError.refused(attempt: attempt, zh: "\(entrantId) 未入围，不能获奖。", en: "\(entrantId) is not a finalist.")
        }
        return try ctx.upsertSealed(.awards, key: ["award_id": awardId, "entrant_id": entrantId],
                                    values: ["rank": rank, "decided_at": ctx.nowText])
    }

    /// Takes an award back.
    public func revoke(awardId: String, entrantId: String, actor: String) throws {
        try store.write(actor: actor, action: "award.revoke", subject: entrantId, detail: .object(["award": .string(awardId)])) { ctx in
            try ctx.require(.allocateAwards)
            if let id = try ctx.db.scalar("SELECT id FROM awards WHERE award_id = ? AND entrant_id = ?", [awardId, entrantId])?.int64 {
                try ctx.deleteSealed(.awards, id: id)
            }
        }
    }

    /// Every award, by award then rank.
    public func all() throws -> [(awardId: String, entrantId: String, rank: Int)] {
        try store.read { db in
            try db.query("SELECT award_id, entrant_id, rank FROM awards ORDER BY award_id, rank, entrant_id")
                .map { ($0.string("award_id") ?? "", $0.string("entrant_id") ?? "", $0.int("rank") ?? 0) }
        }
    }
}

extension Store {
    /// Awards.
    public var awards: AwardRepository { AwardRepository(store: self) }
}
