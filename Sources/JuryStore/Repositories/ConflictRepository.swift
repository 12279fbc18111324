/// Judges' declared conflicts of interest; a conflicted judge does not score that finalist.
public struct ConflictRepository {
    let store: Store

    /// The kinds of conflict the form offers.
    public enum Kind: String, Sendable, CaseIterable {
        case sameEmployer = "same_employer", sameUnit = "same_unit", relative, colleague, other
    }

    /// Declares (or re-describes) a conflict, sealed for `verify`.
    public func declare(judge: String, entrantId: String, kind: Kind, note: String = "", actor: String) throws {
        try store.write(actor: actor, action: "conflict.declare", subject: entrantId, detail: .object(["judge": .string(judge)])) { ctx in
            try ctx.db.run("""
                INSERT INTO conflicts (judge, entrant_id, kind, note, declared_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (judge, entrant_id) DO UPDATE SET kind = excluded.kind, note = excluded.note,
                    declared_at = excluded.declared_at
                """, [judge, entrantId, kind.rawValue, note, ctx.nowText])
            if let id = try ctx.db.scalar("SELECT id FROM conflicts WHERE judge = ? AND entrant_id = ?", [judge, entrantId])?.int64 {
                try ctx.seal(.conflicts, id: id)
            }
        }
    }

    /// Withdraws a declared conflict.
    public func withdraw(judge: String, entrantId: String, actor: String) throws {
        try store.write(actor: actor, action: "conflict.withdraw", subject: entrantId, detail: .object(["judge": .string(judge)])) { ctx in
            if let id = try ctx.db.scalar("SELECT id FROM conflicts WHERE judge = ? AND entrant_id = ?", [judge, entrantId])?.int64 {
                try ctx.deleteSealed(.conflicts, id: id)
            }
        }
    }

    /// Entrant ids a judge is conflicted with.
    public func entrants(conflictedFor judge: String) throws -> Set<String> {
        Set(try store.database.query("SELECT entrant_id FROM conflicts WHERE judge = ?", [judge]).compactMap { $0.string("entrant_id") })
    }
}

extension Store {
    /// Conflicts of interest.
    public var conflicts: ConflictRepository { ConflictRepository(store: self) }
}
