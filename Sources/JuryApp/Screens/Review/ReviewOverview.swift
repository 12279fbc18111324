import JuryCore
import JuryStore

/// The chair's view of reviewing, read in one transaction: counts per round, each reviewer's
/// decisions, the cases for the chair, the entrants in hand, the recommending units.
public struct ReviewOverview: Sendable, Equatable {
    public var counts: [Int: ReviewQueueRepository.Counts]
    public var tallies: [ReviewQueueRepository.Tally]
    public var cases: [ReviewQueueRepository.ChairCase]
    public var claims: [ReviewQueueRepository.Claim]
    public var units: [ReviewQueueRepository.UnitParticipation]
}
