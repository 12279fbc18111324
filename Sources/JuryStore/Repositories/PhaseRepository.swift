/// The contest's current phase id (ids come from the contest definition, e.g. "round1", "judging").
public struct PhaseRepository {
    let store: Store
    public static let key = "phase.current"

    /// The current phase id, nil before the first is set.
    public func current() throws -> String? {
        try store.settings.value(for: PhaseRepository.key)
    }

    /// Moves the contest to another phase (audited with the previous one).
    public func set(_ phase: String, actor: String) throws {
        try store.write(actor: actor, action: "phase.set", subject: phase) { ctx in
            try ctx.require(.managePhases)
            // Read inside the transaction, so the audited previous phase is the one really replaced.
            let previous = try ctx.db.scalar("SELECT value FROM settings WHERE key = ?", [PhaseRepository.key])?.string
            ctx.addDetail("previous", previous.map(JSONValue.string) ?? .null)
            try ctx.setSetting(PhaseRepository.key, phase)
        }
    }
}

extension Store {
    /// The current phase.
    public var phase: PhaseRepository { PhaseRepository(store: self) }
}
