/// A reviewer's verdict on one round, as stored in `review_decisions.outcome`.
public enum ReviewVerdict: String, CaseIterable, Codable, Sendable {
    case pass
    case fail
    /// The entrant must supply something (a screenshot, the account age); 待补充.
    case needsInfo = "info"
    /// Plagiarism (抄袭、剽窃) or another reason to remove the entrant: 取消参赛资格.
    case disqualify = "disqualified"

    /// The verdict's name as reviewers say it.
    public var label: LocalizedText {
        switch self {
        case .pass: LocalizedText(zh: "通过", en: "pass")
        case .fail: LocalizedText(zh: "不通过", en: "fail")
        case .needsInfo: LocalizedText(zh: "待补充", en: "needs information")
        case .disqualify: LocalizedText(zh: "取消资格", en: "disqualify")
        }
    }

    /// Whether the decision must carry a written note: a request for information says what is
    /// missing, and a disqualification says why.
    public var needsNote: Bool { self == .needsInfo || self == .disqualify }
}
