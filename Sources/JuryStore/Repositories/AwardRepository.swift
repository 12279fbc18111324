import JuryCore

/// The awards the chair allocates (award ids come from the contest definition); finalists only.
public struct AwardRepository {
    let store: Store

    /// Gives an award to an entrant at a rank, sealed for `verify`.
    public func grant(awardId: String, entrantId: String, rank: Int, actor: String) throws {
        try store.write(actor: actor, action: "award.grant", subject: entrantId, detail: .object(["award": .string(awardId)])) { ctx in
            try ctx.require(.allocateAwards)
            try ctx.requireResultsUnlocked(attempt: Permission.allocateAwards.label)
            try Self.grant(awardId: awardId, entrantId: entrantId, rank: rank, in: ctx)
        }
    }

    /// Replaces every award with `allocation` (ranks follow each award's order) in one write, so no
    /// session ever sees half of the fifty places.
    /// `method` (the ranking method used) goes into the audit entry.
    public func allocate(_ allocation: AwardAllocation, method: String = "", actor: String) throws {
        let count = allocation.awards.reduce(0) { $0 + $1.entrantIds.count }
        try store.write(actor: actor, action: "award.allocate", subject: "\(count)",
                        detail: method.isEmpty ? .object([:]) : .object(["method": .string(method)])) { ctx in
            try ctx.require(.allocateAwards)
            try ctx.requireResultsUnlocked(attempt: Permission.allocateAwards.label)
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
            try ctx.requireResultsUnlocked(attempt: Permission.allocateAwards.label)
            if let id = try ctx.db.scalar("SELECT id FROM awards WHERE award_id = ? AND entrant_id = ?", [awardId, entrantId])?.int64 {
                try ctx.deleteSealed(.awards, id: id)
            }
        }
    }

    /// Puts `replacement` in `winner`'s place in `awardId` (same rank), with a written reason kept in
    /// the audit log. When the replacement already holds another award and the plan gives one award
    /// per person, the two swap places instead, so nobody ends up with two awards or none by accident.
    public func replace(awardId: String, winner: String, with replacement: String, reason: String, actor: String) throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        try store.write(actor: actor, action: "award.replace", subject: winner,
                        detail: .object(["award": .string(awardId), "replacement": .string(replacement), "reason": .string(reason)])) { ctx in
            let attempt = Permission.allocateAwards.label
            try ctx.require(.allocateAwards)
            try ctx.requireResultsUnlocked(attempt: attempt)
            guard !reason.isEmpty else {
                throw StoreError.refused(attempt: attempt, zh: "更换获奖者须写明理由。", en: "replacing a winner needs a written reason.")
            }
            guard winner != replacement else {
                throw StoreError.refused(attempt: attempt, zh: "请选择另一位入围者。", en: "choose a different finalist.")
            }
            guard let old = try ctx.db.query("SELECT id, rank FROM awards WHERE award_id = ? AND entrant_id = ?", [awardId, winner]).first,
                  let oldId = old.int64("id"), let rank = old.int("rank") else {
                throw StoreError.refused(attempt: attempt, zh: "\(winner) 未获得奖项 \(awardId)。", en: "\(winner) does not hold award \(awardId).")
            }
            let held = try ctx.db.query("SELECT id, award_id, rank FROM awards WHERE entrant_id = ?", [replacement])
            if held.contains(where: { $0.string("award_id") == awardId }) {
                throw StoreError.refused(attempt: attempt, zh: "\(replacement) 已获得该奖项。", en: "\(replacement) already holds this award.")
            }
            let multiple = try ctx.definition().awards.allowsMultipleAwardsPerPerson
            try ctx.deleteSealed(.awards, id: oldId)
            if !multiple, let other = held.first, let otherId = other.int64("id"), let otherAward = other.string("award_id"),
               let otherRank = other.int("rank") {
                try ctx.deleteSealed(.awards, id: otherId)
                try Self.grant(awardId: otherAward, entrantId: winner, rank: otherRank, in: ctx)
                ctx.addDetail("swapped", .string(otherAward))
            }
            try Self.grant(awardId: awardId, entrantId: replacement, rank: rank, in: ctx)
        }
    }

    /// Whether any award is allocated.
    public func count() throws -> Int {
        try store.read { db in Int(try db.scalar("SELECT count(*) FROM awards")?.int64 ?? 0) }
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
