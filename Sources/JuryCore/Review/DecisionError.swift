/// Why a review decision was refused by the rules; each message names what to do instead.
public enum DecisionError: Error, Equatable, Sendable {
    case invalidRound(Int)
    /// Round two reviews the works of entrants who passed round one only.
    case roundOneNotPassed
    /// The round already has a decision; changing it needs a written reason (the note).
    case changeNeedsReason(round: Int)
    /// A request for information or a disqualification must say what or why.
    case noteRequired(verdict: ReviewVerdict)
    /// A pass while these checks fail and are not waived.
    case checksFailed([String])
    /// A pass while these checks still need the reviewer's verdict.
    case checksPending([String])
    /// A fail although every check passed, with no note saying why.
    case failWithoutReason
    /// A waiver or verdict was not acceptable (unknown check, not waivable, no reason).
    case check(ReviewError)

    /// The message in one language.
    public func message(language: ContestLanguage) -> String {
        let zh = language == .zhHans
        switch self {
        case .invalidRound(let round):
            return zh ? "轮次只能是 1 或 2（收到 \(round)）。" : "The round must be 1 or 2 (got \(round))."
        case .roundOneNotPassed:
            return zh ? "第二轮审核只面向第一轮已通过的创作者。请先完成第一轮审核。"
                : "Round two is only for entrants who passed round one. Decide round one first."
        case .changeNeedsReason(let round):
            return zh ? "第\(round == 1 ? "一" : "二")轮已有审核结论；修改结论须写明理由。请在备注中填写理由。"
                : "Round \(round) already has a decision; changing it needs a written reason. Enter it in the note."
        case .noteRequired(let verdict):
            return zh ? "“\(verdict.label.zh)”须写明理由。请在备注中填写。"
                : "\"\(verdict.label.en)\" needs a written reason. Enter it in the note."
        case .checksFailed(let ids):
            return zh ? "审核项 \(ids.joined(separator: "、")) 未通过。请豁免（写明理由）或记为不通过。"
                : "Checks \(ids.joined(separator: ", ")) failed. Waive them with a reason, or record a fail."
        case .checksPending(let ids):
            return zh ? "审核项 \(ids.joined(separator: "、")) 尚待人工判定。请逐项判定后再通过。"
                : "Checks \(ids.joined(separator: ", ")) still need your verdict. Decide each, then pass."
        case .failWithoutReason:
            return zh ? "各审核项均已通过；判为不通过须在备注中写明理由。"
                : "Every check passed; a fail needs a written reason in the note."
        case .check(let error):
            return error.message(language: language)
        }
    }
}
