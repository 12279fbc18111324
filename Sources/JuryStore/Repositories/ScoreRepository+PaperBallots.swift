import JuryCore

/// What entering a file of paper ballots did.
public struct PaperBallotResult: Hashable, Sendable {
    /// Sheets written (new or changed).
    public var entered: Int
    /// Sheets that already held exactly these scores and status.
    public var unchanged: Int
}

extension ScoreRepository {
    /// Enters paper ballots for judges who scored on paper, all or nothing, as one audited write made
    /// by `enteredBy` (a chair or administrator holding `enterPaperBallots`) and naming every judge.
    /// Each ballot meets every rule a judge's own save meets (phase, results lock, finalist, conflict,
    /// rubric, a submitted sheet is final); every problem is listed by line. A ballot already stored
    /// exactly is skipped, so entering the same file again changes nothing (and writes no audit row).
    public func enterPaperBallots(_ ballots: [PaperBallot], enteredBy: String) throws -> PaperBallotResult {
        let pending = try store.read { db in
            try ballots.filter { ballot in
                guard let existing = try Self.sheets(where: "s.judge = ? AND s.entrant_id = ?", [ballot.judge, ballot.entrantId], db: db).first
                else { return true }
                return existing.tenths != ballot.tenths || (existing.status == .submitted) != ballot.submit
            }
        }
        guard !pending.isEmpty else { return PaperBallotResult(entered: 0, unchanged: ballots.count) }
        let judges = Array(Set(pending.map(\.judge))).sorted()
        try store.write(actor: enteredBy, action: "score.paper", subject: judges.joined(separator: ","),
                        detail: .object(["entered_by": .string(enteredBy), "judges": .array(judges.map(JSONValue.string)),
                                         "sheets": .int(Int64(pending.count))])) { ctx in
            try ctx.require(.enterPaperBallots)
            var issues: [ImportIssue] = []
            for ballot in pending {
                let role = try ctx.db.query("SELECT role, active FROM users WHERE name = ?", [ballot.judge]).first
                guard let role, role.string("role") == Role.judge.rawValue, role.bool("active") else {
                    issues.append(ImportIssue(line: ballot.line, column: "评委", value: ballot.judge,
                                              zh: "不是在用的评委账号。", en: "not an active judge's account."))
                    continue
                }
                do {
                    try Self.write(judge: ballot.judge, entrantId: ballot.entrantId, tenths: ballot.tenths,
                                   comments: [:], cleared: [], submit: ballot.submit, in: ctx)
                } catch let error as StoreError {
                    issues.append(ImportIssue(line: ballot.line, column: "报名编号", value: ballot.entrantId,
                                              zh: error.message(language: .zh), en: error.message(language: .en)))
                }
            }
            // Throwing rolls the whole file back.
            if !issues.isEmpty { throw ImportFailure(issues: issues) }
        }
        return PaperBallotResult(entered: pending.count, unchanged: ballots.count - pending.count)
    }
}
