/// Where an entrant stands in the review, as the browser shows it.
public enum ReviewStage: String, CaseIterable, Sendable {
    case registered
    case round1Passed = "round1_passed"
    case round1Failed = "round1_failed"
    case round2Passed = "round2_passed"
    case round2Failed = "round2_failed"
    case finalist

    /// The stage a round's outcome leads to.
    public static func after(round: Int, outcome: ReviewOutcome) -> ReviewStage {
        switch (round, outcome) {
        case (1, .pass): .round1Passed
        case (1, .fail): .round1Failed
        case (_, .pass): .round2Passed
        case (_, .fail): .round2Failed
        }
    }
}

/// A reviewer's verdict on one round.
public enum ReviewOutcome: String, Sendable, CaseIterable {
    case pass
    case fail
}
