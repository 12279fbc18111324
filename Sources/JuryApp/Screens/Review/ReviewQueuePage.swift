import JuryCore
import JuryStore

/// A round's queue as the queue screen shows it: rows in review order with their checks, and the counts.
public struct ReviewQueuePage: Sendable, Equatable {
    /// How a row's automatic checks came out, for the checks column and the checks sort.
    public enum Checks: Int, Sendable, Equatable, Comparable {
        case allPass = 0, unknown = 1, someFail = 2
        public static func < (a: Checks, b: Checks) -> Bool { a.rawValue < b.rawValue }

        static func of(_ results: [CheckResult]) -> Checks {
            if results.contains(where: { $0.outcome == .fail }) { return .someFail }
            if results.contains(where: { $0.outcome == .needsReview }) { return .unknown }
            return .allPass
        }
    }

    /// One queue line with its checks' outcome.
    public struct Row: Sendable, Equatable {
        public var queue: ReviewQueueRepository.Row
        public var checks: Checks
        public var summary: EntrantSummary { queue.summary }
    }

    public var round: Int
    public var view: ReviewQueueRepository.View
    public var search: String
    public var rows: [Row]
    public var counts: ReviewQueueRepository.Counts
}
