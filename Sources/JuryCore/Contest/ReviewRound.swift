/// The checks of one review round (round one: the creator and account; round two: the works).
public struct ReviewRound: Hashable, Codable, Sendable {
    public var label: LocalizedText
    public var checks: [ReviewCheck]
    /// The reasons offered in the decision dialog, each for one verdict (empty: the note alone says why).
    public var reasons: [ReviewReason]
    /// How long opening an entrant from the queue keeps it for the reviewer (default 15 minutes).
    public var claimMinutes: Int
    /// Two reviewers decide independently; the stage moves when they agree, and a disagreement goes to the chair.
    public var dualReview: Bool

    public init(label: LocalizedText, checks: [ReviewCheck], reasons: [ReviewReason] = [], claimMinutes: Int = 15,
                dualReview: Bool = false) {
        self.label = label
        self.checks = checks
        self.reasons = reasons
        self.claimMinutes = claimMinutes
        self.dualReview = dualReview
    }

    /// The reasons that go with a verdict, in definition order.
    public func reasons(for verdict: ReviewVerdict) -> [ReviewReason] { reasons.filter { $0.verdict == verdict } }

    /// The reason with this id, if the round has it.
    public func reason(_ id: String) -> ReviewReason? { reasons.first { $0.id == id } }

    /// The check with this id, if the round has it.
    public func check(_ id: String) -> ReviewCheck? { checks.first { $0.id == id } }

    enum CodingKeys: String, CodingKey, CaseIterable { case label, checks, reasons, claimMinutes, dualReview }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        label = try c.decode(LocalizedText.self, forKey: .label)
        checks = try c.decode([ReviewCheck].self, forKey: .checks)
        reasons = try c.decodeIfPresent([ReviewReason].self, forKey: .reasons) ?? []
        claimMinutes = try c.decodeIfPresent(Int.self, forKey: .claimMinutes) ?? 15
        dualReview = try c.decodeIfPresent(Bool.self, forKey: .dualReview) ?? false
    }
}
