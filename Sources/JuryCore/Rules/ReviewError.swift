/// Why a reviewer's waiver or verdict was refused; names the check and what to do, in both languages.
public enum ReviewError: Error, Equatable, Sendable {
    /// The check needs a written reason to be waived and none was given.
    case waiverNeedsReason(checkId: String, hint: LocalizedText?)
    /// The check cannot be waived at all (e.g. plagiarism, union membership).
    case notWaivable(checkId: String)
    /// The id is not one of this round's checks.
    case unknownCheck(checkId: String)

    /// The message in one language.
    public func message(language: ContestLanguage) -> String {
        switch self {
        case .waiverNeedsReason(let id, let hint):
            let zhHint = hint.map { "（\($0.zh)）" } ?? ""
            let enHint = hint.map { " (\($0.en))" } ?? ""
            return language == .zhHans
                ? "审核项 \(id)：豁免必须写明理由\(zhHint)。请填写理由后再提交。"
                : "Check \(id): a waiver needs a written reason\(enHint). Enter the reason and submit again."
        case .notWaivable(let id):
            return language == .zhHans
                ? "审核项 \(id) 不可豁免。未通过即不能进入下一轮。"
                : "Check \(id) cannot be waived. An entrant who fails it does not go through."
        case .unknownCheck(let id):
            return language == .zhHans
                ? "本轮没有审核项 \(id)。请从列表中选择审核项。"
                : "This round has no check \(id). Pick a check from the list."
        }
    }
}
