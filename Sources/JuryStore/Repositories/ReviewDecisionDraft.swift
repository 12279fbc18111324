import JuryCore

/// What a reviewer submits for one entrant and round: the verdict, the waivers with their written
/// reasons, the verdicts on checks that need a person, and the note (the reason, when changing).
public struct ReviewDecisionDraft: Hashable, Sendable {
    public var round: Int
    public var entrantId: String
    public var verdict: ReviewVerdict
    public var waivers: [Waiver]
    public var verdicts: [ManualVerdict]
    public var note: String
    /// The reason chosen from the round's list (`ReviewRound.reasons`); nil when none was picked.
    public var reasonId: String?

    public init(round: Int, entrantId: String, verdict: ReviewVerdict, waivers: [Waiver] = [],
                verdicts: [ManualVerdict] = [], note: String = "", reasonId: String? = nil) {
        self.reasonId = reasonId
        self.round = round
        self.entrantId = entrantId
        self.verdict = verdict
        self.waivers = waivers
        self.verdicts = verdicts
        self.note = note
    }
}
