import JuryCore

extension ConflictRepository {
    /// The chair (or an administrator) lifts a judge's conflict with an entrant, with a reason: a
    /// declared conflict is removed, and an automatic one (same unit) is overridden by a sealed row,
    /// so the judge may score that entrant. Audited with both names and the reason.
    public func lift(judge: String, entrantId: String, reason: String, actor: String) throws {
        try store.write(actor: actor, action: "conflict.lift", subject: entrantId,
                        detail: .object(["judge": .string(judge), "reason": .string(reason)])) { ctx in
            try ctx.require(.declareConflicts)
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw StoreError.invalidArgument(field: "reason", zh: "解除利益冲突须写明理由。", en: "Lifting a conflict needs a reason.")
            }
            if let id = try ctx.db.scalar("SELECT id FROM conflicts WHERE judge = ? AND entrant_id = ?", [judge, entrantId])?.int64 {
                try ctx.deleteSealed(.conflicts, id: id)
            }
            let sameCity = try ctx.definition().rubric.conflictsRequireSameCity
            if case .automatic? = try JudgingRepository.conflict(judge: judge, entrantId: entrantId, sameCity: sameCity, db: ctx.db) {
                try ctx.upsertSealed(.conflictLifts, key: ["judge": judge, "entrant_id": entrantId],
                                     values: ["reason": reason, "lifted_by": actor, "lifted_at": ctx.nowText])
            }
        }
    }
}
