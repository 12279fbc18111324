import JuryCore

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
            // A judge declares their own conflicts; the chair or an administrator anyone's.
            try ctx.require(actor == judge ? .score : .declareConflicts)
            try ctx.requireResultsUnlocked(attempt: Permission.declareConflicts.label)
            try ctx.upsertSealed(.conflicts, key: ["judge": judge, "entrant_id": entrantId],
                                 values: ["kind": kind.rawValue, "note": note, "declared_at": ctx.nowText])
        }
    }

    /// Withdraws a declared conflict.
    public func withdraw(judge: String, entrantId: String, actor: String) throws {
        try store.write(actor: actor, action: "conflict.withdraw", subject: entrantId, detail: .object(["judge": .string(judge)])) { ctx in
            try ctx.require(actor == judge ? .score : .declareConflicts)
            try ctx.requireResultsUnlocked(attempt: Permission.declareConflicts.label)
            if let id = try ctx.db.scalar("SELECT id FROM conflicts WHERE judge = ? AND entrant_id = ?", [judge, entrantId])?.int64 {
                try ctx.deleteSealed(.conflicts, id: id)
            }
        }
    }

    /// Entrant ids a judge is conflicted with.
    public func entrants(conflictedFor judge: String) throws -> Set<String> {
        try store.read { db in
            Set(try db.query("SELECT entrant_id FROM conflicts WHERE judge = ?", [judge]).compactMap { $0.string("entrant_id") })
        }
    }
}

extension Store {
    /// Conflicts of interest.
    public var conflicts: ConflictRepository { ConflictRepository(store: self) }
}
