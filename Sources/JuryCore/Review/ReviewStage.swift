/// Where an entrant stands in the review: the one table of stage names for screens and exports.
///
/// The stage is derived from the latest decision of each round (`derive`), so it can never disagree
/// with the decision history. A round-two pass makes the entrant a finalist directly (the notice:
/// 审核通过后可入围展示投票环节); there is no separate "round two passed" stage any more, and schema
/// version 5 turns any stored `round2_passed` into `finalist`.
public enum ReviewStage: String, CaseIterable, Codable, Sendable {
    case registered
    case round1Passed = "round1_passed"
    case round1Failed = "round1_failed"
    /// Round one asked the entrant for more information (待补充).
    case round1Info = "round1_info"
    case round2Failed = "round2_failed"
    case round2Info = "round2_info"
    case finalist
    /// Plagiarism or another reason the notice names: 取消参赛资格.
    case disqualified

    /// The stage's full name, for exports and messages.
    public var label: LocalizedText {
        switch self {
        case .registered: LocalizedText(zh: "已报名", en: "registered")
        case .round1Passed: LocalizedText(zh: "初审通过", en: "passed round one")
        case .round1Failed: LocalizedText(zh: "初审未通过", en: "failed round one")
        case .round1Info: LocalizedText(zh: "初审待补充", en: "round one: needs information")
        case .round2Failed: LocalizedText(zh: "复审未通过", en: "failed round two")
        case .round2Info: LocalizedText(zh: "复审待补充", en: "round two: needs information")
        case .finalist: LocalizedText(zh: "入围", en: "finalist")
        case .disqualified: LocalizedText(zh: "取消资格", en: "disqualified")
        }
    }

    /// The stage's short name, for table columns and charts.
    public var shortLabel: LocalizedText {
        switch self {
        case .registered: LocalizedText(zh: "待一轮审核", en: "Awaiting R1")
        case .round1Passed: LocalizedText(zh: "一轮通过", en: "R1 passed")
        case .round1Failed: LocalizedText(zh: "一轮未过", en: "R1 failed")
        case .round1Info: LocalizedText(zh: "一轮待补", en: "R1 needs info")
        case .round2Failed: LocalizedText(zh: "二轮未过", en: "R2 failed")
        case .round2Info: LocalizedText(zh: "二轮待补", en: "R2 needs info")
        case .finalist: LocalizedText(zh: "入围", en: "Finalist")
        case .disqualified: LocalizedText(zh: "取消资格", en: "Disqualified")
        }
    }

    /// The full name in Chinese or English (kept for callers that pick by a flag).
    public func label(zh: Bool) -> String { zh ? label.zh : label.en }

    /// The stage that the latest decision of each round leads to. A disqualification in either
    /// round wins; round two counts only while round one stands passed.
    public static func derive(roundOne: ReviewVerdict?, roundTwo: ReviewVerdict?) -> ReviewStage {
        if roundOne == .disqualify || roundTwo == .disqualify { return .disqualified }
        switch roundOne {
        case nil: return .registered
        case .fail?: return .round1Failed
        case .needsInfo?: return .round1Info
        case .disqualify?: return .disqualified
        case .pass?:
            switch roundTwo {
            case nil: return .round1Passed
            case .pass?: return .finalist
            case .fail?: return .round2Failed
            case .needsInfo?: return .round2Info
            case .disqualify?: return .disqualified
            }
        }
    }

    /// The stage whose entrants wait in a round's queue.
    public static func waiting(forRound round: Int) -> ReviewStage {
        round == 1 ? .registered : .round1Passed
    }
}
