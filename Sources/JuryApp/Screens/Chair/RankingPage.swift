import JuryCore
import JuryStore

/// The ranking pane's sortable columns.
public enum RankingColumn: Int, Sendable, CaseIterable, Equatable {
    case rank, name, employer, city, account, work, bonus, jury, votes, votePoints, combined, judges, sd, range, award

    /// Where a column sorts first: scores highest first, text A→Z.
    var naturalAscending: Bool {
        switch self {
        case .rank, .name, .employer, .city, .award: true
        default: false
        }
    }
}

/// One window of the ranking the pane wants, in display order.
public struct RankingRequest: Sendable, Equatable {
    /// Index into `RankingMethod.choices(for:)`: 0 is the contest's own method.
    public var methodIndex: Int
    public var sort: RankingColumn
    public var ascending: Bool
    public var filter: String
    public var start: Int
    public var limit: Int
    public var generation: Int
    /// Keep this finalist selected wherever it now sorts.
    public var keepId: String?
}

/// One finalist's line on the ranking pane (unrounded; rounded once when drawn).
public struct RankingLine: Sendable, Equatable {
    public var id: String
    public var name: String
    public var employer: String
    public var city: String
    public var rank: Int?
    public var tied: Bool
    /// Per rubric dimension, points (account, work, bonus in the sample).
    public var dimensions: [Double]
    /// The jury score in points of the rubric's maximum.
    public var jury: Double?
    public var votes: Int
    public var votePoints: Double
    public var combined: Double?
    public var submitted: Int
    public var expected: Int
    public var sd: Double?
    public var range: Double?
    /// The award's label in the reader's language, "" without one.
    public var award: String
    /// Judges flagged as far from the others on this finalist.
    public var outliers: [String]
}

/// A window of the ranking with the totals the pane's header shows.
public struct RankingPage: Sendable, Equatable {
    public var generation: Int
    /// Finalists matching the filter.
    public var total: Int
    public var start: Int
    public var rows: [RankingLine]
    public var keepId: String?
    public var keptAt: Int?
    /// Every finalist, and those whose judging is complete.
    public var finalists: Int
    public var complete: Int
    public var judges: Int
    public var awards: Int
    public var locked: Bool
    public var methodIndex: Int
}

/// One finalist's sheets, judge by judge and criterion by criterion.
public struct ChairBreakdown: Sendable, Equatable {
    public enum Status: Sendable, Equatable { case submitted, draft, conflict, missing }

    public struct Judge: Sendable, Equatable {
        public var name: String
        public var status: Status
        /// Tenths per criterion in rubric order; nil where not scored.
        public var tenths: [Int?]
        public var total: Int?
        /// Set when the judge's total is flagged as far from the others (signed SDs).
        public var deviations: Double?
    }

    public var entrantId: String
    public var name: String
    public var line: RankingLine?
    public var judges: [Judge]
}

/// The judges' leniency, the jury's agreement and the vote trends.
public struct ChairReliability: Sendable, Equatable {
    public struct JudgeLine: Sendable, Equatable {
        public var name: String
        public var scored: Int
        public var mean: Double?
        public var sd: Double?
        public var leniency: Double?
        public var outliers: Int
    }

    public struct VoteLine: Sendable, Equatable {
        public var id: String
        public var name: String
        public var counts: [Int]
        public var spikes: Int
        /// The largest flagged jump, for the line's note.
        public var biggestSpike: Int?
    }

    public var judges: [JudgeLine]
    public var poolMean: Double?
    /// ICC over the totals (nil when it cannot be computed) and how many scored finalists it left out.
    public var total: InterRaterReliability.Coefficients?
    public var excluded: Int
    /// Per criterion, rubric order.
    public var criteria: [InterRaterReliability.Coefficients?]
    /// Finalists with at least one spike first.
    public var votes: [VoteLine]
}

/// A window of finalists for the judges × finalists matrix.
public struct MatrixRequest: Sendable, Equatable {
    public var start: Int
    public var limit: Int
    public var generation: Int
}

/// Judges across, finalists down, with totals per judge and per finalist.
public struct MatrixPage: Sendable, Equatable {
    public var generation: Int
    public var judges: [String]
    /// Per judge: submitted, draft, conflict, missing (over every finalist).
    public var judgeTotals: [[Int]]
    /// Unseen reminders per judge.
    public var reminders: [Int]
    public var total: Int
    public var start: Int
    /// Finalist id, name, and one cell per judge.
    public var rows: [(id: String, name: String, cells: [JudgingSnapshot.Cell])]

    public static func == (a: MatrixPage, b: MatrixPage) -> Bool {
        a.generation == b.generation && a.judges == b.judges && a.judgeTotals == b.judgeTotals && a.total == b.total
            && a.start == b.start && a.rows.map(\.id) == b.rows.map(\.id) && a.rows.map(\.cells) == b.rows.map(\.cells)
            && a.reminders == b.reminders
    }
}
