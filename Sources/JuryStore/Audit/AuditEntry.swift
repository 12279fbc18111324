/// One link of the audit chain, as stored in `audit_log`.
public struct AuditEntry: Sendable, Equatable {
    public var seq: Int64
    public var at: String
    public var actor: String
    public var action: String
    public var subject: String
    /// Canonical JSON text.
    public var detail: String
    public var prevHash: String
    public var hash: String

    /// The first link's predecessor.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// SHA-256 over the predecessor and the row's content; fields are length-prefixed so no choice of
    /// text can make two different rows serialise the same.
    public static func computeHash(prev: String, seq: Int64, at: String, actor: String, action: String,
                                   subject: String, detail: String) -> String {
        var s = SHA256()
        s.update(prev)
        for field in [String(seq), at, actor, action, subject, detail] {
            s.update("\(field.utf8.count):")
            s.update(field)
        }
        return Hex.encode(s.finalize())
    }

    /// The hash this entry should carry given its stored predecessor.
    public var recomputedHash: String {
        AuditEntry.computeHash(prev: prevHash, seq: seq, at: at, actor: actor, action: action,
                               subject: subject, detail: detail)
    }

    init(row: Row) {
        seq = row.int64("seq") ?? 0
        at = row.string("at") ?? ""
        actor = row.string("actor") ?? ""
        action = row.string("action") ?? ""
        subject = row.string("subject") ?? ""
        detail = row.string("detail") ?? ""
        prevHash = row.string("prev_hash") ?? ""
        hash = row.string("hash") ?? ""
    }
}
