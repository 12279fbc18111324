import JuryCore

/// Everything the chair's desk computes from, read in one transaction: the finalists (their index
/// is the `ScoreTable`'s entrant index), the judges, the counted scores, the latest votes, how many
/// judges each finalist expects, and the state of every (finalist, judge) cell for the progress matrix.
public struct JudgingSnapshot: Sendable {
    /// One finalist's columns that are not scores.
    public struct Finalist: Hashable, Sendable {
        public var id: String
        public var name: String
        public var employer: String
        public var city: String
        public var followers: Int
    }

    /// The state of one judge's sheet on one finalist.
    public enum Cell: UInt8, Sendable {
        case missing = 0, draft, submitted, conflict
    }

    /// Finalists in entry-id order.
    public var finalists: [Finalist]
    /// Active judges plus any judge whose counted sheets remain (a deactivated judge), sorted.
    public var judges: [String]
    /// Whether each judge (same index) is an active judge account, i.e. expected to score.
    public var judgeActive: [Bool]
    /// Submitted, non-conflicted sheets only.
    public var table: ScoreTable
    /// Latest vote count per finalist (0 without a snapshot).
    public var votes: [Int]
    /// Active judges not conflicted with the finalist.
    public var expectedJudges: [Int]
    /// finalist × judge, row-major (`finalist * judges.count + judge`).
    public var cells: [Cell]
    /// What the snapshot was read from, so the next one can re-read only the sheets changed since.
    public var mark = Mark()

    /// The state of the file a snapshot reflects: who and what is judged (finalists, judges,
    /// conflicts), the newest sheet change it has read, and the vote snapshots.
    public struct Mark: Equatable, Sendable {
        var shape = ""
        var sheetsThrough = ""
        var votes = ""
    }

    public func cell(finalist: Int, judge: Int) -> Cell { cells[finalist * judges.count + judge] }

    /// Finalist index by entry id.
    public func index(of entrantId: String) -> Int? {
        // Finalists are sorted by id: binary search.
        var lo = 0, hi = finalists.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if finalists[mid].id < entrantId { lo = mid + 1 } else { hi = mid }
        }
        return lo < finalists.count && finalists[lo].id == entrantId ? lo : nil
    }

    /// Total followers by entry id, for award caps.
    public var followers: [String: Int] {
        Dictionary(finalists.map { ($0.id, $0.followers) }, uniquingKeysWith: { a, _ in a })
    }
}
