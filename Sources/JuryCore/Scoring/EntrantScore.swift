/// One finalist's aggregated jury score, vote score and combined score (all unrounded Doubles).
public struct EntrantScore: Hashable, Sendable, Identifiable {
    /// The entrant id.
    public var id: String
    /// How many submitted sheets were aggregated.
    public var judgeCount: Int
    /// Aggregated total in tenths of a point (e.g. 823.3 = 82.33 points).
    public var juryTenths: Double
    /// The jury total as a percentage of the rubric's maximum, 0–100.
    public var juryPercent: Double
    /// Each criterion aggregated across judges by the same method, in tenths.
    public var criterionTenths: [String: Double]
    public var votes: Int
    /// The normalised vote, 0–100.
    public var votePercent: Double
    /// (1 − w) × juryPercent + w × votePercent, 0–100.
    public var combined: Double

    public init(id: String, judgeCount: Int, juryTenths: Double, juryPercent: Double,
                criterionTenths: [String: Double], votes: Int, votePercent: Double, combined: Double) {
        self.id = id
        self.judgeCount = judgeCount
        self.juryTenths = juryTenths
        self.juryPercent = juryPercent
        self.criterionTenths = criterionTenths
        self.votes = votes
        self.votePercent = votePercent
        self.combined = combined
    }
}
