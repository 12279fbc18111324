/// A problem with one score on a judge's sheet, naming the criterion and what to enter instead.
public enum ScoreSheetError: Error, Hashable, Sendable {
    case unknownCriterion(criterionId: String)
    case outOfRange(criterionId: String, label: LocalizedText, value: Tenths, max: Tenths)
    case offStep(criterionId: String, label: LocalizedText, value: Tenths, step: Tenths)
    /// Only when submitting: drafts may be incomplete.
    case missing(criterionId: String, label: LocalizedText)

    /// The criterion the problem is about.
    public var criterionId: String {
        switch self {
        case .unknownCriterion(let id), .outOfRange(let id, _, _, _), .offStep(let id, _, _, _), .missing(let id, _): id
        }
    }

    /// The message in one language.
    public func message(language: ContestLanguage) -> String {
        let zh = language == .zhHans
        switch self {
        case .unknownCriterion(let id):
            return zh ? "评分项 \(id) 不在评分表中。请删除该分数。" : "Criterion \(id) is not in the rubric. Remove that score."
        case .outOfRange(_, let label, let value, let max):
            return zh ? "\(label.zh)：\(value) 分超出 0–\(max) 分。请输入 0 到 \(max) 之间的分数。"
                : "\(label.en): \(value) is outside 0–\(max). Enter a score from 0 to \(max)."
        case .offStep(_, let label, let value, let step):
            return zh ? "\(label.zh)：\(value) 分不是 \(step) 分的整数倍。请按 \(step) 分递进打分。"
                : "\(label.en): \(value) is not a multiple of \(step). Score in steps of \(step)."
        case .missing(_, let label):
            return zh ? "\(label.zh)：尚未打分。提交前请为每一项打分。"
                : "\(label.en): no score yet. Score every criterion before submitting."
        }
    }
}
