import Foundation

extension Store {
    /// Records an export in the audit log with the chain head it was taken at, and returns the new
    /// head (which covers that record): printed with the export, it anchors the log as of then.
    @discardableResult
    public func recordExport(kind: String, rows: Int, destination: String, actor: String) throws -> ChainHead? {
        try write(actor: actor, action: "export", subject: kind,
                  detail: .object(["rows": .int(Int64(rows)), "file": .string(destination)])) { ctx in
            ctx.addDetail("head_before", .string(try ctx.chainHeadText()))
        }
        return try chainHead()
    }
}

extension WriteContext {
    /// The head as it stands inside this write, before this write's own entry.
    func chainHeadText() throws -> String {
        guard let row = try db.query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").first,
              let seq = row.int64("seq"), let hash = row.string("hash") else { return "" }
        return ChainHead(seq: seq, hash: hash).description
    }
}
