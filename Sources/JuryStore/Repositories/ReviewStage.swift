/// Where an entrant stands in the review, as the browser shows it.
public enum ReviewStage: String, CaseIterable, Sendable {
    case registered
    case round1Passed = "round1_passed"
    case round1Failed = "round1_failed"
    case round2Passed = "round2_passed"
    case round2Failed = "round2_failed"
    case finalist

    /// The stage's name as reviewers say it, in Chinese or English.
    public func label(zh: Bool) -> String {
        switch self {
        case .registered: zh ? "已报名" : "registered"
        case .round1Passed: zh ? "初审通过" : "passed round one"
        case .round1Failed: zh ? "初审未通过" : "failed round one"
        case .round2Passed: zh ? "复审通过" : "passed round two"
        case .round2Failed: zh ? "复审未通过" : "failed round two"
        case .finalist: zh ? "入围" : "finalist"
        }
    }

    /// The stage a round's outcome leads to.
    public static func after(round: Int, outcome: ReviewVerdict) -> ReviewStage {
        switch (round, outcome) {
        case (1, .pass): .round1Passed
        case (1, .fail): .round1Failed
        case (_, .pass): .round2Passed
        case (_, .fail): .round2Failed
        }
    }
}

/// A reviewer's verdict on one round.
public enum ReviewVerdict: String, Sendable, CaseIterable {
    case pass
    case fail
}
