extension Ranking {
    /// One finalist on the chair's ranking. Scores are unrounded points; show them with
    /// `ScoreRounding.display`. A finalist nobody has scored yet has no jury, combined score or rank.
    public struct Row: Hashable, Sendable, Identifiable {
        /// The entrant id.
        public var id: String
        /// Index into the `ScoreTable` the ranking was computed from.
        public var entrant: Int
        /// Competition rank on the shown (rounded) combined score: 1, 2, 2, 4. nil when unscored.
        public var rank: Int?
        /// Another row shows the same rounded combined score.
        public var isTied: Bool
        /// Aggregated jury total in points (82.33 of 100).
        public var juryPoints: Double?
        /// The jury total as a percentage of the rubric's maximum, 0–100.
        public var juryPercent: Double?
        /// Per rubric dimension (account, work, bonus), points, over the same sheets as the total.
        public var dimensionPoints: [Double]
        /// Per criterion, points, over the same sheets as the total.
        public var criterionPoints: [Double]
        /// The latest public vote count.
        public var votes: Int
        /// The normalised vote, 0–100.
        public var votePoints: Double
        /// jury × (1 − w) + vote points × w, 0–100; nil when unscored.
        public var combined: Double?
        public var judgesSubmitted: Int
        public var judgesExpected: Int
        /// How far the judges' totals lie apart; nil with fewer than two sheets.
        public var disagreement: Disagreement?
        /// Judges whose total lies far from the other judges' mean on this finalist.
        public var outliers: [Outlier]
        /// The award won, once `allocateAwards` has run.
        public var award: String?

        /// Every expected judge has submitted: only then may the finalist win an award.
        public var isJudgingComplete: Bool { judgesExpected > 0 && judgesSubmitted >= judgesExpected }
    }

    /// The spread of one finalist's judge totals, in points.
    public struct Disagreement: Hashable, Sendable {
        /// Sample standard deviation (n − 1).
        public var sd: Double
        /// Highest minus lowest total.
        public var range: Double
    }

    /// A judge's total that lies more than k SD from the other judges' mean on the same finalist.
    public struct Outlier: Hashable, Sendable {
        public var judge: Int
        public var judgeId: String
        public var totalPoints: Double
        public var othersMeanPoints: Double
        /// The SD the deviation was measured in: the others' sample SD, or the rule's floor.
        public var sdPoints: Double
        /// Signed: positive when this judge scored higher than the others.
        public var deviations: Double
    }
}
