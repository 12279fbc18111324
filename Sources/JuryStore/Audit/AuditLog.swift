/// Reading the audit chain.
public struct AuditLog {
    let store: Store

    /// Every entry in order (for verify and export; the chain of a contest is thousands, not millions).
    public func entries() throws -> [AuditEntry] {
        try store.database.query("SELECT * FROM audit_log ORDER BY seq").map(AuditEntry.init(row:))
    }

    /// The newest entries first, for the chair's activity pane.
    public func recent(limit: Int) throws -> [AuditEntry] {
        try store.database.query("SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?", [limit]).map(AuditEntry.init(row:))
    }
}

extension Store {
    /// The audit chain.
    public var audit: AuditLog { AuditLog(store: self) }
}
