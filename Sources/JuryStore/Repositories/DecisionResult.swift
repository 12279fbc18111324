import JuryCore

/// What `reviews.decide` did, all in one transaction.
public struct DecisionResult: Hashable, Sendable {
    public var decisionId: Int64
    /// The entrant's stage after the decision.
    public var stage: ReviewStage
    /// The entrant claimed next from the same queue, when asked for and one was waiting.
    public var next: String?
}
