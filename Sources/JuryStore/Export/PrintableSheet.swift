import JuryCore

/// One submitted score sheet as the office files it on paper: who scored whom, each criterion's
/// tenths, the comments per dimension and when it was submitted.
public struct PrintableSheet: Hashable, Sendable {
    public var judge: String
    public var entrantId: String
    public var entrantName: String
    /// Criterion id → tenths.
    public var tenths: [String: Int]
    /// Dimension id → comment.
    public var comments: [String: String]
    /// UTC ISO-8601, as stored.
    public var submittedAt: String
}

extension Store {
    /// Every submitted sheet, judge by judge and entrant by entrant, optionally of one judge only.
    /// Conflicted sheets are not submitted (the store refuses them), so none appears here.
    public func printableSheets(judge: String? = nil) throws -> [PrintableSheet] {
        try read { db in
            var condition = "s.status = 'submitted'"
            var args: [SQLBindable?] = []
            if let judge {
                condition += " AND s.judge = ?"
                args.append(judge)
            }
            let records = try ScoreRepository.sheets(where: condition, args, db: db)
            var out: [PrintableSheet] = []
            for record in records {
                let name = try db.scalar("SELECT name FROM entrants WHERE id = ?", [record.entrantId])?.string ?? ""
                var comments: [String: String] = [:]
                for row in try db.query("SELECT dimension, comment FROM score_comments WHERE sheet_id = ?", [record.id]) {
                    if let d = row.string("dimension"), let text = row.string("comment"), !text.isEmpty { comments[d] = text }
                }
                out.append(PrintableSheet(judge: record.judge, entrantId: record.entrantId, entrantName: name, tenths: record.tenths,
                                          comments: comments, submittedAt: record.updatedAt))
            }
            return out.sorted { ($0.judge, $0.entrantId) < ($1.judge, $1.entrantId) }
        }
    }
}
