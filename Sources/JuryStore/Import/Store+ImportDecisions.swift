import Foundation
import JuryCore

extension Store {
    /// Records review decisions taken on paper or in a spreadsheet, as `actor` for one round, with the
    /// same rules and audit as the screen: one transaction, all or nothing. Every row that breaks a
    /// rule is reported (line, entrant, why) before anything is kept.
    ///
    /// The reason may be a reason id or its label in either language; a pass answers the round's
    /// checks that need a person yes (the paper form was signed); a waiver reason waives the waivable
    /// checks that failed; a rejection for a disqualifying reason (plagiarism) disqualifies.
    @discardableResult
    public func importDecisions(_ records: [DecisionRecord], round: Int, actor: String) throws -> Int {
        guard round == 1 || round == 2 else {
            throw ImportFailure(issues: [ImportIssue(line: nil, column: "--round", value: String(round),
                                                     zh: "轮次只能是 1 或 2", en: "the round must be 1 or 2")])
        }
        return try write(actor: actor, action: "review.import", subject: "round\(round)",
                         detail: .object(["rows": .int(Int64(records.count))])) { ctx in
            let definition = try ctx.definition()
            let reviewRound = round == 2 ? definition.roundTwo : definition.roundOne
            var issues: [ImportIssue] = []
            for record in records {
                func issue(_ zh: String, _ en: String, column: String = "结论") {
                    issues.append(ImportIssue(line: record.line, column: column, value: record.entrantId,
                                              zh: "\(record.entrantId)：\(zh)", en: "\(record.entrantId): \(en)"))
                }
                var reasonId: String?
                var verdict = record.verdict
                let written = record.reason.trimmingCharacters(in: .whitespaces)
                if !written.isEmpty {
                    let key = written.lowercased()
                    guard let reason = reviewRound.reasons.first(where: {
                        $0.id.lowercased() == key || $0.label.zh == written || $0.label.en.lowercased() == key
                    }) else {
                        issue("理由“\(written)”不在本轮的理由列表中", "the reason '\(written)' is not in this round's list", column: "理由")
                        continue
                    }
                    reasonId = reason.id
                    if reason.verdict == .disqualify && verdict == .fail { verdict = .disqualify }
                }
                let waiver = record.waiver.trimmingCharacters(in: .whitespaces)
                let draft = ReviewDecisionDraft(
                    round: round, entrantId: record.entrantId, verdict: verdict,
                    waivers: waiver.isEmpty ? [] : reviewRound.checks.filter(\.waivable).map { Waiver(checkId: $0.id, reason: waiver) },
                    verdicts: verdict == .pass ? reviewRound.checks.map { ManualVerdict(checkId: $0.id, passed: true) } : [],
                    note: record.note, reasonId: reasonId)
                do {
                    _ = try ReviewRepository.record(draft, in: ctx)
                } catch StoreError.refused(_, let zh, let en) {
                    issue(zh, en)
                } catch StoreError.notFound {
                    issue("数据库中没有这个报名编号", "no entrant has this id", column: "报名编号")
                } catch let error as StoreError {
                    // Permission and phase refusals are the same for every row: stop at the first.
                    throw error
                }
            }
            if !issues.isEmpty { throw ImportFailure(issues: issues) }
            return records.count
        }
    }
}
