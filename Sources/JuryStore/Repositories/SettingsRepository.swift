import JuryCore

/// Key/value settings: the contest definition's JSON text and the current phase live here.
public struct SettingsRepository {
    let store: Store

    /// The raw value of a key, nil when unset.
    public func value(for key: String) throws -> String? {
        try store.read { db in try db.scalar("SELECT value FROM settings WHERE key = ?", [key])?.string }
    }

    /// Sets a key (audited).
    public func set(_ key: String, _ value: String, actor: String) throws {
        try store.write(actor: actor, action: "settings.set", subject: key,
                        detail: .object(["value_sha256": .string(SHA256.hex(value))])) { ctx in
            try ctx.require(.editSettings)
            // The results lock has its own audited path with its own rules (the chair, a reason).
            guard key != ResultsRepository.lockKey else {
                throw StoreError.refused(attempt: Permission.editSettings.label,
                                         zh: "结果锁只能由评审组长通过“锁定/解锁”操作修改。",
                                         en: "the results lock is changed only by the chair's lock and unlock.")
            }
            try ctx.setSetting(key, value)
        }
    }

    /// The contest definition JSON text stored by `init`.
    public func contestDefinitionJSON() throws -> String {
        guard let text = try value(for: Store.contestDefinitionKey) else {
            throw StoreError.notFound(path: store.path, what: "setting", key: Store.contestDefinitionKey)
        }
        return text
    }

    /// Replaces the contest definition (audited, with the new text's SHA-256).
    public func setContestDefinitionJSON(_ json: String, actor: String) throws {
        try set(Store.contestDefinitionKey, json, actor: actor)
    }
}

extension Store {
    /// Settings, including the contest definition.
    public var settings: SettingsRepository { SettingsRepository(store: self) }
}
