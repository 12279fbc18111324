/// The rules a review decision must satisfy, applied by the store inside its write transaction so
/// that no program on the same file can record a decision that breaks them.
public enum DecisionRules {
    /// Checks one decision and returns how each check ends up.
    ///
    /// - `results`: the round's automatic check results for the entrant now.
    /// - `current`: the latest stored verdicts of round one and round two (nil when undecided).
    /// - Every waiver needs a written reason, whatever the definition says: the waiver is the
    ///   exception the notice allows (特别有代表性作品), and the reason is what the record keeps.
    public static func validate(round: Int, verdict: ReviewVerdict, results: [CheckResult], waivers: [Waiver],
                                verdicts: [ManualVerdict], note: String, currentRoundOne: ReviewVerdict?,
                                currentRoundTwo: ReviewVerdict?) throws(DecisionError) -> ReviewOutcome {
        guard round == 1 || round == 2 else { throw .invalidRound(round) }
        let hasNote = !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        if round == 2 && currentRoundOne != .pass { throw .roundOneNotPassed }
        let existing = round == 1 ? currentRoundOne : currentRoundTwo
        if existing != nil && !hasNote { throw .changeNeedsReason(round: round) }
        if verdict.needsNote && !hasNote { throw .noteRequired(verdict: verdict) }
        for waiver in waivers where !waiver.hasReason {
            let hint = results.first { $0.id == waiver.checkId }?.waiverHint
            if results.contains(where: { $0.id == waiver.checkId && !$0.waivable }) {
                throw .check(.notWaivable(checkId: waiver.checkId))
            }
            throw .check(.waiverNeedsReason(checkId: waiver.checkId, hint: hint))
        }
        let outcome: ReviewOutcome
        do {
            outcome = try ReviewOutcome.decide(results: results, waivers: waivers, verdicts: verdicts)
        } catch {
            throw .check(error)
        }
        switch verdict {
        case .pass:
            if !outcome.failedCheckIds.isEmpty { throw .checksFailed(outcome.failedCheckIds) }
            if !outcome.pendingCheckIds.isEmpty { throw .checksPending(outcome.pendingCheckIds) }
        case .fail:
            if outcome.status == .passed && !hasNote { throw .failWithoutReason }
        case .needsInfo, .disqualify:
            break
        }
        return outcome
    }
}
